package io.stocktrace.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private PagesBenchmark() {
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
            Map<String, String> pages = pages(new Searched(product, middle, "L0500001", "0500", "L050", "product 007"));
            Pattern only = Pattern.compile(options.getOrDefault("only", ".*"));
            pages.keySet().removeIf(name -> !only.matcher(name).find());
            var session = WebSession.logIn(server.port());
            for (var page : pages.entrySet()) {
                System.out.printf(Locale.ROOT, "%-60s %-44s %s%n", page.getKey(), page.getValue(),
                        BenchSetup.stats(session.time(page.getValue(), 10, requests), true));
            }
        }
        return 0;
    }

    /** What the pages open and search for: a product, a lot, that lot's name, a part of lot names, a product name. */
    record Searched(long product, long lot, String lotName, String partOfLotNames, String partOfManyLotNames,
                    String productName) {
    }

    /** The pages people open most, by what they show: the dashboard and its groupings, the lot form, Moves History. */
    static Map<String, String> pages(Searched searched) {
        long product = searched.product();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard, grouped by product (the default)", "/lots");
        pages.put("dashboard, a page of lots (no grouping)", "/lots?groupBy=");
        pages.put("dashboard, page 100 of lots", "/lots?groupBy=&offset=7920");
        pages.put("dashboard, one product's totals (each group fetches its own)",
                "/lots/group-row?groupBy=product&key=" + product);
        pages.put("dashboard, one product unfolded", "/lots/group?groupBy=product&key=" + product);
        pages.put("dashboard, search a lot name", "/lots?groupBy=&q=" + encoded(searched.lotName()));
        pages.put("dashboard, search a lot name, grouped by product", "/lots?q=" + encoded(searched.lotName()));
        pages.put("dashboard, search part of lot names", "/lots?groupBy=&q=" + encoded(searched.partOfLotNames()));
        pages.put("dashboard, search four characters many lot names share",
                "/lots?groupBy=&q=" + encoded(searched.partOfManyLotNames()));
        pages.put("dashboard, search a product name", "/lots?groupBy=&q=" + encoded(searched.productName()));
        pages.put("dashboard, search that finds nothing", "/lots?groupBy=&q=nothing-like-this");
        for (String filter : List.of("onhand", "customer", "quarantine", "recalled", "expired", "alerts")) {
            pages.put("dashboard, filter " + filter + ", grouped by product", "/lots?filter=" + filter);
            pages.put("dashboard, filter " + filter + ", a page of lots", "/lots?groupBy=&filter=" + filter);
        }
        for (String group : List.of("location", "status", "lot", "created")) {
            pages.put("dashboard, grouped by " + group, "/lots?groupBy=" + group);
        }
        pages.put("lot form", "/lots/" + searched.lot());
        pages.put("Moves History", "/moves");
        pages.put("Moves History of one product", "/moves?product=" + product);
        return pages;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
