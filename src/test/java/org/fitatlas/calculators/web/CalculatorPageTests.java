package org.fitatlas.calculators.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculators page as a person uses it: results render from the address alone, and a
 * bad value gets a message beside its field, never an error page or JSON.
 */
@FitAtlasWebTest
class CalculatorPageTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldRenderEveryFormulaAndTheLoadsFromASharedAddress() {
		String page = ok("/calculators?weightKg=100&reps=5");
		assertThat(page).contains("116.7 kg", "112.5 kg", "119 kg")
			.contains("About <span id=\"one-rep-max-average\">115.5 kg");
		// The loads come from the average estimate: 87 % of 115.5 for five repetitions.
		assertThat(page).contains("for a one-rep max of 115.5 kg", "100.5 kg");
		assertThat(page).doesNotContain("id=\"one-rep-max-warning\"");
	}

	@Test
	void shouldWarnThatEstimatesFromManyRepetitionsAreRough() {
		assertThat(ok("/calculators?weightKg=60&reps=15")).contains("id=\"one-rep-max-warning\"", "Whisenant");
	}

	@Test
	void shouldListTheLoadsForAOneRepMaxIncludingTheFilledInRows() {
		String page = ok("/calculators?oneRepMaxKg=100#percentages");
		assertThat(page).contains("id=\"percentages-table\"", "87 kg", "11 (filled in)", "62.5 kg");
	}

	@Test
	void shouldLoadTheBarWithTheFewestPlatesFromTheChosenSet() {
		String page = ok("/calculators?targetKg=100&barKg=20&plates=25&plates=15&plates=10");
		assertThat(cell(page, "25 kg")).isEqualTo("1");
		assertThat(cell(page, "15 kg")).isEqualTo("1");
		assertThat(page).contains("Loaded: <strong>100 kg</strong>");
		String shortOf = ok("/calculators?targetKg=101&plates=20");
		assertThat(shortOf).contains("Loaded: <strong>100 kg</strong>", "1 kg short of 101 kg");
		assertThat(shortOf).containsPattern("value=\"20\"\\s+checked");
	}

	@Test
	void shouldEstimateEnergyFromAMetValueOrAnExercise() {
		assertThat(ok("/calculators?exercise=&met=3.5&bodyWeightKg=70&minutes=60")).contains("245 kcal");
		// Plank is body-weight strength work: moderate calisthenics, 3.8 MET.
		assertThat(ok("/calculators?exercise=plank&met=&bodyWeightKg=70&minutes=60")).contains("266 kcal",
				"Compendium");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					weightKg=-5&reps=5            | weightKg     | Weight cannot be -5: enter a number greater than 0 and at most 1000 kg.
					weightKg=heavy&reps=5         | weightKg     | Weight cannot be heavy
					weightKg=1e400&reps=5         | weightKg     | Weight cannot be 1e400
					weightKg=1&weightKg=2&reps=5  | weightKg     | enter a single value
					reps=5                        | weightKg     | Weight is missing
					weightKg=100&reps=31          | reps         | Repetitions cannot be 31: enter a whole number from 1 to 30.
					weightKg=100&reps=2.5         | reps         | Repetitions cannot be 2.5
					oneRepMaxKg=0                 | oneRepMaxKg  | One-rep max cannot be 0
					targetKg=10&barKg=20          | targetKg     | at least the bar (20 kg)
					targetKg=100&barKg=200        | barKg        | Bar weight cannot be 200
					targetKg=100&plates=0.03      | plates       | Plates cannot be 0.03
					exercise=no-such&bodyWeightKg=70&minutes=30       | exercise     | an exercise from the list
					bodyWeightKg=70&minutes=30                        | exercise     | Exercise is missing
					met=30&bodyWeightKg=70&minutes=30                 | met          | MET value cannot be 30
					exercise=plank&met=3&bodyWeightKg=70&minutes=30   | met          | choose one of the two
					met=3&bodyWeightKg=10&minutes=30                  | bodyWeightKg | Body weight cannot be 10
					met=3&bodyWeightKg=70&minutes=0                   | minutes      | Minutes cannot be 0
					""")
	void shouldExplainABadValueBesideItsFieldWithoutAnErrorPage(String query, String field, String message) {
		HttpResponse<String> response = this.http.get("/calculators?" + query, "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("text/html");
		assertThat(fieldError(response.body(), field)).contains(message).doesNotContain("Kg", "(missing)", "reps");
		assertThat(response.body()).contains("Training calculators", "aria-invalid=\"true\"");
	}

	private String ok(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static String fieldError(String page, String field) {
		Matcher m = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("an error beside " + field).isTrue();
		return m.group(1).replace("&#39;", "'");
	}

	private static String cell(String page, String rowHeader) {
		Matcher m = Pattern.compile("<th scope=\"row\">" + Pattern.quote(rowHeader) + "</th>\\s*<td[^>]*>([^<]*)<")
			.matcher(page);
		assertThat(m.find()).as("a row for " + rowHeader).isTrue();
		return m.group(1);
	}

}
