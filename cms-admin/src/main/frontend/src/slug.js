// The public address under the slug field, live: the slug as typed, or while it is empty the one the server will
// make from the title. Mirrors org.dastan.core.slug.Slugs.from, Cyrillic transliteration included.
const CYRILLIC = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
	н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
	ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
	і: 'i', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u', ў: 'o'
};
const MAX_LENGTH = 160;

export function slugFrom(text) {
	const latin = Array.from(text.toLowerCase()).map((c) => (c in CYRILLIC ? CYRILLIC[c] : c)).join('');
	const slug = latin.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	if (slug.length <= MAX_LENGTH) {
		return slug;
	}
	const cut = slug.substring(0, MAX_LENGTH);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
}

export function slugPreview(output, title, slug) {
	const show = () => {
		const value = slug.value.trim() || slugFrom(title.value);
		output.hidden = !value;
		output.textContent = output.dataset.text.replace('{0}', window.location.origin + '/articles/' + value);
	};
	title.addEventListener('input', show);
	slug.addEventListener('input', show);
	show();
}
