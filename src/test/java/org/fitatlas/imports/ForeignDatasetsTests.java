package org.fitatlas.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fitatlas.catalog.CatalogFiles;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reading foreign datasets: every field a record carries is mapped through the mapping
 * file, every field it lacks stays missing, and a bad file is refused naming the record
 * or entry.
 */
class ForeignDatasetsTests {

	static final Taxonomy TAXONOMY = CatalogFiles.taxonomy(Path.of("catalog"));

	static final Path FIXTURE = Path.of("src/test/resources/imports/free-exercise-db-20.json");

	static final Path REAL_FILE = Path.of(System.getProperty("fitatlas.shared.dir", "../shared"), "datasets",
			"free-exercise-db", "exercises.json");

	@Test
	void shouldMapTheFixtureRecordsAndKeepWhatTheyLackMissing() throws IOException {
		List<ForeignExercise> records = ForeignDatasets.freeExerciseDb("exercises.json", Files.readAllBytes(FIXTURE),
				TAXONOMY);
		assertThat(records).hasSize(20);
		Exercise snatch = find(records, "Hang_Snatch_Pull");
		assertThat(snatch.level()).isEqualTo("advanced");
		assertThat(snatch.category()).isEqualTo("strength");
		assertThat(snatch.bodyPart()).isEqualTo("legs");
		assertThat(snatch.targetMuscles()).containsExactly("hamstrings");
		assertThat(snatch.secondaryMuscles()).containsExactly("trapezius", "calves", "gluteus-maximus", "quadriceps",
				"erector-spinae", "deltoids");
		assertThat(snatch.equipment()).containsExactly("barbell");
		assertThat(snatch.steps()).containsExactly("Hold the bar at mid thigh.", "Drive up onto the toes and shrug.");
		assertThat(snatch.missing()).containsExactly("summary", "tips", "mistakes", "breathing", "pattern", "position",
				"sides", "defaultDose", "contraindications", "traits");
		assertThat(snatch.defaultDose()).isNull();
		assertThat(snatch.summary()).isEmpty();
		assertThat(snatch.tips()).isEmpty();
		assertThat(snatch.plannable()).isFalse();
		assertThat(snatch.sources()).singleElement()
			.asString()
			.contains("free-exercise-db")
			.contains("Hang_Snatch_Pull")
			.contains("Unlicense");
		Exercise lat = find(records, "Lat_Reach_Stretch");
		assertThat(lat.missing()).contains("force", "mechanic", "equipment");
		assertThat(lat.secondaryMuscles()).containsExactly("rhomboids");
		assertThat(find(records, "Wrist_Roller_Climb").missing()).as("'other' equipment is not known: missing")
			.contains("equipment");
		assertThat(find(records, "Curl_Bar_Drag").equipment()).containsExactly("barbell");
		assertThat(find(records, "Trap_Lift_Shrug").missing()).contains("steps");
		assertThat(records).extracting((r) -> r.exercise().slug()).doesNotHaveDuplicates();
	}

	@Test
	void shouldReadEveryRecordOfTheRealFile() throws IOException {
		assumeTrue(Files.isRegularFile(REAL_FILE), "../shared/datasets/free-exercise-db is absent on this machine: "
				+ "skipping the real-file check (the 20-record fixture covers the format)");
		List<ForeignExercise> records = ForeignDatasets.freeExerciseDb("exercises.json", Files.readAllBytes(REAL_FILE),
				TAXONOMY);
		assertThat(records).hasSize(873);
		assertThat(records).filteredOn((r) -> r.exercise().level().equals("advanced")).hasSize(57);
		assertThat(records).filteredOn((r) -> !r.exercise().written("force")).hasSize(29);
		assertThat(records).filteredOn((r) -> !r.exercise().written("mechanic")).hasSize(87);
	}

	@Test
	void shouldWriteEveryRealRecordAsAPageThatReadsBackTheSame() throws IOException {
		assumeTrue(Files.isRegularFile(REAL_FILE), "../shared/datasets/free-exercise-db is absent on this machine: "
				+ "skipping the real-file round trip (the 20-record fixture covers the format)");
		List<ForeignExercise> records = new java.util.ArrayList<>(
				ForeignDatasets.freeExerciseDb("exercises.json", Files.readAllBytes(REAL_FILE), TAXONOMY));
		records.addAll(ForeignDatasets.freeExerciseDb("exercises.json", Files.readAllBytes(FIXTURE), TAXONOMY));
		for (ForeignExercise record : records) {
			Exercise e = record.exercise();
			CatalogFiles.FileRead read = CatalogFiles.parse(TAXONOMY, e.slug() + ".md", CatalogFiles.write(e));
			assertThat(read.problems()).as(record.foreignId()).isEmpty();
			assertThat(read.exercise()).as(record.foreignId()).contains(e);
		}
	}

	@Test
	void shouldNameTheRecordWhenAWordIsNotInTheMapping() {
		String json = fixture().replace("\"foam roll\"", "\"trampoline\"");
		assertThatThrownBy(() -> read(json)).isInstanceOf(BadImportFile.class)
			.hasMessageContaining("record 16 (id 'Roller_Calf_Roll')")
			.hasMessageContaining("equipment 'trampoline' is not in the mapping; known: body only");
	}

