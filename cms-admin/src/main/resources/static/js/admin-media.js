// The media library's extras: drop an image onto the upload form, see which file is chosen, hear that a file is too
// large before sending it, and confirm before deleting. Every form works without this script.
(function () {
	'use strict';

	function setUpUpload(form) {
		var input = form.querySelector('input[type="file"]');
		var zone = form.querySelector('[data-drop-zone]');
		var chosen = form.querySelector('[data-chosen-name]');
		var maxBytes = Number(form.dataset.maxBytes);

		function check() {
			var file = input.files && input.files[0];
			input.setCustomValidity('');
			chosen.textContent = file ? form.dataset.chosen.replace('{0}', file.name) : '';
			if (file && maxBytes && file.size > maxBytes) {
				input.setCustomValidity(form.dataset.tooLarge);
				input.reportValidity();
			}
		}

		function highlight(on) {
			return function (event) {
				event.preventDefault();
				zone.classList.toggle('dragging', on);
			};
		}

		input.addEventListener('change', check);
		zone.addEventListener('dragenter', highlight(true));
		zone.addEventListener('dragover', highlight(true));
		zone.addEventListener('dragleave', highlight(false));
		zone.addEventListener('drop', function (event) {
			highlight(false)(event);
			var files = event.dataTransfer && event.dataTransfer.files;
			if (files && files.length > 0) {
				// The field takes one file: keep the first of several dropped.
				var one = new DataTransfer();
				one.items.add(files[0]);
				input.files = one.files;
				check();
				input.focus();
			}
		});
	}

	document.querySelectorAll('form[data-media-upload]').forEach(setUpUpload);
	document.querySelectorAll('form[data-confirm]').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});
}());
