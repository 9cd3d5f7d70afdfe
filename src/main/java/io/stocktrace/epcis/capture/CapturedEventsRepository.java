package io.stocktrace.epcis.capture;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of captured events: by the lots and serials they name, by id, and for the query interface. */
@Repository
class CapturedEventsRepository {
    private final JdbcClient jdbc;

    CapturedEventsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One of our lots as GS1 keys name it: its product's GTIN and its name, a serial or a lot. */
    record OurLot(long lotId, String gtin, String name, boolean serial) {
    }

    /** A captured event's stored fields, with the partner that reported it. */
    record Stored(long rowId, long partnerId, String partnerName, String eventId, String type, String action, String bizStep,
                  String disposition, Instant eventTime, String readPoint, String bizLocation, String document) {
    }

    /** An identifier a captured event names, in its role. */
    record Named(long eventRowId, String role, String uri, String gtin, String lot, String serial) {
    }

    /** A source or destination of a captured event. */
    record Party(long eventRowId, String direction, String party) {
    }

    /** Those of these lots that we received from a vendor and whose product has a GTIN. */
    List<OurLot> receivedLots(Collection<Long> lotIds) {
        return jdbc.sql("""
                        SELECT l.id, l.name, p.gtin, p.tracking
                        FROM UNNEST(:lots) AS n(lot_id)
                             JOIN lots l ON l.id = n.lot_id
                             JOIN products p ON p.id = l.product_id
                        WHERE p.gtin IS NOT NULL
                          AND EXISTS (SELECT 1 FROM move_lines m JOIN locations s ON s.id = m.source_location_id
                                      WHERE m.lot_id = l.id AND s.usage = 'supplier')
                        ORDER BY l.id
                        """)
                .param("lots", Batches.bigints(lotIds))
                .query((rs, n) -> new OurLot(rs.getLong("id"), rs.getString("gtin"), rs.getString("name"),
                        "serial".equals(rs.getString("tracking"))))
                .list();
    }

    /** The identifiers of captured events that name one of these GTIN + lot (or GTIN + serial) pairs. */
    List<Named> naming(List<String> gtins, List<String> values, boolean serials) {
        String column = serials ? "serial" : "lot";
        return jdbc.sql("""
                        SELECT c.event_row_id, c.epc_role, c.uri, c.gtin, c.lot, c.serial
                        FROM UNNEST(:gtins, :values) AS k(gtin, key_value)
                             JOIN epcis_captured_epcs c ON c.gtin = k.gtin AND c.%s = k.key_value
                        ORDER BY c.event_row_id
                        """.formatted(column))
                .param("gtins", Batches.texts(gtins))
                .param("values", Batches.texts(values))
                .query((rs, n) -> named(rs))
                .list();
    }

    /** The identifiers of captured events that name one of these identifiers, as written. */
    List<Named> namingUris(List<String> uris) {
        return jdbc.sql("""
                        SELECT c.event_row_id, c.epc_role, c.uri, c.gtin, c.lot, c.serial
                        FROM UNNEST(:uris) AS k(uri)
                             JOIN epcis_captured_epcs c ON c.uri = k.uri
                        ORDER BY c.event_row_id
                        """)
                .param("uris", Batches.texts(uris))
                .query((rs, n) -> named(rs))
                .list();
    }

    List<Stored> events(Collection<Long> rowIds) {
        return jdbc.sql("""
                        SELECT e.id, e.partner_id, pa.name AS partner_name, e.event_id, e.event_type, e.action, e.biz_step,
                               e.disposition, e.event_time, e.read_point, e.biz_location, e.document
                        FROM UNNEST(:ids) AS n(id)
                             JOIN epcis_captured_events e ON e.id = n.id
                             JOIN partners pa ON pa.id = e.partner_id
                        ORDER BY e.event_time, e.id
                        """)
                .param("ids", Batches.bigints(rowIds))
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("partner_id"), rs.getString("partner_name"),
                        rs.getString("event_id"), rs.getString("event_type"), rs.getString("action"), rs.getString("biz_step"),
                        rs.getString("disposition"), Rows.instant(rs, "event_time"), rs.getString("read_point"),
                        rs.getString("biz_location"), rs.getString("document")))
                .list();
    }

    List<Named> identifiers(Collection<Long> rowIds) {
        return jdbc.sql("""
                        SELECT c.event_row_id, c.epc_role, c.uri, c.gtin, c.lot, c.serial
                        FROM UNNEST(:ids) AS n(id) JOIN epcis_captured_epcs c ON c.event_row_id = n.id
                        """)
                .param("ids", Batches.bigints(rowIds))
                .query((rs, n) -> named(rs))
                .list();
    }

    List<Party> parties(Collection<Long> rowIds) {
        return jdbc.sql("""
                        SELECT p.event_row_id, p.direction, p.party
                        FROM UNNEST(:ids) AS n(id) JOIN epcis_captured_parties p ON p.event_row_id = n.id
                        """)
                .param("ids", Batches.bigints(rowIds))
                .query((rs, n) -> new Party(rs.getLong("event_row_id"), rs.getString("direction"), rs.getString("party")))
                .list();
    }

    /** Captured events in a time window, oldest first, at most {@code limit}. */
    List<Long> between(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        SELECT e.id FROM epcis_captured_events e
                        WHERE (CAST(:from AS timestamp with time zone) IS NULL OR e.event_time >= :from)
                          AND (CAST(:to AS timestamp with time zone) IS NULL OR e.event_time < :to)
                        ORDER BY e.event_time, e.id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("from", from == null ? null : Rows.utc(from))
                .param("to", to == null ? null : Rows.utc(to))
                .param("limit", limit)
                .query(Long.class).list();
    }

    /** Captured events in a time window naming one of these GTINs, oldest first, at most {@code limit}. */
    List<Long> naming(List<String> gtins, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.event_time FROM epcis_captured_events e
                        WHERE e.id IN (SELECT c.event_row_id FROM UNNEST(:gtins) AS g(gtin)
                                       JOIN epcis_captured_epcs c ON c.gtin = g.gtin)
                          AND (CAST(:from AS timestamp with time zone) IS NULL OR e.event_time >= :from)
                          AND (CAST(:to AS timestamp with time zone) IS NULL OR e.event_time < :to)
                        ORDER BY e.event_time, e.id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("gtins", Batches.texts(gtins))
                .param("from", from == null ? null : Rows.utc(from))
                .param("to", to == null ? null : Rows.utc(to))
                .param("limit", limit)
                .query((rs, n) -> rs.getLong("id")).list();
    }

    private static Named named(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Named(rs.getLong("event_row_id"), rs.getString("epc_role"), rs.getString("uri"), rs.getString("gtin"),
                rs.getString("lot"), rs.getString("serial"));
    }
}
