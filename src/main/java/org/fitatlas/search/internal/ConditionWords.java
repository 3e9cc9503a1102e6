package org.fitatlas.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.jspecify.annotations.Nullable;

/**
 * The words people type for a health condition ("pregnant", "sciatica", "knee pain",
 * "after surgery"), and what the planner calls it: the taxonomy's conditions with their
 * names and synonyms, plus the everyday words below, each read as the condition whose
 * rules fit it best.
 */
final class ConditionWords {

	/** A condition as the planner knows it: condition tokens and the goal it assumes. */
	record Reading(List<String> conditions, Goal goal) {

		Reading {
			conditions = List.copyOf(conditions);
		}

	}

	/** A condition found in a query, and the words that are left for a text search. */
	record Found(String words, Reading reading, String rest) {
	}

	private record Phrase(List<String> words, Reading reading) {
	}

	/**
	 * Everyday words for conditions the taxonomy names differently. Sciatica is most
	 * often a disc pressing on a nerve root, so it gets the disc herniation rules (NICE
	 * NG59 covers low back pain and sciatica together); after giving birth the abdominal
	 * wall needs the care the planner gives after abdominal surgery (ACOG Committee
	 * Opinion 650, 2015).
	 */
	private static final List<List<Phrase>> EVERYDAY = List.of(
			phrase(Goal.BACK_HEALTH, "spinal-disc-herniation", "sciatica", "sciatic", "sciatic nerve", "sciatic pain",
					"pinched nerve"),
			phrase(Goal.BACK_HEALTH, "chronic-low-back-pain", "lower back pain", "low back pain", "back pain",
					"backache", "back ache", "bad back", "sore back", "sore lower back", "lower back ache"),
			phrase(Goal.POST_SURGERY_REHAB, "recent-abdominal-surgery", "postpartum", "post partum", "postnatal",
					"post natal", "after birth", "after giving birth", "after childbirth", "after pregnancy",
					"after having a baby", "diastasis recti", "c section", "caesarean", "cesarean"),
			phrase(Goal.POST_SURGERY_REHAB, null, "after surgery", "post surgery", "post op", "postoperative",
					"post operative", "after an operation", "after operation", "surgery", "rehab after surgery"),
			phrase(Goal.GENERAL_FITNESS, "knee-pain", "knee pain", "knee injury", "sore knee", "sore knees",
					"bad knees", "bad knee", "painful knees", "knees hurt", "knee hurts"),
			phrase(Goal.GENERAL_FITNESS, "shoulder-pain", "shoulder pain", "sore shoulders", "bad shoulder"),
			phrase(Goal.GENERAL_FITNESS, "pregnancy", "pregnancy", "pregnant", "prenatal", "expecting a baby"));

	/** Words that only say "for this condition" and leave nothing else to search for. */
	private static final Set<String> FILLER = Set.of("safe", "safely", "relief", "relieve", "relieving", "help",
			"helps", "ease", "easing", "im", "am", "have", "having", "when", "you", "your", "if", "with", "moves",
			"training", "trimester", "first", "second", "third", "women", "woman", "home", "house");

	private final List<Phrase> phrases = new ArrayList<>();

	ConditionWords(Taxonomy taxonomy) {
		for (List<Phrase> sayings : EVERYDAY) {
			for (Phrase phrase : sayings) {
				if (phrase.reading().conditions().stream().allMatch((c) -> taxonomy.contains(Taxonomy.CONDITIONS, c))) {
					this.phrases.add(phrase);
				}
			}
		}
		// A muscle's name is a search for the muscle ("rotator cuff"), not for its pain.
		Set<List<String>> muscles = new java.util.HashSet<>();
		for (String table : List.of(Taxonomy.MUSCLES, Taxonomy.BODY_PARTS)) {
			for (Taxonomy.Term term : taxonomy.table(table).values()) {
				muscles.add(words(term.name()));
				muscles.add(words(term.token()));
				term.synonyms().forEach((s) -> muscles.add(words(s)));
			}
		}
		for (Taxonomy.Term term : taxonomy.table(Taxonomy.CONDITIONS).values()) {
			Reading reading = new Reading(List.of(term.token()), goalFor(term.token()));
			this.phrases.add(new Phrase(words(term.name()), reading));
			term.synonyms()
				.stream()
				.map(ConditionWords::words)
				.filter((w) -> !muscles.contains(w))
				.forEach((w) -> this.phrases.add(new Phrase(w, reading)));
		}
		// Longest phrases first: "lower back pain" before "back pain".
		this.phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
	}

	private static Goal goalFor(String condition) {
		return switch (condition) {
			case "spinal-disc-herniation", "acute-low-back-pain", "chronic-low-back-pain" -> Goal.BACK_HEALTH;
			case "recent-abdominal-surgery" -> Goal.POST_SURGERY_REHAB;
			default -> Goal.GENERAL_FITNESS;
		};
	}

	/** One reading with every way to say it, as a list of phrases. */
	private static List<Phrase> phrase(Goal goal, @Nullable String condition, String... sayings) {
		Reading reading = new Reading((condition == null) ? List.of() : List.of(condition), goal);
		return java.util.Arrays.stream(sayings).map((s) -> new Phrase(words(s), reading)).toList();
	}

	/** The first condition named in the text, or null when it names none. */
	@Nullable Found find(String text) {
		List<String> words = words(text);
		for (Phrase phrase : this.phrases) {
			int at = indexOf(words, phrase.words());
			if (at >= 0) {
				List<String> rest = new ArrayList<>(words.subList(0, at));
				rest.addAll(words.subList(at + phrase.words().size(), words.size()));
				rest.removeIf(FILLER::contains);
				return new Found(String.join(" ", phrase.words()), phrase.reading(), String.join(" ", rest));
			}
		}
		return null;
	}

	private static int indexOf(List<String> words, List<String> phrase) {
		for (int i = 0; i + phrase.size() <= words.size(); i++) {
			if (words.subList(i, i + phrase.size()).equals(phrase)) {
				return i;
			}
		}
		return -1;
	}

	/** Lower-case words of letters and digits: "C-section" is "c section". */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
