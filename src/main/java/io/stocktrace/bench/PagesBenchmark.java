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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench pages}: loads a million lots (and their receipts, deliveries and quants) straight into a fresh
 * database with a few INSERT ... SELECT statements, then times the web pages people open most, through HTTP with a
 * logged-in session: the Lots/Serial Numbers dashboard (grouped by product, a page of lots, a group unfolded), the
 * Lot/Serial Number form and Moves History. Prints the median and 95th percentile of each over {@code --requests}.
 */
public final class PagesBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private PagesBenchmark(int port) {
        this.base = "http://localhost:" + port;
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        int lots = Integer.parseInt(options.getOrDefault("lots", "1000000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "30"));
        try (BenchSetup.Server server = BenchSetup.start(options)) {
            System.out.printf(Locale.ROOT, "database: %s%n", server.database());
            JdbcTemplate jdbc = new JdbcTemplate(server.app().getBean(DataSource.class));
            boolean postgres = options.containsKey("postgres");
            long start = System.nanoTime();
            if (options.containsKey("reuse") && count(jdbc, "lots") >= lots) {
                System.out.println("reusing the lots already loaded (--reuse)");
            } else {
                new PagesData(jdbc, postgres).load(lots);
            }
            System.out.printf(Locale.ROOT, "loaded %,d lots, %,d move lines, %,d quants in %.1f s%n",
                    count(jdbc, "lots"), count(jdbc, "move_lines"), count(jdbc, "quants"), (System.nanoTime() - start) / 1e9);
            long product = jdbc.queryForObject("SELECT MIN(id) FROM products", Long.class);
            long middle = jdbc.queryForObject("SELECT MIN(id) + COUNT(*) / 2 FROM lots", Long.class);
            var bench = new PagesBenchmark(server.port());
            bench.logIn();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("dashboard, grouped by product (the default)", "/lots");
            pages.put("dashboard, a page of lots (no grouping)", "/lots?groupBy=");
            pages.put("dashboard, page 100 of lots", "/lots?groupBy=&offset=7920");
            pages.put("dashboard, one product's totals (each group fetches its own)",
                    "/lots/group-row?groupBy=product&key=" + product);
            pages.put("dashboard, one product unfolded", "/lots/group?groupBy=product&key=" + product);
            pages.put("dashboard, search a lot name", "/lots?groupBy=&q=" + URLEncoder.encode("L0500001",
                    StandardCharsets.UTF_8));
            pages.put("dashboard, search a lot name, grouped by product", "/lots?q=L0500001");
            pages.put("dashboard, search part of lot names", "/lots?groupBy=&q=0500");
            pages.put("dashboard, search a product name", "/lots?groupBy=&q=" + URLEncoder.encode("product 007",
                    StandardCharsets.UTF_8));
            pages.put("dashboard, search that finds nothing", "/lots?groupBy=&q=nothing-like-this");
            for (String filter : List.of("onhand", "customer", "quarantine", "recalled", "expired", "alerts")) {
                pages.put("dashboard, filter " + filter + ", grouped by product", "/lots?filter=" + filter);
                pages.put("dashboard, filter " + filter + ", a page of lots", "/lots?groupBy=&filter=" + filter);
            }
            for (String group : List.of("location", "status", "lot", "created")) {
                pages.put("dashboard, grouped by " + group, "/lots?groupBy=" + group);
            }
            pages.put("lot form", "/lots/" + middle);
            pages.put("Moves History", "/moves");
            pages.put("Moves History of one product", "/moves?product=" + product);
            Pattern only = Pattern.compile(options.getOrDefault("only", ".*"));
            pages.keySet().removeIf(name -> !only.matcher(name).find());
            for (var page : pages.entrySet()) {
                System.out.printf(Locale.ROOT, "%-60s %-44s %s%n", page.getKey(), page.getValue(),
                        BenchSetup.stats(bench.time(page.getValue(), requests), true));
            }
        }
        return 0;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private void logIn() throws IOException, InterruptedException {
        String form = get("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=admin&password=" + BenchSetup.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("login refused");
        }
    }

    /** Ten requests to warm up (the JIT compiles the page's code), then {@code n} timed ones: seconds each, from request sent to body read. */
    private List<Double> time(String path, int n) throws IOException, InterruptedException {
        for (int i = 0; i < 10; i++) {
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
