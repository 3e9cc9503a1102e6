// FitAtlas page behaviour that needs JavaScript. No inline scripts anywhere (CSP-friendly).
// The search box: htmx loads suggestions; this makes them keyboard navigable (combobox pattern).
(function () {
	function options() {
		return Array.prototype.slice.call(document.querySelectorAll('#search-suggestions [role=option]'));
	}
	function setActive(input, index) {
		var all = options();
		all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
		if (index >= 0 && all[index]) {
			input.setAttribute('aria-activedescendant', all[index].id);
			all[index].scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	}
	function activeIndex() {
		return options().findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
	}
	document.addEventListener('keydown', function (event) {
		var input = event.target;
		if (!input || input.id !== 'search-q') { return; }
		var all = options();
		if (event.key === 'ArrowDown' && all.length) {
			event.preventDefault();
			setActive(input, Math.min(activeIndex() + 1, all.length - 1));
		} else if (event.key === 'ArrowUp' && all.length) {
			event.preventDefault();
			setActive(input, Math.max(activeIndex() - 1, -1));
		} else if (event.key === 'Enter' && activeIndex() >= 0) {
			event.preventDefault();
			window.location.href = all[activeIndex()].querySelector('a').href;
		} else if (event.key === 'Escape') {
			// A search field clears itself on Escape: while the list is open, Escape only
			// closes the list and the typed text stays (a second Escape clears, as usual).
			if (input.getAttribute('aria-expanded') === 'true') { event.preventDefault(); }
			close(input);
		} else if (event.key === 'Tab') {
			close(input);
		}
	});
	function close(input) {
		var list = document.getElementById('search-suggestions');
		if (list) { list.classList.add('empty'); }
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		options().forEach(function (o) { o.setAttribute('aria-selected', 'false'); });
	}
	// A click anywhere outside the search box closes the list.
	document.addEventListener('click', function (event) {
		var input = document.getElementById('search-q');
		var box = input ? input.closest('.search-box') : null;
		if (box && !box.contains(event.target)) { close(input); }
	});
	// Back in the box with text in it: show the list again.
	document.addEventListener('focusin', function (event) {
		var input = event.target;
		var list = document.getElementById('search-suggestions');
		if (input && input.id === 'search-q' && list && list.querySelector('[role=option]') && input.value) {
			list.classList.remove('empty');
			input.setAttribute('aria-expanded', 'true');
		}
	});
	document.addEventListener('htmx:afterSwap', function (event) {
		var input = document.getElementById('search-q');
		var list = document.getElementById('search-suggestions');
		if (!input || !list || event.detail.target !== list) { return; }
		var open = list.querySelector('[role=option]') !== null;
		list.classList.toggle('empty', !open);
		input.setAttribute('aria-expanded', open ? 'true' : 'false');
		input.removeAttribute('aria-activedescendant');
	});
})();

// The plan page's print button.
document.addEventListener('click', function (event) {
	var button = event.target.closest ? event.target.closest('[data-print]') : null;
	if (button) { window.print(); }
});

// Signing out forgets the training pages this browser kept for offline use (they are personal).
document.addEventListener('submit', function (event) {
	if (event.target && event.target.querySelector && event.target.querySelector('#sign-out') && window.caches) {
		window.caches.delete('fitatlas-v1');
	}
});

// The plan page's calendar link: events in the browser's own time zone.
document.addEventListener('DOMContentLoaded', function () {
	var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
	document.querySelectorAll('[data-time-zone]').forEach(function (input) {
		if (zone) { input.value = zone; }
	});
});

// Filter drawers (atlas and search results): open beside the results on a wide screen, a
// closed toggle above the results on a phone, so the results come first.
(function () {
	var wide = window.matchMedia('(min-width: 48.01rem)');
	function layOut() {
		document.querySelectorAll('details.filter-drawer').forEach(function (d) { d.open = wide.matches; });
	}
	document.addEventListener('DOMContentLoaded', layOut);
	// The atlas swaps its filters and results with htmx on every change: keep keyboard focus
	// on the control that was used (WCAG 2.4.3); on a phone, close the drawer so the new
	// results show, and leave focus on its toggle.
	var pending = false;
	var used = null;
	document.addEventListener('htmx:beforeRequest', function (event) {
		var active = document.activeElement;
		pending = !!(event.detail.elt && event.detail.elt.closest && event.detail.elt.closest('#atlas'));
		used = (pending && active && active.name) ? { name: active.name, value: active.value } : null;
	});
	document.addEventListener('htmx:afterSettle', function () {
		var drawer = document.getElementById('atlas-filters');
		if (!pending || !drawer) { return; }
		pending = false;
		drawer.open = wide.matches;
		if (!wide.matches) {
			drawer.querySelector('summary').focus();
			return;
		}
		if (used) {
			var selector = 'input[name="' + CSS.escape(used.name) + '"][value="' + CSS.escape(used.value) + '"]';
			var control = document.querySelector('#filters ' + selector);
			if (control) { control.focus(); }
		}
	});
})();
