// The progress of a WordPress import: asks the server how far the import is every second and moves the bar; once
// it has ended, the page loads again and shows the report. Without JavaScript the page's refresh link does that.
document.addEventListener('DOMContentLoaded', function () {
	var box = document.querySelector('[data-import-progress]');
	if (!box) {
		return;
	}
	var bar = box.querySelector('progress');
	var count = box.querySelector('.import-count');

	function poll() {
		fetch(box.dataset.importProgress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (progress) {
				if (!progress) {
					setTimeout(poll, 2000);
					return;
				}
				bar.value = progress.percent;
				bar.textContent = progress.percent + '%';
				count.textContent = box.dataset.countTemplate.replace('{0}', progress.done).replace('{1}', progress.total);
				if (progress.finished) {
					window.location.reload();
				}
				else {
					setTimeout(poll, 1000);
				}
			})
			.catch(function () { setTimeout(poll, 2000); });
	}
	setTimeout(poll, 500);
});
