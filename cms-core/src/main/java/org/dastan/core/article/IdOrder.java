package org.dastan.core.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Puts rows read by id back into the order their ids were found in: listings sort ids
 * through the indexes, then read those rows with {@code where id in (...)}, which keeps
 * no order.
 */
public final class IdOrder {

	private IdOrder() {
	}

	/** The rows in the order of the ids; an id without a row is left out. */
	public static <T> List<T> arrange(List<Long> ids, Collection<T> rows, ToLongFunction<T> idOf) {
		Map<Long, T> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(idOf.applyAsLong(row), row));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

}
