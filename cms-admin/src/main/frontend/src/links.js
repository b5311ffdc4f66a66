// The link dialog: search published articles as you type and link to one, or type an address (http, https,
// mailto or a path on this site). Articles come from the same JSON lookup as Suggested Articles.
import { schema, attribute } from './schema.js';
import { markActive } from './commands.js';

const link = schema.marks.link;

export function allowedHref(text) {
	const href = text.trim();
	return /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*)$/i.test(href) ? href : null;
}

function currentHref(state) {
	const { $from } = state.selection;
	const mark = link.isInSet($from.marks()) || link.isInSet($from.nodeAfter ? $from.nodeAfter.marks : []);
	return mark ? attribute(mark.attrs.pairs, 'href') : '';
}

// The extent of the link around the cursor, so that editing a link with an empty selection changes all of it.
function linkRange(state) {
	const { $from, from, to, empty } = state.selection;
	if (!empty) {
		return { from, to };
	}
	let start = $from.index();
	let end = start;
	const parent = $from.parent;
	const has = (index) => index >= 0 && index < parent.childCount && link.isInSet(parent.child(index).marks);
	if (!has(start)) {
		return { from, to };
	}
	while (has(start - 1)) {
		start--;
	}
	while (has(end + 1)) {
		end++;
	}
	const base = $from.start();
	let position = base;
	for (let i = 0; i < start; i++) {
		position += parent.child(i).nodeSize;
	}
	let last = position;
	for (let i = start; i <= end; i++) {
		last += parent.child(i).nodeSize;
	}
	return { from: position, to: last };
}

export function linkDialog(dialog) {
	const input = dialog.querySelector('.link-target');
	const error = dialog.querySelector('.link-error');
	const results = dialog.querySelector('.link-results');
	let view = null;
	let range = null;

	function apply(href, text) {
		const { state } = view;
		let tr = state.tr;
		if (range.from === range.to) {
			tr = tr.insertText(text || href, range.from);
			range = { from: range.from, to: range.from + (text || href).length };
		}
		tr = tr.removeMark(range.from, range.to, link);
		if (href) {
			tr = tr.addMark(range.from, range.to, link.create({ pairs: [['href', href]] }));
		}
		view.dispatch(tr);
		dialog.close();
		view.focus();
	}

	// Each keystroke asks again; an answer to an earlier, shorter text may arrive last and
	// must not replace the list for what is typed now.
	let latestSearch = 0;

	function search(text) {
		const url = dialog.dataset.endpoint + '?q=' + encodeURIComponent(text);
		const thisSearch = ++latestSearch;
		fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then((response) => (response.ok ? response.json() : []))
			.then((choices) => {
				if (thisSearch !== latestSearch) {
					return;
				}
				results.replaceChildren(...choices.filter((choice) => choice.status === 'PUBLISHED')
					.slice(0, 8)
					.map((choice) => {
						const item = document.createElement('li');
						const button = document.createElement('button');
						button.type = 'button';
						button.className = 'btn btn-link p-0 text-start link-choice';
						button.textContent = choice.title;
						button.addEventListener('click', () => apply('/articles/' + choice.slug, choice.title));
						item.appendChild(button);
						return item;
					}));
			});
	}

	input.addEventListener('input', () => {
		error.hidden = true;
		input.removeAttribute('aria-invalid');
		if (!/^(https?:|mailto:|\/)/i.test(input.value.trim())) {
			search(input.value.trim());
		}
	});
	dialog.querySelector('.link-apply').addEventListener('click', () => {
		const href = allowedHref(input.value);
		if (href) {
			apply(href);
			return;
		}
		error.hidden = false;
		input.setAttribute('aria-invalid', 'true');
		input.focus();
	});
	dialog.querySelector('.link-remove').addEventListener('click', () => apply(null));
	dialog.querySelector('.link-close').addEventListener('click', () => dialog.close());
	// The dialog sits inside the article form: Enter applies the link instead of sending the article.
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			dialog.querySelector('.link-apply').click();
		}
	});

	return (editorView) => {
		view = editorView;
		range = linkRange(view.state);
		input.value = currentHref(view.state) || '';
		error.hidden = true;
		dialog.querySelector('.link-remove').hidden = !markActive(view.state, link);
		results.replaceChildren();
		dialog.showModal();
		input.focus();
		if (!input.value) {
			search('');
		}
	};
}
