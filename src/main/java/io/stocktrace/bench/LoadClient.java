package io.stocktrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * One client of {@code bench load}: its own HTTP connection and credentials, its own lot product and serial
 * product (or the shared hot product), and a warehouse's mix of operations until the deadline. What the server
 * accepted is added to {@code onHand} (per product), which the benchmark compares with the server's figures at the end.
 */
final class LoadClient implements Runnable {
    /** The operations the client runs, as the report names them. */
    enum Mix { FULL, RECEIPTS, TRACES }

    private static final String JSON_TYPE = "application/json";
    private static final int RECEIVED = 10;
    private static final int DELIVERED = 3;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int number;
    private final String api;
    private final String auth;
    private final Products products;
    private final Mix mix;
    private final LoadStats stats;
    private final Map<Long, AtomicLong> onHand;
    private final long deadline;
    private final Random random;
    private final Deque<String> serials = new ArrayDeque<>();
    private int lots;
    private long lastLotId;
    private volatile long cpuNanos;

    /**
     * The client's products (lots received and delivered: {@code lot}, its own or the hot one; serials) and WH/Stock
     * with a shelf under it.
     */
    record Products(long lot, long serial, long stockId, long shelfId) {
    }

    LoadClient(int number, String api, String auth, Products products, Mix mix, LoadStats stats,
               Map<Long, AtomicLong> onHand, long deadlineNanos) {
        this.number = number;
        this.api = api;
        this.auth = auth;
        this.products = products;
        this.mix = mix;
        this.stats = stats;
        this.onHand = onHand;
        this.deadline = deadlineNanos;
        this.random = new Random(number);
    }

    /** The CPU time of the client's thread, kept when it ended (a thread that ended has none to ask for). */
    long cpuNanos() {
        return cpuNanos;
    }

    @Override
    public void run() {
        try {
            operateUntilDeadline();
        } finally {
            cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    private void operateUntilDeadline() {
        for (int i = 0; System.nanoTime() < deadline; i++) {
            String kind = switch (mix) {
                case RECEIPTS -> "receipt";
                case TRACES -> lots == 0 ? "receipt" : lastLotId == 0 || i % 2 == 1 ? "lot-lookup" : "trace";
                case FULL -> kindOf(i);
            };
            long start = System.nanoTime();
            try {
                run(kind);
                stats.ok(kind, start, System.nanoTime() - start);
            } catch (Refused e) {
                stats.error(kind, start, Integer.toString(e.status));
            } catch (IOException | RuntimeException e) {
                stats.error(kind, start, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Four receipts in ten operations, a delivery, an internal transfer, a serial in and out, two lot lookups. */
    private String kindOf(int i) {
        if (i % 25 == 24 && lastLotId > 0) {
            return "trace";
        }
        return switch (i % 10) {
            case 4 -> onHand(products.lot) >= DELIVERED ? "delivery" : "receipt";
            case 5 -> lots > 0 ? "internal" : "receipt";
            case 6 -> "serial-receipt";
            case 7 -> serials.isEmpty() ? "serial-receipt" : "serial-delivery";
            case 8, 9 -> lots > 0 ? "lot-lookup" : "receipt";
            default -> "receipt";
        };
    }

    private void run(String kind) throws IOException, InterruptedException {
        switch (kind) {
            case "receipt" -> receipt();
            case "delivery" -> delivery();
            case "internal" -> internal();
            case "serial-receipt" -> serialReceipt();
            case "serial-delivery" -> serialDelivery();
            case "lot-lookup" -> lotLookup();
            case "trace" -> send("GET", "/lots/" + lastLotId + "/trace?direction=downstream", null);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private void receipt() throws IOException, InterruptedException {
        String lot = "C" + number + "-L" + (lots + 1);
        validate(transfer("receipt", "{\"productId\":" + products.lot + ",\"quantity\":" + RECEIVED + ",\"lot\":\"" + lot + "\"}", ""));
        lots++;
        add(products.lot, RECEIVED);
    }

    /** A delivery reserved (the removal strategy picks the lots) and then validated. */
    private void delivery() throws IOException, InterruptedException {
        long id = transfer("delivery", "{\"productId\":" + products.lot + ",\"quantity\":" + DELIVERED + "}", "");
        send("POST", "/transfers/" + id + "/reserve", null);
        validate(id);
        add(products.lot, -DELIVERED);
    }

    /** One unit of the newest lot onto the shelf under WH/Stock: on-hand does not change. */
    private void internal() throws IOException, InterruptedException {
        String lot = "C" + number + "-L" + lots;
        validate(transfer("internal", "{\"productId\":" + products.lot + ",\"quantity\":1,\"lot\":\"" + lot + "\"}",
                ",\"sourceLocationId\":" + products.stockId + ",\"destinationLocationId\":" + products.shelfId));
    }

    private void serialReceipt() throws IOException, InterruptedException {
        String serial = "C" + number + "-S" + random.nextLong(Long.MAX_VALUE);
        validate(transfer("receipt", "{\"productId\":" + products.serial + ",\"serials\":[\"" + serial + "\"]}", ""));
        serials.add(serial);
        add(products.serial, 1);
    }

    private void serialDelivery() throws IOException, InterruptedException {
        String serial = serials.poll();
        validate(transfer("delivery", "{\"productId\":" + products.serial + ",\"serials\":[\"" + serial + "\"]}", ""));
        add(products.serial, -1);
    }

    /** A lot of this client found by name, as a scanner would; its id is what the next trace follows. */
    private void lotLookup() throws IOException, InterruptedException {
        String name = "C" + number + "-L" + (1 + random.nextInt(lots));
        JsonNode items = send("GET", "/lots?productId=" + products.lot + "&name=" + name, null).get("items");
        if (!items.isEmpty()) {
            lastLotId = items.get(0).get("id").asLong();
        }
    }

    private long transfer(String type, String line, String locations) throws IOException, InterruptedException {
        String body = "{\"type\":\"" + type + "\"" + locations + ",\"lines\":[" + line + "]}";
        return send("POST", "/transfers", body).get("id").asLong();
    }

    private void validate(long transfer) throws IOException, InterruptedException {
        send("POST", "/transfers/" + transfer + "/validate", null);
    }

    private long onHand(long product) {
        return onHand.get(product).get();
    }

    private void add(long product, long quantity) {
        onHand.get(product).addAndGet(quantity);
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .header("Content-Type", JSON_TYPE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new Refused(response.statusCode());
        }
        return BenchServer.JSON.readTree(response.body());
    }

    /** The server said no: not an accident of the client, counted by status. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }
}
