package org.dastan.core.rate.importing;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RateImportRepository extends JpaRepository<RateImport, Long> {

	Page<RateImport> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);

	List<RateImport> findBySourceOrderByIdAsc(String source);

}
