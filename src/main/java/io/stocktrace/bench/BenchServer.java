package io.stocktrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server a benchmark measures: started in the same JVM on a fresh H2 file database in a temporary directory, or
 * on a fresh PostgreSQL database ({@code --postgres=URL}, dropped and created), and called over loopback HTTP with
 * an API token of the admin.
 */
final class BenchServer implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + BenchSetup.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newHttpClient();
    private final ConfigurableApplicationContext app;
    private final String database;
    private final String origin;
    private final String base;
    private String auth;

    private BenchServer(BenchSetup.Server server) {
        this.app = server.app();
        this.database = server.database();
        this.origin = "http://localhost:" + server.port();
        this.base = origin + "/api/v1";
        this.auth = BASIC;
    }

    static BenchServer start(Map<String, String> options) throws IOException, SQLException, InterruptedException {
        var server = new BenchServer(BenchSetup.start(options));
        server.auth = server.newToken("bench");
        return server;
    }

    /** The benchmark's server already started (by {@code bench trace --http}), called with a new API token. */
    static BenchServer on(BenchSetup.Server started) throws IOException, InterruptedException {
        var server = new BenchServer(started);
        server.auth = server.newToken("bench");
        return server;
    }

    /** A new API token of the admin, as an Authorization header ({@code Bearer ...}). */
    String newToken(String name) throws IOException, InterruptedException {
        JsonNode answer = json("POST", "/users/1/tokens", JSON.writeValueAsString(Map.of("name", name)));
        return "Bearer " + answer.get("token").asString();
    }

    String database() {
        return database;
    }

    /** The API's address, {@code http://localhost:<port>/api/v1}. */
    String api() {
        return base;
    }

    ConfigurableApplicationContext app() {
        return app;
    }

    /** The answer read as JSON. */
    JsonNode json(String method, String path, String body) throws IOException, InterruptedException {
        return JSON.readTree(exchange(method, path, body));
    }

    /** The answer's body as text: a client that needs one field of a large answer need not build a tree of it. */
    String exchange(String method, String path, String body) throws IOException, InterruptedException {
        return exchange(method, path, body, "application/json");
    }

    String exchange(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        return send(method, base + path, body, contentType);
    }

    /** A GET of a path outside the API ({@code /css/stocktrace.css}), with the same credentials as the API's calls. */
    String fetch(String path) throws IOException, InterruptedException {
        return send("GET", origin + path, null, "text/plain");
    }

    /** What an answer was, read as it came and counted, not kept: its status, bytes and lines. */
    record Counted(int status, long bytes, long lines) {
    }

    /** A GET of the API whose answer (a stream of 90,000 rows) is counted as it comes, whatever its status. */
    Counted count(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).GET().build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new Counted(response.statusCode(), bytes, lines);
    }

    private String send(String method, String url, String body, String contentType)
            throws IOException, InterruptedException {
        String path = url.substring(origin.length());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(1000, response.body().length())));
        }
        return response.body();
    }

    @Override
    public void close() {
        app.close();
    }

    static String stats(List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %.3f s, min %.3f s, max %.3f s (%d runs)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    static Map<String, String> options(String[] args) {
        return BenchSetup.options(args);
    }
}
