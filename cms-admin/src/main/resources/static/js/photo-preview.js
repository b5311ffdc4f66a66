// Shows the image chosen in a photo picker beside it as soon as it is chosen: the select
// names the preview's container in data-photo-preview, and each option carries its
// image's address in data-src.
document.querySelectorAll('select[data-photo-preview]').forEach((select) => {
	const container = document.getElementById(select.dataset.photoPreview);
	select.addEventListener('change', () => {
		const src = select.selectedOptions[0]?.dataset.src;
		container.replaceChildren();
		if (src) {
			const image = document.createElement('img');
			image.className = 'rounded object-fit-cover';
			image.width = 96;
			image.height = 96;
			image.alt = '';
			image.src = src;
			container.append(image);
		}
	});
});
