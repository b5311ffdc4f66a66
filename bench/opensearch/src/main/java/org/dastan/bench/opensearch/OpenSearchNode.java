package org.dastan.bench.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in this JVM, on 127.0.0.1 only, for development and the checks that
 * need a real cluster: {@code OpenSearchNode HTTP_PORT HOME_DIR}. Its plugins come from
 * the class path (Netty for HTTP, analysis-common for the stemmers, reindex for delete by
 * query), as the distribution's modules would; there is no security plugin, so it answers
 * plain HTTP without a login. Embedding the node skips the distribution's launcher, and
 * with it the refusal to run as root and the production bootstrap checks, which do not
 * apply to a loopback-only node.
 */
public final class OpenSearchNode {

	private OpenSearchNode() {
	}

	public static void main(String[] args) throws Exception {
		int httpPort = Integer.parseInt(args[0]);
		Path home = Path.of(args[1]).toAbsolutePath();
		Files.createDirectories(home.resolve("config"));
		Settings settings = Settings.builder()
			.put("cluster.name", "dastan-search")
			.put("node.name", "dastan-search-" + httpPort)
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("network.host", "127.0.0.1")
			.put("http.port", httpPort)
			// Any free port above the HTTP one; nothing joins this node.
			.put("transport.port", (httpPort + 100) + "-" + (httpPort + 199))
			.put("discovery.type", "single-node")
			// A development disk is often nearly full: the watermarks would make indexes
			// read-only.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		LogConfigurator.registerErrorListener();
		LogConfigurator.configureWithoutConfig(settings);
		Node node = new ClasspathNode(settings);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
			stopped.countDown();
		}));
		node.start();
		System.out.println("OpenSearch is up on http://127.0.0.1:" + httpPort);
		stopped.await();
	}

	/**
	 * A node whose plugins are classes on the class path rather than plugin directories.
	 */
	private static final class ClasspathNode extends Node {

		ClasspathNode(Settings settings) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "dastan-search"),
					List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
		}

	}

}
