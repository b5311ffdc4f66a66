// Draws each rate history chart from the data attributes the rates page renders. Kept in a file, not inline,
// so the Content-Security-Policy can forbid inline scripts.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	document.querySelectorAll('canvas.rate-chart').forEach(function (canvas) {
		var dates = canvas.dataset.dates ? canvas.dataset.dates.split(',') : [];
		var values = canvas.dataset.values ? canvas.dataset.values.split(',').map(Number) : [];
		new Chart(canvas, {
			type: 'line',
			data: {
				labels: dates,
				datasets: [{ label: canvas.dataset.label, data: values, borderColor: '#0b5ed7', pointRadius: 0, tension: 0.2 }]
			},
			options: {
				animation: reducedMotion ? false : undefined,
				plugins: { legend: { display: false } },
				scales: { x: { ticks: { maxTicksLimit: 8 } } }
			}
		});
	});
});
