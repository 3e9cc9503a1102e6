// The session player: one exercise at a time, holds left then right, a rest countdown after each set, and sets
// logged with a client-made id. A set waits in IndexedDB until the server has it, so a lost connection loses
// nothing, and the server's replay safety makes a resend harmless. Without JavaScript the forms post as usual.
(function () {
	var main = document.querySelector('main.player');
	if (!main) { return; }
	document.documentElement.classList.add('js');
	var timers = window.FitAtlasTimers;
	var items = Array.prototype.slice.call(document.querySelectorAll('.player-item'));
	var status = document.getElementById('sync-status');

	// --- one exercise at a time -------------------------------------------------------------------------------
	function show(index, focus) {
		if (!items.length) { return; }
		index = Math.max(0, Math.min(items.length - 1, index));
		items.forEach(function (item, i) { item.classList.toggle('current', i === index); });
		document.querySelectorAll('.player-steps a').forEach(function (a, i) {
			if (i === index) { a.setAttribute('aria-current', 'step'); } else { a.removeAttribute('aria-current'); }
		});
		if (focus) {
			var heading = items[index].querySelector('h2');
			heading.setAttribute('tabindex', '-1');
			heading.focus();
		}
	}
	function fromHash() {
		var match = /^#item-(\d+)$/.exec(window.location.hash);
		if (match) { return parseInt(match[1], 10); }
		var firstOpen = document.querySelectorAll('.player-steps a:not(.done)')[0];
		return firstOpen ? parseInt(firstOpen.getAttribute('href').replace('#item-', ''), 10) : 0;
	}
	window.addEventListener('hashchange', function () { show(fromHash(), true); });
	show(fromHash(), false);

	// --- the offline queue ------------------------------------------------------------------------------------
	var dbPromise = null;
	function db() {
		if (!dbPromise) {
			dbPromise = new Promise(function (resolve, reject) {
				var open = indexedDB.open('fitatlas-player', 1);
				open.onupgradeneeded = function () { open.result.createObjectStore('sets', { keyPath: 'id' }); };
				open.onsuccess = function () { resolve(open.result); };
				open.onerror = function () { reject(open.error); };
			});
		}
		return dbPromise;
	}
	function store(mode, work) {
		return db().then(function (database) {
			return new Promise(function (resolve, reject) {
				var tx = database.transaction('sets', mode);
				var result = work(tx.objectStore('sets'));
				tx.oncomplete = function () { resolve(result && result.result); };
				tx.onerror = function () { reject(tx.error); };
			});
		});
	}
	function queued() { return store('readonly', function (s) { return s.getAll(); }); }
	function enqueue(entry) { return store('readwrite', function (s) { s.put(entry); }); }
	function dequeue(id) { return store('readwrite', function (s) { s.delete(id); }); }

	var flushing = false;
	function flush() {
		if (flushing) { return Promise.resolve(); }
		flushing = true;
		return queued().then(function (entries) {
			var chain = Promise.resolve();
			entries.forEach(function (entry) {
				chain = chain.then(function () {
					return fetch(entry.url, {
						method: 'POST', credentials: 'same-origin',
						headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
						body: entry.body
					}).then(function (response) {
						if (response.ok) {
							return dequeue(entry.id).then(function () { mark(entry.id, 'saved'); });
						}
						if (response.status === 400) {
							return response.json().catch(function () { return {}; }).then(function (problem) {
								mark(entry.id, 'refused', problem.detail || 'refused');
								return dequeue(entry.id);
							});
						}
						throw new Error('status ' + response.status);
					});
				});
			});
			return chain;
		}).then(function () { return queued(); }).then(function (left) {
			say(left.length ? left.length + (left.length === 1 ? ' set is' : ' sets are') + ' waiting to be sent.' : '');
		}).catch(function () {
			return queued().then(function (left) {
				say('No connection: ' + left.length + (left.length === 1 ? ' set waits' : ' sets wait')
					+ ' on this phone and will be sent when you are back online.');
			});
		}).then(function () { flushing = false; }, function () { flushing = false; });
	}
	function say(text) { if (status) { status.textContent = text; } }
	function mark(id, state, detail) {
		var li = document.querySelector('[data-set-id="' + id + '"]');
		if (!li) { return; }
		li.classList.remove('pending');
		if (state === 'refused') { li.textContent += ' — not saved: ' + detail; li.classList.add('refused'); }
	}
	window.addEventListener('online', flush);
	setInterval(flush, 15000);
	flush();

	// --- logging a set ----------------------------------------------------------------------------------------
	function uuid() {
		if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
		var b = crypto.getRandomValues(new Uint8Array(16));
		b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
		var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
		return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
	}
	function describe(data) {
		var parts = [];
		if (data.get('setType') && data.get('setType') !== 'working') { parts.push(data.get('setType') + ':'); }
		if (data.get('reps')) { parts.push(data.get('reps') + ' reps'); }
		if (data.get('holdSeconds')) { parts.push(data.get('holdSeconds') + ' s'); }
		if (data.get('loadKg')) { parts.push('× ' + data.get('loadKg') + ' kg'); }
		if (data.get('side') && data.get('side') !== 'both') { parts.push('(' + data.get('side') + ')'); }
		if (data.get('rpe')) { parts.push('RPE ' + data.get('rpe')); }
		if (data.get('rir')) { parts.push(data.get('rir') + ' left'); }
		if (data.get('pain') && data.get('pain') !== '0') { parts.push('pain ' + data.get('pain') + '/10'); }
		return parts.join(' ');
	}
	function log(form, overrides) {
		var data = new FormData(form);
		Object.keys(overrides || {}).forEach(function (k) { data.set(k, overrides[k]); });
		var id = uuid();
		data.set('id', id);
		var body = new URLSearchParams(data).toString();
		var li = document.createElement('li');
		li.className = 'pending';
		li.setAttribute('data-set-id', id);
		li.textContent = describe(data);
		form.closest('.player-item').querySelector('.logged').appendChild(li);
		if (timers) { timers.announce('Set logged: ' + describe(data)); }
		return enqueue({ id: id, url: form.action, body: body, at: Date.now() }).then(flush);
	}
	items.forEach(function (item) {
		var form = item.querySelector('form.log-set');
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			if (timers) { timers.unlockAudio(); }
			log(form).then(function () { rest(parseInt(item.getAttribute('data-rest'), 10) || 0, item); });
		});
		var holdButton = item.querySelector('.start-hold');
		if (holdButton && timers) {
			holdButton.hidden = false;
			holdButton.addEventListener('click', function () { hold(item, form, holdButton); });
		}
	});

	// --- holds: left, a short switch, right; then both sides are logged ---------------------------------------
	var SWITCH_SECONDS = 5;
	var running = null;
	function hold(item, form, button) {
		timers.unlockAudio();
		timers.keepAwake(true);
		if (running) { running.cancel(); }
		var seconds = parseInt(item.querySelector('.hold-seconds').value, 10) || 30;
		var eachSide = item.getAttribute('data-each-side') === 'true';
		var steps = eachSide
			? [{ label: 'Left side', seconds: seconds }, { label: 'Switch sides', seconds: SWITCH_SECONDS },
				{ label: 'Right side', seconds: seconds }]
			: [{ label: 'Hold', seconds: seconds }];
		var display = item.querySelector('.hold-display');
		button.disabled = true;
		running = timers.sequence(steps, {
			onStep: function (step) { timers.announce(step.label + ': ' + step.seconds + ' seconds'); },
			onTick: function (ms, step) { display.textContent = step.label + ' ' + timers.format(ms, false); },
			onDone: function () {
				running = null;
				button.disabled = false;
				display.textContent = 'Done';
				timers.beep(); timers.vibrate([200, 100, 200]);
				timers.announce('Hold done');
				var chain = eachSide
					? log(form, { holdSeconds: seconds, side: 'left' }).then(function () {
						return log(form, { holdSeconds: seconds, side: 'right' }); })
					: log(form, { holdSeconds: seconds });
				chain.then(function () { rest(parseInt(item.getAttribute('data-rest'), 10) || 0, item); });
			}
		});
	}

	// --- the rest countdown, started by itself after each set -------------------------------------------------
	var restPanel = document.getElementById('rest');
	var restDisplay = document.getElementById('rest-display');
	var restTimer = null;
	function rest(seconds, item) {
		if (!timers || !restPanel || seconds <= 0) { return; }
		if (restTimer) { restTimer.cancel(); }
		restPanel.hidden = false;
		timers.keepAwake(true);
		restTimer = timers.countdown(seconds, {
			onTick: function (ms) { restDisplay.textContent = timers.format(ms, false); },
			onDone: function () {
				restTimer = null;
				restDisplay.textContent = '0:00';
				timers.beep(); timers.vibrate([300, 100, 300]);
				timers.announce('Rest over: next set');
				setTimeout(function () { restPanel.hidden = true; }, 1500);
			}
		});
	}
	document.getElementById('rest-skip').addEventListener('click', function () {
		if (restTimer) { restTimer.cancel(); restTimer = null; }
		restPanel.hidden = true;
		timers.announce('Rest skipped');
	});
	document.getElementById('rest-more').addEventListener('click', function () {
		if (!restTimer) { return; }
		var left = restTimer.msLeft();
		restTimer.cancel();
		rest(Math.round(left / 1000) + 15);
	});

	// --- offline: keep this page and its assets ---------------------------------------------------------------
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/sw.js').then(function () {
			return navigator.serviceWorker.ready;
		}).then(function (registration) {
			var urls = [window.location.pathname + window.location.search, '/train'];
			document.querySelectorAll('script[src], link[rel=stylesheet][href], link[rel=manifest][href], link[rel=icon][href]')
				.forEach(function (el) { urls.push(el.getAttribute('src') || el.getAttribute('href')); });
			if (registration.active) { registration.active.postMessage({ cache: urls }); }
		}).catch(function () { /* offline support is a bonus: the page works without it */ });
	}
})();
