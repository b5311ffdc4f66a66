// Turns stored HTML into a document and back. Stored HTML is parsed only in a detached document made by the
// browser's DOMParser, never by innerHTML in the live page, so nothing in it runs or loads while it is read.
import { DOMParser as ProseParser, DOMSerializer } from 'prosemirror-model';
import { schema, BARE } from './schema.js';

// Elements that the schema keeps as blocks; everything else in a block container is inline content.
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr',
	'figure', 'figcaption', 'div', 'table', 'dl', 'section', 'article', 'header', 'footer', 'aside', 'nav']);
const CONTAINERS = 'blockquote, li, figure';
const detached = document.implementation.createHTMLDocument('');

const parser = ProseParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

function isBlock(node) {
	return node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName);
}

function isBlank(nodes) {
	return nodes.every((node) => node.nodeType === Node.TEXT_NODE && !/[^ \t\r\n\f]/.test(node.data));
}

// Wraps each run of inline content in a block container into a BARE element, so that it becomes bare text
// instead of a new paragraph; a run of only whitespace between blocks is dropped (the one normalization).
function markBareText(container) {
	let run = [];
	const flush = (before) => {
		if (run.length && !isBlank(run)) {
			const bare = container.ownerDocument.createElement(BARE);
			container.insertBefore(bare, before);
			run.forEach((node) => bare.appendChild(node));
		}
		else {
			run.forEach((node) => node.remove());
		}
		run = [];
	};
	Array.from(container.childNodes).forEach((node) => {
		if (isBlock(node)) {
			flush(node);
		}
		else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
			run.push(node);
		}
		else {
			node.remove();
		}
	});
	flush(null);
	if (!container.firstChild && container.localName !== 'body') {
		container.appendChild(container.ownerDocument.createElement(BARE));
	}
}

export function parseBody(html) {
	const body = new window.DOMParser().parseFromString(html || '', 'text/html').body;
	[body, ...body.querySelectorAll(CONTAINERS)].forEach(markBareText);
	body.querySelectorAll('ul, ol').forEach((list) => Array.from(list.childNodes)
		.filter((node) => node.nodeType === Node.TEXT_NODE && isBlank([node]))
		.forEach((node) => node.remove()));
	return parser.parse(body, { preserveWhitespace: 'full' });
}

export function serializeBody(doc) {
	const only = doc.childCount === 1 ? doc.firstChild : null;
	if (only && only.type === schema.nodes.paragraph && only.content.size === 0) {
		return '';
	}
	const holder = detached.createElement('div');
	holder.appendChild(serializer.serializeFragment(doc.content, { document: detached }));
	holder.querySelectorAll(BARE).forEach((bare) => bare.replaceWith(...bare.childNodes));
	return holder.innerHTML;
}
