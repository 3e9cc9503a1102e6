package org.fitatlas.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.fitatlas.imports.BadImportFile;

/**
 * The Markdown pages of a folder or a zip, read with limits: at most {@value #MAX_PAGES}
 * pages of at most 1 MB each and 32 MB in all (a zip bomb stops at the limit, whatever
 * its headers claim), no entry path that climbs out of the archive, and UTF-8 text only.
 * Files that are not {@code .md} are left alone.
 */
public final class MarkdownCollection {

	static final int MAX_PAGES = 5_000;

	static final int MAX_PAGE_BYTES = 1024 * 1024;

	static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

	private MarkdownCollection() {
	}

	/** One page: its path inside the folder or zip, and its text. */
	public record Page(String entry, String text) {
	}

	/** The pages of a folder (searched to a depth of 4) or of a {@code .zip} file. */
	public static List<Page> read(Path path) {
		String name = path.getFileName().toString();
		try {
			if (Files.isDirectory(path)) {
				return folder(path);
			}
			if (!Files.isRegularFile(path)) {
				throw BadImportFile.file(name, "is neither a folder nor a file");
			}
			FileChecks.size(name, Files.size(path));
			if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
				throw BadImportFile.file(name, "must be a folder of Markdown pages or a .zip of them");
			}
			return zip(name, Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

	private static List<Page> folder(Path dir) throws IOException {
		List<Page> pages = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dir, 4)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".md") && Files.isRegularFile(p))
				.sorted(Comparator.comparing(Path::toString))
				.toList()) {
				String entry = dir.relativize(file).toString().replace('\\', '/');
				if (Files.size(file) > MAX_PAGE_BYTES) {
					throw BadImportFile.at(entry, "is larger than 1 MB; an exercise page is a few KB");
				}
				pages.add(new Page(entry, utf8(entry, Files.readAllBytes(file))));
				if (pages.size() > MAX_PAGES) {
					throw BadImportFile.file(dir.getFileName().toString(), "holds more than " + MAX_PAGES + " pages");
				}
			}
		}
		return pages;
	}

	/** The pages of a zip held in memory. */
	public static List<Page> zip(String name, byte[] content) {
		FileChecks.size(name, content.length);
		FileChecks.expectZip(name, content);
		List<Page> pages = new ArrayList<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String entryName = entry.getName();
				checkPath(entryName);
				if (entry.isDirectory() || !entryName.toLowerCase(Locale.ROOT).endsWith(".md")) {
					continue;
				}
				byte[] bytes = limited(zip, entryName);
				total += bytes.length;
				if (total > MAX_TOTAL_BYTES) {
					throw BadImportFile.at(entryName,
							"the pages unpack to more than 32 MB (a zip bomb?); stopped here");
				}
				pages.add(new Page(entryName, utf8(entryName, bytes)));
				if (pages.size() > MAX_PAGES) {
					throw BadImportFile.file(name, "holds more than " + MAX_PAGES + " pages");
				}
			}
		}
		catch (ZipException ex) {
			throw BadImportFile.file(name, "is a broken zip archive: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw BadImportFile.file(name, "could not be unpacked: " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw BadImportFile.file(name, "has an entry name that is not UTF-8: " + ex.getMessage());
		}
		if (pages.isEmpty()) {
			throw BadImportFile.file(name, "holds no Markdown (.md) pages");
		}
		pages.sort(Comparator.comparing(Page::entry));
		return pages;
	}

	private static void checkPath(String entry) {
		String path = entry.replace('\\', '/');
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.equals("..") || path.startsWith("../")
				|| path.contains("/../") || path.endsWith("/..")) {
			throw BadImportFile.at(entry, "the entry's path leads outside the archive; refused");
		}
	}

	private static byte[] limited(InputStream in, String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0) {
			out.write(buffer, 0, n);
			if (out.size() > MAX_PAGE_BYTES) {
				throw BadImportFile.at(entry, "unpacks to more than 1 MB (a zip bomb?); an exercise page is a few KB");
			}
		}
		return out.toByteArray();
	}

	private static String utf8(String entry, byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw BadImportFile.at(entry, "is not UTF-8 text (" + FileChecks.sniff(bytes) + ")");
		}
	}

}
