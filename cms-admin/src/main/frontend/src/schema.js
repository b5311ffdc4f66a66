// The body's schema: exactly the elements and attributes that the server's sanitizer (HtmlSanitizer) allows, so
// that opening and saving a stored body changes nothing. Attributes are kept as [name, value] pairs in the order
// they came, because the sanitizer keeps the order it is given and a save must not reorder them.
import { Schema } from 'prosemirror-model';

// Inline text that sits straight in a body, quote, list item or figure (no <p> around it) is wrapped in this
// element before parsing and unwrapped after serializing (see html.js), so it comes back as bare text.
export const BARE = 'dastan-text';

const ALLOWED = {
	a: ['href', 'title'],
	blockquote: ['cite'],
	img: ['align', 'alt', 'height', 'src', 'title', 'width', 'loading', 'srcset', 'sizes'],
	ol: ['start', 'type'],
	q: ['cite'],
	ul: ['type']
};

// Addresses with a scheme other than these never get into the editor (the server would drop them too).
const SAFE_ADDRESS = /^(https?:|mailto:|ftp:|[^:]*$|[^:]*[/?#])/i;
const ADDRESSES = ['href', 'src', 'cite'];

export function pairsOf(element) {
	return Array.from(element.attributes)
		.filter((attribute) => ALLOWED[element.localName].includes(attribute.name))
		.filter((attribute) => !ADDRESSES.includes(attribute.name) || SAFE_ADDRESS.test(attribute.value.trim()))
		.map((attribute) => [attribute.name, attribute.value]);
}

export function attribute(pairs, name) {
	const pair = pairs.find((entry) => entry[0] === name);
	return pair ? pair[1] : null;
}

function withPairs(tag, extra = {}) {
	return Object.assign({
		attrs: { pairs: { default: [] } },
		parseDOM: [{ tag, getAttrs: (element) => ({ pairs: pairsOf(element) }) }],
		toDOM: (node) => [tag, Object.fromEntries(node.attrs.pairs), 0]
	}, extra);
}

function plain(tag, extra = {}) {
	return Object.assign({ parseDOM: [{ tag }], toDOM: () => [tag, 0] }, extra);
}

const nodes = {
	doc: { content: '(block | bare)+' },
	// A caption outside a figure is read as a paragraph.
	paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }, { tag: 'figcaption', priority: 40 }],
		toDOM: () => ['p', 0] },
	heading: {
		attrs: { level: { default: 2 } },
		content: 'inline*',
		group: 'block',
		defining: true,
		parseDOM: [{ tag: 'h2', attrs: { level: 2 } }, { tag: 'h3', attrs: { level: 3 } }],
		toDOM: (node) => ['h' + node.attrs.level, 0]
	},
	blockquote: withPairs('blockquote', { content: '(block | bare)+', group: 'block', defining: true }),
	bullet_list: withPairs('ul', { content: 'list_item+', group: 'block' }),
	ordered_list: withPairs('ol', { content: 'list_item+', group: 'block' }),
	list_item: plain('li', { content: '(block | bare)+', defining: true }),
	code_block: plain('pre', { content: '(text | hard_break)*', marks: '_', group: 'block', code: true,
		defining: true, whitespace: 'pre' }),
	horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
	figure: plain('figure', { content: '(block | bare | figcaption)+', group: 'block', defining: true }),
	figcaption: { content: 'inline*', defining: true, parseDOM: [{ tag: 'figcaption', context: 'figure/' }],
		toDOM: () => ['figcaption', 0] },
	bare: plain(BARE, { content: 'inline*' }),
	text: { group: 'inline' },
	image: {
		inline: true,
		group: 'inline',
		draggable: true,
		attrs: { pairs: { default: [] } },
		parseDOM: [{ tag: 'img', getAttrs: (element) => ({ pairs: pairsOf(element) }) }],
		toDOM: (node) => ['img', Object.fromEntries(node.attrs.pairs)]
	},
	hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] }
};

function mark(tag) {
	return { parseDOM: [{ tag }], toDOM: () => [tag, 0] };
}

// The order of marks is the order they nest in when saved: a link outermost, code innermost.
const marks = {
	link: {
		attrs: { pairs: { default: [] } },
		inclusive: false,
		parseDOM: [{ tag: 'a', getAttrs: (element) => ({ pairs: pairsOf(element) }) }],
		toDOM: (node) => ['a', Object.fromEntries(node.attrs.pairs), 0]
	},
	q: {
		attrs: { pairs: { default: [] } },
		parseDOM: [{ tag: 'q', getAttrs: (element) => ({ pairs: pairsOf(element) }) }],
		toDOM: (node) => ['q', Object.fromEntries(node.attrs.pairs), 0]
	},
	cite: mark('cite'),
	small: mark('small'),
	strong: mark('strong'),
	b: mark('b'),
	em: mark('em'),
	i: mark('i'),
	u: mark('u'),
	strike: mark('strike'),
	sub: mark('sub'),
	sup: mark('sup'),
	code: mark('code')
};

export const schema = new Schema({ nodes, marks });
