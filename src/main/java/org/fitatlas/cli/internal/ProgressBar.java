package org.fitatlas.cli.internal;

import java.io.PrintStream;

import org.fitatlas.imports.ImportProgress;

/**
 * A text progress bar on standard error, redrawn in place, at most once per percent. (No
 * progress-bar library is served by the registry this project builds from.)
 */
final class ProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final String label;

	private int lastPercent = -1;

	ProgressBar(PrintStream out, String label) {
		this.out = out;
		this.label = label;
	}

	@Override
	public void advanced(int done, int total) {
		int percent = (total == 0) ? 100 : (int) (100L * done / total);
		if (percent == this.lastPercent) {
			return;
		}
		this.lastPercent = percent;
		int filled = WIDTH * percent / 100;
		this.out.print("\r" + this.label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent
				+ "% " + done + "/" + total);
		if (done >= total) {
			this.out.println();
		}
		this.out.flush();
	}

}
