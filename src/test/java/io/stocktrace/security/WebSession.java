package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session without the browser: cookies kept, redirects not followed, the CSRF token sent with posts. */
final class WebSession {
    record Page(int status, String location, Map<String, String> headers, String body) {
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    WebSession(int port) {
        this.base = "http://localhost:" + port;
        headers.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Posts the login form as a person would; answers the server's redirect. */
    Page logIn(String username, String password) {
        Page form = get("/login");
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).as(form.body()).isTrue();
        return post("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1)));
    }

    /** Logs in and asserts it worked. */
    WebSession loggedIn(String username, String password) {
        Page answer = logIn(username, password);
        assertThat(answer.location()).as("login of %s", username).doesNotContain("/login");
        return this;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The CSRF token a page of the site carries, as its forms would send it ({@code &_csrf=...}). */
    String tokenOf(String pagePath) {
        Page page = get(pagePath);
        Matcher token = META_TOKEN.matcher(page.body());
        assertThat(token.find()).as("a token on %s: %s", pagePath, page).isTrue();
        return "&_csrf=" + encode(token.group(1));
    }

    Page post(String path, String formBody) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> all = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> all.put(k.toLowerCase(), String.join("\n", v)));
            return new Page(r.statusCode(), r.headers().firstValue("location").orElse(""), all, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
