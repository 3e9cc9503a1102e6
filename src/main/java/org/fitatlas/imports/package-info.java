/**
 * Bring your own exercises: foreign datasets (free-exercise-db JSON, folders or zips of
 * Markdown pages) become catalog exercises, merged into ours where they are the same
 * exercise, with every gap kept as a gap; and the catalog exported as Markdown. Other
 * modules and the command line use {@link org.fitatlas.imports.ExerciseImports}; the
 * Spring-free reading of a dataset is {@link org.fitatlas.imports.ForeignDatasets}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "search", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.imports;
