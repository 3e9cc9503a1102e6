package org.fitatlas.planning;

import java.util.UUID;

/**
 * No stored plan has this id (or it belongs to someone else).
 */
public final class PlanNotFound extends RuntimeException {

	private PlanNotFound(String id) {
		super("No plan has the id '" + id + "'");
	}

	public static PlanNotFound forId(UUID id) {
		return new PlanNotFound(id.toString());
	}

	public static PlanNotFound forId(String id) {
		return new PlanNotFound(id);
	}

}
