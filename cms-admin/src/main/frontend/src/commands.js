// What each toolbar button does, and whether it is on where the cursor is.
import { toggleMark, setBlockType, wrapIn, lift } from 'prosemirror-commands';
import { wrapInList, liftListItem } from 'prosemirror-schema-list';
import { undo, redo } from 'prosemirror-history';
import { schema } from './schema.js';

const { nodes, marks } = schema;

export function markActive(state, ...types) {
	const { from, to, empty, $from } = state.selection;
	if (empty) {
		const here = state.storedMarks || $from.marks();
		return types.some((type) => type.isInSet(here));
	}
	return types.some((type) => state.doc.rangeHasMark(from, to, type));
}

function blockActive(state, type, attrs = {}) {
	const { $from, to } = state.selection;
	const parent = $from.parent;
	return to <= $from.end() && parent.type === type
		&& Object.keys(attrs).every((key) => parent.attrs[key] === attrs[key]);
}

function ancestor(state, ...types) {
	const { $from } = state.selection;
	for (let depth = $from.depth; depth > 0; depth--) {
		if (types.includes($from.node(depth).type)) {
			return $from.node(depth);
		}
	}
	return null;
}

// Bold covers <strong> and <b>, italic <em> and <i>: the button turns either off, and turns on the first.
function toggleEither(preferred, other) {
	return (state, dispatch) => {
		if (!markActive(state, preferred, other)) {
			return toggleMark(preferred)(state, dispatch);
		}
		if (dispatch) {
			const { from, to } = state.selection;
			dispatch(state.tr.removeMark(from, to, preferred).removeMark(from, to, other)
				.removeStoredMark(preferred).removeStoredMark(other));
		}
		return true;
	};
}

function toggleWrap(type) {
	return (state, dispatch) => {
		const node = ancestor(state, type);
		if (node) {
			return (type === nodes.blockquote ? lift : liftListItem(nodes.list_item))(state, dispatch);
		}
		return (type === nodes.blockquote ? wrapIn(type) : wrapInList(type))(state, dispatch);
	};
}

function insertRule(state, dispatch) {
	if (dispatch) {
		dispatch(state.tr.replaceSelectionWith(nodes.horizontal_rule.create()).scrollIntoView());
	}
	return true;
}

function clearFormatting(state, dispatch) {
	const { from, to } = state.selection;
	if (dispatch) {
		let tr = state.tr.setStoredMarks([]);
		Object.values(marks).forEach((type) => { tr = tr.removeMark(from, to, type); });
		dispatch(tr);
	}
	return true;
}

// A heading button turns a paragraph into a heading, and the heading back into a paragraph.
function heading(level) {
	const on = (state) => blockActive(state, nodes.heading, { level });
	const run = (state, dispatch) => (on(state) ? setBlockType(nodes.paragraph)
		: setBlockType(nodes.heading, { level }))(state, dispatch);
	return { run, on };
}

// Each action: run(state, dispatch) and, for buttons that toggle, on(state).
export const actions = {
	bold: { run: toggleEither(marks.strong, marks.b), on: (state) => markActive(state, marks.strong, marks.b) },
	italic: { run: toggleEither(marks.em, marks.i), on: (state) => markActive(state, marks.em, marks.i) },
	h2: heading(2),
	h3: heading(3),
	paragraph: { run: setBlockType(nodes.paragraph), on: (state) => blockActive(state, nodes.paragraph) },
	quote: { run: toggleWrap(nodes.blockquote), on: (state) => ancestor(state, nodes.blockquote) !== null },
	bullets: { run: toggleWrap(nodes.bullet_list), on: (state) => ancestor(state, nodes.bullet_list, nodes.ordered_list)?.type === nodes.bullet_list },
	numbers: { run: toggleWrap(nodes.ordered_list), on: (state) => ancestor(state, nodes.bullet_list, nodes.ordered_list)?.type === nodes.ordered_list },
	rule: { run: insertRule },
	undo: { run: undo },
	redo: { run: redo },
	clear: { run: clearFormatting }
};
