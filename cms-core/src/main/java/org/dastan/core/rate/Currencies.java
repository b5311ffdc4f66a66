package org.dastan.core.rate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;

/**
 * The currencies the newsroom follows: which the ticker shows, in what order. Imports
 * store rates of these currencies only. Every change is announced as
 * {@link CurrenciesChanged}.
 */
@Service
@Transactional
public class Currencies {

	private final CurrencyRepository currencies;

	private final ApplicationEventPublisher events;

	Currencies(CurrencyRepository currencies, ApplicationEventPublisher events) {
		this.currencies = currencies;
		this.events = events;
	}

	/** Every followed currency, in ticker order. */
	@Transactional(readOnly = true)
	public List<CurrencyView> list() {
		return ordered().stream().map(Currencies::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CurrencyView> find(String code) {
		return this.currencies.findById(code).map(Currencies::view);
	}

	/**
	 * @throws RejectedEditException if the newsroom follows the currency already
	 */
	public CurrencyView add(AddCurrency command) {
		String code = command.code().strip().toUpperCase(Locale.ROOT);
		if (this.currencies.existsById(code)) {
			throw new RejectedEditException("code", "rule.currency.taken", code);
		}
		int last = ordered().stream().mapToInt(Currency::getPosition).max().orElse(0);
		Currency added = this.currencies
			.save(new Currency(code, command.name().strip(), command.shownInTicker(), last + 1));
		changed(code);
		return view(added);
	}

	public void show(ShowCurrency command) {
		get(command.code()).setShownInTicker(command.shown());
		changed(command.code());
	}

	/** Moves a currency; a move past either end leaves the order as it is. */
	public void move(MoveCurrency command) {
		Currency currency = get(command.code());
		List<Currency> order = new ArrayList<>(ordered());
		int from = order.indexOf(currency);
		int to = from + command.step();
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.add(to, order.remove(from));
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getPosition() != i + 1) {
				order.get(i).setPosition(i + 1);
			}
		}
		changed(command.code());
	}

	private void changed(String code) {
		this.events.publishEvent(new CurrenciesChanged(code));
	}

	private List<Currency> ordered() {
		return this.currencies.findAllByOrderByPositionAscCodeAsc();
	}

	private Currency get(String code) {
		return this.currencies.findById(code).orElseThrow(() -> new EntityNotFoundException("No currency " + code));
	}

	private static CurrencyView view(Currency currency) {
		return new CurrencyView(currency.getCode(), currency.getName(), currency.isShownInTicker(),
				currency.getPosition());
	}

}
