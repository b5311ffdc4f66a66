// Shows, as the editor types a rate, what it means both ways round ("1 KZT = 0.00197 USD, so 1 USD = 508.25 KZT"),
// so that a tenge typed per dollar stands out before it is saved. The sentence comes from the page in its language,
// with {value} and {inverse} left for the numbers, which are written the way the page's language writes them.
document.querySelectorAll('[data-rate-inverse]').forEach((output) => {
	const field = document.getElementById(output.dataset.rateInverse);
	const locale = document.documentElement.lang || undefined;
	const format = (number, options) => new Intl.NumberFormat(locale, options).format(number);
	const show = () => {
		// The same numbers the server takes: digits, with a dot or a comma before the decimals.
		const typed = field.value.trim().replace(',', '.');
		const value = Number(typed);
		if (!/^\d{1,12}(\.\d{1,12})?$/.test(typed) || !(value > 0)) {
			output.textContent = '';
			return;
		}
		const inverse = 1 / value;
		output.textContent = output.dataset.template
			.replace('{value}', format(value, { maximumFractionDigits: 12 }))
			.replace('{inverse}', format(inverse, inverse >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 }));
	};
	field.addEventListener('input', show);
	show();
});
