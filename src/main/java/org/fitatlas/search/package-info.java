/**
 * Search that understands people: a Lucene index over the catalog with English stemming,
 * synonyms, typo tolerance, facets, highlights and suggestions. Other modules use
 * {@link org.fitatlas.search.ExerciseSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "planning", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.search;
