package io.stocktrace.epcis.capture;

import io.stocktrace.db.Batches;
import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Capture jobs, and captured events with the identifiers and parties they name, written a statement per kind of row. */
@Repository
class CaptureRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaptureRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long createJob(long partnerId, int eventCount, String actor, Instant now, Instant leaseUntil) {
        var key = Rows.newKey();
        jdbc.sql("""
                        INSERT INTO epcis_capture_jobs (partner_id, state, event_count, captured_count, created_by, created_at,
                                                        lease_until)
                        VALUES (:partner, 'running', :events, 0, :actor, :now, :lease)
                        """)
                .param("partner", partnerId).param("events", eventCount).param("actor", actor).param("now", Rows.utc(now))
                .param("lease", Rows.utc(leaseUntil))
                .update(key, "id");
        return Rows.id(key);
    }

    /** Extends the leases of these running jobs, the ones this server holds. */
    void renew(Collection<Long> jobIds, Instant leaseUntil) {
        jdbc.sql("UPDATE epcis_capture_jobs SET lease_until = :lease WHERE id IN (:ids) AND state = 'running'")
                .param("lease", Rows.utc(leaseUntil)).param("ids", jobIds)
                .update();
    }

    /** Ends as failed a running job whose lease ran out: its server stopped before storing anything. */
    void failIfAbandoned(long jobId, String error, Instant now) {
        jdbc.sql("""
                        UPDATE epcis_capture_jobs SET state = 'failure', errors = :errors, finished_at = :now
                        WHERE id = :id AND state = 'running' AND lease_until < :now
                        """)
                .param("id", jobId).param("errors", json.writeValueAsString(List.of(error))).param("now", Rows.utc(now))
                .update();
    }

    void finish(long jobId, String state, int captured, List<String> errors, Instant now) {
        jdbc.sql("""
                        UPDATE epcis_capture_jobs SET state = :state, captured_count = :captured, errors = :errors,
                                                      finished_at = :now
                        WHERE id = :id
                        """)
                .param("id", jobId).param("state", state).param("captured", captured)
                .param("errors", errors.isEmpty() ? null : json.writeValueAsString(errors)).param("now", Rows.utc(now))
                .update();
    }

    Optional<CaptureJob> job(long id) {
        return jdbc.sql("""
                        SELECT id, partner_id, state, event_count, captured_count, errors, created_by, created_at, finished_at
                        FROM epcis_capture_jobs WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new CaptureJob(rs.getLong("id"), rs.getLong("partner_id"), rs.getString("state"),
                        rs.getInt("event_count"), rs.getInt("captured_count"), errors(rs.getString("errors")),
                        rs.getString("created_by"), Rows.instant(rs, "created_at"), Rows.instant(rs, "finished_at")))
                .optional();
    }

    private List<String> errors(String text) {
        return text == null ? List.of() : List.of(json.readValue(text, String[].class));
    }

    /** Which of these event keys ({@link CapturedEvent#key()}) the partner's captures already hold. */
    Set<String> storedKeys(long partnerId, Collection<CapturedEvent> events) {
        Set<String> stored = new HashSet<>();
        List<CapturedEvent> all = new ArrayList<>(events);
        for (List<CapturedEvent> slice : Batches.slices(all)) {
            jdbc.sql("""
                            SELECT e.event_id, e.error_declaration
                            FROM UNNEST(:ids, :declarations) AS k(event_id, error_declaration)
                                 JOIN epcis_captured_events e ON e.partner_id = :partner AND e.event_id = k.event_id
                                                             AND e.error_declaration = k.error_declaration
                            """)
                    .param("partner", partnerId)
                    .param("ids", Batches.column("varchar", slice, CapturedEvent::eventId))
                    .param("declarations", Batches.column("boolean", slice, CapturedEvent::errorDeclaration))
                    .query((rs, n) -> (rs.getBoolean("error_declaration") ? "declaration|" : "event|") + rs.getString("event_id"))
                    .list().forEach(stored::add);
        }
        return stored;
    }

    /** Stores the events of one job with their identifiers and parties: three statements per 10,000 events. */
    void insert(long jobId, long partnerId, List<CapturedEvent> events, Instant now) {
        for (List<CapturedEvent> slice : Batches.slices(events)) {
            jdbc.sql("""
                            INSERT INTO epcis_captured_events (partner_id, job_id, document_index, event_id, error_declaration,
                                event_type, action, biz_step, disposition, event_time, event_time_zone_offset, read_point,
                                biz_location, document, recorded_at)
                            SELECT :partner, :job, e.document_index, e.event_id, e.error_declaration, e.event_type, e.action,
                                   e.biz_step, e.disposition, e.event_time, e.event_time_zone_offset, e.read_point,
                                   e.biz_location, e.document, :now
                            FROM UNNEST(:indexes, :ids, :declarations, :types, :actions, :bizSteps, :dispositions, :times,
                                        :offsets, :readPoints, :bizLocations, :documents)
                                 AS e(document_index, event_id, error_declaration, event_type, action, biz_step, disposition,
                                      event_time, event_time_zone_offset, read_point, biz_location, document)
                            """)
                    .param("partner", partnerId).param("job", jobId).param("now", Rows.utc(now))
                    .param("indexes", Batches.column("integer", slice, CapturedEvent::index))
                    .param("ids", Batches.column("varchar", slice, CapturedEvent::eventId))
                    .param("declarations", Batches.column("boolean", slice, CapturedEvent::errorDeclaration))
                    .param("types", Batches.column("varchar", slice, CapturedEvent::type))
                    .param("actions", Batches.column("varchar", slice, CapturedEvent::action))
                    .param("bizSteps", Batches.column("varchar", slice, CapturedEvent::bizStep))
                    .param("dispositions", Batches.column("varchar", slice, CapturedEvent::disposition))
                    .param("times", Batches.column("timestamptz", slice, e -> Rows.utc(e.eventTime())))
                    .param("offsets", Batches.column("varchar", slice, CapturedEvent::eventTimeZoneOffset))
                    .param("readPoints", Batches.column("varchar", slice, CapturedEvent::readPoint))
                    .param("bizLocations", Batches.column("varchar", slice, CapturedEvent::bizLocation))
                    .param("documents", Batches.column("varchar", slice, CapturedEvent::json))
                    .update();
        }
        Map<Integer, Long> rowIds = jdbc.sql("SELECT document_index, id FROM epcis_captured_events WHERE job_id = :job")
                .param("job", jobId)
                .query((rs, n) -> Map.entry(rs.getInt("document_index"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        insertEpcs(events, rowIds);
        insertParties(events, rowIds);
    }

    private void insertEpcs(List<CapturedEvent> events, Map<Integer, Long> rowIds) {
        record Row(long eventRowId, CapturedEvent.Epc epc) {
        }
        List<Row> rows = events.stream()
                .flatMap(e -> e.epcs().stream().map(epc -> new Row(rowIds.get(e.index()), epc))).toList();
        for (List<Row> slice : Batches.slices(rows)) {
            jdbc.sql("""
                            INSERT INTO epcis_captured_epcs (event_row_id, epc_role, uri, gtin, lot, serial, quantity, uom)
                            SELECT c.event_row_id, c.epc_role, c.uri, c.gtin, c.lot, c.serial, c.quantity, c.uom
                            FROM UNNEST(:events, :roles, :uris, :gtins, :lots, :serials, :quantities, :uoms)
                                 AS c(event_row_id, epc_role, uri, gtin, lot, serial, quantity, uom)
                            """)
                    .param("events", Batches.column("bigint", slice, Row::eventRowId))
                    .param("roles", Batches.column("varchar", slice, r -> r.epc().role()))
                    .param("uris", Batches.column("varchar", slice, r -> r.epc().uri()))
                    .param("gtins", Batches.column("varchar", slice, r -> r.epc().gtin()))
                    .param("lots", Batches.column("varchar", slice, r -> r.epc().lot()))
                    .param("serials", Batches.column("varchar", slice, r -> r.epc().serial()))
                    .param("quantities", Batches.column("numeric", slice, r -> r.epc().quantity()))
                    .param("uoms", Batches.column("varchar", slice, r -> r.epc().uom()))
                    .update();
        }
    }

    private void insertParties(List<CapturedEvent> events, Map<Integer, Long> rowIds) {
        record Row(long eventRowId, CapturedEvent.Party party) {
        }
        List<Row> rows = events.stream()
                .flatMap(e -> e.parties().stream().map(p -> new Row(rowIds.get(e.index()), p))).toList();
        for (List<Row> slice : Batches.slices(rows)) {
            jdbc.sql("""
                            INSERT INTO epcis_captured_parties (event_row_id, direction, party_type, party)
                            SELECT p.event_row_id, p.direction, p.party_type, p.party
                            FROM UNNEST(:events, :directions, :types, :parties) AS p(event_row_id, direction, party_type, party)
                            """)
                    .param("events", Batches.column("bigint", slice, Row::eventRowId))
                    .param("directions", Batches.column("varchar", slice, r -> r.party().direction()))
                    .param("types", Batches.column("varchar", slice, r -> r.party().type()))
                    .param("parties", Batches.column("varchar", slice, r -> r.party().id()))
                    .update();
        }
    }
}
