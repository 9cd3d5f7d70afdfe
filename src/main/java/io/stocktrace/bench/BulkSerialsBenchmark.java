package io.stocktrace.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench bulk-serials}: receives and delivers 10,000 serials at a time through the HTTP API, with 100,000
 * serials already in stock, against a fresh H2 file database or a fresh PostgreSQL database, and prints the times.
 * Each measured operation is two requests end to end: create the transfer, then validate it.
 */
public final class BulkSerialsBenchmark {
    private final BenchServer server;
    private final long product;
    private int nextSerial;

    private BulkSerialsBenchmark(BenchServer server) throws IOException, InterruptedException {
        this.server = server;
        this.product = BenchServer.id(server.exchange("POST", "/products",
                "{\"sku\":\"BENCH-SN\",\"name\":\"Benchmark serial\",\"tracking\":\"serial\"}"));
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchServer.options(args);
        int batch = Integer.parseInt(options.getOrDefault("batch", "10000"));
        int stock = Integer.parseInt(options.getOrDefault("stock", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        try (BenchServer server = BenchServer.start(options)) {
            var bench = new BulkSerialsBenchmark(server);
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
            System.out.printf(Locale.ROOT, "receive %,d serials: %s%n", batch, BenchServer.stats(receipts));
            System.out.printf(Locale.ROOT, "deliver %,d serials: %s%n", batch, BenchServer.stats(deliveries));
            List<Double> generated = new ArrayList<>();
            for (int i = 0; i < rounds + 2; i++) {
                long start = System.nanoTime();
                String names = server.exchange("POST", "/products/" + bench.product + "/serial-numbers/generate",
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

    private record Timed(double seconds, List<String> serials) {
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
        long id = BenchServer.id(server.exchange("POST", "/transfers", body.toString()));
        String done = server.exchange("POST", "/transfers/" + id + "/validate", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done.contains("\"state\":\"done\"")) {
            throw new IllegalStateException(type + " not done: " + done.substring(0, Math.min(500, done.length())));
        }
        return seconds;
    }
}
