// The article editor: Quill over the body's textarea. Without JavaScript the textarea stays and takes HTML; with
// it, Quill edits the same content and writes its HTML back into the textarea when the form is sent. The server
// sanitizes whatever arrives either way. Images come from the media library through a small picker dialog.
document.addEventListener('DOMContentLoaded', function () {
	var holder = document.querySelector('.body-editor');
	var source = document.querySelector('.body-source');
	if (!holder || !source || typeof Quill === 'undefined') {
		return;
	}
	holder.hidden = false;
	source.hidden = true;
	var picker = document.querySelector('.media-picker');
	var quill = new Quill(holder, {
		theme: 'snow',
		modules: {
			toolbar: {
				container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'link'], ['blockquote',
					{ list: 'ordered' }, { list: 'bullet' }], ['image'], ['clean']],
				handlers: { image: function () { openPicker(); } }
			}
		}
	});
	quill.root.innerHTML = source.value;
	quill.root.setAttribute('aria-label', document.querySelector('label[for="body"]').textContent);
	source.form.addEventListener('submit', function () {
		source.value = quill.root.innerHTML === '<p><br></p>' ? '' : quill.root.innerHTML;
	});

	// Where the image goes: the cursor when the picker opened (the dialog takes the focus away), else the end.
	var insertAt = null;

	function insertImage(url, alt) {
		var range = insertAt || quill.getSelection() || { index: Math.max(0, quill.getLength() - 1) };
		quill.insertEmbed(range.index, 'image', url, 'user');
		var images = quill.root.querySelectorAll('img[src="' + url + '"]');
		images.forEach(function (image) {
			if (!image.alt) {
				image.alt = alt || '';
			}
		});
		quill.setSelection(range.index + 1, 0);
	}

	function openPicker() {
		insertAt = quill.getSelection();
		if (!picker || typeof picker.showModal !== 'function') {
			var url = window.prompt(holder.dataset.imagePrompt || 'Image address');
			if (url) {
				insertImage(url, '');
			}
			return;
		}
		picker.showModal();
		search('');
	}

	function search(text) {
		var list = picker.querySelector('.media-picker-results');
		fetch(picker.dataset.endpoint + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : []; })
			.then(function (images) {
				list.replaceChildren();
				images.forEach(function (image) {
					var item = document.createElement('li');
					var button = document.createElement('button');
					button.type = 'button';
					button.className = 'btn btn-light p-1 media-picker-choice';
					var thumbnail = document.createElement('img');
					thumbnail.src = image.url;
					thumbnail.alt = image.alt;
					thumbnail.width = 120;
					button.appendChild(thumbnail);
					button.addEventListener('click', function () {
						picker.close();
						insertImage(image.url, image.alt);
					});
					item.appendChild(button);
					list.appendChild(item);
				});
			});
	}

	if (picker) {
		picker.querySelector('.media-picker-close').addEventListener('click', function () { picker.close(); });
		picker.querySelector('input[type=search]').addEventListener('input', function (event) {
			search(event.target.value);
		});
	}
});
