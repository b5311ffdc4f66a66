// Lists that editors order by hand (suggested links, sidebar widgets) become draggable with SortableJS. Every item
// keeps its move-up and move-down buttons, plain forms that serve keyboards and browsers without JavaScript; a drop
// sends the new order through a plain form as well, so the page reloads showing what the server stored.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Sortable === 'undefined') {
		return;
	}
	document.querySelectorAll('[data-order-form]').forEach(function (list) {
		var form = document.getElementById(list.dataset.orderForm);
		if (!form) {
			return;
		}
		list.querySelectorAll('.drag-handle').forEach(function (handle) {
			handle.hidden = false;
		});
		Sortable.create(list, {
			handle: '.drag-handle',
			animation: 150,
			// Pointer events rather than the browser's native drag and drop: they behave the same everywhere,
			// touch screens included.
			forceFallback: true,
			onEnd: function (event) {
				if (event.oldIndex === event.newIndex) {
					return;
				}
				list.querySelectorAll('[data-id]').forEach(function (item) {
					var input = document.createElement('input');
					input.type = 'hidden';
					input.name = 'ids';
					input.value = item.dataset.id;
					form.appendChild(input);
				});
				form.submit();
			}
		});
	});
});
