package io.stocktrace.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * (p) of {@code bench trace --http}: the web pages {@code bench pages} times (the Lots/Serial Numbers dashboard and its
 * groupings, filters and searches, the lot form, Moves History), through HTTP with a logged-in session, on the
 * loaded database: each opened {@code requests} times after up to ten to warm up. The pages show the lot in the
 * middle of the loaded ones and its product, and search for its name, a part of it and its product's name.
 */
final class PagesHttpScenario {
    private final int port;
    private final DataSource dataSource;
    private final PrintStream report;

    PagesHttpScenario(int port, DataSource dataSource, PrintStream report) {
        this.port = port;
        this.dataSource = dataSource;
        this.report = report;
    }

    void run(TraceDataGenerator.Generated data, int requests) throws Exception {
        long lot = (data.firstLotId() + data.lastLotId()) / 2;
        PagesBenchmark.Searched searched = new JdbcTemplate(dataSource).queryForObject("""
                SELECT l.product_id, l.name, p.name
                FROM lots l JOIN products p ON p.id = l.product_id
                WHERE l.id = ?
                """, (rs, n) -> {
                    String name = rs.getString(2);
                    return new PagesBenchmark.Searched(rs.getLong(1), lot, name,
                            name.substring(name.length() - 6, name.length() - 2),
                            name.substring(name.length() - 7, name.length() - 3), rs.getString(3));
                }, lot);
        Map<String, String> pages = PagesBenchmark.pages(searched);
        report.printf(Locale.ROOT, "(p) web pages through HTTP, logged in as the admin, %d requests each%n", requests);
        var session = WebSession.logIn(port);
        for (var page : pages.entrySet()) {
            report.printf(Locale.ROOT, "(p) %-60s %-44s %s%n", page.getKey(), page.getValue(),
                    BenchSetup.stats(session.time(page.getValue(), Math.min(10, requests), requests), true));
        }
    }
}
