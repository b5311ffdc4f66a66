package org.dastan.core.rate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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

}
