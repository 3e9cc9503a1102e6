package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Builds one plan from a request and the catalog, following docs/planning.md: screen the
 * catalog, lay the sessions on the week, fill warm-up, main work and cool-down within the
 * time budget, then climb week by week. Plain Java: no Spring, no database.
 */
public final class PlanBuilder {

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	private final CandidatePool pool;

	private final DoseTable.Spec spec;

	private final DoseRules doses;

	private final Wording wording;

	private final SessionFiller filler;

	private final List<String> warnings = new ArrayList<>();

	public PlanBuilder(PlanRequest request, List<Exercise> active, Taxonomy taxonomy) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.doses = new DoseRules(request);
		this.spec = this.doses.spec();
		this.pool = CandidatePool.screen(request, active, taxonomy);
		this.wording = new Wording(request, taxonomy, this.spec);
		this.filler = new SessionFiller(request, taxonomy, this.pool, this.doses,
				new ExerciseChooser(request, this.pool), this.wording);
	}

	/** One main item's progression through the weeks. */
	private static final class Track {

		final Slots.Slot slot;

		Exercise exercise;

		Dose dose;

		int peakSeconds;

		final Set<String> allowedTargets;

		Track(Slots.Slot slot, Exercise exercise, Dose dose, Set<String> allowedTargets) {
			this.slot = slot;
			this.exercise = exercise;
			this.dose = dose;
			this.allowedTargets = allowedTargets;
		}

	}

	public Plan build() {
		int budget = this.request.minutesPerSession() * 60;
		if (this.request.goal() == Goal.MORNING_ROUTINE) {
			if (this.request.minutesPerSession() > 15) {
				this.warnings.add(Wording.morningLimit(this.request.minutesPerSession()));
			}
			budget = Math.min(budget, 15 * 60);
		}
		if (this.request.has("acute-low-back-pain")) {
			this.warnings.add(Wording.ACUTE_BACK_PAIN);
		}
		List<SessionDraft> sessions = new ArrayList<>();
		for (WeekSchedule.Day day : WeekSchedule.layOut(this.request.daysPerWeek())) {
			sessions.add(this.filler.fill(day, sessions, budget));
		}
		List<Plan.Week> weeks = progress(sessions);
		checkThreeSides(weeks);
		RuleLedger.Facts facts = new RuleLedger.Facts(this.request, this.spec,
				sessions.stream().anyMatch((s) -> s.day().hasNeighbours()),
				sessions.stream().anyMatch((s) -> !s.main().isEmpty()), this.pool.excludedCount() > 0);
		return new Plan(null, profile(),
				this.wording.summary(sessions.stream().map((s) -> s.day().day()).toList(), budget,
						this.pool.excludedCount(), this.pool.unavailable()),
				weeks, this.pool.excluded(), List.copyOf(this.warnings), PlanAdvice.guidance(this.request),
				RuleLedger.inForce(facts));
	}

	/**
	 * The weeks, climbing by gradualness with a deload every fourth week for trained
	 * people.
	 */
	private List<Plan.Week> progress(List<SessionDraft> sessions) {
		Map<Track, Dose> starts = new HashMap<>();
		Map<SessionDraft, List<Track>> tracks = new HashMap<>();
		for (SessionDraft session : sessions) {
			List<Track> main = new ArrayList<>();
			for (SessionDraft.MainItem m : session.main()) {
				Track track = new Track(m.slot(), m.exercise(), m.start(), Set.copyOf(m.exercise().targetMuscles()));
				track.peakSeconds = m.peakSeconds();
				starts.put(track, track.dose);
				main.add(track);
			}
			tracks.put(session, main);
		}
		List<Plan.Week> weeks = new ArrayList<>();
		for (int week = 1; week <= this.request.weeks(); week++) {
			boolean deload = this.doses.deload(week);
			List<Plan.Session> planned = new ArrayList<>();
			for (SessionDraft session : sessions) {
				List<Plan.Item> main = new ArrayList<>();
				for (Track track : tracks.get(session)) {
					String change = "";
					if (week > 1 && !deload) {
						change = advance(track, starts, week, session.day().hasNeighbours());
					}
					Dose shown = deload ? DoseRules.lighter(track.dose) : track.dose;
					main.add(this.wording.mainItem(track.exercise, track.slot.label(), shown, week, deload, change));
				}
				List<Plan.Block> blocks = List.of(new Plan.Block("warm-up", session.warmUp()),
						new Plan.Block("main", main), new Plan.Block("cool-down", session.coolDown()));
				int seconds = TimeModel.seconds(session.warmUp()) + TimeModel.seconds(main)
						+ TimeModel.seconds(session.coolDown());
				planned.add(new Plan.Session(session.day().day(), this.wording.title(session.day().kind()),
						TimeModel.minutes(seconds), blocks));
			}
			weeks.add(new Plan.Week(week, this.wording.theme(week, deload), deload, planned));
		}
		return weeks;
	}

	/** Moves a track one step; returns what changed, for the item's why. */
	private String advance(Track track, Map<Track, Dose> starts, int week, boolean neighbours) {
		Exercise e = track.exercise;
		Dose next = this.doses.step(e, track.dose, starts.get(track));
		if (next != null) {
			if (next.seconds(DoseRules.perSide(e)) <= track.peakSeconds) {
				String what = (next.sets() > track.dose.sets()) ? "one more set than last week"
						: (next.hold() != null) ? "5 seconds longer than last week" : "two more reps than last week";
				track.dose = next;
				return what;
			}
			return "same as last week: the session has no time for more";
		}
		if (this.request.goal() == Goal.BACK_HEALTH && week < 5) {
			return "same as last week: back programmes keep to entry-level exercises for about a month (seed 002)";
		}
		for (String slug : e.harder()) {
			Exercise harder = this.pool.usable(slug).orElse(null);
			if (harder == null) {
				continue;
			}
			if (DoseTable.levelIndex(harder.level()) > DoseTable.levelIndex(this.request.level()) + 1) {
				continue;
			}
			if (neighbours && DoseRules.resistance(harder)
					&& !track.allowedTargets.containsAll(harder.targetMuscles())) {
				continue;
			}
			Dose start = this.doses.startDose(harder);
			if (start.seconds(DoseRules.perSide(harder)) > track.peakSeconds) {
				continue;
			}
			String from = e.name();
			track.exercise = harder;
			track.dose = start;
			starts.put(track, start);
			return "you reached the top dose of " + from + ", so you move up its ladder";
		}
		return "same as last week: top of the ladder here; keep the quality high";
	}

	private void checkThreeSides(List<Plan.Week> weeks) {
		if (this.request.goal() != Goal.CORE && this.request.goal() != Goal.BACK_HEALTH) {
			return;
		}
		Map<String, Set<String>> sides = Map.of("front (abdominals)",
				Set.of("rectus-abdominis", "transverse-abdominis"), "back (extensors)",
				Set.of("erector-spinae", "multifidus"), "sides (obliques)", Set.of("obliques", "quadratus-lumborum"));
		Plan.Week first = weeks.get(0);
		for (Map.Entry<String, Set<String>> side : sides.entrySet()) {
			boolean trained = first.sessions()
				.stream()
				.flatMap((s) -> s.blocks().stream())
				.filter((b) -> b.kind().equals("main"))
				.flatMap((b) -> b.items().stream())
				.anyMatch((i) -> this.pool.exercise(i.exercise().slug())
					.targetMuscles()
					.stream()
					.anyMatch(side.getValue()::contains));
			if (!trained) {
				this.warnings.add(Wording.untrainedSide(side.getKey()));
			}
		}
	}

	private Plan.Profile profile() {
		PlanRequest r = this.request;
		return new Plan.Profile(r.goal().token(), r.level(), r.daysPerWeek(), r.minutesPerSession(), r.weeks(),
				r.equipment(), r.conditions(), r.pregnancyTrimester(), r.focus(),
				(r.startDate() != null) ? r.startDate().toString() : null, r.seed());
	}

}
