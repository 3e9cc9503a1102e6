package org.fitatlas.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the catalog files are read from: a folder on disk (the repository's
 * {@code catalog/}, editable) or, when that folder is absent, the copy inside the jar.
 */
public final class CatalogSource {

	/** One file's name and text. */
	public record CatalogFile(String name, String text) {
	}

	private final Path directory;

	public CatalogSource(Path directory) {
		this.directory = directory;
	}

	public String describe() {
		return Files.isDirectory(this.directory) ? this.directory.toAbsolutePath().toString()
				: "classpath:catalog (no folder at " + this.directory.toAbsolutePath() + ")";
	}

	public String taxonomy() {
		Path file = this.directory.resolve("taxonomy.yml");
		if (Files.isDirectory(this.directory)) {
			return read(file);
		}
		return readClasspath("catalog/taxonomy.yml");
	}

	public List<CatalogFile> exercises() {
		if (Files.isDirectory(this.directory)) {
			Path folder = this.directory.resolve("exercises");
			if (!Files.isDirectory(folder)) {
				return List.of();
			}
			try (Stream<Path> files = Files.list(folder)) {
				return files.filter((p) -> p.getFileName().toString().endsWith(".md"))
					.sorted(Comparator.comparing(Path::toString))
					.map((p) -> new CatalogFile(p.getFileName().toString(), read(p)))
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not list " + folder, ex);
			}
		}
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:catalog/exercises/*.md");
			List<CatalogFile> files = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.add(new CatalogFile(resource.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			files.sort(Comparator.comparing(CatalogFile::name));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the catalog from the classpath", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private static String readClasspath(String name) {
		try (InputStream in = CatalogSource.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No " + name + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + name, ex);
		}
	}

}
