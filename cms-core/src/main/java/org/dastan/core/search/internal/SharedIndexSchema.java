package org.dastan.core.search.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the shared OpenSearch index, or checks that the one there fits this version's
 * mapping and analyzers, before the node serves or indexes anything. Hibernate Search
 * would do it as it boots, but of several nodes creating the index at the same moment all
 * but one fail to start: it takes only Elasticsearch 5's
 * {@code index_already_exists_exception} for "it is there already", and OpenSearch
 * answers {@code resource_already_exists_exception}. So it is told to leave the index
 * alone ({@link SearchBackendConfiguration}), and here a creation that failed is followed
 * by a check, which finds the index another node created. When a schema management
 * strategy is set (the OpenSearch tests drop and create the index), Hibernate Search
 * follows it and this does nothing.
 */
@Component
class SharedIndexSchema implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SharedIndexSchema.class);

	private final SearchProperties properties;

	private final EntityManagerFactory entityManagerFactory;

	private final String strategy;

	SharedIndexSchema(SearchProperties properties, EntityManagerFactory entityManagerFactory,
			@Value("${spring.jpa.properties.hibernate.search.schema_management.strategy:}") String strategy) {
		this.properties = properties;
		this.entityManagerFactory = entityManagerFactory;
		this.strategy = strategy;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.sharedIndex() || !this.strategy.isEmpty()) {
			return;
		}
		SearchSchemaManager schema = Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager();
		try {
			schema.createIfMissing();
		}
		catch (SearchException ex) {
			logger.info("Could not create the search index, checking whether another node did: {}",
					ex.getMessage().lines().findFirst().orElse(""));
		}
		schema.createOrValidate();
	}

}
