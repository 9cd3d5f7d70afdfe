package io.stocktrace.db;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operation references (WH/IN/00001, ...), one database sequence per series ({@code ref_<code>}). A sequence locks
 * nothing, so a long transaction never makes other creations of its series wait; references are unique and increase,
 * and an operation that is refused or rolled back after drawing one leaves a gap (as Odoo's standard sequences).
 */
@Repository
public class References {
    private final JdbcClient jdbc;
    private final Map<String, String> prefixes = new ConcurrentHashMap<>();

    public References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(String series) {
        long number = jdbc.sql("SELECT nextval('" + sequence(series) + "')").query(Long.class).single();
        return prefix(series) + String.format("%05d", number);
    }

    /** The next {@code count} references of the series, in order, drawn by one statement. */
    public List<String> next(String series, int count) {
        if (count == 0) {
            return List.of();
        }
        return numbers(series, count).stream().map(n -> prefix(series) + String.format("%05d", n)).toList();
    }

    /** The next {@code count} numbers of the series' sequence, in order, drawn by one statement. */
    public List<Long> numbers(String series, int count) {
        return jdbc.sql("SELECT nextval('" + sequence(series) + "') AS n FROM generate_series(1, :count)")
                .param("count", count).query(Long.class).list().stream().sorted().toList();
    }

    /** The sequence behind a series; only the series of the seeded rows exist, so the name is never caller text. */
    public static String sequence(String series) {
        if (!series.matches("[a-z]{1,16}")) {
            throw new IllegalArgumentException("No reference series " + series);
        }
        return "ref_" + series;
    }

    private String prefix(String series) {
        return prefixes.computeIfAbsent(series, code -> jdbc.sql("SELECT prefix FROM reference_sequences WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No reference series " + code)));
    }
}
