package org.fitatlas.cli.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Summary;
import biweekly.util.Duration;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.OneRepMaxes;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanGenerator;
import org.fitatlas.planning.PlanRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan}: makes a training plan from the catalog and prints it as text, JSON or
 * iCalendar.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = "Make a training plan and print it (nothing is saved).")
final class PlanCommand implements Callable<Integer> {

	enum Format {

		TEXT, JSON, ICS

	}

	@Option(names = "--goal", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
	String goal;

	@Option(names = "--level", required = true, description = "beginner, intermediate or advanced")
	String level;

	@Option(names = "--days", defaultValue = "3", description = "Training days per week (default ${DEFAULT-VALUE})")
	int days;

	@Option(names = "--minutes", defaultValue = "45", description = "Minutes per session (default ${DEFAULT-VALUE})")
	int minutes;

	@Option(names = "--weeks", defaultValue = "4", description = "Weeks (default ${DEFAULT-VALUE})")
	int weeks;

	@Option(names = "--equipment", split = ",", description = "Equipment tokens you have, e.g. dumbbell,band")
	List<String> equipment = new ArrayList<>();

	@Option(names = "--conditions", split = ",", description = "Health condition tokens, e.g. knee-pain")
	List<String> conditions = new ArrayList<>();

	@Option(names = "--format", defaultValue = "text", description = "text, json or ics (default ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--seed", defaultValue = "1", description = "Seed for the choice among equal exercises")
	long seed;

	@Option(names = "--one-rep-max", paramLabel = "SLUG=KG",
			description = "Your one-rep max in kg for a loaded lift, e.g. barbell-back-squat=100; repeatable. "
					+ "Strength plans at intermediate or advanced level then name loads in kg")
	Map<String, String> oneRepMaxes = new LinkedHashMap<>();

	@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
	List<String> settings = new ArrayList<>();

	@Override
	public Integer call() {
		Goal chosen = Goal.of(this.goal).orElse(null);
		if (chosen == null) {
			Commands.ERR.println("Refused: --goal '" + this.goal + "' is not a goal; allowed: " + Goal.allowed());
			return 2;
		}
		Map<String, Double> kilograms;
		try {
			kilograms = kilograms(this.oneRepMaxes);
		}
		catch (IllegalArgumentException ex) {
			Commands.ERR.println("Refused: " + ex.getMessage());
			return 2;
		}
		return Commands.withApp(this.settings, (app) -> {
			PlanRequest request = new PlanRequest(chosen, this.level, this.days, this.minutes, this.weeks,
					this.equipment, this.conditions, null, List.of(), List.of(), LocalDate.now(), this.seed, kilograms);
			Plan plan;
			try {
				plan = app.getBean(PlanGenerator.class).generate(request);
			}
			catch (org.fitatlas.shared.InvalidParameter ex) {
				Commands.ERR.println("Refused: " + ex.getMessage());
				return 2;
			}
			Commands.OUT.println(switch (this.format) {
				case JSON -> app.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(plan);
				case ICS -> ics(plan);
				case TEXT -> text(plan);
			});
			return 0;
		});
	}

	/**
	 * {@code --one-rep-max slug=kg} values as kilograms: numbers from 1 to 500, at most
	 * 20 lifts; the lifts themselves are checked against the catalog by the planner.
	 */
	static Map<String, Double> kilograms(Map<String, String> given) {
		if (given.size() > OneRepMaxes.MAX_ENTRIES) {
			throw new IllegalArgumentException(
					"--one-rep-max is given " + given.size() + " times; allowed: at most " + OneRepMaxes.MAX_ENTRIES);
		}
		Map<String, Double> kilograms = new LinkedHashMap<>();
		given.forEach((slug, text) -> {
			double kg;
			try {
				kg = Double.parseDouble(text.trim().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				kg = Double.NaN;
			}
			if (!OneRepMaxes.plausible(kg)) {
				throw new IllegalArgumentException("--one-rep-max " + slug + "=" + text
						+ " is not possible; allowed: a number of kilograms from 1 to 500, like " + slug + "=100");
			}
			kilograms.put(slug, kg);
		});
		return kilograms;
	}

	static String text(Plan plan) {
		StringBuilder out = new StringBuilder(plan.summary()).append('\n');
		for (Plan.Week week : plan.weeks()) {
			out.append("\nWeek ").append(week.week()).append(": ").append(week.theme()).append('\n');
			for (Plan.Session session : week.sessions()) {
				out.append("  Day ")
					.append(session.day())
					.append(" - ")
					.append(session.title())
					.append(" (about ")
					.append(session.estimatedMinutes())
					.append(" min)\n");
				for (Plan.Block block : session.blocks()) {
					for (Plan.Item item : block.items()) {
						out.append("    ")
							.append(block.kind())
							.append(": ")
							.append(item.exercise().name())
							.append(", ")
							.append(dose(item))
							.append('\n');
					}
				}
			}
		}
		plan.warnings().forEach((w) -> out.append("\nNote: ").append(w).append('\n'));
		return out.toString();
	}

	static String ics(Plan plan) {
		LocalDate start = LocalDate.now();
		LocalDate monday = start.minusDays(start.getDayOfWeek().getValue() - 1L);
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//FitAtlas//Training plans//EN");
		for (Plan.Week week : plan.weeks()) {
			for (Plan.Session session : week.sessions()) {
				LocalDate date = monday.plusWeeks(week.week() - 1L).plusDays(session.day() - 1L);
				VEvent event = new VEvent();
				event.setSummary(new Summary("FitAtlas week " + week.week() + ": " + session.title()));
				LocalDateTime at = date.atTime(7, 0);
				event.setDateStart(Date.from(at.atZone(ZoneId.systemDefault()).toInstant()));
				event.setDuration(Duration.builder().minutes(session.estimatedMinutes()).build());
				StringBuilder description = new StringBuilder(week.theme()).append('\n');
				session.blocks()
					.forEach((b) -> b.items()
						.forEach((i) -> description.append("- ")
							.append(i.exercise().name())
							.append(": ")
							.append(dose(i))
							.append('\n')));
				event.setDescription(description.toString());
				calendar.addEvent(event);
			}
		}
		return Biweekly.write(calendar).go();
	}

	static String dose(Plan.Item item) {
		String amount = (item.holdSeconds() != null) ? item.holdSeconds() + " s"
				: (item.repsMax() != null) ? item.reps() + "–" + item.repsMax() + " reps" : item.reps() + " reps";
		return item.sets() + " × " + amount + (item.perSide() ? " each side" : "")
				+ ((item.loadKg() != null) ? " at " + item.load() : "")
				+ ((item.restSeconds() > 0) ? ", rest " + item.restSeconds() + " s" : "");
	}

}
