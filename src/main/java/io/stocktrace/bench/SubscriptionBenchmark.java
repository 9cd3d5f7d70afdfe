package io.stocktrace.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench subscriptions}: a customer's webhook (on a local port, answering 204) subscribed to our shipping
 * events to them; {@code --events} deliveries are validated through the API, one after the other, and the clock
 * runs until the webhook has received every event, delivered by the server's own schedule (a round a second).
 * Prints the time to record the deliveries and the time until the last event arrived after the last was recorded.
 */
public final class SubscriptionBenchmark {
    private SubscriptionBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchServer.options(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000"));
        AtomicInteger received = new AtomicInteger();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        try (BenchServer server = BenchServer.start(options)) {
            long product = server.json("POST", "/products", "{\"sku\":\"BENCH-SUB\",\"name\":\"Subscribed\",\"tracking\":\"lot\"}")
                    .path("id").asLong();
            long customer = server.json("POST", "/partners", "{\"name\":\"Webhook customer\"}").path("id").asLong();
            done(server, "{\"type\":\"receipt\",\"lines\":[{\"productId\":" + product + ",\"lot\":\"L-1\",\"quantity\":"
                    + events + "}]}");
            server.exchange("POST", "/epcis/subscriptions", "{\"name\":\"bench\",\"destination\":\"http://127.0.0.1:"
                    + hook.getAddress().getPort() + "/hook\",\"query\":{\"EQ_bizStep\":[\"shipping\"],"
                    + "\"EQ_destination\":[\"urn:stocktrace:party:" + customer + "\"]}}");
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                done(server, "{\"type\":\"delivery\",\"partnerId\":" + customer + ",\"lines\":[{\"productId\":" + product
                        + ",\"lot\":\"L-1\",\"quantity\":1}]}");
            }
            long recorded = System.nanoTime();
            long deadline = recorded + 600_000_000_000L;
            while (received.get() < events && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long last = System.nanoTime();
            System.out.printf(Locale.ROOT, "database: %s%n%,d deliveries recorded in %.1f s; the webhook had %,d of %,d events"
                            + " %.1f s after the last was recorded (%.0f events/s over the whole run)%n", server.database(),
                    events, (recorded - start) / 1e9, received.get(), events, (last - recorded) / 1e9,
                    received.get() / ((last - start) / 1e9));
        } finally {
            hook.stop(0);
        }
        return received.get() == events ? 0 : 1;
    }

    private static void done(BenchServer server, String transfer) throws Exception {
        JsonNode draft = server.json("POST", "/transfers", transfer);
        server.exchange("POST", "/transfers/" + draft.path("id").asLong() + "/validate", null);
    }
}
