package org.fitatlas.accounts;

/**
 * The id of a signed-in person.
 */
public record AccountId(long value) {

	public AccountId {
		if (value <= 0) {
			throw new IllegalArgumentException("an account id is positive, was " + value);
		}
	}

}
