// Draws each rate history chart from the data attributes the rates page renders. Kept in a file, not inline,
// so the Content-Security-Policy can forbid inline scripts.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Numbers and dates as the page's language writes them (0,0000798 and 2 дек. in Russian).
	var locale = document.documentElement.lang || undefined;
	// The site writes dates day first (10 January 2026), as British English does; plain "en" would be American.
	var day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
	var exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 });

	// Chart.js writes small numbers with an exponent (7.98e-5); the axis gets plain decimals instead, as many as
	// the step between ticks needs: a step of 0.0000005 needs seven, so the sum reads 0.0000798.
	function decimals(ticks) {
		var step = ticks.length > 1 ? Math.abs(ticks[1].value - ticks[0].value) : Math.abs(ticks[0].value);
		if (!(step > 0)) {
			return 2;
		}
		return Math.min(12, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
	}

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
				plugins: {
					legend: { display: false },
					tooltip: {
						callbacks: {
							title: function (items) {
								return items.length ? day.format(new Date(items[0].label)) : '';
							},
							label: function (item) {
								return canvas.dataset.label + ' = ' + exact.format(item.parsed.y);
							}
						}
					}
				},
				scales: {
					x: {
						ticks: {
							maxTicksLimit: 8,
							callback: function (value) {
								return day.format(new Date(this.getLabelForValue(value)));
							}
						}
					},
					y: {
						ticks: {
							callback: function (value, index, ticks) {
								var digits = decimals(ticks);
								return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
									.format(value);
							}
						}
					}
				}
			}
		});
	});
});
