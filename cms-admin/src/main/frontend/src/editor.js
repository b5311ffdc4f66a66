// The article body editor. The form's <textarea name="body"> stays the source of truth: every change is written
// back into it with a bubbling "input" event, and a "dastan:load" event on it (after someone else replaced its
// value, e.g. autosave restoring a draft) reloads the editor from it. Without JavaScript the textarea is the
// editor.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { history, undo, redo } from 'prosemirror-history';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { splitListItem, liftListItem, sinkListItem } from 'prosemirror-schema-list';
import { schema } from './schema.js';
import { parseBody, serializeBody } from './html.js';
import { actions } from './commands.js';
import { toolbarPlugin } from './toolbar.js';
import { linkDialog } from './links.js';
import { mediaPicker, transformPasted } from './images.js';
import { uploadDialog } from './uploads.js';
import { markdownRules, saveShortcut, wordCount } from './habits.js';
import { slugPreview } from './slug.js';

function plugins(parts) {
	const item = schema.nodes.list_item;
	return [
		markdownRules(),
		keymap({
			'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo,
			'Mod-b': actions.bold.run, 'Mod-i': actions.italic.run, 'Mod-u': toggleMark(schema.marks.u),
			'Mod-k': (state, dispatch, view) => { parts.openLink(view); return true; },
			Enter: splitListItem(item), 'Mod-[': liftListItem(item), 'Mod-]': sinkListItem(item),
			'Shift-Enter': (state, dispatch) => {
				dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
				return true;
			}
		}),
		keymap(baseKeymap),
		history(),
		dropCursor(),
		gapCursor(),
		toolbarPlugin(parts.toolbar, { link: parts.openLink, image: parts.openPicker }),
		wordCount(parts.count)
	];
}

function start(source) {
	const field = source.closest('.body-field');
	const form = source.form;
	const parts = {
		toolbar: field.querySelector('.editor-toolbar'),
		count: field.querySelector('.body-count'),
		openLink: linkDialog(field.querySelector('.link-dialog')),
		openPicker: mediaPicker(field.querySelector('.media-picker'))
	};
	const takeFiles = uploadDialog(field.querySelector('.upload-dialog'), form);
	const holder = field.querySelector('.body-editor');
	const view = new EditorView(holder, {
		state: EditorState.create({ doc: parseBody(source.value), plugins: plugins(parts) }),
		attributes: {
			role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'body-label', class: 'body-text form-control'
		},
		transformPasted,
		handleDrop: (editorView, event) => {
			const at = editorView.posAtCoords({ left: event.clientX, top: event.clientY });
			const taken = event.dataTransfer && event.dataTransfer.files.length > 0
				&& takeFiles(editorView, event.dataTransfer.files, at ? at.pos : null);
			if (taken) {
				event.preventDefault();
			}
			return Boolean(taken);
		},
		handlePaste: (editorView, event) => Boolean(event.clipboardData && event.clipboardData.files.length > 0
			&& takeFiles(editorView, event.clipboardData.files, null)),
		dispatchTransaction(tr) {
			view.updateState(view.state.apply(tr));
			if (tr.docChanged) {
				source.value = serializeBody(view.state.doc);
				source.dispatchEvent(new Event('input', { bubbles: true }));
			}
		}
	});
	source.addEventListener('dastan:load', () => {
		view.updateState(EditorState.create({ doc: parseBody(source.value), plugins: view.state.plugins }));
	});
	// What is sent is what the editor holds, written the same way as after any change.
	form.addEventListener('submit', () => { source.value = serializeBody(view.state.doc); });
	field.querySelector('#body-label').addEventListener('click', () => view.focus());
	parts.toolbar.hidden = false;
	holder.hidden = false;
	source.hidden = true;
	return form;
}

document.addEventListener('DOMContentLoaded', () => {
	const source = document.querySelector('textarea.body-source');
	if (source) {
		saveShortcut(start(source));
	}
	const slug = document.querySelector('.slug-preview');
	if (slug) {
		slugPreview(slug, document.getElementById('title'), document.getElementById('slug'));
	}
});
