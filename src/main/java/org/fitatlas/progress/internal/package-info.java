/**
 * The progress pages' arithmetic in plain Java: chart series from a history, weekly
 * volume, and the month grid of the session calendar.
 */
@org.jspecify.annotations.NullMarked
package org.fitatlas.progress.internal;
