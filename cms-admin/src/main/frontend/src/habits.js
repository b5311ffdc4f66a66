// What editors expect from a writing tool: Ctrl/Cmd+S saves, Markdown shortcuts at the start of a line, and a
// live word count with reading time under the body.
import { inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { Plugin } from 'prosemirror-state';
import { schema } from './schema.js';

const { nodes } = schema;

export function markdownRules() {
	return inputRules({
		rules: [
			textblockTypeInputRule(/^###\s$/, nodes.heading, { level: 3 }),
			textblockTypeInputRule(/^##\s$/, nodes.heading, { level: 2 }),
			wrappingInputRule(/^>\s$/, nodes.blockquote),
			wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list,
				(match) => ({ pairs: match[1] === '1' ? [] : [['start', match[1]]] })),
			wrappingInputRule(/^[-*]\s$/, nodes.bullet_list)
		]
	});
}

// The article form's own Save button: the submit button that neither names an action nor posts elsewhere.
function saveButton(form) {
	const buttons = Array.from(form.querySelectorAll('button[type=submit]'));
	return buttons.find((button) => !button.name && !button.hasAttribute('formaction')) || buttons[0];
}

export function saveShortcut(form) {
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
			event.preventDefault();
			form.requestSubmit(saveButton(form));
		}
	});
}

function countWords(doc) {
	const text = doc.textBetween(0, doc.content.size, ' ', ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// Shows "312 words · 2 min read", in the page's language with its plural forms; 200 words a minute.
export function wordCount(output) {
	const rules = new Intl.PluralRules(document.documentElement.lang || 'en');
	const show = (doc) => {
		const words = countWords(doc);
		const minutes = Math.max(1, Math.ceil(words / 200));
		const key = (kind, category) => kind + category[0].toUpperCase() + category.slice(1);
		const form = (kind, number) => (output.dataset[key(kind, rules.select(number))] || output.dataset[key(kind, 'other')])
			.replace('{0}', number.toLocaleString(document.documentElement.lang || undefined));
		output.textContent = form('words', words) + ' · ' + form('minutes', minutes);
	};
	return new Plugin({
		view(view) {
			output.hidden = false;
			show(view.state.doc);
			return { update: (updated, previous) => updated.state.doc !== previous.doc && show(updated.state.doc) };
		}
	});
}
