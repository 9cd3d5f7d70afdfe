package io.stocktrace.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session without the browser: logs in through the login form and posts forms with the CSRF token. */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile(
            "name=\"(?:_csrf\" value|csrf-token\" content)=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String csrf;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PageSession logIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        session.csrf = token(session.get("/login").body());
        HttpResponse<String> login = session.post("/login", "username=" + encode(username) + "&password="
                + encode(password));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not log in: " + login.statusCode());
        }
        session.csrf = token(session.get("/").body());
        return session;
    }

    public HttpResponse<String> post(String path, String fields) {
        String body = "_csrf=" + encode(csrf) + (fields == null || fields.isEmpty() ? "" : "&" + fields);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
