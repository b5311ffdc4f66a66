// Image files dropped or pasted into the body: a small dialog asks for the alt text (required), a caption and a
// credit, uploads the file to POST /admin/media/inline and puts the figure where the file was dropped.
import { insertFigure } from './images.js';

export function uploadDialog(dialog, form) {
	const alt = dialog.querySelector('.upload-alt');
	const caption = dialog.querySelector('.upload-caption');
	const credit = dialog.querySelector('.upload-credit');
	const fields = { alt, caption, credit, file: alt };
	let pending = null;

	function showError(field, message) {
		const target = fields[field] || alt;
		const error = dialog.querySelector('#' + target.getAttribute('aria-describedby'));
		error.textContent = message;
		error.hidden = false;
		target.setAttribute('aria-invalid', 'true');
		target.focus();
	}

	function clearErrors() {
		dialog.querySelectorAll('.upload-error').forEach((error) => { error.hidden = true; });
		[alt, caption, credit].forEach((field) => field.removeAttribute('aria-invalid'));
	}

	function upload() {
		clearErrors();
		if (!alt.value.trim()) {
			showError('alt', dialog.dataset.altRequired);
			return;
		}
		const data = new FormData();
		data.append('file', pending.file);
		data.append('alt', alt.value.trim());
		data.append('caption', caption.value.trim());
		data.append('credit', credit.value.trim());
		const token = form.querySelector('input[name="_csrf"]');
		const headers = { Accept: 'application/json' };
		if (token) {
			headers['X-CSRF-TOKEN'] = token.value;
		}
		fetch(dialog.dataset.endpoint, { method: 'POST', body: data, headers, credentials: 'same-origin' })
			.then((response) => response.json().catch(() => ({})).then((json) => ({ ok: response.ok, json })))
			.then(({ ok, json }) => {
				if (!ok) {
					showError(json.field, json.message || dialog.dataset.failed);
					return;
				}
				dialog.close();
				insertFigure(pending.view, json, pending.at);
			})
			.catch(() => showError('file', dialog.dataset.failed));
	}

	dialog.querySelector('.upload-send').addEventListener('click', upload);
	dialog.querySelector('.upload-cancel').addEventListener('click', () => dialog.close());
	[alt, caption, credit].forEach((field) => field.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			upload();
		}
	}));

	// Returns whether it took the files: only images are taken, one at a time.
	return (view, files, at) => {
		const file = Array.from(files || []).find((candidate) => candidate.type.startsWith('image/'));
		if (!file) {
			return false;
		}
		pending = { view, file, at };
		[alt, caption, credit].forEach((field) => { field.value = ''; });
		clearErrors();
		dialog.querySelector('.upload-name').textContent = file.name;
		dialog.showModal();
		alt.focus();
		return true;
	};
}
