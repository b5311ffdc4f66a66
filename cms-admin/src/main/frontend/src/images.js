// Images in the body: the media library's picker, and image files dropped or pasted into the text, which are
// uploaded with their alt text, caption and credit. Either way the image goes in as a figure with its caption.
// Pasted images from other sites are dropped: the site never hot-links.
import { Fragment, Slice } from 'prosemirror-model';
import { schema, attribute } from './schema.js';

const { nodes, marks } = schema;

export function figureOf(image) {
	const pairs = [['src', image.url], ['alt', image.alt || '']];
	['width', 'height', 'srcset', 'sizes'].forEach((name) => {
		if (image[name]) {
			pairs.push([name, String(image[name])]);
		}
	});
	pairs.push(['loading', 'lazy']);
	const content = [nodes.bare.create(null, nodes.image.create({ pairs }))];
	const caption = [];
	if (image.caption) {
		caption.push(schema.text(image.credit ? image.caption + ' ' : image.caption));
	}
	if (image.credit) {
		caption.push(schema.text(image.credit, [marks.small.create()]));
	}
	if (caption.length) {
		content.push(nodes.figcaption.create(null, caption));
	}
	return nodes.figure.create(null, content);
}

export function insertFigure(view, image, at) {
	const { state } = view;
	const figure = figureOf(image);
	let tr = state.tr;
	if (at == null) {
		tr = tr.replaceSelectionWith(figure);
	}
	else {
		tr = tr.insert(Math.min(at, state.doc.content.size), figure);
	}
	view.dispatch(tr.scrollIntoView());
	view.focus();
}

export function ownImage(src) {
	if (!src) {
		return false;
	}
	try {
		return new URL(src, window.location.href).origin === window.location.origin;
	}
	catch (ex) {
		return false;
	}
}

function withoutForeignImages(fragment) {
	const kept = [];
	fragment.forEach((node) => {
		if (node.type === nodes.image && !ownImage(attribute(node.attrs.pairs, 'src'))) {
			return;
		}
		kept.push(node.isLeaf ? node : node.copy(withoutForeignImages(node.content)));
	});
	return Fragment.from(kept);
}

export function transformPasted(slice) {
	return new Slice(withoutForeignImages(slice.content), slice.openStart, slice.openEnd);
}

export function mediaPicker(picker) {
	let view = null;
	let at = null;
	const list = picker.querySelector('.media-picker-results');

	function search(text) {
		fetch(picker.dataset.endpoint + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
			.then((response) => (response.ok ? response.json() : []))
			.then((images) => list.replaceChildren(...images.map((image) => {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'btn btn-light p-1 media-picker-choice';
				const thumbnail = document.createElement('img');
				thumbnail.src = image.thumbnail || image.url;
				thumbnail.alt = image.alt;
				thumbnail.width = 120;
				button.appendChild(thumbnail);
				button.addEventListener('click', () => {
					picker.close();
					insertFigure(view, image, at);
				});
				item.appendChild(button);
				return item;
			})));
	}

	const field = picker.querySelector('input[type=search]');
	picker.querySelector('.media-picker-close').addEventListener('click', () => picker.close());
	field.addEventListener('input', () => search(field.value));
	field.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
		}
	});
	return (editorView) => {
		view = editorView;
		at = null;
		picker.showModal();
		search('');
	};
}
