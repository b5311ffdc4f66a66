// The media library's extras: drop an image onto the upload form, see which file is chosen, hear that a file is too
// large before sending it, set an image's focal point by clicking or tapping it, and confirm before deleting. Every
// form works without this script.
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

	// The two inputs hold the focal point in percent; a click or tap on the picture fills them in, and the marker
	// follows whatever they say.
	function setUpFocalPoint(frame) {
		var x = document.getElementById('focalX');
		var y = document.getElementById('focalY');
		var image = frame.querySelector('img');
		var marker = frame.querySelector('[data-focal-marker]');
		if (!x || !y || !image || !marker) {
			return;
		}

		function percent(value) {
			var number = Number(value);
			return isFinite(number) ? Math.min(100, Math.max(0, number)) : 50;
		}

		function show() {
			marker.style.left = percent(x.value) + '%';
			marker.style.top = percent(y.value) + '%';
		}

		frame.classList.add('focal-editable');
		image.addEventListener('click', function (event) {
			var box = image.getBoundingClientRect();
			x.value = Math.round(percent((event.clientX - box.left) / box.width * 100));
			y.value = Math.round(percent((event.clientY - box.top) / box.height * 100));
			show();
		});
		x.addEventListener('input', show);
		y.addEventListener('input', show);
	}

	document.querySelectorAll('form[data-media-upload]').forEach(setUpUpload);
	document.querySelectorAll('[data-focal-frame]').forEach(setUpFocalPoint);
	document.querySelectorAll('form[data-confirm]').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});
}());
