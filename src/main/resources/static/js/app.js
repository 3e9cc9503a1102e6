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
			var list = document.getElementById('search-suggestions');
			if (list) { list.classList.add('empty'); }
			input.setAttribute('aria-expanded', 'false');
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
