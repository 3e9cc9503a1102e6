// The progress page's charts (Chart.js 4), drawn from the JSON block the server wrote next to
// the tables. Without JavaScript, or without Chart.js, the tables stay open and are the page.
(function () {
	'use strict';
	var data = document.getElementById('progress-data');
	if (!data || typeof window.Chart === 'undefined') { return; }
	var charts;
	try { charts = JSON.parse(data.textContent || '{}'); } catch (e) { return; }
	var colours = ['#0b5cad', '#b45309', '#146c2e'];
	var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

	function dayLabel(iso) {
		var parts = iso.split('-');
		var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
		return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
	}

	Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), function (canvas) {
		var chart = charts[canvas.getAttribute('data-chart')];
		if (!chart) { return; }
		var box = canvas.parentElement;
		box.hidden = false;
		new window.Chart(canvas, {
			type: chart.type,
			data: {
				labels: chart.labels.map(dayLabel),
				datasets: chart.series.map(function (series, i) {
					return {
						label: series.label,
						data: series.data,
						borderColor: colours[i % colours.length],
						backgroundColor: chart.type === 'bar' ? colours[i % colours.length] : colours[i % colours.length] + '33',
						borderWidth: 2,
						pointRadius: 4,
						spanGaps: true,
						tension: 0
					};
				})
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: reduceMotion ? false : { duration: 300 },
				plugins: { legend: { display: chart.series.length > 1, labels: { color: '#1b1f24' } } },
				scales: {
					x: { ticks: { color: '#4a5560', maxRotation: 0, autoSkip: true } },
					y: {
						beginAtZero: chart.type === 'bar',
						min: chart.min,
						max: chart.max,
						ticks: { color: '#4a5560', precision: chart.whole ? 0 : undefined }
					}
				}
			}
		});
		// With the chart drawn, its table folds away behind "The numbers" (still one tap or
		// key away, and read by screen readers from the summary).
		var section = box.parentElement;
		var table = section && section.querySelector('details.chart-table');
		if (table) { table.open = false; }
	});
})();
