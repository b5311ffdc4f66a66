// Counts a view of the article once the page is shown, even when the page came from a cache.
document.addEventListener('DOMContentLoaded', function () {
	var beacon = document.querySelector('[data-view-url]');
	if (beacon && navigator.sendBeacon) {
		navigator.sendBeacon(beacon.dataset.viewUrl);
	}
});
