// The toolbar: buttons from the page (their names come from the message files), wired to the editor's actions.
// Toggling buttons say with aria-pressed whether they are on where the cursor is; those that cannot act are
// disabled.
import { Plugin } from 'prosemirror-state';
import { actions, markActive } from './commands.js';
import { schema } from './schema.js';

export function toolbarPlugin(toolbar, extra) {
	const buttons = Array.from(toolbar.querySelectorAll('button[data-action]'));
	let view = null;
	buttons.forEach((button) => {
		button.addEventListener('mousedown', (event) => event.preventDefault());
		button.addEventListener('click', () => {
			const name = button.dataset.action;
			if (extra[name]) {
				extra[name](view);
			}
			else {
				actions[name].run(view.state, view.dispatch, view);
				view.focus();
			}
		});
	});
	const update = (state) => buttons.forEach((button) => {
		const name = button.dataset.action;
		const action = actions[name];
		if (name === 'link') {
			button.setAttribute('aria-pressed', String(markActive(state, schema.marks.link)));
			return;
		}
		if (!action) {
			return;
		}
		const on = action.on ? action.on(state) : false;
		if (action.on) {
			button.setAttribute('aria-pressed', String(on));
		}
		button.disabled = !on && !action.run(state);
	});
	rovingFocus(toolbar, buttons);
	return new Plugin({
		view(editorView) {
			view = editorView;
			update(editorView.state);
			return { update: (updated) => update(updated.state) };
		}
	});
}

// One tab stop for the whole toolbar; the arrow keys, Home and End move between its buttons (the ARIA toolbar
// pattern), so that a keyboard user tabs from the title to the body without passing fourteen buttons.
function rovingFocus(toolbar, buttons) {
	const enabled = () => buttons.filter((button) => !button.disabled);
	const focus = (button) => {
		buttons.forEach((other) => { other.tabIndex = other === button ? 0 : -1; });
		button.focus();
	};
	buttons.forEach((button, index) => { button.tabIndex = index === 0 ? 0 : -1; });
	toolbar.addEventListener('keydown', (event) => {
		const list = enabled();
		const at = list.indexOf(document.activeElement);
		const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 };
		if (at < 0 || !(event.key in moves)) {
			return;
		}
		event.preventDefault();
		focus(list[(moves[event.key] + list.length) % list.length]);
	});
}
