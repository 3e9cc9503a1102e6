# Summarises `jfr print --events jdk.ExecutionSample` output: where the CPU samples of the
# app's Tomcat request threads went. Each sample goes to the first rule whose method
# appears anywhere on its stack; then the hottest leaf methods.
BEGIN {
	nr = 0
	r[++nr] = "UnifiedHighlighter";                                        l[nr] = "highlighting the summaries (UnifiedHighlighter)"
	r[++nr] = "SortedSetDocValuesFacetCounts";                             l[nr] = "facet counts"
	r[++nr] = "ExerciseIndex[.](mainQuery|highlightQuery|misspelled)";     l[nr] = "building the queries (mainQuery, highlightQuery)"
	r[++nr] = "IndexSearcher[.](search|rewrite)|FacetsCollectorManager[.]search"; l[nr] = "Lucene search incl. fuzzy term expansion"
	r[++nr] = "ExerciseIndex[.](search|suggest)";                          l[nr] = "rest of ExerciseIndex (stored fields, hits)"
	r[++nr] = "ExerciseRepository|JdbcClient|JdbcTemplate|org[.]postgresql|HikariProxy"; l[nr] = "catalog version query (JDBC)"
	r[++nr] = "jackson";                                                   l[nr] = "JSON serialization (Jackson)"
	other = "Spring MVC, Spring Security, observation, Tomcat (the rest)"
}
/sampledThread = / { worker = ($0 ~ /"http-nio-/) }
/stackTrace = \[/ { inside = 1; depth = 0; stack = ""; next }
inside && /^[[:space:]]*\]/ {
	inside = 0
	if (!worker) { skipped++; next }
	samples++
	label = other
	for (i = 1; i <= nr; i++) if (stack ~ r[i]) { label = l[i]; break }
	share[label]++
	self[leaf]++
	if (stack ~ /LevenshteinAutomata|FuzzyAutomatonBuilder/) {
		fuzzy++
		if (stack ~ /UnifiedHighlighter/) fuzzyHighlight++
	}
	next
}
inside {
	frame = $0
	sub(/^[[:space:]]+/, "", frame)
	sub(/[[:space:]]+line:.*$/, "", frame)
	sub(/\(.*$/, "", frame)
	if (depth == 0) leaf = frame
	depth++
	stack = stack " " frame
}
END {
	if (samples == 0) { print "no samples of request threads"; exit }
	printf "%d CPU samples of Tomcat request threads during the measured run (%d samples of other threads left out)\n\n", samples, skipped
	for (k in share) printf "%6.1f%%  %s\n", 100 * share[k] / samples, k | "sort -rn"
	close("sort -rn")
	printf "\nacross those: %.1f%% of the samples build Levenshtein automata for fuzzy (typo) queries, %.1f%% inside highlighting\n", 100 * fuzzy / samples, 100 * fuzzyHighlight / samples
	print "\nhottest leaf methods (self time), top 25:"
	for (f in self) printf "%6.1f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -25"
}
