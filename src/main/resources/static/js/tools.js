// The tools on an exercise page: stopwatch, countdown, hold timer and the one-rep-max calculator shown in place.
// Needs timers.js (loaded before it). Without JavaScript the timers stay hidden and the 1RM form opens /calculators.
(function () {
	'use strict';
	var T = window.FitAtlasTimers;
	if (!T) { return; }

	function $(id) { return document.getElementById(id); }
	function on(id, fn) {
		var el = $(id);
		if (el) {
			el.addEventListener('click', function (event) {
				T.unlockAudio();
				fn(event);
			});
		}
	}
	function whole(id, min, max) {
		var input = $(id);
		var value = Number(input.value === '' ? '0' : input.value);
		if (!isFinite(value) || value !== Math.floor(value) || value < min || value > max) {
			return { error: (input.labels && input.labels[0] ? input.labels[0].firstChild.textContent.trim() : id)
				+ ' must be a whole number from ' + min + ' to ' + max + ', was ' + (input.value || 'empty') + '.' };
		}
		return { value: value };
	}
	function showError(id, text) {
		var el = $(id);
		el.textContent = text || '';
		el.hidden = !text;
	}

	Array.prototype.forEach.call(document.querySelectorAll('[data-needs-script]'), function (el) { el.hidden = false; });

	// Stopwatch: hh:mm:ss.cc, Start/Pause, Lap, Reset.
	(function () {
		var display = $('stopwatch-display');
		if (!display) { return; }
		var start = $('stopwatch-start');
		var lap = $('stopwatch-lap');
		var laps = $('stopwatch-laps');
		var watch = T.stopwatch({ onTick: function (ms) { display.textContent = T.format(ms, true); } });
		on('stopwatch-start', function () {
			if (watch.running()) {
				watch.pause();
				start.textContent = 'Start';
				lap.disabled = true;
				T.announce('Stopwatch paused at ' + T.format(watch.elapsed(), true));
			} else {
				watch.start();
				start.textContent = 'Pause';
				lap.disabled = false;
				T.announce('Stopwatch started');
			}
		});
		on('stopwatch-lap', function () {
			var n = laps.children.length + 1;
			var item = document.createElement('li');
			item.textContent = 'Lap ' + n + ': ' + T.format(watch.lap(), true) + ' (total ' + T.format(watch.elapsed(), true) + ')';
			laps.appendChild(item);
			T.announce(item.textContent);
		});
		on('stopwatch-reset', function () {
			watch.reset();
			start.textContent = 'Start';
			lap.disabled = true;
			laps.textContent = '';
			T.announce('Stopwatch reset');
		});
	})();

	// Countdown: hours, minutes and seconds; Start/Pause/Resume and Reset.
	(function () {
		var display = $('countdown-display');
		if (!display) { return; }
		var start = $('countdown-start');
		var timer = null;
		function chosen() {
			var h = whole('countdown-hours', 0, 23);
			var m = whole('countdown-minutes', 0, 59);
			var s = whole('countdown-seconds', 0, 59);
			var bad = [h, m, s].filter(function (x) { return x.error; });
			if (bad.length) { return { error: bad[0].error }; }
			var total = h.value * 3600 + m.value * 60 + s.value;
			return total > 0 ? { value: total } : { error: 'Choose a time of at least one second.' };
		}
		function idle() {
			timer = null;
			start.textContent = 'Start';
			T.keepAwake(false);
		}
		['countdown-hours', 'countdown-minutes', 'countdown-seconds'].forEach(function (id) {
			$(id).addEventListener('input', function () {
				if (!timer) {
					var time = chosen();
					display.textContent = T.format((time.value || 0) * 1000, false);
				}
			});
		});
		on('countdown-start', function () {
			if (timer && timer.running()) {
				timer.pause();
				start.textContent = 'Resume';
				T.announce('Countdown paused at ' + T.format(timer.msLeft(), false));
				return;
			}
			if (timer) {
				timer.resume();
				start.textContent = 'Pause';
				return;
			}
			var time = chosen();
			showError('countdown-error', time.error);
			if (time.error) { return; }
			T.keepAwake(true);
			start.textContent = 'Pause';
			T.announce('Countdown started: ' + T.format(time.value * 1000, false));
			timer = T.countdown(time.value, {
				endText: 'Countdown done',
				onTick: function (ms) { display.textContent = T.format(ms, false); },
				onDone: idle
			});
		});
		on('countdown-reset', function () {
			if (timer) { timer.cancel(); }
			idle();
			var time = chosen();
			display.textContent = T.format((time.value || 0) * 1000, false);
		});
	})();

	// Hold timer: the dose's holds, left then right for an each-side exercise, rest between sets.
	(function () {
		var box = $('hold');
		if (!box) { return; }
		var eachSide = box.getAttribute('data-each-side') === 'true';
		var switchSeconds = Number(box.getAttribute('data-switch')) || 5;
		var start = $('hold-start');
		var skip = $('hold-skip');
		var stepText = $('hold-step');
		var display = $('hold-display');
		var list = $('hold-steps');
		var run = null;
		var paused = false;

		function steps(sets, hold, rest) {
			var all = [{ label: 'Get into position', seconds: 5, endText: 'Go' }];
			for (var s = 1; s <= sets; s++) {
				var of = 'Set ' + s + ' of ' + sets;
				if (eachSide) {
					all.push({ label: of + ': hold, left side', seconds: hold, endText: 'Hold done: left side' });
					all.push({ label: 'Switch sides', seconds: switchSeconds, endText: 'Right side' });
					all.push({ label: of + ': hold, right side', seconds: hold, endText: 'Hold done: right side' });
				} else {
					all.push({ label: of + ': hold', seconds: hold, endText: 'Hold done' });
				}
				if (s < sets && rest > 0) {
					all.push({ label: 'Rest', seconds: rest, endText: 'Rest over' });
				}
			}
			return all;
		}
		function render(all) {
			list.textContent = '';
			all.forEach(function (step) {
				var item = document.createElement('li');
				item.textContent = step.label + ' · ' + T.format(step.seconds * 1000, false);
				list.appendChild(item);
			});
		}
		function reset(text) {
			if (run) { run.cancel(); }
			run = null;
			paused = false;
			start.textContent = 'Start holds';
			skip.disabled = true;
			stepText.textContent = text;
			T.keepAwake(false);
		}
		function read() {
			var sets = whole('hold-sets', 1, 10);
			var hold = whole('hold-seconds', 1, 3600);
			var rest = whole('hold-rest', 0, 600);
			var bad = [sets, hold, rest].filter(function (x) { return x.error; });
			return bad.length ? { error: bad[0].error } : { value: steps(sets.value, hold.value, rest.value) };
		}
		function preview() {
			var plan = read();
			if (plan.value) {
				render(plan.value);
				display.textContent = T.format(plan.value[1].seconds * 1000, false);
			}
		}
		['hold-sets', 'hold-seconds', 'hold-rest'].forEach(function (id) {
			$(id).addEventListener('input', function () { if (!run) { preview(); } });
		});
		preview();
		on('hold-start', function () {
			if (run && !paused) {
				run.pause();
				paused = true;
				start.textContent = 'Resume';
				return;
			}
			if (run) {
				run.resume();
				paused = false;
				start.textContent = 'Pause';
				return;
			}
			var plan = read();
			showError('hold-error', plan.error);
			if (plan.error) { return; }
			render(plan.value);
			T.keepAwake(true);
			start.textContent = 'Pause';
			skip.disabled = false;
			run = T.sequence(plan.value, {
				onStep: function (step, index) {
					stepText.textContent = step.label;
					Array.prototype.forEach.call(list.children, function (item, i) {
						item.classList.toggle('done', i < index);
						if (i === index) { item.setAttribute('aria-current', 'step'); } else { item.removeAttribute('aria-current'); }
					});
				},
				onTick: function (ms) { display.textContent = T.format(ms, false); },
				onDone: function () {
					Array.prototype.forEach.call(list.children, function (item) {
						item.classList.add('done');
						item.removeAttribute('aria-current');
					});
					run = null;
					reset('All holds done');
					T.announce('All holds done');
				}
			});
		});
		on('hold-skip', function () { if (run) { run.skip(); } });
		on('hold-reset', function () {
			reset('Ready');
			preview();
		});
	})();

	// One-rep max in place: the calculators API, then the %1RM table for the average estimate.
	(function () {
		var form = $('one-rep-max-form');
		if (!form || !window.fetch) { return; }
		var result = $('one-rep-max-result');
		var fields = { weightKg: $('orm-weight'), reps: $('orm-reps') };
		var errors = { weightKg: $('orm-weight-error'), reps: $('orm-reps-error') };
		var labels = { weightKg: 'Weight', reps: 'Repetitions' };

		function clear() {
			Object.keys(fields).forEach(function (name) {
				fields[name].removeAttribute('aria-invalid');
				errors[name].textContent = '';
				errors[name].hidden = true;
			});
		}
		function problem(body) {
			var name = body && body.parameter;
			if (!fields[name]) {
				result.textContent = 'The calculator could not answer; try the full calculators page.';
				return;
			}
			fields[name].setAttribute('aria-invalid', 'true');
			var value = body.value === '(missing)' || body.value === '(empty)' ? 'is missing' : 'cannot be ' + body.value;
			errors[name].textContent = labels[name] + ' ' + value + ': enter ' + body.allowed + '.';
			errors[name].hidden = false;
			fields[name].focus();
		}
		function cell(row, text, header) {
			var c = document.createElement(header ? 'th' : 'td');
			if (header) { c.setAttribute('scope', 'row'); }
			c.textContent = text;
			row.appendChild(c);
			return c;
		}
		function table(caption, heads) {
			var t = document.createElement('table');
			t.createCaption().textContent = caption;
			var row = t.createTHead().insertRow();
			heads.forEach(function (h, i) {
				var th = document.createElement('th');
				th.setAttribute('scope', 'col');
				if (i > 0) { th.className = 'number'; }
				th.textContent = h;
				row.appendChild(th);
			});
			t.appendChild(document.createElement('tbody'));
			return t;
		}
		// As the calculators page shows them: 119 kg, 116.7 kg.
		function kg(value) { return Number(value).toFixed(1).replace(/\.0$/, '') + ' kg'; }
		function show(estimate, chart) {
			result.textContent = '';
			var t = table('Estimated one-rep max', ['Formula', '1RM']);
			var body = t.tBodies[0];
			estimate.estimates.forEach(function (e) {
				var row = body.insertRow();
				cell(row, e.formula, true);
				cell(row, kg(e.oneRepMaxKg)).className = 'number';
			});
			var average = body.insertRow();
			average.className = 'average';
			average.id = 'orm-average';
			cell(average, 'Average', true);
			cell(average, kg(estimate.averageKg)).className = 'number';
			result.appendChild(t);
			if (estimate.warning) {
				var warning = document.createElement('p');
				warning.className = 'notice';
				warning.textContent = estimate.warning;
				result.appendChild(warning);
			}
			var loads = table('Loads for a number of repetitions, from ' + kg(chart.oneRepMaxKg), ['Reps', '% of 1RM', 'Load']);
			chart.rows.forEach(function (r) {
				var row = loads.tBodies[0].insertRow();
				cell(row, r.reps + (r.interpolated ? ' (filled in)' : ''), true);
				cell(row, r.percent + ' %').className = 'number';
				cell(row, kg(r.loadKg)).className = 'number';
			});
			result.appendChild(loads);
			var link = document.createElement('a');
			link.href = form.action.split('#')[0] + '?weightKg=' + encodeURIComponent(fields.weightKg.value.trim())
				+ '&reps=' + encodeURIComponent(fields.reps.value.trim()) + '#one-rep-max';
			link.textContent = 'Open in the calculators page (a link you can share)';
			var p = document.createElement('p');
			p.appendChild(link);
			result.appendChild(p);
		}
		function json(response) {
			return response.json().then(function (body) { return { ok: response.ok, body: body }; });
		}
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			clear();
			var query = 'weightKg=' + encodeURIComponent(fields.weightKg.value.trim())
				+ '&reps=' + encodeURIComponent(fields.reps.value.trim());
			var headers = { headers: { Accept: 'application/json' } };
			fetch('/api/v1/calculators/one-rep-max?' + query, headers).then(json).then(function (estimate) {
				if (!estimate.ok) { problem(estimate.body); return null; }
				var average = estimate.body.averageKg;
				return fetch('/api/v1/calculators/percentages?oneRepMaxKg=' + encodeURIComponent(average), headers)
					.then(json).then(function (chart) {
						if (chart.ok) { show(estimate.body, chart.body); } else { problem(chart.body); }
					});
			}).catch(function () {
				// No network or no JSON: the plain form still works.
				form.submit();
			});
		});
	})();
})();
