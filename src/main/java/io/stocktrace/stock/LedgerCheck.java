package io.stocktrace.stock;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.ledger.LedgerService;
import io.stocktrace.ledger.LedgerVerification;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes every quant from the ledger and every reservation from the open transfers, and lists where the stored
 * quants drift from them. The database does the sums, so this scales with the ledger, not with memory.
 */
@Component
public class LedgerCheck {
    public record Drift(String kind, long productId, long locationId, long lotKey, long packageKey, BigDecimal stored,
                        BigDecimal expected) {
        public Drift(String kind, long productId, long locationId, long lotKey, BigDecimal stored, BigDecimal expected) {
            this(kind, productId, locationId, lotKey, 0, stored, expected);
        }

        @Override
        public String toString() {
            return kind + " product=" + productId + " location=" + locationId + " lot=" + (lotKey == 0 ? "-" : lotKey)
                    + (packageKey == 0 ? "" : " package=" + packageKey)
                    + " stored=" + Quantities.plain(stored) + " expected=" + Quantities.plain(expected);
        }
    }

    /** The quants' drift from the ledger, and what the ledger's hash chain finds changed behind its back. */
    public record Report(long moveLines, long quants, List<Drift> drifts, LedgerVerification chain) {
        public boolean isClean() {
            return drifts.isEmpty() && chain.isIntact();
        }

        /** The summary line, after one TAMPERED line per row or block of the chain that does not match. */
        public String summary() {
            StringBuilder text = new StringBuilder();
            chain.findings().forEach(f -> text.append("TAMPERED ").append(f).append(System.lineSeparator()));
            return text.append(isClean() ? "OK: " : "DRIFT: " + (drifts.size() + chain.findings().size())
                    + " differences; ").append(moveLines).append(" move lines, ").append(quants)
                    .append(" quants checked; ledger chain of ").append(chain.blocks()).append(" blocks, ")
                    .append(chain.rows()).append(" rows ").append(chain.isIntact() ? "intact." : "TAMPERED.")
                    .toString();
        }
    }

    private static final String LEDGER = """
            SELECT m.product_id, m.location_id, m.lot_key, m.package_key, SUM(m.quantity) AS quantity
            FROM (SELECT product_id, destination_location_id AS location_id, COALESCE(lot_id, 0) AS lot_key,
                         COALESCE(result_package_id, 0) AS package_key, quantity
                  FROM move_lines
                  UNION ALL
                  SELECT product_id, source_location_id, COALESCE(lot_id, 0), COALESCE(package_id, 0), -quantity
                  FROM move_lines) m
                 JOIN locations loc ON loc.id = m.location_id
            WHERE loc.usage IN ('internal', 'transit')
            GROUP BY m.product_id, m.location_id, m.lot_key, m.package_key
            """;

    private static final String RESERVED = """
            SELECT tl.product_id, tl.source_location_id AS location_id, COALESCE(tl.lot_id, 0) AS lot_key,
                   0 AS package_key, SUM(tl.quantity) AS quantity
            FROM transfer_lines tl JOIN transfers t ON t.id = tl.transfer_id
            WHERE t.state = 'ready' AND tl.reserved
            GROUP BY tl.product_id, tl.source_location_id, COALESCE(tl.lot_id, 0)
            UNION ALL
            SELECT q.product_id, q.location_id, q.lot_key, q.package_key, q.quantity
            FROM quants q JOIN reserved_packages r ON r.id = q.package_id
            """;

    /** The packages ready transfers name, and every package inside them: a ready transfer reserved all they hold. */
    private static final String RESERVED_PACKAGES = """
            WITH RECURSIVE reserved_packages(id) AS (
                SELECT tp.package_id FROM transfer_packages tp JOIN transfers t ON t.id = tp.transfer_id
                WHERE t.state = 'ready' AND tp.package_id IS NOT NULL
                UNION ALL
                SELECT p.id FROM packages p JOIN reserved_packages r ON p.parent_id = r.id
            )
            """;

    private final JdbcClient jdbc;
    private final LedgerService chain;

    LedgerCheck(JdbcClient jdbc, LedgerService chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public Report verify() {
        List<Drift> drifts = new java.util.ArrayList<>(compare("quantity", LEDGER, "quantity"));
        drifts.addAll(compare("reserved", RESERVED, "reserved_quantity"));
        long moveLines = jdbc.sql("SELECT COUNT(*) FROM move_lines").query(Long.class).single();
        long quants = jdbc.sql("SELECT COUNT(*) FROM quants").query(Long.class).single();
        return new Report(moveLines, quants, drifts, chain.verify());
    }

    private List<Drift> compare(String kind, String expectedSql, String storedColumn) {
        // UNION ALL and GROUP BY rather than FULL OUTER JOIN, which H2 does not have
        return jdbc.sql(RESERVED_PACKAGES + """
                        SELECT product_id, location_id, lot_key, package_key, SUM(stored) AS stored,
                               SUM(expected) AS expected
                        FROM (SELECT product_id, location_id, lot_key, package_key, 0 AS stored, quantity AS expected
                              FROM (%s) e
                              UNION ALL
                              SELECT product_id, location_id, lot_key, package_key, %s, 0 FROM quants) d
                        GROUP BY product_id, location_id, lot_key, package_key
                        HAVING SUM(stored) <> SUM(expected)
                        ORDER BY 1, 2, 3, 4
                        """.formatted(expectedSql, storedColumn))
                .query((rs, n) -> new Drift(kind, rs.getLong("product_id"), rs.getLong("location_id"),
                        rs.getLong("lot_key"), rs.getLong("package_key"), rs.getBigDecimal("stored"),
                        rs.getBigDecimal("expected")))
                .list();
    }
}
