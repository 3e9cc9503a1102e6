package org.fitatlas.training;

import java.util.UUID;

/**
 * No session with this id belongs to the person asking (HTTP 404: whether someone else
 * has one is nobody else's business).
 */
public final class SessionNotFound extends RuntimeException {

	private SessionNotFound(String message) {
		super(message);
	}

	public static SessionNotFound forId(UUID id) {
		return new SessionNotFound("You have no training session with the id " + id);
	}

	public static SessionNotFound forSet(UUID session, UUID set) {
		return new SessionNotFound("Your session " + session + " has no set with the id " + set);
	}

}
