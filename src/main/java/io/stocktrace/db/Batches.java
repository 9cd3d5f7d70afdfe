package io.stocktrace.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * One statement for many rows: bulk operations go through here so that thousands of serials cost a handful of
 * round trips, not one each.
 */
@Component
public class Batches {
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

    /**
     * Many ids or names as one SQL array parameter, to join with {@code UNNEST(:param) AS n(column)}. Unlike an IN
     * list, the statement text stays the same whatever the count, and no cached plan ever filters row by row
     * through a thousand parameters.
     */
    /** H2 refuses arrays of more than 65,536 elements, and plans stay as measured: larger lookups go in slices. */
    public static final int ARRAY_SLICE = 10_000;

    public static <T> List<List<T>> slices(Collection<T> values) {
        return slices(values, ARRAY_SLICE);
    }

    /** Slices of at most {@code size} values (at most 65,536: H2's bound on an array). */
    public static <T> List<List<T>> slices(Collection<T> values, int size) {
        List<T> all = values instanceof List<T> list ? list : new ArrayList<>(values);
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            slices.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return slices;
    }

    private static final AtomicLong PLANS = new AtomicLong();

    /**
     * The statement with a comment that makes its text unique, so that it is planned for the array it is given and
     * the table as it is now. PostgreSQL otherwise caches a generic plan for a repeated statement; one made while
     * the lots table was nearly empty scans it whole for every name once it holds 25,000.
     */
    public static String planned(String sql) {
        return sql + " /* plan " + PLANS.incrementAndGet() + " */";
    }

    public static SqlArrayValue bigints(Collection<Long> values) {
        return new SqlArrayValue("bigint", values.toArray());
    }

    /**
     * One column of these rows as an SQL array of the type, in the rows' order: rows inserted as
     * {@code INSERT … SELECT FROM UNNEST(:column, …)}, one statement for thousands of them.
     */
    public static <T> SqlArrayValue column(String type, List<T> rows, Function<T, ?> value) {
        return new SqlArrayValue(type, rows.stream().map(value).toArray());
    }

    public static SqlArrayValue texts(Collection<String> values) {
        return new SqlArrayValue("varchar", values.toArray());
    }
}
