package io.stocktrace.epcis.subscription;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber's webhook on a local port: it answers 503 to its first {@code failures} requests, then 204, and keeps
 * every request it got, in the order it got them.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as received: the headers Stocktrace sets, the body, and what the receiver answered. */
    record Received(String body, Map<String, String> headers, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failuresLeft;

    WebhookReceiver(int failures) throws IOException {
        failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : List.of("Stocktrace-Signature", "Stocktrace-Timestamp", "Stocktrace-Subscription",
                    "Stocktrace-Sequence", "Stocktrace-Event-Id", "Content-Type")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            synchronized (received) {
                received.add(new Received(new String(body, StandardCharsets.UTF_8), headers, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
