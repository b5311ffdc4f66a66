package org.dastan.core.rate.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CurrencyRepository extends JpaRepository<Currency, String> {

	List<Currency> findByShownInTickerTrueOrderByPosition();

	List<Currency> findAllByOrderByPositionAscCodeAsc();

}
