package org.fitatlas.accounts;

/**
 * Implemented by each module that keeps data about a person, so an export holds all of
 * it. (Deletion needs no hook: every personal table references the account with ON DELETE
 * CASCADE.)
 */
public interface PersonalData {

	/** The name of this part of the export, for example "plans". */
	String section();

	/** This person's data, as records or lists that serialise to JSON. */
	Object exportFor(AccountId account);

}
