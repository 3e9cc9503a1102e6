// FitAtlas timers: a dependency-free classic script shared by the exercise-page tools and the session player.
//
// Every timer keeps a DEADLINE (or a start time) on the monotonic clock and computes what is left from the clock at
// each tick, so a hidden tab whose intervals are throttled to once a minute shows the right time the moment it is
// looked at again; nothing counts ticks. Ticks come from requestAnimationFrame while the page is visible, from a
// setInterval fallback while it is not, and once more at once when the page becomes visible again.
//
// End signals: a countdown given `endText`, or a sequence step given `endText`, beeps, vibrates and announces that text
// when it runs out. Without `endText` only onDone is called, so a caller that signals itself never signals twice.
(function () {
	'use strict';

	var clock = (window.performance && typeof window.performance.now === 'function')
		? function () { return window.performance.now(); }
		: function () { return Date.now(); };

	var FALLBACK_MS = 250;
	var active = [];
	var audio = null;
	var announcer = null;
	var wakeWanted = false;
	var wakeLock = null;

	document.addEventListener('visibilitychange', function () {
		if (document.visibilityState === 'visible') {
			active.slice().forEach(function (loop) { loop.kick(); });
			if (wakeWanted) { requestWakeLock(); }
		}
	});

	// Calls tick() on every frame while visible and every FALLBACK_MS otherwise, until stopped; kick() ticks now.
	function loop(tick) {
		var frame = null;
		var interval = null;
		var stopped = false;
		var self = {
			kick: function () {
				if (stopped) { return; }
				tick();
				if (!stopped && frame === null && document.visibilityState !== 'hidden'
						&& typeof window.requestAnimationFrame === 'function') {
					frame = window.requestAnimationFrame(onFrame);
				}
			},
			stop: function () {
				stopped = true;
				if (frame !== null) { window.cancelAnimationFrame(frame); }
				clearInterval(interval);
				var i = active.indexOf(self);
				if (i >= 0) { active.splice(i, 1); }
			}
		};
		function onFrame() {
			frame = null;
			self.kick();
		}
		interval = setInterval(self.kick, FALLBACK_MS);
		active.push(self);
		return self;
	}

	function call(fn) {
		if (typeof fn === 'function') {
			fn.apply(null, Array.prototype.slice.call(arguments, 1));
		}
	}

	function signal(text) {
		beep();
		vibrate([200, 100, 200]);
		if (text) { announce(text); }
	}

	function countdown(seconds, options) {
		var opts = options || {};
		var total = Math.max(0, Number(seconds) || 0) * 1000;
		var deadline = clock() + total;
		var pausedLeft = null;
		var finished = false;
		var ticker = null;

		function left() {
			if (finished) { return 0; }
			return (pausedLeft !== null) ? pausedLeft : Math.max(0, deadline - clock());
		}
		function tick() {
			var ms = left();
			call(opts.onTick, ms);
			if (ms <= 0 && !finished) {
				finished = true;
				ticker.stop();
				if (opts.endText) { signal(opts.endText); }
				call(opts.onDone);
			}
		}
		ticker = loop(tick);
		ticker.kick();
		return {
			pause: function () {
				if (finished || pausedLeft !== null) { return; }
				pausedLeft = Math.max(0, deadline - clock());
				ticker.stop();
				call(opts.onTick, pausedLeft);
			},
			resume: function () {
				if (finished || pausedLeft === null) { return; }
				deadline = clock() + pausedLeft;
				pausedLeft = null;
				ticker = loop(tick);
				ticker.kick();
			},
			cancel: function () {
				if (finished) { return; }
				pausedLeft = left();
				finished = true;
				ticker.stop();
			},
			running: function () { return !finished && pausedLeft === null; },
			msLeft: left
		};
	}

	function stopwatch(options) {
		var opts = options || {};
		var startedAt = null;
		var banked = 0;
		var lastLap = 0;
		var ticker = null;

		function elapsed() {
			return banked + ((startedAt !== null) ? clock() - startedAt : 0);
		}
		function tick() { call(opts.onTick, elapsed()); }
		return {
			start: function () {
				if (startedAt !== null) { return; }
				startedAt = clock();
				ticker = loop(tick);
				ticker.kick();
			},
			pause: function () {
				if (startedAt === null) { return; }
				banked += clock() - startedAt;
				startedAt = null;
				ticker.stop();
				tick();
			},
			lap: function () {
				var now = elapsed();
				var lap = now - lastLap;
				lastLap = now;
				return lap;
			},
			reset: function () {
				if (ticker) { ticker.stop(); }
				startedAt = null;
				banked = 0;
				lastLap = 0;
				tick();
			},
			elapsed: elapsed,
			running: function () { return startedAt !== null; }
		};
	}

	function sequence(steps, options) {
		var opts = options || {};
		var list = Array.prototype.slice.call(steps || []);
		var index = -1;
		var current = null;
		var over = false;

		function next() {
			index += 1;
			if (index >= list.length) {
				over = true;
				current = null;
				call(opts.onDone);
				return;
			}
			var step = list[index];
			var at = index;
			call(opts.onStep, step, at);
			current = countdown(step.seconds, {
				endText: step.endText,
				onTick: function (ms) { call(opts.onTick, ms, step, at); },
				onDone: function () { if (!over && at === index) { next(); } }
			});
		}
		next();
		return {
			pause: function () { if (current) { current.pause(); } },
			resume: function () { if (current) { current.resume(); } },
			cancel: function () {
				over = true;
				if (current) { current.cancel(); }
				current = null;
			},
			skip: function () {
				if (over || !current) { return; }
				current.cancel();
				next();
			}
		};
	}

	function two(n) { return (n < 10 ? '0' : '') + n; }

	// Centis: "hh:mm:ss.cc", truncated. Otherwise whole seconds rounded UP ("m:ss", "h:mm:ss" past an hour), so a
	// countdown shows 0:00 only once it is over.
	function format(ms, centis) {
		var value = Math.max(0, Number(ms) || 0);
		if (centis) {
			var c = Math.floor(value / 10);
			var s = Math.floor(c / 100);
			return two(Math.floor(s / 3600)) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60) + '.' + two(c % 100);
		}
		var total = Math.ceil(value / 1000 - 1e-9);
		var h = Math.floor(total / 3600);
		var m = Math.floor(total / 60) % 60;
		var sec = total % 60;
		return (h > 0) ? h + ':' + two(m) + ':' + two(sec) : m + ':' + two(sec);
	}

	function unlockAudio() {
		var Context = window.AudioContext || window.webkitAudioContext;
		if (!Context) { return; }
		try {
			if (!audio) { audio = new Context(); }
			if (audio.state === 'suspended') { audio.resume(); }
		} catch (ignored) {
			audio = null;
		}
	}

	function beep() {
		if (!audio || audio.state !== 'running') { return; }
		var start = audio.currentTime;
		var tone = audio.createOscillator();
		var gain = audio.createGain();
		tone.type = 'sine';
		tone.frequency.value = 880;
		gain.gain.setValueAtTime(0.0001, start);
		gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.35);
		tone.connect(gain);
		gain.connect(audio.destination);
		tone.start(start);
		tone.stop(start + 0.4);
	}

	function vibrate(pattern) {
		if (navigator && typeof navigator.vibrate === 'function') {
			try { navigator.vibrate(pattern); } catch (ignored) { /* some browsers refuse without a gesture */ }
		}
	}

	function requestWakeLock() {
		if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || (wakeLock && !wakeLock.released)) {
			return;
		}
		navigator.wakeLock.request('screen').then(function (lock) {
			wakeLock = lock;
			if (!wakeWanted) { lock.release(); }
		}, function () { /* refused (battery saver, no permission): the screen may dim */ });
	}

	function keepAwake(on) {
		wakeWanted = !!on;
		if (wakeWanted) {
			requestWakeLock();
		} else if (wakeLock) {
			wakeLock.release();
			wakeLock = null;
		}
	}

	function announce(text) {
		if (!announcer) {
			announcer = document.createElement('div');
			announcer.id = 'fitatlas-announcer';
			announcer.className = 'visually-hidden';
			announcer.setAttribute('aria-live', 'assertive');
			announcer.setAttribute('aria-atomic', 'true');
			document.body.appendChild(announcer);
		}
		// Emptied first so that the same words twice in a row are read twice.
		announcer.textContent = '';
		setTimeout(function () { announcer.textContent = String(text); }, 50);
	}

	window.FitAtlasTimers = {
		countdown: countdown,
		stopwatch: stopwatch,
		sequence: sequence,
		format: format,
		unlockAudio: unlockAudio,
		beep: beep,
		vibrate: vibrate,
		keepAwake: keepAwake,
		announce: announce
	};
})();
