package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A finished session with pain of 3/10 or more and no morning check yet.
 */
public record PendingPainCheck(UUID sessionId, OffsetDateTime startedAt, int maxPain, List<String> exercises) {

	public PendingPainCheck {
		exercises = List.copyOf(exercises);
	}

}
