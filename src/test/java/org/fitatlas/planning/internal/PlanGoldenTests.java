package org.fitatlas.planning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.RepositoryCatalog;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The generator's whole output for a fixed set of profiles, compared byte for byte with
 * plans saved from an earlier version, so a refactoring that changes any plan fails. Run
 * with {@code -Dgolden.update=true} to write the saved plans afresh when a change of
 * behaviour is intended.
 */
class PlanGoldenTests {

	private static final Path GOLDEN = Path.of("src/test/resources/planning/golden");

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private static final List<String> NONE = List.of();

	private static final List<String> DUMBBELL_BENCH = List.of("dumbbell", "bench");

	private static final List<String> BARBELL = List.of("barbell", "bench", "pull-up-bar");

	private static final List<String> GYM = List.of("machine", "cable", "dumbbell", "barbell", "bench", "kettlebell",
			"pull-up-bar", "exercise-ball", "band");

	private static final List<String> HOME = List.of("exercise-ball", "band", "chair", "strap", "foam-roller");

	/**
	 * A fixed spread of people: every goal, level and condition, 1–7 days, 10–120
	 * minutes.
	 */
	static List<Profile> profiles() {
		List<Profile> all = new ArrayList<>();
		all.add(new Profile("strength-beginner-1d-30min-bodyweight", Goal.STRENGTH, "beginner", 1, 30, 4, NONE, NONE,
				null, NONE, null, 1));
		all.add(new Profile("strength-intermediate-4d-60min-dumbbell-8w", Goal.STRENGTH, "intermediate", 4, 60, 8,
				DUMBBELL_BENCH, NONE, null, NONE, null, 2));
		all.add(new Profile("strength-advanced-3d-75min-gym-16w", Goal.STRENGTH, "advanced", 3, 75, 16, GYM, NONE, null,
				NONE, null, 3));
		all.add(new Profile("strength-advanced-6d-120min-barbell-8w", Goal.STRENGTH, "advanced", 6, 120, 8, BARBELL,
				NONE, null, NONE, null, 4));
		all.add(new Profile("strength-beginner-7d-30min-gym", Goal.STRENGTH, "beginner", 7, 30, 4, GYM, NONE, null,
				NONE, null, 5));
		all.add(new Profile("strength-advanced-4d-60min-acute-low-back-pain", Goal.STRENGTH, "advanced", 4, 60, 4,
				List.of("barbell", "bench"), List.of("acute-low-back-pain"), null, NONE, null, 6));
		all.add(new Profile("strength-intermediate-3d-60min-hypertension-osteoporosis", Goal.STRENGTH, "intermediate",
				3, 60, 6, GYM, List.of("hypertension", "osteoporosis"), null, NONE, null, 7));
		all.add(new Profile("hypertrophy-beginner-2d-45min-gym", Goal.HYPERTROPHY, "beginner", 2, 45, 4, GYM, NONE,
				null, NONE, null, 8));
		all.add(new Profile("hypertrophy-intermediate-3d-60min-gym-8w", Goal.HYPERTROPHY, "intermediate", 3, 60, 8, GYM,
				NONE, null, NONE, null, 9));
		all.add(new Profile("hypertrophy-advanced-7d-75min-dumbbell", Goal.HYPERTROPHY, "advanced", 7, 75, 4,
				DUMBBELL_BENCH, NONE, null, NONE, null, 10));
		all.add(new Profile("hypertrophy-beginner-4d-90min-abdominal-surgery", Goal.HYPERTROPHY, "beginner", 4, 90, 6,
				DUMBBELL_BENCH, List.of("recent-abdominal-surgery"), null, NONE, null, 11));
		all.add(new Profile("hypertrophy-intermediate-5d-60min-focus-chest-arms", Goal.HYPERTROPHY, "intermediate", 5,
				60, 4, GYM, NONE, null, List.of("chest", "arms"), null, 12345));
		all.add(new Profile("endurance-beginner-3d-20min-band", Goal.ENDURANCE, "beginner", 3, 20, 4, List.of("band"),
				NONE, null, NONE, null, 13));
		all.add(new Profile("endurance-intermediate-5d-45min-kettlebell", Goal.ENDURANCE, "intermediate", 5, 45, 8,
				List.of("kettlebell", "jump-rope"), NONE, null, NONE, null, 14));
		all.add(new Profile("endurance-advanced-6d-30min-gym", Goal.ENDURANCE, "advanced", 6, 30, 4, GYM, NONE, null,
				NONE, null, 15));
		all.add(new Profile("endurance-beginner-2d-90min-focus-legs", Goal.ENDURANCE, "beginner", 2, 90, 4, NONE, NONE,
				null, List.of("legs"), null, 16));
		all.add(new Profile("core-beginner-3d-30min-pregnancy-first-trimester", Goal.CORE, "beginner", 3, 30, 4, NONE,
				List.of("pregnancy"), 1, NONE, null, 17));
		all.add(new Profile("core-intermediate-4d-40min-pregnancy-second-trimester", Goal.CORE, "intermediate", 4, 40,
				4, List.of("exercise-ball"), List.of("pregnancy"), 2, NONE, null, 18));
		all.add(new Profile("core-advanced-2d-60min-ab-wheel-8w", Goal.CORE, "advanced", 2, 60, 8,
				List.of("ab-wheel", "exercise-ball", "pull-up-bar"), NONE, null, NONE, null, 19));
		all.add(new Profile("core-beginner-1d-15min-knee-shoulder-osteoporosis", Goal.CORE, "beginner", 1, 15, 2, NONE,
				List.of("knee-pain", "shoulder-pain", "osteoporosis"), null, NONE, null, 20));
		all.add(new Profile("back-health-beginner-5d-45min-disc-herniation-6w", Goal.BACK_HEALTH, "beginner", 5, 45, 6,
				NONE, List.of("spinal-disc-herniation"), null, NONE, null, 21));
		all.add(new Profile("back-health-intermediate-3d-30min-chronic-back-pain-8w", Goal.BACK_HEALTH, "intermediate",
				3, 30, 8, HOME, List.of("chronic-low-back-pain"), null, NONE, null, 22));
		all.add(new Profile("back-health-advanced-4d-25min-ball", Goal.BACK_HEALTH, "advanced", 4, 25, 12,
				List.of("exercise-ball"), NONE, null, NONE, null, 23));
		all.add(new Profile("back-health-beginner-2d-20min-acute-low-back-pain", Goal.BACK_HEALTH, "beginner", 2, 20, 4,
				NONE, List.of("acute-low-back-pain"), null, NONE, null, 24));
		all.add(new Profile("flexibility-beginner-7d-20min-strap", Goal.FLEXIBILITY, "beginner", 7, 20, 4,
				List.of("strap"), NONE, null, NONE, null, 25));
		all.add(new Profile("flexibility-intermediate-3d-30min-focus-hamstrings", Goal.FLEXIBILITY, "intermediate", 3,
				30, 6, NONE, NONE, null, List.of("hamstrings"), null, 26));
		all.add(new Profile("flexibility-advanced-5d-45min-home", Goal.FLEXIBILITY, "advanced", 5, 45, 8, HOME, NONE,
				null, NONE, null, 27));
		all.add(new Profile("morning-routine-beginner-7d-10min", Goal.MORNING_ROUTINE, "beginner", 7, 10, 4, NONE, NONE,
				null, NONE, null, 28));
		all.add(new Profile("morning-routine-intermediate-5d-30min", Goal.MORNING_ROUTINE, "intermediate", 5, 30, 4,
				NONE, NONE, null, NONE, null, 29));
		all.add(new Profile("morning-routine-advanced-3d-15min-band-pregnancy-third-trimester", Goal.MORNING_ROUTINE,
				"advanced", 3, 15, 4, List.of("band"), List.of("pregnancy"), 3, NONE, null, 30));
		all.add(new Profile("post-surgery-rehab-beginner-3d-30min", Goal.POST_SURGERY_REHAB, "beginner", 3, 30, 4, NONE,
				NONE, null, NONE, null, 31));
		all.add(new Profile("post-surgery-rehab-intermediate-2d-20min-chair", Goal.POST_SURGERY_REHAB, "intermediate",
				2, 20, 6, List.of("chair"), List.of("recent-abdominal-surgery"), null, NONE, null, 32));
		all.add(new Profile("post-surgery-rehab-advanced-4d-40min-8w", Goal.POST_SURGERY_REHAB, "advanced", 4, 40, 8,
				HOME, NONE, null, NONE, null, 33));
		all.add(new Profile("general-fitness-beginner-3d-45min-pregnancy-third-trimester", Goal.GENERAL_FITNESS,
				"beginner", 3, 45, 4, DUMBBELL_BENCH, List.of("pregnancy"), 3, NONE, null, 34));
		all.add(new Profile("general-fitness-intermediate-4d-50min-knee-pain-gym", Goal.GENERAL_FITNESS, "intermediate",
				4, 50, 4, GYM, List.of("knee-pain"), null, NONE, null, 35));
		all.add(new Profile("general-fitness-advanced-1d-120min-shoulder-pain", Goal.GENERAL_FITNESS, "advanced", 1,
				120, 4, GYM, List.of("shoulder-pain"), null, NONE, null, 36));
		all.add(new Profile("general-fitness-beginner-6d-10min-bodyweight", Goal.GENERAL_FITNESS, "beginner", 6, 10, 4,
				NONE, NONE, null, NONE, null, 37));
		all.add(new Profile("general-fitness-intermediate-3d-40min-start-date-1w", Goal.GENERAL_FITNESS, "intermediate",
				3, 40, 1, HOME, NONE, null, NONE, LocalDate.of(2026, 12, 7), 38));
		all.add(new Profile("strength-intermediate-2d-45min-gym-same-profile-other-seed", Goal.STRENGTH, "intermediate",
				2, 45, 4, GYM, NONE, null, NONE, null, 987654321L));
		all.add(new Profile("strength-intermediate-2d-45min-gym-seed-zero", Goal.STRENGTH, "intermediate", 2, 45, 4,
				GYM, NONE, null, NONE, null, 0));
		all.add(new Profile("strength-advanced-4d-75min-barbell-12w-one-rep-maxes", Goal.STRENGTH, "advanced", 4, 75,
				12, BARBELL, NONE, null, NONE, null, 11, Map.of("barbell-back-squat", 150.0, "barbell-bench-press",
						102.5, "barbell-deadlift", 190.0, "overhead-press", 61.0)));
		all.add(new Profile("strength-intermediate-3d-60min-dumbbell-one-rep-maxes", Goal.STRENGTH, "intermediate", 3,
				60, 4, DUMBBELL_BENCH, NONE, null, NONE, null, 12, Map.of("dumbbell-bench-press", 33.0)));
		all.add(new Profile("hypertrophy-intermediate-3d-60min-gym-one-rep-max-not-used", Goal.HYPERTROPHY,
				"intermediate", 3, 60, 4, GYM, NONE, null, NONE, null, 13, Map.of("barbell-back-squat", 120.0)));
		return all;
	}

