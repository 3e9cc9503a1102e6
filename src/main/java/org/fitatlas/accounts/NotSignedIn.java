package org.fitatlas.accounts;

/**
 * The request needs a signed-in person and has none (HTTP 401).
 */
public final class NotSignedIn extends RuntimeException {

	public NotSignedIn() {
		super("Sign in first: send 'Authorization: Bearer <token>' (create one with POST /api/v1/tokens)");
	}

}
