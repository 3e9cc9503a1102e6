// FitAtlas page behaviour that needs JavaScript. No inline scripts anywhere (CSP-friendly).
document.addEventListener('DOMContentLoaded', function () {
	// Hide the no-script submit button's need: htmx submits the filter form on change.
});
