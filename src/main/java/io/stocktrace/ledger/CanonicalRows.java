package io.stocktrace.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical content of the rows of one ledger table, read from a {@code SELECT *}: every column that is not null,
 * by name in alphabetical order, as {@code name=length:value} lines after the table's name. Decimals lose their
 * trailing zeros, timestamps are UTC instants in ISO form, dates ISO, booleans true or false: the same text on H2 and
 * PostgreSQL. Null columns are left out, so a nullable column added to the table later keeps old rows' hashes, and
 * every column of a new kind of row (a lot event with new columns) is covered without a change here.
 */
final class CanonicalRows {
    private record Column(int index, String name, int type) {
    }

    private final LedgerTable table;
    private final List<Column> columns = new ArrayList<>();
    private final int[] keyIndexes;

    CanonicalRows(LedgerTable table, ResultSetMetaData meta) throws SQLException {
        this.table = table;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Column(i, meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i)));
        }
        columns.sort(Comparator.comparing(Column::name));
        keyIndexes = new int[table.key.length];
        for (int k = 0; k < table.key.length; k++) {
            String key = table.key[k];
            keyIndexes[k] = columns.stream().filter(c -> c.name.equals(key)).findFirst().orElseThrow().index;
        }
    }

    RowHash hash(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder(256).append(table.table).append('\n');
        for (Column c : columns) {
            String value = value(rs, c);
            if (value != null) {
                text.append(c.name).append('=').append(value.length()).append(':').append(value).append('\n');
            }
        }
        return new RowHash(name(rs), Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private String name(ResultSet rs) throws SQLException {
        long[] key = new long[keyIndexes.length];
        for (int k = 0; k < key.length; k++) {
            key[k] = rs.getLong(keyIndexes[k]);
        }
        return table.rowName(key);
    }

    private static String value(ResultSet rs, Column c) throws SQLException {
        return switch (c.type) {
            case Types.NUMERIC, Types.DECIMAL -> decimal(rs.getBigDecimal(c.index));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(c.index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            case Types.DATE -> {
                LocalDate date = rs.getObject(c.index, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(c.index);
                yield rs.wasNull() ? null : Boolean.toString(b);
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long n = rs.getLong(c.index);
                yield rs.wasNull() ? null : Long.toString(n);
            }
            default -> rs.getString(c.index);
        };
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
