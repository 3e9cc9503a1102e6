package org.fitatlas.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ImportReport;
import org.fitatlas.training.TrainingFiles;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Your training log as a CSV file, and imports from FitAtlas, Strong and Hevy.
 */
@RestController
@Tag(name = "Training log", description = "Sessions, sets, effort and pain; replay-safe for offline clients")
class LogFileApiController {

	private final TrainingFiles files;

	private final CurrentAccount current;

	LogFileApiController(TrainingFiles files, CurrentAccount current) {
		this.files = files;
		this.current = current;
	}

	@GetMapping("/api/v1/sessions/export.csv")
	@Operation(summary = "Every session and set as CSV (one row per set; columns in docs/log-files.md)")
	ResponseEntity<String> export() {
		var account = this.current.required();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"fitatlas-training-log.csv\"")
			.body(this.files.export(account));
	}

	@PostMapping(path = "/api/v1/sessions/import", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a training log: ours, Strong (iOS, Android, legacy) or Hevy, told apart by the header",
			description = "Send the file as text/csv, or as the part 'file' of a multipart/form-data upload. "
					+ "timeZone (default UTC) is the zone of date-times written without an offset. "
					+ "Importing the same file again creates nothing new.")
	ImportReport importFile(HttpServletRequest request, @RequestParam(required = false) String timeZone)
			throws IOException {
		var account = this.current.required();
		ZoneId zone = zone(timeZone);
		return this.files.importFile(account, text(request), zone);
	}

	private static String text(HttpServletRequest request) throws IOException {
		if (request instanceof MultipartHttpServletRequest multipart) {
			MultipartFile file = multipart.getFile("file");
			if (file == null) {
				throw InvalidParameter.of("file", "(missing)", "a multipart/form-data part named 'file' with the CSV");
			}
			try (InputStream in = file.getInputStream()) {
				return decode(read(in));
			}
		}
		String type = String.valueOf(request.getContentType());
		if (!type.startsWith("text/csv") && !type.startsWith("text/plain") && !type.startsWith("application/csv")) {
			throw InvalidParameter.of("Content-Type", type,
					"text/csv with the file as the body, or multipart/form-data with a part named 'file'");
		}
		try (InputStream in = request.getInputStream()) {
			return decode(read(in));
		}
	}

	/**
	 * Reads at most {@link TrainingFiles#MAX_BYTES}, refusing more without buffering it.
	 */
	private static byte[] read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(TrainingFiles.MAX_BYTES + 1);
		if (bytes.length > TrainingFiles.MAX_BYTES) {
			throw InvalidParameter.of("file", "more than " + TrainingFiles.MAX_BYTES / 1024 / 1024 + " MB",
					"a CSV file of at most " + TrainingFiles.MAX_BYTES / 1024 / 1024 + " MB");
		}
		return bytes;
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidParameter.of("file", "(not UTF-8 text)", "a CSV file in UTF-8");
		}
	}

	private static ZoneId zone(@Nullable String timeZone) {
		if (timeZone == null || timeZone.isEmpty()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw InvalidParameter.of("timeZone", timeZone, "a time zone like Europe/Berlin or UTC");
		}
	}

}
