package io.stocktrace.epcis.capture;

import static io.stocktrace.epcis.capture.CaptureDocuments.document;
import static io.stocktrace.epcis.capture.CaptureDocuments.objectEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.EpcisSchema;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Capture of EPCIS 2.0 documents from partners: GS1's example documents, refused ones, repeats, and a farm's and a
 * packer's events continuing our upstream trace past our receipt of the packer's salad.
 */
@SuppressWarnings("unchecked")
abstract class EpcisCaptureTests extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode captured(long partnerId, Object document) {
        Http.Response accepted = admin.post("/api/v1/epcis/capture?partnerId=" + partnerId, document);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().get("location")).isEqualTo("/api/v1/epcis/capture/" + accepted.json().path("id").asLong());
        return finished(accepted.json().path("id").asLong());
    }

    /** The job once it has run: read until it is no longer running (a minute at most). */
    private JsonNode finished(long jobId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode job = admin.get("/api/v1/epcis/capture/" + jobId).json();
        while (job.path("running").asBoolean() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            job = admin.get("/api/v1/epcis/capture/" + jobId).json();
        }
        assertThat(job.path("running").asBoolean()).as("job %s still running", jobId).isFalse();
        return job;
    }

    private long storedEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM epcis_captured_events").query(Long.class).single();
    }

    private static List<Path> examples() throws IOException {
        Path dir = EpcisSchema.FILE.getParent().resolve("examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList();
        }
    }

    @Test
    void captures_every_valid_gs1_example_document_and_a_repeat_stores_nothing_twice() throws IOException {
        long partner = given.partner("GS1 Examples Co");
        List<Path> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        // GS1's examples reuse an eventID: object_event_all_possible_fields declares the same error as
        // ErrorDeclarationAndCorrectiveEvent, so it is stored once
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Path file : examples) {
            JsonNode example = JSON.readTree(file.toFile());
            assertThat(EpcisSchema.errors(example)).as("%s is valid", file).isEmpty();
            JsonNode job = captured(partner, example.toString());
            assertThat(job.path("state").asString()).as("%s: %s", file, job).isEqualTo("success");
            assertThat(job.path("errors").size()).isZero();
            int events = 0;
            for (JsonNode event : example.path("epcisBody").path("eventList").values()) {
                events++;
                distinct.add(event.has("eventID") ? event.path("errorDeclaration").isObject() + event.path("eventID").asString()
                        : file + "#" + events);
            }
            assertThat(job.path("eventCount").asInt()).as(file.toString()).isEqualTo(events).isPositive();
            assertThat(job.path("capturedCount").asInt() + job.path("skippedCount").asInt()).isEqualTo(events);
        }
        assertThat(storedEvents()).isEqualTo(distinct.size()).isGreaterThan(10);

        JsonNode again = captured(partner, JSON.readTree(examples.get(0).toFile()).toString());
        assertThat(again.path("state").asString()).isEqualTo("success");
        assertThat(again.path("capturedCount").asInt()).isZero();
        assertThat(again.path("skippedCount").asInt()).isEqualTo(again.path("eventCount").asInt());
        assertThat(storedEvents()).isEqualTo(distinct.size());
    }

    @Test
    void refuses_an_invalid_document_with_every_error_and_stores_none_of_its_events() {
        long packer = given.partner("Packer Co");
        Map<String, Object> good = objectEvent("urn:uuid:10000000-0000-4000-8000-000000000001", "2026-11-01T08:00:00Z",
                "OBSERVE", "receiving", CaptureDocuments.SALAD_PK7, 5);
        Map<String, Object> noTime = objectEvent("urn:uuid:10000000-0000-4000-8000-000000000002", "2026-11-01T08:00:00Z",
                "MOVE", "shipping", CaptureDocuments.SALAD_PK7, 5);
        noTime.remove("eventTime");
        Map<String, Object> badOffset = objectEvent("urn:uuid:10000000-0000-4000-8000-000000000003", "2026-11-01T08:00:00Z",
                "ADD", "commissioning", CaptureDocuments.SALAD_PK7, 5);
        badOffset.put("eventTimeZoneOffset", "CET");
        Map<String, Object> document = document(List.of(good, noTime, badOffset));
        assertThat(EpcisSchema.errors(JSON.valueToTree(document))).isNotEmpty();

        JsonNode job = captured(packer, document);

        assertThat(job.path("state").asString()).isEqualTo("failure");
        assertThat(job.path("success").asBoolean()).isFalse();
        List<String> errors = new ArrayList<>();
        job.path("errors").values().forEach(e -> errors.add(e.asString()));
        assertThat(errors).anyMatch(e -> e.startsWith("eventList[1].eventTime"))
                .anyMatch(e -> e.startsWith("eventList[1].action"))
                .anyMatch(e -> e.startsWith("eventList[2].eventTimeZoneOffset"))
                .anyMatch(e -> e.startsWith("/epcisBody/eventList/1")); // GS1's schema speaks too
        assertThat(job.path("capturedCount").asInt()).isZero();
        assertThat(storedEvents()).isZero();
    }

    @Test
    void captures_a_single_event_and_refuses_what_is_not_an_event_or_names_no_partner() {
        long packer = given.partner("Packer Co");
        Map<String, Object> event = new java.util.LinkedHashMap<>(objectEvent("urn:uuid:20000000-0000-4000-8000-000000000001",
                "2026-11-01T08:00:00Z", "OBSERVE", "receiving", CaptureDocuments.SALAD_PK7, 5));
        event.put("@context", CaptureDocuments.CONTEXT);
        assertThat(captured(packer, event).path("capturedCount").asInt()).isEqualTo(1);

        JsonNode query = captured(packer, Map.of("type", "EPCISQueryDocument"));
        assertThat(query.path("state").asString()).isEqualTo("failure");
        List<String> queryErrors = new ArrayList<>();
        query.path("errors").values().forEach(e -> queryErrors.add(e.asString()));
        assertThat(queryErrors).anyMatch(e -> e.startsWith("type: must be EPCISDocument or an event"));

        var noPartner = admin.post("/api/v1/epcis/capture", event);
        assertThat(noPartner.status()).isEqualTo(422);
        assertThat(noPartner.code()).isEqualTo("validation-failed");
        assertThat(admin.post("/api/v1/epcis/capture?partnerId=999999", event).code()).isEqualTo("validation-failed");
        var notJson = admin.postRaw("/api/v1/epcis/capture?partnerId=" + packer, "{\"type\": ", "application/ld+json");
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/epcis/capture/999999").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void refuses_a_document_of_more_events_than_one_capture_may_carry_before_any_job() {
        long packer = given.partner("Packer Co");
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            events.add(Map.of("type", "ObjectEvent"));
        }
        var refused = admin.post("/api/v1/epcis/capture?partnerId=" + packer, document(events));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("limit-exceeded");
        assertThat(refused.json().path("limit").asString()).isEqualTo("epcisEventsPerCapture");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM epcis_capture_jobs").query(Long.class).single()).isZero();
    }

    @Test
    void a_job_whose_server_stopped_before_storing_it_is_answered_as_failed_and_one_still_held_stays_running() {
        long packer = given.partner("Packer Co");
        Instant now = Instant.now();
        long abandoned = runningJob(packer, now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(4)));
        long held = runningJob(packer, now, now.plus(Duration.ofMinutes(1)));

        JsonNode failed = admin.get("/api/v1/epcis/capture/" + abandoned).json();
        assertThat(failed.path("state").asString()).isEqualTo("failure");
        assertThat(failed.path("running").asBoolean()).isFalse();
        assertThat(failed.path("errors").get(0).asString()).contains("nothing was stored", "send the document again");
        assertThat(admin.get("/api/v1/epcis/capture/" + held).json().path("state").asString()).isEqualTo("running");
        assertThat(storedEvents()).isZero();
    }

    /** A job row as a server writes it on accepting a document, with the lease it holds. */
    private long runningJob(long partner, Instant createdAt, Instant leaseUntil) {
        jdbc.sql("""
                        INSERT INTO epcis_capture_jobs (partner_id, state, event_count, captured_count, created_by,
                                                        created_at, lease_until)
                        VALUES (:partner, 'running', 1, 0, 'admin', :created, :lease)
                        """)
                .param("partner", partner)
                .param("created", java.time.OffsetDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC))
                .param("lease", java.time.OffsetDateTime.ofInstant(leaseUntil, java.time.ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM epcis_capture_jobs").query(Long.class).single();
    }

    @Test
    void a_document_sent_twice_stores_each_event_once() {
        long farm = given.partner("Green Farm");
        Map<String, Object> document = CaptureDocuments.farmDocument();
        assertThat(captured(farm, document).path("capturedCount").asInt()).isEqualTo(2);
        JsonNode again = captured(farm, document);
        assertThat(again.path("state").asString()).isEqualTo("success");
        assertThat(again.path("capturedCount").asInt()).isZero();
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void chains_two_companies_events_into_one_upstream_trace_through_our_receipt() {
        long salad = admin.post("/api/v1/products", Map.of("sku", "SALAD", "name", "Salad mix", "tracking", "lot",
                "gtin", "09506000134352", "uom", "kg")).json().path("id").asLong();
        long farm = given.partner("Green Farm");
        long packer = given.partner("Packer Co");
        given.done(given.transfer("receipt", packer, Scenario.line(salad, "PK-7", null, 10)));
        long lot = given.lotId(salad, "PK-7");
        JsonNode balanceBefore = admin.get("/api/v1/lots/" + lot + "/balance").json();
        assertThat(EpcisSchema.errors(JSON.valueToTree(CaptureDocuments.farmDocument()))).isEmpty();
        assertThat(EpcisSchema.errors(JSON.valueToTree(CaptureDocuments.packerDocument()))).isEmpty();
        assertThat(captured(farm, CaptureDocuments.farmDocument()).path("state").asString()).isEqualTo("success");
        assertThat(captured(packer, CaptureDocuments.packerDocument()).path("state").asString()).isEqualTo("success");

        JsonNode trace = admin.get("/api/v1/lots/" + lot + "/trace?direction=upstream").json();

        List<String> rows = new ArrayList<>();
        trace.path("reported").values().forEach(e -> rows.add(e.path("level").asInt() + " " + e.path("partnerName").asString()
                + " " + e.path("eventType").asString() + " " + e.path("bizStep").asString()));
        assertThat(rows).containsExactly(
                "1 Packer Co TransformationEvent commissioning",
                "1 Packer Co AggregationEvent packing",
                "2 Green Farm ObjectEvent commissioning",
                "2 Green Farm ObjectEvent shipping",
                "2 Packer Co ObjectEvent receiving",
                "2 Packer Co ObjectEvent shipping"); // the pallet PK-7 was packed into
        JsonNode made = trace.path("reported").get(0);
        assertThat(made.path("lotIds").get(0).asLong()).isEqualTo(lot);
        assertThat(made.path("inputs").get(0).asString()).isEqualTo(CaptureDocuments.LETTUCE_H1);
        assertThat(made.path("outputs").get(0).asString()).isEqualTo(CaptureDocuments.SALAD_PK7);
        JsonNode harvest = trace.path("reported").get(2);
        assertThat(harvest.path("leadsTo").get(0).asString()).isEqualTo(made.path("eventId").asString());
        assertThat(harvest.path("partnerId").asLong()).isEqualTo(farm);
        assertThat(trace.path("reported").get(3).path("destinations").get(0).asString()).isEqualTo(CaptureDocuments.PACKER_PARTY);
        JsonNode palletShipped = trace.path("reported").get(5);
        assertThat(palletShipped.path("epcs").get(0).asString()).isEqualTo(CaptureDocuments.PALLET);
        assertThat(palletShipped.path("leadsTo").get(0).asString()).isEqualTo(trace.path("reported").get(1).path("eventId").asString());
        assertThat(palletShipped.path("destinations").get(0).asString()).isEqualTo(CaptureDocuments.OUR_PARTY);
        String page = io.stocktrace.support.PageSession.logIn(port, "admin", ADMIN_PASSWORD)
                .get("/lots/" + lot + "/traceability?direction=upstream").body();
        assertThat(page).contains("Reported by partners (EPCIS)", "Reported, level 2", "class=\"node reported\"",
                "Reported by Green Farm: ObjectEvent commissioning", "Reported by Packer Co: TransformationEvent commissioning");
        // our mass balance stays ours: what partners report is not our ledger
        assertThat(admin.get("/api/v1/lots/" + lot + "/balance").json()).isEqualTo(balanceBefore);
        assertThat(admin.get("/api/v1/lots/" + lot + "/trace?direction=downstream").json().path("reported").size()).isZero();
    }

    @Test
    void the_query_interface_returns_captured_events_on_request() {
        long salad = admin.post("/api/v1/products", Map.of("sku", "SALAD", "name", "Salad mix", "tracking", "lot",
                "gtin", "09506000134352", "uom", "kg")).json().path("id").asLong();
        long packer = given.partner("Packer Co");
        given.done(given.transfer("receipt", packer, Scenario.line(salad, "PK-7", null, 10)));
        captured(given.partner("Green Farm"), CaptureDocuments.farmDocument());
        captured(packer, CaptureDocuments.packerDocument());
        String query = "/api/v1/epcis/events?MATCH_epcClass=https://id.gs1.org/01/09506000134352/10/PK-7";

        JsonNode ours = admin.get(query).json();
        JsonNode both = admin.get(query + "&captured=true").json();

        assertThat(EpcisSchema.errors(both)).as("schema errors").isEmpty();
        List<String> steps = new ArrayList<>();
        both.at("/epcisBody/queryResults/resultsBody/eventList").values()
                .forEach(e -> steps.add(e.path("type").asString() + " " + e.path("bizStep").asString()));
        int oursCount = ours.at("/epcisBody/queryResults/resultsBody/eventList").size();
        assertThat(steps).hasSize(oursCount + 2)
                .contains("TransformationEvent commissioning", "AggregationEvent packing", "ObjectEvent receiving");
        assertThat(admin.get("/api/v1/epcis/events?MATCH_anyEPC=" + CaptureDocuments.LETTUCE_H1 + "&captured=true").json()
                .at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero(); // a lot, not an instance
        assertThat(admin.get("/api/v1/epcis/events?MATCH_epcClass=" + CaptureDocuments.LETTUCE_H1 + "&EQ_bizStep=shipping&captured=true")
                .json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
    }

    @Test
    void the_command_line_captures_a_file_and_reports_every_error_of_a_refused_one(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        long farm = given.partner("Green Farm");
        String token = admin.post("/api/v1/users/1/tokens", Map.of("name", "cli")).json().path("token").asString();
        Path good = Files.writeString(dir.resolve("farm.jsonld"), JSON.writeValueAsString(CaptureDocuments.farmDocument()));
        Map<String, Object> broken = CaptureDocuments.farmDocument();
        ((Map<String, Object>) ((List<?>) ((Map<?, ?>) broken.get("epcisBody")).get("eventList")).get(0)).remove("eventTime");
        Path bad = Files.writeString(dir.resolve("broken.jsonld"), JSON.writeValueAsString(broken));

        String[] stored = cli(token, "epcis", "capture", good.toString(), "--partner", String.valueOf(farm));
        String[] refused = cli(token, "epcis", "capture", bad.toString(), "--partner", String.valueOf(farm));

        assertThat(stored[0]).as(stored[2]).isEqualTo("0");
        assertThat(stored[1]).contains(": success, 2 events stored, 0 already captured");
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains(": failure, nothing stored").contains("eventList[0].eventTime");
        assertThat(storedEvents()).isEqualTo(2);
    }

    /** Exit code, stdout and stderr of the command line run against this server. */
    private String[] cli(String token, String... args) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        List<String> words = new ArrayList<>(List.of(args));
        words.addAll(List.of("--server", "http://localhost:" + port));
        int exit = io.stocktrace.cli.CommandLine.run(words.toArray(String[]::new), new io.stocktrace.cli.Console(
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), Map.of("STOCKTRACE_TOKEN", token)));
        return new String[] {String.valueOf(exit), out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8)};
    }
}
