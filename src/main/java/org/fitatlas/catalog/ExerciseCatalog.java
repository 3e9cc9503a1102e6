package org.fitatlas.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.fitatlas.shared.InvalidParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fitatlas.catalog.internal.CatalogAdditionWriter;
import org.fitatlas.catalog.internal.CatalogSnapshot;
import org.fitatlas.catalog.internal.CatalogSynchronizer;
import org.fitatlas.catalog.internal.ExerciseFilter;
import org.fitatlas.catalog.internal.ExerciseMarkdownWriter;
import org.fitatlas.catalog.internal.ExerciseStore;
import org.fitatlas.catalog.internal.Similarity;
import org.fitatlas.catalog.internal.TaxonomyHolder;

import org.springframework.stereotype.Service;

/**
 * The atlas's public door: find, filter and read exercises, and the taxonomy they use.
 */
@Service
public class ExerciseCatalog {

	private static final int RELATED_LIMIT = 6;

	private static final List<String> LEVEL_ORDER = List.of("beginner", "intermediate", "advanced");

	private final ExerciseStore store;

	private final TaxonomyHolder taxonomy;

	private final CatalogSynchronizer synchronizer;

	private final CatalogAdditionWriter additions;

	/**
	 * Related exercises per catalog version and slug: ranking them reads the whole
	 * catalog, and they change only when the catalog does.
	 */
	private final Cache<RelatedKey, List<RelatedExercise>> related = Caffeine.newBuilder().maximumSize(20_000).build();

	private final Cache<FacetKey, Map<String, Map<String, Long>>> facetCounts = Caffeine.newBuilder()
		.maximumSize(1_000)
		.build();

	ExerciseCatalog(ExerciseStore store, TaxonomyHolder taxonomy, CatalogSynchronizer synchronizer,
			CatalogAdditionWriter additions) {
		this.store = store;
		this.taxonomy = taxonomy;
		this.synchronizer = synchronizer;
		this.additions = additions;
	}

	/**
	 * Adds an import's exercises and merges in one transaction; records already held from
	 * the same origin are left alone, so re-running an import changes nothing.
	 */
	public CatalogChanged add(CatalogAdditions additions) {
		return this.additions.write(additions);
	}

	/** The foreign records held from an origin (every origin when blank). */
	public List<ImportedRecord> imported(String origin) {
		return this.additions.imported(origin);
	}

	/** Re-reads the catalog files into the database (editors, after changing files). */
	public CatalogImport reimport() {
		CatalogSynchronizer.SyncReport report = this.synchronizer.sync();
		return new CatalogImport(report.files(), report.added(), report.updated(), report.retired(),
				report.problems().stream().map(Object::toString).toList(), report.version());
	}

	/** The taxonomy file's text, as an export writes it next to the exercises. */
	public String taxonomyText() {
		return this.synchronizer.taxonomyText();
	}

	public Taxonomy taxonomy() {
		return this.taxonomy.get();
	}

	/** Every exercise that is not retired, sorted by name. */
	public List<Exercise> active() {
		return this.store.current().active();
	}

	public long version() {
		return this.store.current().version();
	}

	/**
	 * An exercise by slug, retired ones included (plans and logs may still name them).
	 */
	public Optional<Exercise> find(String slug) {
		return this.store.current().find(slug);
	}

	public ResultPage<ExerciseSummary> search(ExerciseQuery query) {
		check(query);
		List<Exercise> matches = matching(query);
		int from = (int) Math.min((long) query.page() * query.size(), matches.size());
		int to = Math.min(from + query.size(), matches.size());
		return new ResultPage<>(matches.subList(from, to).stream().map(ExerciseSummary::of).toList(), query.page(),
				query.size(), matches.size());
	}

	/**
	 * Counts per facet value, each facet counted with every other filter applied. The
	 * counts depend only on the filters and the catalog version, and the same few (the
	 * home page, the unfiltered atlas) are asked for on most page views, so they are kept
	 * per version.
	 */
	public Map<String, Map<String, Long>> facets(ExerciseQuery query) {
		check(query);
		CatalogSnapshot snapshot = this.store.current();
		ExerciseQuery filters = new ExerciseQuery(query.bodyPart(), query.muscle(), query.targetOnly(),
				query.equipment().stream().sorted().distinct().toList(), query.level(), query.category(), query.force(),
				query.mechanic(), 0, ExerciseQuery.MAX_SIZE, "name");
		return this.facetCounts.get(new FacetKey(snapshot.version(), filters), (key) -> count(snapshot, filters));
	}

