package io.stocktrace.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Conversions between JDBC values and domain values that behave the same on H2 and PostgreSQL. */
public final class Rows {
    private Rows() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static KeyHolder newKey() {
        return new GeneratedKeyHolder();
    }

    /** The generated id of the row just inserted with {@code update(key, "id")}. */
    public static long id(KeyHolder key) {
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("No generated id");
        }
        return id.longValue();
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The LIKE pattern (used with {@code ESCAPE '\'}) for lower-cased text containing {@code text}: a search for
     * {@code A_1} or {@code 100%} finds exactly that, the wildcards in it are escaped. Null for a blank search.
     */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
