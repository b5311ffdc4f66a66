package org.dastan.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The order of records editors arrange by hand, such as picked links or sidebar widgets:
 * moving one a place, or taking a whole new order from a drag and drop.
 */
public final class Ordering {

	private Ordering() {
	}

	/**
	 * The records in the order of the ids; records the ids leave out keep their relative
	 * order after them, and unknown ids are ignored.
	 */
	public static <T> List<T> arrange(List<T> current, List<Long> ids, Function<T, Long> idOf) {
		List<T> order = new ArrayList<>();
		for (Long id : ids) {
			current.stream()
				.filter((record) -> Objects.equals(idOf.apply(record), id) && !order.contains(record))
				.findFirst()
				.ifPresent(order::add);
		}
		current.stream().filter((record) -> !order.contains(record)).forEach(order::add);
		return order;
	}

	/**
	 * The records with one moved a place up ({@code -1}) or down ({@code 1}), if it can.
	 */
	public static <T> List<T> move(List<T> current, T record, int step) {
		List<T> order = new ArrayList<>(current);
		int from = order.indexOf(record);
		int to = from + step;
		if (from >= 0 && to >= 0 && to < order.size()) {
			Collections.swap(order, from, to);
		}
		return order;
	}

	/** Gives the records the positions 0, 1, 2… in their order. */
	public static <T> void renumber(List<T> order, ObjIntConsumer<T> moveTo) {
		for (int i = 0; i < order.size(); i++) {
			moveTo.accept(order.get(i), i);
		}
	}

}
