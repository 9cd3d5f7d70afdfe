package io.stocktrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench bulk-serials}: receives and delivers 10,000 serials at a time through the HTTP API, with 100,000
 * serials already in stock, against a fresh H2 file database or a fresh PostgreSQL database, and prints the times.
 * Each measured operation is two requests end to end: create the transfer, then validate it.
 */
public final class BulkSerialsBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private String base;
    private String auth;
    private long product;
    private int nextSerial;

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        int batch = Integer.parseInt(options.getOrDefault("batch", "10000"));
        int stock = Integer.parseInt(options.getOrDefault("stock", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        try (BenchSetup.Server server = BenchSetup.start(options)) {
            int port = server.port();
            var bench = new BulkSerialsBenchmark();
            bench.connect(port);
            System.out.printf(Locale.ROOT, "database: %s%n", server.database());
            System.out.printf(Locale.ROOT, "stock: %,d serials, batch: %,d serials, rounds: %d%n", stock, batch, rounds);
            long seed = System.nanoTime();
            for (int received = 0; received < stock; received += batch) {
                bench.receive(Math.min(batch, stock - received));
            }
            System.out.printf(Locale.ROOT, "seeded %,d serials in %.1f s%n", stock, (System.nanoTime() - seed) / 1e9);

            for (int i = 0; i < 2; i++) {
                bench.deliver(bench.receive(batch).serials());
            }
            List<Double> receipts = new ArrayList<>();
            List<Double> deliveries = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Timed in = bench.receive(batch);
                receipts.add(in.seconds());
                deliveries.add(bench.deliver(in.serials()).seconds());
            }
            System.out.printf(Locale.ROOT, "receive %,d serials: %s%n", batch, BenchSetup.stats(receipts, false));
            System.out.printf(Locale.ROOT, "deliver %,d serials: %s%n", batch, BenchSetup.stats(deliveries, false));
            List<Double> generated = new ArrayList<>();
            for (int i = 0; i < rounds + 2; i++) {
                long start = System.nanoTime();
                String names = bench.exchange("POST", "/products/" + bench.product + "/serial-numbers/generate",
                        "{\"first\":\"SN000000001\",\"count\":100000}");
                generated.add((System.nanoTime() - start) / 1e9);
                if (!names.contains("SN000100000")) {
                    throw new IllegalStateException("generate answered " + names.substring(0, Math.min(300, names.length())));
                }
            }
            System.out.printf(Locale.ROOT, "generate 100,000 serial names (the first %,d exist): %s%n", stock,
                    BenchSetup.stats(generated.subList(2, generated.size()), false));
        }
        return 0;
    }

    private record Timed(double seconds, List<String> serials) {
    }

    private void connect(int port) throws IOException, InterruptedException {
        base = "http://localhost:" + port + "/api/v1";
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchSetup.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String token = send("POST", "/users/1/tokens", "{\"name\":\"bench\"}").path("token").asString();
        auth = "Bearer " + token;
        product = send("POST", "/products", "{\"sku\":\"BENCH-SN\",\"name\":\"Benchmark serial\",\"tracking\":\"serial\"}")
                .path("id").asLong();
    }

    private Timed receive(int count) throws IOException, InterruptedException {
        List<String> serials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            serials.add("SN" + String.format(Locale.ROOT, "%09d", nextSerial++));
        }
        return new Timed(createAndValidate("receipt", serials), serials);
    }

    private Timed deliver(List<String> serials) throws IOException, InterruptedException {
        return new Timed(createAndValidate("delivery", serials), serials);
    }

    private double createAndValidate(String type, List<String> serials) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(serials.size() * 16 + 100)
                .append("{\"type\":\"").append(type).append("\",\"lines\":[{\"productId\":").append(product)
                .append(",\"serials\":[");
        for (int i = 0; i < serials.size(); i++) {
            body.append(i == 0 ? "\"" : ",\"").append(serials.get(i)).append('"');
        }
        body.append("]}]}");
        long start = System.nanoTime();
        String created = exchange("POST", "/transfers", body.toString());
        long id = Long.parseLong(created.substring(created.indexOf("\"id\":") + 5, created.indexOf(',')));
        String done = exchange("POST", "/transfers/" + id + "/validate", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done.contains("\"state\":\"done\"")) {
            throw new IllegalStateException(type + " not done: " + done.substring(0, Math.min(500, done.length())));
        }
        return seconds;
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        return JSON.readTree(exchange(method, path, body));
    }

    /** The answer's body as text: a client that needs one field of a large answer need not build a tree of it. */
    private String exchange(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
