// Finding an article by part of its title. Without JavaScript the search is a plain GET form whose results come back
// in the page, each with its own form; with it, the results show while the editor types. Choosing one either posts
// a form with the article's id (a suggested link) or adds the article's slug as a line of a text area (editor's picks).
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-lookup]').forEach(function (box) {
		var input = box.querySelector('input[type=search]');
		var results = box.querySelector('.lookup-results');
		var timer = null;
		// An answer to an earlier text may arrive after the latest one; only the latest shows.
		var latestSearch = 0;
		box.hidden = false;
		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(search, 200);
		});
		input.form.addEventListener('submit', function (event) {
			event.preventDefault();
			search();
		});

		function search() {
			var url = box.dataset.lookup + '?q=' + encodeURIComponent(input.value)
				+ (box.dataset.except ? '&except=' + encodeURIComponent(box.dataset.except) : '');
			var thisSearch = ++latestSearch;
			fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : []; })
				.then(function (articles) {
					if (thisSearch === latestSearch) {
						show(articles);
					}
				});
		}

		function show(articles) {
			results.replaceChildren();
			articles.forEach(function (article) {
				var item = document.createElement('li');
				item.className = 'list-group-item d-flex align-items-center gap-2';
				var title = document.createElement('span');
				title.className = 'me-auto';
				title.textContent = article.title;
				var slug = document.createElement('span');
				slug.className = 'd-block small text-body-secondary';
				slug.textContent = '/articles/' + article.slug;
				title.appendChild(slug);
				var button = document.createElement('button');
				button.type = 'button';
				button.className = 'btn btn-sm btn-outline-primary lookup-choice';
				button.textContent = box.dataset.addLabel;
				button.setAttribute('aria-label', box.dataset.addLabel + ': ' + article.title);
				button.addEventListener('click', function () {
					choose(article);
				});
				item.append(title, button);
				results.appendChild(item);
			});
		}

		function choose(article) {
			if (box.dataset.addForm) {
				var form = document.getElementById(box.dataset.addForm);
				form.elements.article.value = article.id;
				form.submit();
				return;
			}
			var area = document.getElementById(box.dataset.addTo);
			var lines = area.value.split('\n').map(function (line) { return line.trim(); })
				.filter(function (line) { return line !== ''; });
			if (lines.indexOf(article.slug) < 0) {
				lines.push(article.slug);
			}
			area.value = lines.join('\n');
			area.focus();
		}
	});
});
