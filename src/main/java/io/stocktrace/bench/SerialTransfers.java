package io.stocktrace.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Receipts and deliveries of many serials of one new serial-tracked product through the HTTP API, as a client makes
 * them: each is two requests end to end, create the transfer, then validate it (used by {@code bench bulk-serials} and
 * scenario (s) of {@code bench trace --http}).
 */
final class SerialTransfers {
    /** A call of the API answering the body as text ({@link BenchServer#exchange(String, String, String)}). */
    interface Client {
        String exchange(String method, String path, String body) throws IOException, InterruptedException;
    }

    record Timed(double seconds, List<String> serials) {
    }

    /** Seconds each receipt took, and each delivery. */
    record Rounds(List<Double> receipts, List<Double> deliveries) {
    }

    private final Client api;
    private final long product;
    private int nextSerial;

    private SerialTransfers(Client api, long product) {
        this.api = api;
        this.product = product;
    }

    /** Creates the product (its SKU and name from {@code sku}) the serials are of. */
    static SerialTransfers ofNewProduct(Client api, String sku) throws IOException, InterruptedException {
        String created = api.exchange("POST", "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Benchmark serial " + sku
                + "\",\"tracking\":\"serial\"}");
        return new SerialTransfers(api, BenchServer.JSON.readTree(created).path("id").asLong());
    }

    long product() {
        return product;
    }

    /** Receives {@code count} new serials (SN and nine digits, in sequence) and answers how long it took. */
    Timed receive(int count) throws IOException, InterruptedException {
        List<String> serials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            serials.add("SN" + String.format(Locale.ROOT, "%09d", nextSerial++));
        }
        return new Timed(createAndValidate("receipt", serials), serials);
    }

    /** Two receipts of {@code count} new serials and their deliveries to warm up, then {@code rounds} timed. */
    Rounds receiveAndDeliver(int count, int rounds) throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            deliver(receive(count).serials());
        }
        Rounds timed = new Rounds(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < rounds; i++) {
            Timed in = receive(count);
            timed.receipts().add(in.seconds());
            timed.deliveries().add(deliver(in.serials()).seconds());
        }
        return timed;
    }

    Timed deliver(List<String> serials) throws IOException, InterruptedException {
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
        String created = api.exchange("POST", "/transfers", body.toString());
        long id = Long.parseLong(created.substring(created.indexOf("\"id\":") + 5, created.indexOf(',')));
        String done = api.exchange("POST", "/transfers/" + id + "/validate", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done.contains("\"state\":\"done\"")) {
            throw new IllegalStateException(type + " not done: " + done.substring(0, Math.min(500, done.length())));
        }
        return seconds;
    }
}
