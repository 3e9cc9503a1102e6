package org.fitatlas.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.TaxonomyReader;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;
import org.fitatlas.planning.internal.PlanBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to generate a 12-week, 5-day plan from the real catalog (issue 5's target: p95 <= 50 ms),
 * over a rotation of profiles with different goals, levels, equipment and conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PlanBenchmark {

	private List<Exercise> catalog;

	private Taxonomy taxonomy;

	private List<PlanRequest> requests;

	private int next;

	@Setup(Level.Trial)
	public void load() {
		CatalogSource source = new CatalogSource(
				Path.of(System.getenv().getOrDefault("FITATLAS_BENCH_CATALOG", "catalog")));
		this.taxonomy = TaxonomyReader.read(source.taxonomy());
		CatalogFileReader reader = new CatalogFileReader(this.taxonomy);
		this.catalog = source.exercises()
			.stream()
			.map((f) -> reader.read(f.name(), f.text()).exercise().orElseThrow())
			.toList();
		List<String> gym = List.of("machine", "cable", "dumbbell", "barbell", "bench", "kettlebell", "pull-up-bar",
				"exercise-ball", "band");
		this.requests = List.of(request(Goal.STRENGTH, "intermediate", gym, List.of(), null),
				request(Goal.HYPERTROPHY, "advanced", gym, List.of(), null),
				request(Goal.CORE, "beginner", List.of("exercise-ball"), List.of(), null),
				request(Goal.BACK_HEALTH, "beginner", List.of(), List.of("pregnancy"), 2),
				request(Goal.GENERAL_FITNESS, "intermediate", List.of("dumbbell", "band"), List.of("knee-pain"), null),
				request(Goal.ENDURANCE, "advanced", gym, List.of("hypertension"), null),
				request(Goal.FLEXIBILITY, "intermediate", List.of("strap", "foam-roller"), List.of(), null),
				request(Goal.BACK_HEALTH, "intermediate", List.of("exercise-ball"),
						List.of("spinal-disc-herniation", "osteoporosis"), null));
	}

	private static PlanRequest request(Goal goal, String level, List<String> equipment, List<String> conditions,
			Integer trimester) {
		return new PlanRequest(goal, level, 5, 60, 12, equipment, conditions, trimester, List.of(), List.of(), null,
				42);
	}

	@Benchmark
	public Plan generateTwelveWeekFiveDayPlan() {
		PlanRequest request = this.requests.get(this.next++ % this.requests.size());
		return new PlanBuilder(request, this.catalog, this.taxonomy).build();
	}

}
