package org.fitatlas.training.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One past session's sets of one exercise (in the order they were done), with the morning
 * check that followed it, if any.
 */
public record SessionLog(UUID sessionId, LocalDate date, String exerciseSlug, List<SetLog> sets,
		Optional<MorningCheck> morningCheck) {

	public SessionLog {
		sets = List.copyOf(sets);
	}

	public List<SetLog> workingSets() {
		return this.sets.stream().filter(SetLog::working).toList();
	}

}
