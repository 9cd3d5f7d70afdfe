package io.stocktrace.epcis.capture;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The captured events that name received lots (GTIN + lot, or GTIN + serial), other than as something they consume,
 * for the supplier KDEs of the FSMA 204 receiving rows: two queries for all the lots (by lot, by serial), one for the
 * shipping of the pallets or cases they were packed into (when they were), one for the sources of the events chosen.
 * An event an error declaration withdrew is left out.
 */
@Repository
class SupplierEventsRepository {
    private final JdbcClient jdbc;

    SupplierEventsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A captured event naming a key ({@code gtin} + {@code name}) in a role; its document only when it may have made
     * the lot (a transformation's output, an object event that adds).
     */
    record Naming(String gtin, String name, long rowId, long partnerId, String partnerName, String type, String action,
                  String bizStep, Instant eventTime, String readPoint, String bizLocation, String role, String document) {
    }

    /** A source of a captured event: its CBV type and identifier. */
    record Source(long eventRowId, String type, String source) {
    }

    /**
     * The events naming these keys: as LGTINs by their lot, or ({@code serials}) as SGTINs, that name no lot, by their
     * serial; either way the (gtin, lot, serial) index leads to each key.
     */
    List<Naming> naming(List<String> gtins, List<String> names, boolean serials) {
        return jdbc.sql("""
                        SELECT k.gtin, k.key_value, e.id, e.partner_id, pa.name AS partner_name, e.event_type, e.action,
                               e.biz_step, e.event_time, e.read_point, e.biz_location, c.epc_role,
                               CASE WHEN c.epc_role IN ('output', 'output-class') OR e.action = 'ADD'
                                    THEN e.document END AS document
                        FROM UNNEST(:gtins, :names) AS k(gtin, key_value)
                             JOIN epcis_captured_epcs c ON c.gtin = k.gtin AND %s
                             JOIN epcis_captured_events e ON e.id = c.event_row_id
                             JOIN partners pa ON pa.id = e.partner_id
                        WHERE NOT e.error_declaration
                          AND c.epc_role NOT IN ('input', 'input-class')
                          AND NOT EXISTS (SELECT 1 FROM epcis_captured_events d
                                          WHERE d.partner_id = e.partner_id AND d.event_id = e.event_id
                                            AND d.error_declaration)
                        ORDER BY e.event_time, e.id
                        """.formatted(serials ? "c.lot IS NULL AND c.serial = k.key_value" : "c.lot = k.key_value"))
                .param("gtins", Batches.texts(gtins))
                .param("names", Batches.texts(names))
                .query((rs, n) -> new Naming(rs.getString("gtin"), rs.getString("key_value"), rs.getLong("id"),
                        rs.getLong("partner_id"), rs.getString("partner_name"), rs.getString("event_type"),
                        rs.getString("action"), rs.getString("biz_step"), Rows.instant(rs, "event_time"),
                        rs.getString("read_point"), rs.getString("biz_location"), rs.getString("epc_role"),
                        rs.getString("document")))
                .list();
    }

    /** A shipping event naming the parent (a pallet, a case) that an aggregation event packed a lot into. */
    record Packed(long packingRowId, Naming shipping) {
    }

    /** The shipping events that name a parent these aggregation events packed something into. */
    List<Packed> shippingOfParents(Collection<Long> packingRowIds) {
        return jdbc.sql("""
                        SELECT DISTINCT n.id AS packing_row, e.id, e.partner_id, pa.name AS partner_name, e.event_type,
                               e.action, e.biz_step, e.event_time, e.read_point, e.biz_location
                        FROM UNNEST(:ids) AS n(id)
                             JOIN epcis_captured_epcs p ON p.event_row_id = n.id AND p.epc_role = 'parent'
                             JOIN epcis_captured_epcs c ON c.uri = p.uri AND c.epc_role IN ('epc', 'parent')
                             JOIN epcis_captured_events e ON e.id = c.event_row_id
                             JOIN partners pa ON pa.id = e.partner_id
                        WHERE e.biz_step IN ('shipping', 'departing')
                          AND NOT e.error_declaration
                          AND NOT EXISTS (SELECT 1 FROM epcis_captured_events d
                                          WHERE d.partner_id = e.partner_id AND d.event_id = e.event_id
                                            AND d.error_declaration)
                        """)
                .param("ids", Batches.bigints(packingRowIds))
                .query((rs, n) -> new Packed(rs.getLong("packing_row"), new Naming(null, null, rs.getLong("id"),
                        rs.getLong("partner_id"), rs.getString("partner_name"), rs.getString("event_type"),
                        rs.getString("action"), rs.getString("biz_step"), Rows.instant(rs, "event_time"),
                        rs.getString("read_point"), rs.getString("biz_location"), "parent", null)))
                .list();
    }

    List<Source> sources(Collection<Long> rowIds) {
        return jdbc.sql("""
                        SELECT p.event_row_id, p.party_type, p.party
                        FROM UNNEST(:ids) AS n(id) JOIN epcis_captured_parties p ON p.event_row_id = n.id
                        WHERE p.direction = 'source'
                        """)
                .param("ids", Batches.bigints(rowIds))
                .query((rs, n) -> new Source(rs.getLong("event_row_id"), rs.getString("party_type"), rs.getString("party")))
                .list();
    }
}
