package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * Starting a session. A client that works offline makes the id itself, so sending the
 * same start again is harmless. {@code week} and {@code day} go with {@code planId}.
 */
public record NewSession(@Nullable UUID id, @Nullable OffsetDateTime startedAt, @Nullable String title,
		@Nullable UUID planId, @Nullable Integer week, @Nullable Integer day) {

	public static final int MAX_TITLE = 200;

	public NewSession {
		if (title != null && (title.isBlank() || title.length() > MAX_TITLE)) {
			throw InvalidParameter.of("title", title, "1.." + MAX_TITLE + " characters");
		}
		if (week != null && (week < 1 || week > 52)) {
			throw InvalidParameter.of("week", String.valueOf(week), "a whole number 1..52");
		}
		if (day != null && (day < 1 || day > 7)) {
			throw InvalidParameter.of("day", String.valueOf(day), "a whole number 1..7 (Monday is 1)");
		}
		if (planId == null && (week != null || day != null)) {
			throw InvalidParameter.of((week != null) ? "week" : "day", String.valueOf((week != null) ? week : day),
					"only together with planId");
		}
	}

}
