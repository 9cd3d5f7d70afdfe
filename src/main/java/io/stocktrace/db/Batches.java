package io.stocktrace.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * One statement for many rows: bulk operations go through here so that thousands of serials cost a handful of
 * round trips, not one each.
 */
@Component
public class Batches {
    /** Rows per IN list: small enough for every driver, large enough to keep round trips few. */
    public static final int IN_LIST_SIZE = 1000;
    private final NamedParameterJdbcTemplate jdbc;

    public Batches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the statement once per row, batched; answers the row count of each. */
    public int[] run(String sql, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        SqlParameterSource[] sources = new SqlParameterSource[rows.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = new MapSqlParameterSource(rows.get(i));
        }
        return jdbc.batchUpdate(sql, sources);
    }

    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST_SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST_SIZE)));
        }
        return chunks;
    }
}
