package org.fitatlas.training.logfiles;

/**
 * A log file that cannot be read as a whole: an unknown header, a broken row, a value of
 * the wrong type. Names the line and what was expected.
 */
public final class MalformedLogFile extends RuntimeException {

	private final int line;

	private MalformedLogFile(int line, String message) {
		super(message);
		this.line = line;
	}

	public static MalformedLogFile at(int line, String what) {
		return new MalformedLogFile(line, "Line " + line + ": " + what);
	}

	/** 1-based line of the file, 0 when the problem is the file as a whole. */
	public int line() {
		return this.line;
	}

}
