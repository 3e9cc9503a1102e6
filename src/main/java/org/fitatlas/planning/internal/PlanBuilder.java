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

	private static final int WARM_UP_SECONDS = 300;

	private static final int MAX_MAIN_ITEMS = 8;

	private static final List<String> WARM_UP_PREFERRED = List.of("joint-mobility-warm-up", "marching-in-place",
			"arm-circles", "hip-circles", "leg-swings", "cat-cow", "ankle-circles");

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	private final CandidatePool pool;

	private final DoseTable.Spec spec;

	private final DoseRules doses;

	private final Wording wording;

	private final ExerciseChooser chooser;

	private final List<String> warnings = new ArrayList<>();

	public PlanBuilder(PlanRequest request, List<Exercise> active, Taxonomy taxonomy) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.doses = new DoseRules(request);
		this.spec = this.doses.spec();
		this.pool = CandidatePool.screen(request, active, taxonomy);
		this.wording = new Wording(request, taxonomy, this.spec);
		this.chooser = new ExerciseChooser(request, this.pool);
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

	private static final class SessionPlan {

		final int day;

		final Slots.Day kind;

		final List<Plan.Item> warmUp = new ArrayList<>();

		final List<Track> main = new ArrayList<>();

		final List<Plan.Item> coolDown = new ArrayList<>();

		final Set<String> resistanceTargets = new HashSet<>();

		boolean hasNeighbours;

		SessionPlan(int day, Slots.Day kind) {
			this.day = day;
			this.kind = kind;
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
		List<SessionPlan> sessions = layOut();
		for (SessionPlan session : sessions) {
			fill(session, sessions, budget);
		}
		List<Plan.Week> weeks = progress(sessions);
		checkThreeSides(weeks);
		RuleLedger.Facts facts = new RuleLedger.Facts(this.request, this.spec,
				sessions.stream().anyMatch((s) -> s.hasNeighbours),
				sessions.stream().anyMatch((s) -> !s.main.isEmpty()), this.pool.excludedCount() > 0);
		return new Plan(null, profile(),
				this.wording.summary(sessions.stream().map((s) -> s.day).toList(), budget, this.pool.excludedCount(),
						this.pool.unavailable()),
				weeks, this.pool.excluded(), List.copyOf(this.warnings), PlanAdvice.guidance(this.request),
				RuleLedger.inForce(facts));
	}

	/** The week's sessions, empty, on their days. */
	private List<SessionPlan> layOut() {
		List<SessionPlan> sessions = new ArrayList<>();
		for (WeekSchedule.Day day : WeekSchedule.layOut(this.request.daysPerWeek())) {
			SessionPlan session = new SessionPlan(day.day(), day.kind());
			session.hasNeighbours = day.hasNeighbours();
			sessions.add(session);
		}
		return sessions;
	}

	private void fill(SessionPlan session, List<SessionPlan> all, int budget) {
		Set<String> blocked = new HashSet<>();
		for (SessionPlan other : all) {
			if (other != session && WeekSchedule.adjacent(other.day, session.day)) {
				blocked.addAll(other.resistanceTargets);
			}
		}
		int used = warmUp(session);
		int coolDownReserve = 80;
		int mainBudget = budget - used - coolDownReserve;
		Set<String> inSession = new HashSet<>();
		session.warmUp.forEach((i) -> inSession.add(i.exercise().slug()));
		List<Slots.Slot> slots = new ArrayList<>(
				Slots.focus(this.request.goal(), this.request.focus(), this.taxonomy.tokens(Taxonomy.MUSCLES)));
		slots.addAll(Slots.forDay(this.request.goal(), session.kind));
		int remaining = mainBudget;
		for (int pass = 0; pass < 2; pass++) {
			for (Slots.Slot slot : slots) {
				if (session.main.size() >= MAX_MAIN_ITEMS) {
					break;
				}
				remaining = addToMain(session, slot, blocked, inSession, remaining, pass);
			}
		}
		if (session.main.isEmpty()) {
			for (Slots.Slot slot : Slots.FALLBACK) {
				remaining = addToMain(session, slot, blocked, inSession, remaining, 0);
				if (!session.main.isEmpty()) {
					break;
				}
			}
		}
		int spent = used + session.main.stream().mapToInt((t) -> t.peakSeconds).sum();
		coolDown(session, inSession, budget - spent);
	}

	/** Adds the best exercise for a slot if it fits; returns the seconds left. */
	private int addToMain(SessionPlan session, Slots.Slot slot, Set<String> blocked, Set<String> inSession,
			int remaining, int pass) {
		if (pass > 0 && !slot.resistance() && this.request.goal() != Goal.FLEXIBILITY) {
			return remaining;
		}
		for (Exercise e : this.chooser.ranked(slot, blocked, inSession)) {
			Dose start = this.doses.startDose(e);
			int peak = this.doses.peakSeconds(e, start);
			int startSeconds = start.seconds(DoseRules.perSide(e));
			if (startSeconds > remaining) {
				continue;
			}
			Track track = new Track(slot, e, start, Set.copyOf(e.targetMuscles()));
			track.peakSeconds = Math.min(peak, remaining);
			session.main.add(track);
			inSession.add(e.slug());
			if (DoseRules.resistance(e)) {
				session.resistanceTargets.addAll(e.targetMuscles());
			}
			return remaining - track.peakSeconds;
		}
		return remaining;
	}

	private int warmUp(SessionPlan session) {
		List<Exercise> candidates = new ArrayList<>();
		for (Exercise e : this.pool.usable()) {
			if ((e.category().equals("mobility") || e.category().equals("cardio")) && e.level().equals("beginner")
					&& !e.traits().contains("high-impact")) {
				candidates.add(e);
			}
		}
		candidates.sort(Comparator.comparingInt((Exercise e) -> {
			int rank = WARM_UP_PREFERRED.indexOf(e.slug());
			return (rank < 0) ? 100 : rank;
		}).thenComparing(Exercise::slug));
		int seconds = 0;
		for (Exercise e : candidates) {
			if (seconds >= WARM_UP_SECONDS) {
				break;
			}
			Plan.Item item = fitted(warmUpItem(e), WARM_UP_SECONDS - seconds,
					(e.defaultDose().reps() != null) ? e.defaultDose().reps() : 1);
			session.warmUp.add(item);
			seconds += TimeModel.seconds(item);
		}
		return seconds;
	}

	/**
	 * Shortens the last warm-up item so the warm-up ends close to 5 minutes, leaving time
	 * for the work.
	 */
	private static Plan.Item fitted(Plan.Item item, int needed, int fewestReps) {
		if (TimeModel.seconds(item) <= needed) {
			return item;
		}
		int sides = item.perSide() ? 2 : 1;
		int work = Math.max(0, needed - TimeModel.TRANSITION);
		Integer hold = (item.holdSeconds() != null) ? Math.max(60, (work + sides - 1) / sides) : null;
		Integer reps = (item.reps() != null) ? Math.max(fewestReps,
				(work + TimeModel.SECONDS_PER_REP * sides - 1) / (TimeModel.SECONDS_PER_REP * sides)) : null;
		return new Plan.Item(item.exercise(), item.sets(), reps, item.repsMax(), hold, item.perSide(), item.toFailure(),
				item.restSeconds(), item.load(), item.tempo(), item.cues(), item.why());
	}

	private Plan.Item warmUpItem(Exercise e) {
		Integer reps = null;
		Integer hold = null;
		if (e.defaultDose().timed()) {
			hold = Math.max(60, Math.min(120, e.defaultDose().holdSeconds()));
		}
		else {
			reps = (e.defaultDose().repsMax() != null) ? e.defaultDose().repsMax() : e.defaultDose().reps();
		}
		return new Plan.Item(Wording.link(e), 1, reps, null, hold, DoseRules.perSide(e), false, 0, "body weight",
				Wording.tempo(e, hold), Wording.cues(e), Wording.WARM_UP_WHY);
	}

	private void coolDown(SessionPlan session, Set<String> inSession, int remaining) {
		Set<String> worked = new HashSet<>();
		session.main.forEach((t) -> worked.addAll(t.exercise.targetMuscles()));
		List<Exercise> stretches = new ArrayList<>();
		for (Exercise e : this.pool.usable()) {
			if (DoseRules.stretch(e) && !inSession.contains(e.slug()) && this.pool.levelAllowed(e)) {
				stretches.add(e);
			}
		}
		stretches
			.sort(Comparator.comparingLong((Exercise e) -> -e.targetMuscles().stream().filter(worked::contains).count())
				.thenComparing((Exercise e) -> DoseRules.perSide(e) ? 1 : 0)
				.thenComparing(Exercise::slug));
		int spent = 0;
		for (Exercise e : stretches) {
			int sets = 1;
			Plan.Item item = new Plan.Item(Wording.link(e), sets, null, null, 30, DoseRules.perSide(e), false, 15,
					"body weight", Wording.tempo(e, 30), Wording.cues(e), this.wording.coolDownWhy(e));
			int seconds = TimeModel.seconds(item);
			if (session.coolDown.isEmpty()
					|| (spent + seconds <= Math.min(remaining, 300) && session.coolDown.size() < 3)) {
				session.coolDown.add(item);
				spent += seconds;
			}
			if (session.coolDown.size() >= 3 || spent >= Math.min(remaining, 300)) {
				break;
			}
		}
	}

	/**
	 * The weeks, climbing by gradualness with a deload every fourth week for trained
	 * people.
	 */
	private List<Plan.Week> progress(List<SessionPlan> sessions) {
		Map<Track, Dose> starts = new HashMap<>();
		sessions.forEach((s) -> s.main.forEach((t) -> starts.put(t, t.dose)));
		List<Plan.Week> weeks = new ArrayList<>();
		for (int week = 1; week <= this.request.weeks(); week++) {
			boolean deload = this.doses.deload(week);
			List<Plan.Session> planned = new ArrayList<>();
			for (SessionPlan session : sessions) {
				List<Plan.Item> main = new ArrayList<>();
				for (Track track : session.main) {
					String change = "";
					if (week > 1 && !deload) {
						change = advance(track, starts, week, session.hasNeighbours);
					}
					Dose shown = deload ? DoseRules.lighter(track.dose) : track.dose;
					main.add(this.wording.mainItem(track.exercise, track.slot.label(), shown, week, deload, change));
				}
				List<Plan.Block> blocks = List.of(new Plan.Block("warm-up", session.warmUp),
						new Plan.Block("main", main), new Plan.Block("cool-down", session.coolDown));
				int seconds = TimeModel.seconds(session.warmUp) + TimeModel.seconds(main)
						+ TimeModel.seconds(session.coolDown);
				planned.add(new Plan.Session(session.day, this.wording.title(session.kind), TimeModel.minutes(seconds),
						blocks));
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
