package io.stocktrace.bench;

import io.stocktrace.StocktraceApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench bulk-serials}: receives and delivers 10,000 serials at a time through the HTTP API, with 100,000
 * serials already in stock, against a fresh H2 file database or a fresh PostgreSQL database, and prints the times.
 * Each measured operation is two requests end to end: create the transfer, then validate it.
 */
public final class BulkSerialsBenchmark {
    private static final String PASSWORD = "benchmark-admin-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private String base;
    private String auth;
    private SerialTransfers transfers;

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        int batch = Integer.parseInt(options.getOrDefault("batch", "10000"));
        int stock = Integer.parseInt(options.getOrDefault("stock", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        String postgres = options.get("postgres");
        Path dataDir = Files.createTempDirectory("stocktrace-bench");
        List<String> springArgs = BenchSetup.springArgs(options, dataDir, PASSWORD);
        springArgs.add("--server.port=0");
        try (ConfigurableApplicationContext app = SpringApplication.run(StocktraceApplication.class,
                springArgs.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var bench = new BulkSerialsBenchmark();
            bench.connect(port);
            System.out.printf(Locale.ROOT, "database: %s%n", postgres == null ? "H2 file " + dataDir : postgres);
            System.out.printf(Locale.ROOT, "stock: %,d serials, batch: %,d serials, rounds: %d%n", stock, batch, rounds);
            long seed = System.nanoTime();
            SerialTransfers transfers = bench.transfers;
            for (int received = 0; received < stock; received += batch) {
                transfers.receive(Math.min(batch, stock - received));
            }
            System.out.printf(Locale.ROOT, "seeded %,d serials in %.1f s%n", stock, (System.nanoTime() - seed) / 1e9);

            SerialTransfers.Rounds timed = transfers.receiveAndDeliver(batch, rounds);
            System.out.printf(Locale.ROOT, "receive %,d serials: %s%n", batch, BenchServer.stats(timed.receipts()));
            System.out.printf(Locale.ROOT, "deliver %,d serials: %s%n", batch, BenchServer.stats(timed.deliveries()));
            List<Double> generated = new ArrayList<>();
            for (int i = 0; i < rounds + 2; i++) {
                long start = System.nanoTime();
                String names = bench.exchange("POST", "/products/" + transfers.product() + "/serial-numbers/generate",
                        "{\"first\":\"SN000000001\",\"count\":100000}");
                generated.add((System.nanoTime() - start) / 1e9);
                if (!names.contains("SN000100000")) {
                    throw new IllegalStateException("generate answered " + names.substring(0, Math.min(300, names.length())));
                }
            }
            System.out.printf(Locale.ROOT, "generate 100,000 serial names (the first %,d exist): %s%n", stock,
                    BenchServer.stats(generated.subList(2, generated.size())));
        }
        return 0;
    }

    private void connect(int port) throws IOException, InterruptedException {
        base = "http://localhost:" + port + "/api/v1";
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String token = send("POST", "/users/1/tokens", "{\"name\":\"bench\"}").path("token").asString();
        auth = "Bearer " + token;
        transfers = SerialTransfers.ofNewProduct(this::exchange, "BENCH-SN");
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
