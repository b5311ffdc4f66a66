package org.dastan.core.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

}
