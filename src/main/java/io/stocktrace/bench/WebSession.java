package io.stocktrace.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session of the web pages, logged in as the admin through the login form (its cookie kept), that times
 * pages from request sent to body read (used by {@code bench pages} and scenario (p) of {@code bench trace --http}).
 */
final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static WebSession logIn(int port) throws IOException, InterruptedException {
        var session = new WebSession(port);
        String form = session.get("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=admin&password=" + BenchSetup.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("login refused");
        }
        return session;
    }

    /**
     * {@code warmUp} requests first (the JIT compiles the page's code), then {@code n} timed ones: seconds each, from
     * request sent to body read.
     */
    List<Double> time(String path, int warmUp, int n) throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            get(path);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            get(path);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        return seconds;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.uri().getPath().equals("/login") && !path.equals("/login")) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " at "
                    + response.uri());
        }
        return response;
    }
}
