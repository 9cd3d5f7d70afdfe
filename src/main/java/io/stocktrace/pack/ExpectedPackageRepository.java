package io.stocktrace.pack;

import io.stocktrace.db.Batches;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The packages open receipts bring, not created yet ({@code transfer_packages} by name), and their lines; and what a
 * done transfer moved in its packages, as its page shows them.
 */
@Repository
class ExpectedPackageRepository {
    record Receipt(long id, String reference) {
    }

    record Line(int lineNo, long productId, String lot, BigDecimal quantity, LocalDate expirationDate, String pack) {
    }

    private final JdbcClient jdbc;

    ExpectedPackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest open receipt that brings a package of this name. */
    Optional<Receipt> expecting(String name) {
        return jdbc.sql("""
                        SELECT t.id, t.reference FROM transfer_packages tp JOIN transfers t ON t.id = tp.transfer_id
                        WHERE tp.package_name = :name AND t.type = 'receipt' AND t.state IN ('draft', 'ready')
                        ORDER BY t.id DESC""")
                .param("name", name)
                .query((rs, n) -> new Receipt(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The packages a receipt brings, in its order. */
    List<ExpectedPallets.Pack> packages(long transferId) {
        return jdbc.sql("""
                        SELECT package_name, package_type, parent_name FROM transfer_packages
                        WHERE transfer_id = :t AND package_name IS NOT NULL ORDER BY position""")
                .param("t", transferId)
                .query((rs, n) -> new ExpectedPallets.Pack(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The receipt's lines that arrive in these packages, by line number. */
    List<Line> lines(long transferId, Collection<String> packageNames) {
        List<Line> lines = new ArrayList<>();
        for (List<String> slice : Batches.slices(packageNames, 500)) {
            lines.addAll(jdbc.sql("""
                            SELECT line_no, product_id, lot_name, quantity, expiration_date, package_name
                            FROM transfer_lines WHERE transfer_id = :t AND package_name IN (:names)
                            ORDER BY line_no, id""")
                    .param("t", transferId).param("names", slice)
                    .query((rs, n) -> new Line(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6)))
                    .list());
        }
        lines.sort(java.util.Comparator.comparingInt(Line::lineNo));
        return lines;
    }

    /** What a done transfer moved into a package, per lot or serial. */
    record Moved(long packageId, long productId, Long lotId, String lot, BigDecimal quantity) {
    }

    List<Moved> moved(long transferId, Collection<Long> packageIds) {
        List<Moved> moved = new ArrayList<>();
        for (List<Long> slice : Batches.slices(packageIds, 500)) {
            moved.addAll(jdbc.sql("""
                            SELECT m.result_package_id, m.product_id, m.lot_id, l.name, SUM(m.quantity)
                            FROM move_lines m LEFT JOIN lots l ON l.id = m.lot_id
                            WHERE m.transfer_id = :t AND m.result_package_id IN (:packages)
                            GROUP BY m.result_package_id, m.product_id, m.lot_id, l.name
                            ORDER BY m.result_package_id, m.product_id, l.name""")
                    .param("t", transferId).param("packages", slice)
                    .query((rs, n) -> new Moved(rs.getLong(1), rs.getLong(2), io.stocktrace.db.Rows.nullableLong(rs,
                            "lot_id"), rs.getString(4), rs.getBigDecimal(5)))
                    .list());
        }
        return moved;
    }
}