	@Test
	void shouldNameTheRecordWhenAFieldHasTheWrongType() {
		String json = fixture().replace("\"level\": \"expert\"", "\"level\": 3");
		assertThatThrownBy(() -> read(json)).hasMessageContaining("id 'Hang_Snatch_Pull'")
			.hasMessageContaining("level must be non-empty text, was number 3");
		assertThatThrownBy(() -> read("[{\"id\": \"x\", \"name\": \"X\", \"surprise\": 1}]"))
			.hasMessageContaining("record 1 (id 'x'): unknown field 'surprise'");
		assertThatThrownBy(() -> read("{\"name\": \"not a list\"}")).hasMessageContaining("must be a JSON array");
	}

	@Test
	void shouldSayWhereJsonIsBroken() {
		assertThatThrownBy(() -> read("[{\"id\": \"x\",\n \"name\": }]")).isInstanceOf(BadImportFile.class)
			.hasMessageContaining("exercises.json: is not valid JSON")
			.hasMessageContaining("line 2");
	}

	@Test
	void shouldRefuseAFileThatIsNotWhatItsNameSays() throws IOException {
		byte[] zip = zip("a.md", "# A".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> ForeignDatasets.freeExerciseDb("exercises.json", zip, TAXONOMY))
			.hasMessage("exercises.json: is not JSON: its content starts like a zip archive");
		assertThatThrownBy(() -> ForeignDatasets.markdownZip("pages.zip", "[1, 2]".getBytes(), TAXONOMY))
			.hasMessage("pages.zip: is not a zip archive: its content starts like json");
	}

	@Test
	void shouldRefuseAFileOfFiftyMegabytes() {
		byte[] big = new byte[50 * 1024 * 1024];
		big[0] = '[';
		assertThatThrownBy(() -> ForeignDatasets.freeExerciseDb("exercises.json", big, TAXONOMY))
			.hasMessage("exercises.json: is 50.0 MB; an import reads at most 16.0 MB (split the file)");
	}

	@Test
	void shouldRefuseAZipEntryThatClimbsOutOfTheArchive() throws IOException {
		byte[] zip = zip("../../etc/evil.md", "# Evil".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> ForeignDatasets.markdownZip("pages.zip", zip, TAXONOMY))
			.hasMessage("../../etc/evil.md: the entry's path leads outside the archive; refused");
	}

	@Test
	void shouldStopAZipBombAtTheLimit() throws IOException {
		byte[] zip = zip("bomb.md", new byte[8 * 1024 * 1024]);
		assertThat(zip.length).as("eight megabytes of zeros pack small").isLessThan(100_000);
		assertThatThrownBy(() -> ForeignDatasets.markdownZip("pages.zip", zip, TAXONOMY))
			.hasMessageContaining("bomb.md: unpacks to more than 1 MB (a zip bomb?)");
	}

	@Test
	void shouldReadAPageShapedLikeTheForgetrainerPagesKeepingItsGapsMissing() throws IOException {
		byte[] zip = zip("pages/knee-hug-page.md",
				Files.readAllBytes(Path.of("src/test/resources/pages/knee-hug-page.md")));
		ForeignExercise page = ForeignDatasets.markdownZip("club-pages.zip", zip, TAXONOMY).get(0);
		Exercise e = page.exercise();
		assertThat(page.foreignId()).isEqualTo("pages/knee-hug-page.md");
		assertThat(e.name()).isEqualTo("Double Knee Hug");
		assertThat(e.slug()).isEqualTo("double-knee-hug");
		assertThat(e.summary()).startsWith("The double knee hug is a gentle floor stretch");
		assertThat(e.bodyPart()).isEqualTo("back");
		assertThat(e.equipment()).containsExactly("none");
		assertThat(e.targetMuscles()).containsExactly("erector-spinae");
		assertThat(e.secondaryMuscles()).containsExactly("gluteus-maximus", "hamstrings");
		assertThat(e.force()).isEqualTo("stretch");
		assertThat(e.mechanic()).isEqualTo("isolation");
		assertThat(e.steps()).hasSize(4);
		assertThat(e.tips()).hasSize(2);
		assertThat(e.mistakes()).hasSize(2);
		assertThat(e.faq()).extracting("question")
			.containsExactly("Can I rock side to side?", "How often can I do it?");
		assertThat(e.missing()).containsExactly("breathing", "pattern", "position", "sides", "defaultDose",
				"contraindications", "traits");
		assertThat(e.sources()).singleElement().asString().contains("club-pages").doesNotContain(".md");
	}

	@Test
	void shouldNameTheEntryAndFieldWhenAPageHasAnUnknownValue() throws IOException {
		String page = Files.readString(Path.of("src/test/resources/pages/knee-hug-page.md"))
			.replace("**Equipment:** Body Weight", "**Equipment:** Hoverboard");
		byte[] zip = zip("knee-hug-page.md", page.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> ForeignDatasets.markdownZip("pages.zip", zip, TAXONOMY))
			.hasMessageStartingWith("knee-hug-page.md: equipment (Equipment): 'Hoverboard' is not a known equipment");
	}

	@Test
	void shouldRefuseAPageThatIsNotText() throws IOException {
		byte[] zip = zip("photo.md", new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1 });
		assertThatThrownBy(() -> ForeignDatasets.markdownZip("pages.zip", zip, TAXONOMY))
			.hasMessage("photo.md: is not UTF-8 text (a PNG image)");
	}

	private static List<ForeignExercise> read(String json) {
		return ForeignDatasets.freeExerciseDb("exercises.json", json.getBytes(StandardCharsets.UTF_8), TAXONOMY);
	}

	private static String fixture() {
		try {
			return Files.readString(FIXTURE);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Exercise find(List<ForeignExercise> records, String id) {
		return records.stream().filter((r) -> r.foreignId().equals(id)).findFirst().orElseThrow().exercise();
	}

	static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
