/**
 * A person's progress as pages: per exercise the estimated one-rep maximum (with the
 * formula of their choice), best reps, longest hold, weekly volume and pain over time as
 * charts with table alternatives, their personal records, a calendar of sessions and
 * their body weight; and the morning pain check that follows a painful session, asked on
 * whichever page they open next. It reads the training log through its public doors and
 * keeps no state of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "training", "catalog", "accounts", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.progress;
