package io.stocktrace.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page reachable from the menus, for each role, over the demo warehouse: none answers a 5xx or says "Internal
 * Server Error", and every page's title and heading are plain text. Pages that need a parameter answer 400 naming it.
 */
@TestPropertySource(properties = "stocktrace.demo-data=true")
abstract class PageCrawlTests extends ApiTest {
    private static final Pattern LINK = Pattern.compile("(?:href|hx-get|action)=\"(/[^\"#]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("\\bSESSION=[^;,]+"); // Spring Session's cookie (issue 18)
    private static final int MAX_PAGES = 160;
    private static final int MAX_PER_SHAPE = 3;

    @Autowired
    DemoData demo;

    @BeforeEach
    void loadDemo() {
        demo.run(null);
    }

    @Test
    void no_page_reachable_from_the_menus_fails_for_any_role() {
        Map<String, String> failures = new java.util.TreeMap<>();
        for (String role : List.of("viewer", "operator", "manager")) {
            failures.putAll(crawl(role, userOf(role)));
        }
        failures.putAll(crawl("admin", loggedIn("admin", ADMIN_PASSWORD)));
        assertThat(failures).isEmpty();
    }

    @Test
    void the_favicon_is_served_to_anyone() {
        assertThat(Http.to(port).getBinary("/favicon.ico").status()).isEqualTo(200);
    }

    @Test
    void a_page_called_without_a_parameter_it_needs_answers_400_naming_it() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        Http.Response group = admin.get("/lots/group?groupBy=product");
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.body()).contains("needs the parameter", "key").doesNotContain("Internal Server Error");
        Http.Response step = admin.get("/lots/1/traceability/step?moveLineId=1");
        assertThat(step.status()).isEqualTo(400);
        assertThat(step.body()).contains("reference").doesNotContain("Internal Server Error");
        Http.Response malformed = admin.get("/lots?product=abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("abc");
    }

    private Http userOf(String role) {
        String name = role + "-" + System.nanoTime();
        Http.Response r = admin.post("/api/v1/users", Map.of("username", name, "password", "password-" + name, "role", role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return loggedIn(name, "password-" + name);
    }

    /** A session from the login form, as a browser has: a password hash per request would make the crawl crawl. */
    private Http loggedIn(String username, String password) {
        Http.Response form = Http.to(port).get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String body = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Http.Response login = Http.to(port).header("Cookie", session(form))
                .postRaw("/login", body, "application/x-www-form-urlencoded");
        assertThat(login.headers().get("location")).as("logged in as " + username).doesNotContain("error");
        return Http.to(port).header("Cookie", session(login));
    }

    private static String session(Http.Response r) {
        Matcher m = SESSION.matcher(r.headers().getOrDefault("set-cookie", ""));
        assertThat(m.find()).as("a session cookie in " + r.headers()).isTrue();
        return m.group();
    }

    /** Breadth first from the overview, at most a few pages of each shape of address (ids and numbers aside). */
    private Map<String, String> crawl(String role, Http client) {
        Map<String, String> failures = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES) {
            String path = queue.removeFirst();
            Http.Response r = client.get(path);
            fetched++;
            String problem = problemOf(r);
            if (problem != null) {
                failures.put(role + " " + path, problem);
            }
            for (String link : links(r)) {
                String shape = link.replaceAll("\\d+", "N");
                if (!skipped(link) && seen.add(link) && shapes.merge(shape, 1, Integer::sum) <= MAX_PER_SHAPE) {
                    queue.addLast(link);
                }
            }
        }
        assertThat(fetched).as("pages crawled as " + role).isGreaterThan(20);
        return failures;
    }

    private static String problemOf(Http.Response r) {
        if (r.status() >= 500) {
            return "status " + r.status();
        }
        String body = r.body() == null ? "" : r.body();
        if (body.contains("Internal Server Error") || body.contains("Something went wrong")) {
            return "says it failed";
        }
        if (!r.contentType().startsWith("text/html")) {
            return null;
        }
        for (Matcher m : List.of(TITLE.matcher(body), H1.matcher(body))) {
            if (m.find() && (m.group(1).contains("th:") || m.group(1).contains("${") || m.group(1).contains("&lt;"))) {
                return "template code in its title or heading: " + m.group(1);
            }
        }
        return null;
    }

    private static List<String> links(Http.Response r) {
        List<String> links = new ArrayList<>();
        if (r.status() / 100 == 3 && r.headers().containsKey("location")) {
            String location = r.headers().get("location").replaceFirst("^https?://[^/]+", "");
            links.add(location);
        }
        if (r.contentType().startsWith("text/html") && r.body() != null) {
            Matcher m = LINK.matcher(r.body());
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        }
        return links;
    }

    /** Leaving the session, the API and its documents, and the static files are not pages. */
    private static boolean skipped(String link) {
        return link.startsWith("/logout") || link.startsWith("/api/") || link.startsWith("/actuator")
                || link.startsWith("/swagger") || link.startsWith("/v3/") || link.startsWith("/css/")
                || link.startsWith("/js/") || link.startsWith("/webjars/") || link.startsWith("/login");
    }
}
