package org.dastan.core.search.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search index lives: a Lucene index in local files for one node, or one
 * OpenSearch index that every node shares.
 *
 * @param backend {@code lucene} (one node) or {@code opensearch} (several nodes)
 * @param opensearch the cluster, when the backend is OpenSearch
 */
@ConfigurationProperties("dastan.search")
@Validated
public record SearchProperties(@DefaultValue("lucene") @NotNull Backend backend,
		@DefaultValue @Valid OpenSearch opensearch) {

	boolean sharedIndex() {
		return this.backend == Backend.OPENSEARCH;
	}

	@AssertTrue(message = "dastan.search.opensearch.uris must name at least one node of the cluster")
	boolean isClusterNamed() {
		return !sharedIndex() || !this.opensearch.uris().isEmpty();
	}

	public enum Backend {

		LUCENE, OPENSEARCH

	}

	/**
	 * An OpenSearch cluster.
	 *
	 * @param uris its nodes, such as {@code http://search-1:9200}; https works too
	 * @param username the user, when the cluster asks for one (HTTP basic authentication)
	 * @param password that user's password
	 * @param indexLag how long after a commit its change is surely searchable on every
	 * node: pages that show search results are dropped once more after it
	 */
	public record OpenSearch(@DefaultValue("http://localhost:9200") List<URI> uris, String username, String password,
			@DefaultValue("PT1S") @NotNull Duration indexLag) {

	}

}
