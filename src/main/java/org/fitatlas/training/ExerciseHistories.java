package org.fitatlas.training;

import java.math.BigDecimal;
import java.util.List;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.fitatlas.training.ExerciseHistory.SessionEntry;
import org.fitatlas.training.internal.HistorySummary;
import org.fitatlas.training.internal.SessionStore;

import org.springframework.stereotype.Service;

/**
 * A person's history and personal records per exercise.
 */
@Service
public class ExerciseHistories {

	private final SessionStore sessions;

	private final ExerciseCatalog catalog;

	ExerciseHistories(SessionStore sessions, ExerciseCatalog catalog) {
		this.sessions = sessions;
		this.catalog = catalog;
	}

	public ExerciseHistory of(AccountId account, String slug, OneRepMaxFormula formula) {
		Exercise exercise = this.catalog.find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug));
		HistorySummary summary = new HistorySummary(formula::estimate);
		List<SessionEntry> entries = summary.entries(this.sessions.sessionsWith(account, slug));
		return new ExerciseHistory(new ExerciseName(exercise.slug(), exercise.name()), formula.token(), entries,
				summary.records(entries));
	}

	/** Estimates a one-rep maximum from a weight and reps. */
	public interface OneRepMaxFormula {

		String token();

		BigDecimal estimate(BigDecimal weightKg, int reps);

	}

}
