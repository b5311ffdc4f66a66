package org.dastan.core.rate.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A bank's web server on the loopback interface, answering each path with the bytes a
 * test gives it, so that imports run over real HTTP without leaving the machine.
 */
final class BankServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private BankServer(HttpServer server) {
		this.server = server;
		server.createContext("/", this::answer);
		server.setExecutor(this.threads);
		server.start();
	}

	static BankServer start() {
		try {
			return new BankServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An address on the loopback interface where nothing listens. */
	static URI unreachable() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/rates.xml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI serve(String path, byte[] document) {
		return serve(path, 200, document);
	}

	URI serve(String path, int status, byte[] document) {
		this.answers.put(path, new Answer(status, document, null, null, null));
		return uri(path);
	}

	/** Sends the document 100 bytes at a time, pausing between them. */
	URI serveSlowly(String path, byte[] document, Duration pause) {
		this.answers.put(path, new Answer(200, document, null, null, pause));
		return uri(path);
	}

	/**
	 * Answers only once {@code release} counts down, after counting down {@code entered}
	 * when the request arrives.
	 */
	URI serveWhenReleased(String path, byte[] document, CountDownLatch entered, CountDownLatch release) {
		this.answers.put(path, new Answer(200, document, entered, release, null));
		return uri(path);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	private void answer(HttpExchange exchange) throws IOException {
		Answer answer = this.answers.get(exchange.getRequestURI().getPath());
		try (exchange) {
			if (answer == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			if (answer.entered() != null) {
				answer.entered().countDown();
				answer.release().await(30, TimeUnit.SECONDS);
			}
			exchange.sendResponseHeaders(answer.status(), (answer.body().length > 0) ? answer.body().length : -1);
			try (OutputStream body = exchange.getResponseBody()) {
				if (answer.pause() == null) {
					body.write(answer.body());
					return;
				}
				for (int from = 0; from < answer.body().length; from += 100) {
					body.write(answer.body(), from, Math.min(100, answer.body().length - from));
					body.flush();
					Thread.sleep(answer.pause().toMillis());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	private record Answer(int status, byte[] body, CountDownLatch entered, CountDownLatch release, Duration pause) {
	}

}
