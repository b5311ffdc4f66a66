// The article editor: Quill over the body's textarea. Without JavaScript the textarea stays and takes HTML; with
// it, Quill edits the same content and writes its HTML back into the textarea when the form is sent. The server
// sanitizes whatever arrives either way.
document.addEventListener('DOMContentLoaded', function () {
	var holder = document.querySelector('.body-editor');
	var source = document.querySelector('.body-source');
	if (!holder || !source || typeof Quill === 'undefined') {
		return;
	}
	holder.hidden = false;
	source.hidden = true;
	var quill = new Quill(holder, {
		theme: 'snow',
		modules: {
			toolbar: {
				container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'link'], ['blockquote',
					{ list: 'ordered' }, { list: 'bullet' }], ['image'], ['clean']],
				handlers: {
					image: function () {
						var url = window.prompt(holder.dataset.imagePrompt || 'Image address');
						if (url) {
							var range = quill.getSelection(true);
							quill.insertEmbed(range.index, 'image', url, 'user');
						}
					}
				}
			}
		}
	});
	quill.root.innerHTML = source.value;
	quill.root.setAttribute('aria-label', document.querySelector('label[for="body"]').textContent);
	source.form.addEventListener('submit', function () {
		source.value = quill.root.innerHTML === '<p><br></p>' ? '' : quill.root.innerHTML;
	});
});
