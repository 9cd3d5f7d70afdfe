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

/**
 * The server a benchmark measures: started in the same JVM on a fresh H2 file database in a temporary directory, or
 * on a fresh PostgreSQL database ({@code --postgres=URL}, dropped and created), and called over loopback HTTP with
 * an API token of the admin.
 */
final class BenchServer implements AutoCloseable {
    private final HttpClient client = HttpClient.newHttpClient();
    private final ConfigurableApplicationContext app;
    private final String database;
    private final String base;
    private String auth;

    private BenchServer(BenchSetup.Server server) {
        this.app = server.app();
        this.database = server.database();
        this.base = "http://localhost:" + server.port() + "/api/v1";
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchSetup.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static BenchServer start(Map<String, String> options) throws IOException, SQLException, InterruptedException {
        var server = new BenchServer(BenchSetup.start(options));
        String answer = server.exchange("POST", "/users/1/tokens", "{\"name\":\"bench\"}", "application/json");
        String token = answer.substring(answer.indexOf("\"token\":\"") + 9);
        server.auth = "Bearer " + token.substring(0, token.indexOf('"'));
        return server;
    }

    String database() {
        return database;
    }

    /** The answer's body as text: a client that needs one field of a large answer need not build a tree of it. */
    String exchange(String method, String path, String body) throws IOException, InterruptedException {
        return exchange(method, path, body, "application/json");
    }

    String exchange(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
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

    /** The id in a JSON answer that starts with it ({"id":12,...}). */
    static long id(String json) {
        return Long.parseLong(json.substring(json.indexOf("\"id\":") + 5, json.indexOf(',')));
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