	static Stream<Arguments> cases() {
		return profiles().stream().map((p) -> Arguments.of(p.name(), p));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldBuildTheSamePlanAsTheSavedOne(String name, Profile profile) throws IOException {
		String actual = JSON.writeValueAsString(plan(profile)) + "\n";
		Path file = GOLDEN.resolve(name + ".json");
		if (UPDATE) {
			Files.createDirectories(GOLDEN);
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		if (!Files.exists(file)) {
			fail("No saved plan for profile " + name + " at " + file + "; run with -Dgolden.update=true to write it");
		}
		String expected = Files.readString(file, StandardCharsets.UTF_8);
		if (!expected.equals(actual)) {
			fail("The plan for profile " + name + " differs from the saved one: " + firstDifference(expected, actual));
		}
	}

	@Test
	void shouldBuildTheSamePlanTwiceForTheSameProfile() {
		for (Profile profile : profiles()) {
			assertThat(JSON.writeValueAsString(plan(profile))).as(profile.name())
				.isEqualTo(JSON.writeValueAsString(plan(profile)));
		}
	}

	@Test
	void shouldCoverEveryGoalLevelConditionTrimesterAndDayCount() {
		List<Profile> all = profiles();
		assertThat(all).hasSizeGreaterThanOrEqualTo(30);
		assertThat(all.stream().map(Profile::goal).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Goal.values());
		assertThat(all.stream().map(Profile::level).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(RepositoryCatalog.TAXONOMY.tokens(Taxonomy.LEVELS));
		assertThat(all.stream().flatMap((p) -> p.conditions().stream()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(RepositoryCatalog.TAXONOMY.tokens(Taxonomy.CONDITIONS));
		assertThat(all.stream().map(Profile::trimester).filter((t) -> t != null).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(1, 2, 3);
		assertThat(all.stream().map(Profile::days).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3, 4, 5,
				6, 7);
		assertThat(all.stream().map(Profile::name).distinct()).hasSameSizeAs(all);
	}

	@Test
	void shouldKeepNoSavedPlanWithoutAProfile() throws IOException {
		assumeFalse(UPDATE, "saved plans are being written");
		Set<String> expected = profiles().stream().map((p) -> p.name() + ".json").collect(Collectors.toSet());
		try (Stream<Path> files = Files.list(GOLDEN)) {
			Set<String> saved = files.map((f) -> f.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(saved).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void shouldShowPeopleNoNotesOfOurs() {
		java.util.regex.Pattern ours = java.util.regex.Pattern
			.compile("(?i)\\bseeds? \\d{3}\\b|training-rules|forgetrainer|\\w+\\.(md|txt|yml)\\b");
		List<String> found = new ArrayList<>();
		for (Profile profile : profiles()) {
			java.util.regex.Matcher matcher = ours.matcher(JSON.writeValueAsString(plan(profile)));
			while (matcher.find()) {
				found.add(profile.name() + ": " + matcher.group());
			}
		}
		assertThat(found).as("words meant for us in plans people read").isEmpty();
	}

	private static Plan plan(Profile p) {
		PlanRequest request = new PlanRequest(p.goal(), p.level(), p.days(), p.minutes(), p.weeks(), p.equipment(),
				p.conditions(), p.trimester(), List.of(), p.focus(), p.startDate(), p.seed(), p.oneRepMaxes());
		return new PlanBuilder(request, RepositoryCatalog.EXERCISES, RepositoryCatalog.TAXONOMY).build();
	}

	/**
	 * The first line where the two texts differ, with its number, for the failure
	 * message.
	 */
	static String firstDifference(String expected, String actual) {
		List<String> want = expected.lines().toList();
		List<String> got = actual.lines().toList();
		for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
			String w = (i < want.size()) ? want.get(i) : "<end of file>";
			String g = (i < got.size()) ? got.get(i) : "<end of file>";
			if (!w.equals(g)) {
				return "line " + (i + 1) + ": expected [" + w.strip() + "] but was [" + g.strip() + "]";
			}
		}
		return "line endings differ";
	}

	/** One person's situation, named for the failure message and the saved file. */
	record Profile(String name, Goal goal, String level, int days, int minutes, int weeks, List<String> equipment,
			List<String> conditions, Integer trimester, List<String> focus, LocalDate startDate, long seed,
			Map<String, Double> oneRepMaxes) {

		Profile(String name, Goal goal, String level, int days, int minutes, int weeks, List<String> equipment,
				List<String> conditions, Integer trimester, List<String> focus, LocalDate startDate, long seed) {
			this(name, goal, level, days, minutes, weeks, equipment, conditions, trimester, focus, startDate, seed,
					Map.of());
		}

		Profile {
			if (!name.matches("[a-z0-9-]+")) {
				throw new IllegalArgumentException("name must be lower-case words and hyphens, was " + name);
			}
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
