package org.fitatlas.imports;

import java.nio.file.Path;

/**
 * What an export wrote: the folder, the number of exercise files and the time it took.
 */
public record ExportSummary(Path folder, int exercises, long millis) {
}
