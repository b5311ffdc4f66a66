package org.dastan.core.rate.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RateRepository extends JpaRepository<Rate, Long> {

	/**
	 * Recent rates of the given currencies, newest date first and, within a date, the
	 * latest fetched first.
	 */
	@Query("""
			select r from Rate r
			where r.baseCurrency = :base and r.currency in :currencies and r.rateDate >= :since
			order by r.currency, r.rateDate desc, r.fetchedAt desc
			""")
	List<Rate> findRecent(String base, Collection<String> currencies, LocalDate since);

	Optional<Rate> findByCurrencyAndBaseCurrencyAndRateDateAndSource(String currency, String baseCurrency,
			LocalDate rateDate, String source);

	List<Rate> findBySourceAndCurrencyInAndRateDateBetween(String source, Collection<String> currencies, LocalDate from,
			LocalDate to);

	Optional<Rate> findFirstByCurrencyAndBaseCurrencyOrderByRateDateAsc(String currency, String baseCurrency);

	List<Rate> findByCurrencyAndBaseCurrencyAndRateDateBetween(String currency, String baseCurrency, LocalDate from,
			LocalDate to);

	/**
	 * Every rate of a currency for the admin's history: newest date first, within a date
	 * the manual rate first, then the latest fetched.
	 */
	@Query("""
			select r from Rate r where r.currency = :currency and r.baseCurrency = :base
			order by r.rateDate desc, case when r.source = 'MANUAL' then 0 else 1 end, r.fetchedAt desc, r.source
			""")
	Page<Rate> findHistory(String currency, String base, Pageable pageable);

}
