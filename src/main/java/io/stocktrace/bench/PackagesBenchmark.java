package io.stocktrace.bench;

import io.stocktrace.StocktraceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench packages}: through the HTTP API of a fresh database, each round packs 10,000 serials into 100 cases on
 * 10 pallets (110 Put in Pack requests, each making its package; then the same in one bulk request), delivers a
 * pallet of 10,000 serials by its name (create and validate), and traces a lot that travelled in 1,000 packages
 * beside a lot of the same moves without packages. Prints each figure's median, min and max.
 */
public final class PackagesBenchmark {
    private static final String PASSWORD = "benchmark-admin-password";
    private final HttpClient client = HttpClient.newHttpClient();
    private String base;
    private String auth;
    private long phone;
    private long milk;
    private int serial;
    private int names;

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        Path dataDir = Files.createTempDirectory("stocktrace-bench");
        List<String> springArgs = BenchSetup.springArgs(options, dataDir, PASSWORD);
        springArgs.add("--server.port=0");
        try (ConfigurableApplicationContext app = SpringApplication.run(StocktraceApplication.class,
                springArgs.toArray(String[]::new))) {
            var bench = new PackagesBenchmark();
            bench.connect(((WebServerApplicationContext) app).getWebServer().getPort());
            String postgres = options.get("postgres");
            System.out.printf(Locale.ROOT, "database: %s, rounds: %d (+1 warm-up)%n",
                    postgres == null ? "H2 file " + dataDir : postgres, rounds);
            List<Double> packs = new ArrayList<>();
            List<Double> bulk = new ArrayList<>();
            List<Double> deliveries = new ArrayList<>();
            List<Double> packed = new ArrayList<>();
            List<Double> loose = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                double pack = bench.packTenPallets();
                double packOnce = bench.packTenPalletsInOneRequest();
                double deliver = bench.deliverPalletOfTenThousand();
                double[] traces = bench.traces(round);
                if (round > 0) {
                    packs.add(pack);
                    bulk.add(packOnce);
                    deliveries.add(deliver);
                    packed.add(traces[0]);
                    loose.add(traces[1]);
                }
            }
            System.out.printf(Locale.ROOT, "pack 10,000 serials into 100 cases on 10 pallets: %s%n", stats(packs));
            System.out.printf(Locale.ROOT, "the same in one request (put-in-pack/many):       %s%n", stats(bulk));
            System.out.printf(Locale.ROOT, "deliver a pallet of 10,000 serials by its name: %s%n", stats(deliveries));
            System.out.printf(Locale.ROOT, "trace of a lot that travelled in 1,000 packages: %s%n", stats(packed));
            System.out.printf(Locale.ROOT, "trace of a lot of the same moves, loose:         %s%n", stats(loose));
        }
        return 0;
    }

    private void connect(int port) throws Exception {
        base = "http://localhost:" + port + "/api/v1";
        auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
        String token = exchange("POST", "/users/1/tokens", "{\"name\":\"bench\"}");
        auth = "Bearer " + token.substring(token.indexOf("\"token\":\"") + 9, token.indexOf('"', token.indexOf("\"token\":\"") + 9));
        phone = id(exchange("POST", "/products", "{\"sku\":\"BENCH-SN\",\"name\":\"Serial\",\"tracking\":\"serial\"}"));
        milk = id(exchange("POST", "/products", "{\"sku\":\"BENCH-LOT\",\"name\":\"Lot\",\"tracking\":\"lot\"}"));
        exchange("PUT", "/settings", "{\"lotsAndSerialNumbers\":true,\"expirationDates\":true,\"packages\":true}");
    }

    /** Receives 10,000 loose serials (not timed), then packs them: 100 cases of 100, 10 pallets of 10 cases. */
    private double packTenPallets() throws Exception {
        List<String> serials = receiveSerials(10_000);
        long start = System.nanoTime();
        List<String> cases = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            String done = exchange("POST", "/packages/put-in-pack", "{\"package\":{\"type\":\"case\",\"locationId\":2},"
                    + "\"lines\":[{\"productId\":" + phone + ",\"serials\":" + quoted(serials.subList(c * 100, c * 100 + 100))
                    + "}]}");
            cases.add(field(done, "\"name\":\""));
        }
        for (int p = 0; p < 10; p++) {
            exchange("POST", "/packages/put-in-pack", "{\"package\":{\"type\":\"pallet\",\"locationId\":2},"
                    + "\"packages\":" + quoted(cases.subList(p * 10, p * 10 + 10)) + "}");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Receives 10,000 loose serials (not timed), then packs them as {@link #packTenPallets} does, in one
     * {@code POST /packages/put-in-pack/many}: 10 pallets, each with 10 new cases of 100 serials as its contents.
     */
    private double packTenPalletsInOneRequest() throws Exception {
        List<String> serials = receiveSerials(10_000);
        long start = System.nanoTime();
        StringBuilder body = new StringBuilder("{\"packs\":[");
        for (int p = 0; p < 10; p++) {
            body.append(p == 0 ? "" : ",").append("{\"package\":{\"type\":\"pallet\",\"locationId\":2},\"contents\":[");
            for (int c = p * 10; c < p * 10 + 10; c++) {
                body.append(c == p * 10 ? "" : ",").append("{\"package\":{\"type\":\"case\",\"locationId\":2},")
                        .append("\"lines\":[{\"productId\":").append(phone).append(",\"serials\":")
                        .append(quoted(serials.subList(c * 100, c * 100 + 100))).append("}]}");
            }
            body.append("]}");
        }
        String done = exchange("POST", "/packages/put-in-pack/many", body.append("]}").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (done.split("\"reference\"", -1).length != 111) {
            throw new IllegalStateException("not 110 Put in Packs: " + done.substring(0, Math.min(300, done.length())));
        }
        return seconds;
    }

    /** Packs 10,000 received serials into 100 cases on one pallet (not timed), then delivers the pallet by name. */
    private double deliverPalletOfTenThousand() throws Exception {
        List<String> serials = receiveSerials(10_000);
        List<String> cases = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            cases.add(field(exchange("POST", "/packages/put-in-pack", "{\"package\":{\"type\":\"case\",\"locationId\":2},"
                    + "\"lines\":[{\"productId\":" + phone + ",\"serials\":" + quoted(serials.subList(c * 100, c * 100 + 100))
                    + "}]}"), "\"name\":\""));
        }
        String pallet = field(exchange("POST", "/packages/put-in-pack", "{\"package\":{\"type\":\"pallet\","
                + "\"locationId\":2},\"packages\":" + quoted(cases) + "}"), "\"name\":\"");
        long start = System.nanoTime();
        long id = id(exchange("POST", "/transfers", "{\"type\":\"delivery\",\"packages\":[{\"name\":\"" + pallet + "\"}]}"));
        String done = exchange("POST", "/transfers/" + id + "/validate", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done.contains("\"state\":\"done\"") || !done.contains(serials.get(9_999))) {
            throw new IllegalStateException("the pallet was not delivered whole");
        }
        return seconds;
    }

    /**
     * A lot received in 1,000 packages of 1 and delivered as those 1,000 packages, and a lot received in 1,000 lines
     * of 1 and delivered in 1,000 lines of 1: the same moves, the second loose. Answers both traces' seconds.
     */
    private double[] traces(int round) throws Exception {
        String a = "PACKED-" + round;
        String b = "LOOSE-" + round;
        List<String> packages = new ArrayList<>();
        StringBuilder in = new StringBuilder("{\"type\":\"receipt\",\"packages\":[");
        for (int i = 0; i < 1000; i++) {
            String name = "TRACE-" + round + "-" + (names++);
            packages.add(name);
            in.append(i == 0 ? "" : ",").append("{\"name\":\"").append(name).append("\",\"type\":\"box\",\"lines\":[")
                    .append(lotLine(a)).append("]}");
        }
        createAndValidate(in.append("]}").toString());
        StringBuilder out = new StringBuilder("{\"type\":\"delivery\",\"packages\":[");
        for (int i = 0; i < packages.size(); i++) {
            out.append(i == 0 ? "" : ",").append("{\"name\":\"").append(packages.get(i)).append("\"}");
        }
        createAndValidate(out.append("]}").toString());
        IntFunction<String> lines = n -> {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < n; i++) {
                l.append(i == 0 ? "" : ",").append(lotLine(b));
            }
            return l.toString();
        };
        createAndValidate("{\"type\":\"receipt\",\"lines\":[" + lines.apply(1000) + "]}");
        createAndValidate("{\"type\":\"delivery\",\"lines\":[" + lines.apply(1000) + "]}");
        long lotA = lotId(a);
        long lotB = lotId(b);
        exchange("GET", "/lots/" + lotA + "/trace", null);
        exchange("GET", "/lots/" + lotB + "/trace", null);
        return new double[] {timedGet("/lots/" + lotA + "/trace"), timedGet("/lots/" + lotB + "/trace")};
    }

    private String lotLine(String lot) {
        return "{\"productId\":" + milk + ",\"lot\":\"" + lot + "\",\"quantity\":1}";
    }

    private long lotId(String name) throws Exception {
        String page = exchange("GET", "/lots?productId=" + milk + "&name=" + name, null);
        return Long.parseLong(field(page, "\"id\":").replaceAll("[^0-9].*", ""));
    }

    private double timedGet(String path) throws Exception {
        long start = System.nanoTime();
        exchange("GET", path, null);
        return (System.nanoTime() - start) / 1e9;
    }

    private List<String> receiveSerials(int count) throws Exception {
        List<String> serials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            serials.add("PK" + String.format(Locale.ROOT, "%09d", serial++));
        }
        createAndValidate("{\"type\":\"receipt\",\"lines\":[{\"productId\":" + phone + ",\"serials\":" + quoted(serials)
                + "}]}");
        return serials;
    }

    private void createAndValidate(String body) throws Exception {
        long id = id(exchange("POST", "/transfers", body));
        exchange("POST", "/transfers/" + id + "/validate", null);
    }

    private static String quoted(List<String> names) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "\"" : ",\"").append(names.get(i)).append('"');
        }
        return text.append(']').toString();
    }

    private static long id(String json) {
        return Long.parseLong(json.substring(json.indexOf("\"id\":") + 5).replaceAll("[^0-9].*", ""));
    }

    /** The text after the first {@code key} up to the next quote: a name in a small answer. */
    private static String field(String json, String key) {
        int at = json.indexOf(key) + key.length();
        return json.substring(at, json.indexOf('"', at));
    }

    private String exchange(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    private static String stats(List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %.3f s, min %.3f s, max %.3f s (%d runs)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
