package org.fitatlas.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.imports.ForeignExercise;
import org.fitatlas.search.ExerciseSearch;

import org.springframework.stereotype.Component;

/**
 * Finds the exercise of ours a foreign record describes: the search index proposes
 * candidates by name among exercises working the record's target muscles, and a candidate
 * is the same exercise when it shares a target muscle and a piece of equipment (unless
 * the record's is unknown), and one of its names (name or alias) is at least
 * {@value #THRESHOLD} alike with one of the record's names without the record's name
 * adding a word that marks a variation (see {@link NameSimilarity#addsNothing}).
 */
@Component
public class DuplicateFinder {

	/**
	 * Word overlap from which two names are one exercise (reviewed by hand:
	 * docs/imports.md).
	 */
	static final double THRESHOLD = 0.75;

	private static final int CANDIDATES = 10;

	private final ExerciseSearch search;

	DuplicateFinder(ExerciseSearch search) {
		this.search = search;
	}

	/**
	 * The exercise of ours (among {@code ours}, by slug) the record describes, if any.
	 */
	public Optional<Exercise> find(ForeignExercise record, java.util.Map<String, Exercise> ours) {
		Exercise foreign = record.exercise();
		Exercise best = null;
		double bestScore = 0;
		for (String name : record.names()) {
			for (String slug : this.search.nameMatches(name, foreign.targetMuscles(), CANDIDATES)) {
				Exercise candidate = ours.get(slug);
				if (candidate == null
						|| candidate.targetMuscles().stream().noneMatch(foreign.targetMuscles()::contains)) {
					continue;
				}
				if (!sameKit(foreign, candidate)) {
					continue;
				}
				List<String> ourNames = new ArrayList<>(candidate.aliases());
				ourNames.add(0, candidate.name());
				double score = 0;
				for (String foreignName : record.names()) {
					for (String ourName : ourNames) {
						if (NameSimilarity.addsNothing(foreignName, ourName)) {
							score = Math.max(score, NameSimilarity.of(foreignName, ourName));
						}
					}
				}
				if (score >= THRESHOLD && score > bestScore) {
					best = candidate;
					bestScore = score;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Whether the two need the same kit: one piece of equipment in common, or the foreign
	 * record's equipment unknown.
	 */
	private static boolean sameKit(Exercise foreign, Exercise ours) {
		return !foreign.written("equipment") || foreign.equipment().stream().anyMatch(ours.equipment()::contains);
	}

}
