package org.fitatlas.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.fitatlas.training.ExerciseHistory.SessionEntry;
import org.fitatlas.training.internal.HistorySummary;
import org.fitatlas.training.internal.SessionStore;
import org.jspecify.annotations.Nullable;

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

	/** The atlas exercises the person has logged, the most recently trained first. */
	public List<LoggedExercise> logged(AccountId account) {
		return this.sessions.loggedExercises(account);
	}

	/**
	 * The formula named by its token (epley, brzycki, lander, lombardi, mayhew, oconner
	 * or wathen; Epley when none), or a 400 naming the parameter {@code formula}.
	 */
	public static OneRepMaxFormula formula(@Nullable String token) {
		if (token == null) {
			return adapt(org.fitatlas.calculators.OneRepMaxFormula.EPLEY);
		}
		return formulas().stream()
			.filter((f) -> f.token().equals(token))
			.findFirst()
			.orElseThrow(() -> InvalidParameter.of("formula", token,
					formulas().stream().map(OneRepMaxFormula::token).collect(Collectors.joining(", "))));
	}

	/** Every formula a history can use, Epley first. */
	public static List<OneRepMaxFormula> formulas() {
		return Arrays.stream(org.fitatlas.calculators.OneRepMaxFormula.values()).map(ExerciseHistories::adapt).toList();
	}

	private static OneRepMaxFormula adapt(org.fitatlas.calculators.OneRepMaxFormula formula) {
		String token = formula.name().toLowerCase(Locale.ROOT).replace("_", "");
		return new OneRepMaxFormula() {
			@Override
			public String token() {
				return token;
			}

			@Override
			public String label() {
				return formula.label();
			}

			@Override
			public BigDecimal estimate(BigDecimal weightKg, int reps) {
				return BigDecimal.valueOf(formula.estimate(weightKg.doubleValue(), reps))
					.setScale(1, RoundingMode.HALF_UP);
			}
		};
	}

	/** Estimates a one-rep maximum from a weight and reps. */
	public interface OneRepMaxFormula {

		String token();

		/** The name the equation is known by, e.g. "Mayhew et al.". */
		String label();

		BigDecimal estimate(BigDecimal weightKg, int reps);

	}

}
