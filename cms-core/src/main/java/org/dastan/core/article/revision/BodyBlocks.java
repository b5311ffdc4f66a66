package org.dastan.core.article.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits a sanitized body into the blocks a reader sees (paragraphs, subheadings, quotes,
 * list items, images) with their plain text, so that two bodies can be compared block by
 * block rather than tag by tag.
 */
final class BodyBlocks {

	private static final Map<String, BlockKind> BLOCKS = Map.ofEntries(Map.entry("p", BlockKind.PARAGRAPH),
			Map.entry("h1", BlockKind.HEADING), Map.entry("h2", BlockKind.HEADING), Map.entry("h3", BlockKind.HEADING),
			Map.entry("h4", BlockKind.HEADING), Map.entry("h5", BlockKind.HEADING), Map.entry("h6", BlockKind.HEADING),
			Map.entry("li", BlockKind.LIST_ITEM), Map.entry("pre", BlockKind.PREFORMATTED),
			Map.entry("figcaption", BlockKind.CAPTION), Map.entry("dt", BlockKind.PARAGRAPH),
			Map.entry("dd", BlockKind.PARAGRAPH));

	private static final Set<String> CONTAINERS = Set.of("blockquote", "ul", "ol", "dl", "figure", "div", "section");

	private final List<Block> blocks = new ArrayList<>();

	private StringBuilder text;

	private BlockKind kind;

	private BodyBlocks() {
	}

	static List<Block> of(String html) {
		BodyBlocks split = new BodyBlocks();
		split.visitChildren(Jsoup.parseBodyFragment((html != null) ? html : "").body(), false);
		split.finish();
		return split.blocks;
	}

	private void visitChildren(Element element, boolean quoted) {
		for (Node child : element.childNodes()) {
			visit(child, quoted);
		}
	}

	private void visit(Node node, boolean quoted) {
		if (node instanceof TextNode text) {
			if (this.text == null) {
				start(quoted ? BlockKind.QUOTE : BlockKind.PARAGRAPH);
			}
			this.text.append(text.text());
		}
		else if (node instanceof Element element) {
			visit(element, quoted);
		}
	}

	private void visit(Element element, boolean quoted) {
		String tag = element.normalName();
		if (BLOCKS.containsKey(tag)) {
			BlockKind kind = BLOCKS.get(tag);
			start((quoted && kind == BlockKind.PARAGRAPH) ? BlockKind.QUOTE : kind);
			visitChildren(element, quoted);
			finish();
		}
		else if (CONTAINERS.contains(tag)) {
			finish();
			visitChildren(element, quoted || tag.equals("blockquote"));
			finish();
		}
		else if (tag.equals("img")) {
			BlockKind interrupted = this.kind;
			finish();
			this.blocks.add(new Block(BlockKind.IMAGE, describe(element)));
			if (interrupted != null) {
				start(interrupted);
			}
		}
		else if (tag.equals("hr")) {
			finish();
			this.blocks.add(new Block(BlockKind.RULE, ""));
		}
		else if (tag.equals("br")) {
			if (this.text != null) {
				this.text.append(' ');
			}
		}
		else {
			visitChildren(element, quoted);
		}
	}

	private void start(BlockKind kind) {
		finish();
		this.text = new StringBuilder();
		this.kind = kind;
	}

	private void finish() {
		if (this.text != null) {
			String text = this.text.toString().replaceAll("\\s+", " ").strip();
			if (!text.isEmpty()) {
				this.blocks.add(new Block(this.kind, text));
			}
		}
		this.text = null;
		this.kind = null;
	}

	private static String describe(Element image) {
		String alt = image.attr("alt").strip();
		String src = image.attr("src").strip();
		return alt.isEmpty() ? src : alt + " (" + src + ")";
	}

	/** A block of the body and its plain text. */
	record Block(BlockKind kind, String text) {

	}

}
