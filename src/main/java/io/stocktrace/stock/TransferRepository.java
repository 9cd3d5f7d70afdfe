package io.stocktrace.stock;

import io.stocktrace.api.Paging;
import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import io.stocktrace.lot.LotDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransferRepository {
    private static final String COLUMNS = """
            t.id, t.reference, t.type, t.state, t.partner_id, t.source_location_id, t.destination_location_id,
            t.scheduled_date, t.origin, t.allow_expired, t.created_by, t.created_at, t.done_at""";

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Transfer t) {
        return insert(t, null);
    }

    /** Inserts a draft; a return names the transfer it reverses. */
    long insert(Transfer t, Long returnOfId) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO transfers (reference, type, state, partner_id, source_location_id,
                                               destination_location_id, scheduled_date, origin, allow_expired,
                                               created_by, created_at, return_of_id)
                        VALUES (:reference, :type, 'draft', :partner, :source, :destination, :scheduled, :origin,
                                :allowExpired, :createdBy, :createdAt, :returnOf)
                        """)
                .param("returnOf", returnOfId)
                .param("reference", t.reference())
                .param("type", t.type().wire())
                .params(header(t))
                .param("createdBy", t.createdBy())
                .param("createdAt", Rows.utc(t.createdAt()))
                .update(key, "id");
        return Rows.id(key);
    }

    /**
     * Inserts the lines, one statement per slice of 10,000, each column as an array in the lines' order: a batch of
     * 10,000 single-row INSERTs cost a receipt of 10,000 serials about 0.1 s more.
     */
    void insertLines(long transferId, List<TransferLine> lines) {
        for (List<TransferLine> slice : Batches.slices(lines)) {
            jdbc.sql("""
                            INSERT INTO transfer_lines (transfer_id, line_no, product_id, lot_id, lot_name, quantity,
                                                        source_location_id, destination_location_id, reserved,
                                                        expiration_date, best_before_date, removal_date, alert_date,
                                                        in_date)
                            SELECT CAST(:transferId AS BIGINT), n.line_no, n.product_id, n.lot_id, n.lot_name,
                                   n.quantity, n.source, n.destination, n.reserved, n.expiration_date,
                                   n.best_before_date, n.removal_date, n.alert_date, n.in_date
                            FROM UNNEST(:lineNos, :products, :lots, :lotNames, :quantities, :sources, :destinations,
                                        :reserved, :expirationDates, :bestBeforeDates, :removalDates, :alertDates,
                                        :inDates) WITH ORDINALITY
                                 AS n(line_no, product_id, lot_id, lot_name, quantity, source, destination, reserved,
                                      expiration_date, best_before_date, removal_date, alert_date, in_date, line)
                            ORDER BY n.line
                            """)
                    .param("transferId", transferId)
                    .param("lineNos", Batches.column("integer", slice, TransferLine::lineNo))
                    .param("products", Batches.column("bigint", slice, TransferLine::productId))
                    .param("lots", Batches.column("bigint", slice, TransferLine::lotId))
                    .param("lotNames", Batches.column("varchar", slice, TransferLine::lotName))
                    .param("quantities", Batches.column("numeric", slice, TransferLine::quantity))
                    .param("sources", Batches.column("bigint", slice, TransferLine::sourceLocationId))
                    .param("destinations", Batches.column("bigint", slice, TransferLine::destinationLocationId))
                    .param("reserved", Batches.column("boolean", slice, TransferLine::reserved))
                    .param("expirationDates", Batches.column("date", slice, l -> dates(l).expirationDate()))
                    .param("bestBeforeDates", Batches.column("date", slice, l -> dates(l).bestBeforeDate()))
                    .param("removalDates", Batches.column("date", slice, l -> dates(l).removalDate()))
                    .param("alertDates", Batches.column("date", slice, l -> dates(l).alertDate()))
                    .param("inDates", Batches.column("timestamptz", slice, l -> Rows.utc(l.inDate())))
                    .update();
        }
    }

    private static LotDates dates(TransferLine line) {
        return line.dates() == null ? LotDates.NONE : line.dates();
    }

    /** A draft's header as edited: partner, places, scheduled date, source document and expired-stock consent. */
    void updateHeader(long id, Transfer t) {
        jdbc.sql("""
                        UPDATE transfers SET partner_id = :partner, source_location_id = :source,
                               destination_location_id = :destination, scheduled_date = :scheduled, origin = :origin,
                               allow_expired = :allowExpired
                        WHERE id = :id
                        """)
                .param("id", id)
                .params(header(t))
                .update();
    }

    /** The header's columns, bound once for the INSERT of a draft and the UPDATE of its edit. */
    private static Map<String, Object> header(Transfer t) {
        Map<String, Object> params = new HashMap<>();
        params.put("partner", t.partnerId());
        params.put("source", t.sourceLocationId());
        params.put("destination", t.destinationLocationId());
        params.put("scheduled", Rows.utc(t.scheduledDate()));
        params.put("origin", t.origin());
        params.put("allowExpired", t.allowExpired());
        return params;
    }

    void replaceLines(long transferId, List<TransferLine> lines) {
        jdbc.sql("DELETE FROM transfer_lines WHERE transfer_id = :id").param("id", transferId).update();
        insertLines(transferId, lines);
    }

    /** The transfer, locked until the transaction ends, so that two requests cannot move it at once. */
    Optional<Transfer> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transfers t WHERE t.id = :id FOR UPDATE")
                .param("id", id)
                .query(TransferRepository::transfer)
                .optional()
                .map(t -> t.withLines(openLines(id)));
    }

    Optional<Transfer> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transfers t WHERE t.id = :id")
                .param("id", id)
                .query(TransferRepository::transfer)
                .optional();
    }

    void setState(long id, TransferState state, Instant doneAt) {
        jdbc.sql("UPDATE transfers SET state = :state, done_at = :doneAt WHERE id = :id")
                .param("state", state.wire())
                .param("doneAt", Rows.utc(doneAt))
                .param("id", id)
                .update();
    }

    List<TransferLine> openLines(long transferId) {
        return jdbc.sql("""
                        SELECT tl.id, tl.line_no, tl.product_id, tl.lot_id, COALESCE(l.name, tl.lot_name) AS lot_name,
                               tl.quantity, tl.source_location_id, tl.destination_location_id, tl.reserved,
                               tl.expiration_date, tl.best_before_date, tl.removal_date, tl.alert_date, tl.in_date
                        FROM transfer_lines tl LEFT JOIN lots l ON l.id = tl.lot_id
                        WHERE tl.transfer_id = :id
                        ORDER BY tl.id
                        """)
                .param("id", transferId)
                .query((rs, n) -> new TransferLine(rs.getLong("id"), rs.getInt("line_no"), rs.getLong("product_id"),
                        Rows.nullableLong(rs, "lot_id"), rs.getString("lot_name"), rs.getBigDecimal("quantity"),
                        rs.getLong("source_location_id"), rs.getLong("destination_location_id"), rs.getBoolean("reserved"),
                        new LotDates(Rows.date(rs, "expiration_date"), Rows.date(rs, "best_before_date"),
                                Rows.date(rs, "removal_date"), Rows.date(rs, "alert_date")), Rows.instant(rs, "in_date")))
                .list();
    }

    /** A done transfer's lines are its move lines: the ledger is the truth. */
    List<TransferLine> doneLines(long transferId) {
        return jdbc.sql("""
                        SELECT m.id, m.product_id, m.lot_id, l.name AS lot_name, m.quantity, m.source_location_id,
                               m.destination_location_id
                        FROM move_lines m LEFT JOIN lots l ON l.id = m.lot_id
                        WHERE m.transfer_id = :id
                        ORDER BY m.id
                        """)
                .param("id", transferId)
                .query((rs, n) -> new TransferLine(rs.getLong("id"), n, rs.getLong("product_id"),
                        Rows.nullableLong(rs, "lot_id"), rs.getString("lot_name"), rs.getBigDecimal("quantity"),
                        rs.getLong("source_location_id"), rs.getLong("destination_location_id"), false, null, null))
                .list();
    }

    List<Transfer> list(TransferType type, TransferState state, Long lotId, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(type, state, lotId, params);
        return jdbc.sql("SELECT " + COLUMNS + " FROM transfers t " + where + " ORDER BY t.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(TransferRepository::transfer)
                .list();
    }

    long count(TransferType type, TransferState state, Long lotId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(type, state, lotId, params);
        return jdbc.sql("SELECT COUNT(*) FROM transfers t " + where).params(params).query(Long.class).single();
    }

    private static String where(TransferType type, TransferState state, Long lotId, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (type != null) {
            clauses.add("t.type = :type");
            params.put("type", type.wire());
        }
        if (state != null) {
            clauses.add("t.state = :state");
            params.put("state", state.wire());
        }
        if (lotId != null) {
            clauses.add("""
                    (EXISTS (SELECT 1 FROM move_lines m WHERE m.transfer_id = t.id AND m.lot_id = :lot)
                     OR EXISTS (SELECT 1 FROM transfer_lines tl WHERE tl.transfer_id = t.id AND tl.lot_id = :lot))""");
            params.put("lot", lotId);
        }
        return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
    }

    private static Transfer transfer(ResultSet rs, int n) throws SQLException {
        return new Transfer(rs.getLong("id"), rs.getString("reference"), TransferType.fromWire(rs.getString("type")),
                TransferState.fromWire(rs.getString("state")), Rows.nullableLong(rs, "partner_id"),
                rs.getLong("source_location_id"), rs.getLong("destination_location_id"),
                Rows.instant(rs, "scheduled_date"), rs.getString("origin"), rs.getBoolean("allow_expired"),
                rs.getString("created_by"), Rows.instant(rs, "created_at"), Rows.instant(rs, "done_at"), List.of());
    }
}
