package org.fitatlas.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.imports.ExerciseImports;
import org.fitatlas.imports.internal.FileChecks;
import org.fitatlas.imports.internal.ImportJobs;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors' import pages: upload free-exercise-db JSON or a zip of Markdown pages, follow
 * the import running in the background, and review imported exercises by origin and by
 * what they still lack.
 */
@Controller
class ImportPageController {

	static final String FREE_EXERCISE_DB = "free-exercise-db";

	static final String MARKDOWN_ZIP = "markdown-zip";

	private final ExerciseImports imports;

	private final ImportJobs jobs;

	ImportPageController(ExerciseImports imports, ImportJobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping("/imports")
	String form(Model model) {
		model.addAttribute("origins", this.imports.origins());
		return "imports/upload";
	}

	@PostMapping("/imports")
	String upload(@RequestParam("kind") String kind, @RequestParam("file") MultipartFile file) throws IOException {
		if (!kind.equals(FREE_EXERCISE_DB) && !kind.equals(MARKDOWN_ZIP)) {
			throw InvalidParameter.of("kind", kind, FREE_EXERCISE_DB + ", " + MARKDOWN_ZIP);
		}
		String name = (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) ? "upload"
				: file.getOriginalFilename().replaceAll("^.*[/\\\\]", "");
		if (file.isEmpty()) {
			throw InvalidParameter.of("file", name, "a non-empty .json or .zip file of at most 16 MB");
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes((int) FileChecks.MAX_FILE_BYTES + 1);
		}
		if (content.length > FileChecks.MAX_FILE_BYTES) {
			throw InvalidParameter.of("file", name, "at most 16 MB");
		}
		ImportJobs.Job job = this.jobs.start(name,
				(progress) -> kind.equals(FREE_EXERCISE_DB) ? this.imports.freeExerciseDb(name, content, progress)
						: this.imports.markdownZip(name, content, progress));
		return "redirect:/imports/jobs/" + job.id();
	}

	@GetMapping("/imports/jobs/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", find(id));
		return "imports/job";
	}

	@GetMapping("/imports/jobs/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("job", find(id));
		return "imports/job :: progress";
	}

	@GetMapping("/imports/review")
	String review(@RequestParam(required = false) @Nullable String origin,
			@RequestParam(required = false) @Nullable String missing, Model model) {
		String chosenOrigin = (origin == null || origin.isBlank()) ? null : origin;
		String chosenMissing = (missing == null || missing.isBlank()) ? null : missing;
		if (chosenOrigin != null && !this.imports.origins().contains(chosenOrigin)) {
			throw InvalidParameter.of("origin", chosenOrigin, String.join(", ", this.imports.origins()));
		}
		if (chosenMissing != null && !Exercise.MISSABLE.contains(chosenMissing)) {
			throw InvalidParameter.of("missing", chosenMissing, String.join(", ", Exercise.MISSABLE));
		}
		model.addAttribute("origins", this.imports.origins());
		model.addAttribute("fields", Exercise.MISSABLE);
		model.addAttribute("origin", chosenOrigin);
		model.addAttribute("missing", chosenMissing);
		model.addAttribute("counts", this.imports.missingCounts(chosenOrigin));
		model.addAttribute("items", this.imports.review(chosenOrigin, chosenMissing));
		return "imports/review";
	}

	private ImportJobs.Job find(String id) {
		try {
			return this.jobs.find(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidParameter.of("id", id, "an import id as shown after an upload");
		}
	}

}
