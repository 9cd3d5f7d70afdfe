package io.stocktrace.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operation references (WH/IN/00001, ...) from one counter row per series. The UPDATE locks the row until the
 * transaction ends, so references are unique and increasing under concurrent requests.
 */
@Repository
public class References {
    private final JdbcClient jdbc;

    public References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(String series) {
        int updated = jdbc.sql("UPDATE reference_sequences SET next_number = next_number + 1 WHERE code = :code")
                .param("code", series)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No reference series " + series);
        }
        return jdbc.sql("SELECT prefix, next_number - 1 AS number FROM reference_sequences WHERE code = :code")
                .param("code", series)
                .query((rs, n) -> rs.getString("prefix") + String.format("%05d", rs.getLong("number")))
                .single();
    }
}
