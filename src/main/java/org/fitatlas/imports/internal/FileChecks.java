package org.fitatlas.imports.internal;

import java.nio.charset.StandardCharsets;

import org.fitatlas.imports.BadImportFile;

/**
 * Checks that a file is what its name says before it is parsed, and within the size an
 * import reads.
 */
public final class FileChecks {

	/**
	 * The largest JSON dataset or zip an import reads (free-exercise-db is about 1 MB).
	 */
	public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	private FileChecks() {
	}

	public static void size(String fileName, long bytes) {
		if (bytes > MAX_FILE_BYTES) {
			throw BadImportFile.file(fileName, "is " + megabytes(bytes) + "; an import reads at most "
					+ megabytes(MAX_FILE_BYTES) + " (split the file)");
		}
	}

	static void expectJson(String fileName, byte[] content) {
		size(fileName, content.length);
		String kind = sniff(content);
		if (!kind.equals("json")) {
			throw BadImportFile.file(fileName, "is not JSON: its content starts like " + kind);
		}
	}

	static void expectZip(String fileName, byte[] start) {
		String kind = sniff(start);
		if (!kind.equals("a zip archive")) {
			throw BadImportFile.file(fileName, "is not a zip archive: its content starts like " + kind);
		}
	}

	/** What the first bytes of a file look like. */
	static String sniff(byte[] content) {
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return "a zip archive";
		}
		if (content.length >= 4 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N') {
			return "a PNG image";
		}
		if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8) {
			return "a JPEG image";
		}
		if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
			return "a PDF document";
		}
		if (content.length >= 2 && content[0] == 0x1f && (content[1] & 0xff) == 0x8b) {
			return "a gzip archive";
		}
		String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
			.replace("\uFEFF", "")
			.stripLeading();
		if (head.startsWith("[") || head.startsWith("{")) {
			return "json";
		}
		if (head.isEmpty()) {
			return "an empty file";
		}
		for (int i = 0; i < Math.min(content.length, 512); i++) {
			if (content[i] == 0) {
				return "binary data";
			}
		}
		return "text '" + head.lines()
			.findFirst()
			.orElse("")
			.substring(0, Math.min(30, head.lines().findFirst().orElse("").length())) + "'";
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}
