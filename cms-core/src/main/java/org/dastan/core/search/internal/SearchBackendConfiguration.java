package org.dastan.core.search.internal;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.core.search.internal.SearchProperties.OpenSearch;
import org.dastan.core.text.OpenSearchAnalyzers;

/**
 * Turns {@code dastan.search.*} into Hibernate Search's settings. With OpenSearch, every
 * node writes its changes to an outbox table in the same transaction, and the nodes share
 * out the indexing of those rows ({@code outbox-polling}), so each committed change is
 * indexed once for the whole cluster, whichever node made it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchBackendConfiguration {

	private static final String PREFIX = "hibernate.search.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(SearchProperties properties) {
		return (hibernate) -> {
			if (properties.sharedIndex()) {
				useOpenSearch(hibernate, properties.opensearch());
			}
		};
	}

	private static void useOpenSearch(Map<String, Object> hibernate, OpenSearch cluster) {
		// Keys cannot be removed here (Spring Boot adds spring.jpa.properties again after
		// the customizers), but a blank value counts as unset.
		hibernate.replaceAll((key, value) -> isLuceneOnly(key) ? "" : value);
		hibernate.put(PREFIX + "backend.type", "elasticsearch");
		hibernate.put(PREFIX + "backend.uris",
				cluster.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
		if (cluster.username() != null) {
			hibernate.put(PREFIX + "backend.username", cluster.username());
			hibernate.put(PREFIX + "backend.password", cluster.password());
		}
		hibernate.put(PREFIX + "backend.analysis.configurer", "class:" + OpenSearchAnalyzers.class.getName());
		// SharedIndexSchema creates or checks the index instead.
		hibernate.putIfAbsent(PREFIX + "schema_management.strategy", "none");
		// Searches see a change 250 ms after it is indexed, not OpenSearch's default 1 s.
		hibernate.putIfAbsent(PREFIX + "backend.schema_management.settings_file",
				"search/opensearch-index-settings.json");
		// The OpenSearch tests set the strategy "none", to index in the saving
		// transaction
		// and search right after it.
		hibernate.putIfAbsent(PREFIX + "coordination.strategy", "outbox-polling");
		if ("outbox-polling".equals(hibernate.get(PREFIX + "coordination.strategy"))) {
			// The outbox is always indexed after the commit: Hibernate Search refuses to
			// start when told to wait for indexing.
			hibernate.put(PREFIX + "indexing.plan.synchronization.strategy", "");
		}
	}

	private static boolean isLuceneOnly(String key) {
		return key.startsWith(PREFIX + "backend.directory.") || key.equals(PREFIX + "backend.lucene_version");
	}

}
