package org.fitatlas.training;

import java.time.OffsetDateTime;

import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * Finishing a session: when it ended (now by default), how it felt (1 awful .. 5 great)
 * and a note.
 */
public record Finish(@Nullable OffsetDateTime endedAt, @Nullable Integer feeling, @Nullable String note) {

	public static final int MAX_NOTE = 2000;

	public Finish {
		if (feeling != null && (feeling < 1 || feeling > 5)) {
			throw InvalidParameter.of("feeling", String.valueOf(feeling), "a whole number 1..5 (1 awful, 5 great)");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw InvalidParameter.of("note", note, "at most " + MAX_NOTE + " characters, was " + note.length());
		}
	}

}
