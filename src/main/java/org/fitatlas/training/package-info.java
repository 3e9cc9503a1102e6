/**
 * The training log and the progression engine: sessions a person trains, the sets they
 * log (reps, load, holds, effort, pain), morning pain checks and body weight; their
 * history and records per exercise; the next target per exercise from what was logged;
 * and log files in and out (ours, Strong, Hevy). Other modules use
 * {@link org.fitatlas.training.TrainingLog}, {@link org.fitatlas.training.Progression}
 * and {@link org.fitatlas.training.ExerciseHistories}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "catalog", "search", "planning", "calculators", "accounts", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.training;
