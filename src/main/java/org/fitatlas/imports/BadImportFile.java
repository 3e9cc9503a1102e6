package org.fitatlas.imports;

/**
 * A file an import refuses, naming the record or entry and what is wrong with it. Nothing
 * of the import has been written when this is thrown.
 */
public final class BadImportFile extends RuntimeException {

	private final String where;

	private BadImportFile(String where, String message) {
		super(where + ": " + message);
		this.where = where;
	}

	/** Something wrong with one record or entry of the file. */
	public static BadImportFile at(String where, String message) {
		return new BadImportFile(where, message);
	}

	/** Something wrong with the file as a whole. */
	public static BadImportFile file(String name, String message) {
		return new BadImportFile(name, message);
	}

	/** The record, entry or file concerned. */
	public String where() {
		return this.where;
	}

}
