package org.dastan.core.rate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.RejectedEditException;

/**
 * The currencies the newsroom follows: which the ticker shows, in what order. Imports
 * store rates of these currencies only.
 */
@Service
@Transactional
public class CurrencyService {

	private final CurrencyRepository currencies;

	CurrencyService(CurrencyRepository currencies) {
		this.currencies = currencies;
	}

	@Transactional(readOnly = true)
	public List<Currency> list() {
		return this.currencies.findAllByOrderByPositionAscCodeAsc();
	}

	/** Follows a new currency, last in the ticker. */
	public Currency add(String code, String name, boolean shownInTicker) {
		String normalized = code.strip().toUpperCase(Locale.ROOT);
		if (this.currencies.existsById(normalized)) {
			throw new RejectedEditException("code", "rule.currency.taken", normalized);
		}
		int last = list().stream().mapToInt(Currency::getPosition).max().orElse(0);
		return this.currencies.save(new Currency(normalized, name.strip(), shownInTicker, last + 1));
	}

	public void show(String code, boolean shown) {
		get(code).setShownInTicker(shown);
	}

	/** Moves a currency one place earlier in the ticker. */
	public void moveUp(String code) {
		move(code, -1);
	}

	/** Moves a currency one place later in the ticker. */
	public void moveDown(String code) {
		move(code, 1);
	}

	private void move(String code, int step) {
		Currency currency = get(code);
		List<Currency> order = new ArrayList<>(list());
		int from = order.indexOf(currency);
		int to = from + step;
		if (to < 0 || to >= order.size()) {
			return;
		}
		Collections.swap(order, from, to);
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getPosition() != i + 1) {
				order.get(i).setPosition(i + 1);
			}
		}
	}

	private Currency get(String code) {
		return this.currencies.findById(code).orElseThrow(() -> new EntityNotFoundException("No currency " + code));
	}

}