	private record RelatedKey(long version, String slug) {
	}

	private record FacetKey(long version, ExerciseQuery filters) {
	}

	private static Map<String, Map<String, Long>> count(CatalogSnapshot snapshot, ExerciseQuery query) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		List<Exercise> active = snapshot.active();
		for (String facet : ExerciseFilter.FACETS) {
			Map<String, Long> counts = new TreeMap<>();
			for (Exercise e : active) {
				if (ExerciseFilter.matches(e, query, facet)) {
					for (String value : new HashSet<>(ExerciseFilter.values(e, facet, query.targetOnly()))) {
						counts.merge(value, 1L, Long::sum);
					}
				}
			}
			facets.put(facet, Collections.unmodifiableMap(counts));
		}
		return Collections.unmodifiableMap(facets);
	}

	public ExerciseDetail detail(String slug) {
		CatalogSnapshot snapshot = this.store.current();
		Exercise e = snapshot.find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug));
		List<ExerciseRef> easier = refs(snapshot, e.easier());
		List<ExerciseRef> harder = refs(snapshot, e.harder());
		List<ExerciseRef> alternatives = refs(snapshot, e.alternatives());
		List<RelatedExercise> related = this.related.get(new RelatedKey(snapshot.version(), slug),
				(key) -> Similarity.related(e, snapshot.active(), snapshot.all(), RELATED_LIMIT));
		return new ExerciseDetail(e, snapshot.isRetired(slug), easier, harder, alternatives, related);
	}

	/** The exercise in the catalog file format. */
	public String markdown(String slug) {
		return ExerciseMarkdownWriter.write(find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug)));
	}

	private List<Exercise> matching(ExerciseQuery query) {
		List<Exercise> matches = new ArrayList<>();
		for (Exercise e : active()) {
			if (ExerciseFilter.matches(e, query)) {
				matches.add(e);
			}
		}
		Comparator<Exercise> byName = Comparator.comparing((Exercise e) -> e.name().toLowerCase(java.util.Locale.ROOT));
		Comparator<Exercise> order = query.sort().equals("level")
				? Comparator.comparingInt((Exercise e) -> LEVEL_ORDER.indexOf(e.level())).thenComparing(byName)
				: byName;
		if (!query.equipment().isEmpty()) {
			// A person who picks a ball wants ball exercises first, then what needs
			// nothing at all.
			order = Comparator.comparing((Exercise e) -> usesAny(e, query.equipment()) ? 0 : 1).thenComparing(order);
		}
		if (query.muscle() != null && !query.targetOnly()) {
			// A person who picks the hamstrings wants the exercises for them before those
			// where they only help.
			String muscle = query.muscle();
			order = Comparator.comparing((Exercise e) -> e.targetMuscles().contains(muscle) ? 0 : 1)
				.thenComparing(order);
		}
		matches.sort(order);
		return matches;
	}

	private static boolean usesAny(Exercise e, List<String> equipment) {
		return e.equipment().stream().anyMatch((item) -> !item.equals("none") && equipment.contains(item));
	}

	private static List<ExerciseRef> refs(CatalogSnapshot snapshot, List<String> slugs) {
		return slugs.stream().flatMap((s) -> snapshot.find(s).stream()).map(ExerciseRef::of).toList();
	}

	private void check(ExerciseQuery query) {
		Taxonomy t = taxonomy();
		token(t, "bodyPart", query.bodyPart(), Taxonomy.BODY_PARTS);
		token(t, "muscle", query.muscle(), Taxonomy.MUSCLES);
		for (String item : query.equipment()) {
			token(t, "equipment", item, Taxonomy.EQUIPMENT);
		}
		token(t, "level", query.level(), Taxonomy.LEVELS);
		token(t, "category", query.category(), Taxonomy.CATEGORIES);
		token(t, "force", query.force(), Taxonomy.FORCES);
		token(t, "mechanic", query.mechanic(), Taxonomy.MECHANICS);
	}

	private static void token(Taxonomy taxonomy, String parameter, @org.jspecify.annotations.Nullable String value,
			String table) {
		if (value != null && !taxonomy.contains(table, value)) {
			throw InvalidParameter.of(parameter, value, String.join(", ", taxonomy.tokens(table)));
		}
	}

}
