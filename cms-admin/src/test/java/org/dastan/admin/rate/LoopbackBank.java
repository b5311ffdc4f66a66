package org.dastan.admin.rate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The National Bank of Tajikistan's export on the loopback interface, answering with the
 * shared fixture; a test may hold each answer back until it lets it go.
 */
final class LoopbackBank {

	private final HttpServer server;

	private LoopbackBank(HttpServer server) {
		this.server = server;
	}

	/** A bank that answers at once. */
	static LoopbackBank nbt() {
		return nbt(() -> {
		});
	}

	/** A bank that runs the hook (which may wait) before each answer. */
	static LoopbackBank nbt(Runnable beforeAnswer) {
		try {
			byte[] document = Files.readAllBytes(Path.of(System.getProperty("dastan.shared.dir", "../../shared"),
					"fixtures", "rates", "nbt-export_xml-2026-05-18.xml"));
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/export_xml.php", (exchange) -> {
				beforeAnswer.run();
				exchange.sendResponseHeaders(200, document.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(document);
				}
			});
			// Answers held back must not keep the next request waiting.
			server.setExecutor(Executors.newCachedThreadPool());
			server.start();
			return new LoopbackBank(server);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the Tajik source of the rate import at this bank. */
	void register(DynamicPropertyRegistry registry) {
		registry.add("dastan.rates.sources.nbt.url",
				() -> "http://127.0.0.1:" + this.server.getAddress().getPort() + "/export_xml.php?date={date}");
	}

	void stop() {
		this.server.stop(0);
	}

}
