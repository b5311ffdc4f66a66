// Autosave of the article form. Every few seconds, while the form differs from what the server last kept, its
// fields go to the server as the editor's autosave; on every change a copy also goes to this browser's
// localStorage, so the text survives an unreachable server or an expired session. Reopening the article offers the
// newer of the two back in a banner. Leaving with unsaved changes asks first; submitting the form does not.
// The body is read from and written to <textarea name="body">: the rich editor keeps it current, firing `input`,
// and reloads from it on `dastan:load`.
document.addEventListener('DOMContentLoaded', function () {
	var box = document.querySelector('.autosave');
	var form = document.querySelector('form.article-form');
	if (!box || !form) {
		return;
	}
	var INTERVAL = 5000;
	// Not the editor's text: the token, and the version the page was opened at, which a restore must not change.
	var SKIP = ['_csrf', 'version', 'openedRevision'];
	var banner = box.querySelector('.autosave-banner');
	var status = box.querySelector('.autosave-status');
	var csrf = form.querySelector('input[name="_csrf"]');
	var prefix = 'dastan.autosave.' + box.dataset.user + '.';
	var key = prefix + box.dataset.article;

	function fields() {
		var values = {};
		new FormData(form).forEach(function (value, name) {
			if (SKIP.indexOf(name) < 0 && typeof value === 'string') {
				values[name] = value;
			}
		});
		return values;
	}

	// The form as the server sent it: a browser going back may have refilled the controls with what was typed.
	function served() {
		var values = {};
		Array.prototype.forEach.call(form.elements, function (control) {
			if (!control.name || SKIP.indexOf(control.name) >= 0 || control.disabled || control.type === 'submit'
				|| control.type === 'button') {
				return;
			}
			if (control.tagName === 'SELECT') {
				var chosen = Array.prototype.filter.call(control.options, function (option) {
					return option.defaultSelected;
				})[0] || control.options[0];
				values[control.name] = chosen ? chosen.value : '';
			}
			else {
				values[control.name] = control.defaultValue;
			}
		});
		return values;
	}

	// Whether any control named in `values` holds something else in `other`.
	function differ(values, other) {
		return Object.keys(values).some(function (name) {
			return (values[name] || '') !== (other[name] || '');
		});
	}

	function same(values, other) {
		return !differ(values, other) && !differ(other, values);
	}

	function readLocal() {
		try {
			return JSON.parse(window.localStorage.getItem(key));
		}
		catch (e) {
			return null;
		}
	}

	function writeLocal(copy) {
		try {
			window.localStorage.setItem(key, JSON.stringify(copy));
		}
		catch (e) {
			// Storage full or switched off: the server's autosave still runs.
		}
	}

	function dropLocal(which) {
		try {
			window.localStorage.removeItem(which || key);
		}
		catch (e) {
			// Nothing kept, nothing to drop.
		}
	}

	function time(iso) {
		var when = new Date(iso);
		var options = { timeZone: box.dataset.timeZone };
		try {
			new Intl.DateTimeFormat(undefined, options);
		}
		catch (e) {
			options = {};
		}
		var lang = box.dataset.lang || undefined;
		var clock = new Intl.DateTimeFormat(lang, Object.assign({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
			options)).format(when);
		var day = new Intl.DateTimeFormat(lang, Object.assign({ day: 'numeric', month: 'long' }, options));
		return day.format(when) === day.format(new Date()) ? clock : day.format(when) + ', ' + clock;
	}

	function say(message, iso) {
		status.textContent = message.replace('{0}', iso ? time(iso) : '');
	}

	function send(method, body) {
		var headers = { Accept: 'application/json' };
		if (csrf) {
			headers['X-CSRF-TOKEN'] = csrf.value;
		}
		if (body) {
			headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
		}
		// An expired session answers with a redirect to the login page: that is a failure here, not a success.
		return fetch(box.dataset.endpoint, { method: method, headers: headers, body: body, credentials: 'same-origin',
			redirect: 'manual' });
	}

	var initial = served();
	if (box.dataset.justSaved === 'true') {
		// The page after a successful save: what was typed is saved, locally kept copies are done with.
		dropLocal();
		dropLocal(prefix + 'new');
	}

	// A local copy the server never got beats the server's autosave; one the server got, or one that matches the
	// form, has nothing to add.
	var local = readLocal();
	if (local && (local.synced || !local.fields || !differ(local.fields, initial))) {
		dropLocal();
		local = null;
	}
	var offer = local || (box.dataset.offer ? JSON.parse(box.dataset.offer) : null);
	if (offer && differ(offer.fields, fields())) {
		box.querySelector('.autosave-offer').textContent = box.dataset.messageOffer.replace('{0}', time(offer.savedAt));
		banner.hidden = false;
	}

	function changed() {
		var now = fields();
		if (differ(now, initial)) {
			writeLocal({ fields: now, savedAt: new Date().toISOString(), synced: false });
		}
	}

	box.querySelector('.autosave-restore').addEventListener('click', function () {
		Object.keys(offer.fields).forEach(function (name) {
			var control = form.elements.namedItem(name);
			if (!control || typeof control.value === 'undefined' || SKIP.indexOf(name) >= 0) {
				return;
			}
			control.value = offer.fields[name];
			if (name === 'body') {
				control.dispatchEvent(new Event('dastan:load'));
			}
		});
		banner.hidden = true;
		changed();
		form.elements.namedItem('title').focus();
	});

	box.querySelector('.autosave-discard').addEventListener('click', function () {
		banner.hidden = true;
		dropLocal();
		send('DELETE').catch(function () {
			// The server's copy stays until the next save or autosave replaces it.
		});
		form.elements.namedItem('title').focus();
	});

	form.addEventListener('input', changed);
	form.addEventListener('change', changed);

	var kept = initial;
	var busy = false;
	window.setInterval(function () {
		var now = fields();
		if (busy || same(now, kept)) {
			return;
		}
		busy = true;
		send('POST', new URLSearchParams(now).toString())
			.then(function (response) {
				if (response.status === 400) {
					// Too long to keep: trying again would fail the same way until the editor shortens it.
					kept = now;
					say(box.dataset.messageRejected);
					return;
				}
				if (!response.ok) {
					throw new Error('autosave ' + response.status);
				}
				return response.json().then(function (saved) {
					kept = now;
					var copy = readLocal();
					if (copy && copy.fields && same(copy.fields, now)) {
						copy.synced = true;
						writeLocal(copy);
					}
					say(box.dataset.messageSaved, saved.savedAt);
				});
			})
			.catch(function () {
				say(box.dataset.messageFailed);
			})
			.finally(function () {
				busy = false;
			});
	}, INTERVAL);

	var submitting = false;
	form.addEventListener('submit', function () {
		submitting = true;
	});
	window.addEventListener('beforeunload', function (event) {
		if (submitting || !differ(fields(), initial)) {
			return;
		}
		event.preventDefault();
		// Older browsers ask only when returnValue is set.
		event.returnValue = '';
	});
});
