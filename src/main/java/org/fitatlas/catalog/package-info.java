/**
 * The exercise atlas: the catalog files, their validation and loading, and the exercise
 * API and pages. Other modules use {@link org.fitatlas.catalog.ExerciseCatalog} and the
 * records at this package's root.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.fitatlas.catalog;
