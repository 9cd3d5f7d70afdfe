package io.stocktrace.ledger;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.stock.LedgerCheck;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Concurrently;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tamper-evident ledger: each operation seals the move lines, lot events and recalls it wrote into one block of
 * the chain; verify names exactly the rows edited behind the application's back, with the append-only trigger off.
 */
abstract class LedgerTests extends ApiTest {
    @Autowired
    private LedgerCheck check;

    private long flour;
    private long lot;

    @BeforeEach
    void aReceiptAQuarantineAndARecall() {
        flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 40);
        lot = given.lotId(flour, "F-1");
        var quarantine = admin.patch("/api/v1/lots/" + lot, Map.of("status", "quarantine", "reason", "Lab sample"));
        assertThat(quarantine.status()).as(quarantine.body()).isEqualTo(200);
        var recall = admin.post("/api/v1/recalls", Map.of("lotId", lot, "reason", "Stones found in a sample"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
    }

    @Test
    void seals_each_operation_into_one_block_chained_to_the_one_before() {
        var report = check.verify();

        assertThat(report.chain().findings()).as(report.summary()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.chain().blocks()).isEqualTo(3);
        assertThat(report.chain().rows()).isEqualTo(ledgerRows()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT ledger_block_id) FROM lot_events").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM move_lines WHERE ledger_block_id IS NULL").query(Long.class).single())
                .isZero();
    }

    @Test
    void verify_names_exactly_the_move_line_lot_event_and_recall_changed_behind_the_applications_back()
            throws SQLException {
        long moveLine = jdbc.sql("SELECT MIN(id) FROM move_lines").query(Long.class).single();
        long event = jdbc.sql("SELECT MIN(id) FROM lot_events WHERE to_status = 'quarantine'").query(Long.class).single();
        long recall = jdbc.sql("SELECT MIN(id) FROM recalls").query(Long.class).single();

        behindTheApplicationsBack("UPDATE move_lines SET quantity = 400 WHERE id = " + moveLine,
                "UPDATE lot_events SET reason = 'Routine check' WHERE id = " + event,
                "UPDATE recalls SET reason = 'Nothing serious' WHERE id = " + recall);

        var report = check.verify();
        assertThat(report.isClean()).isFalse();
        assertThat(report.chain().findings()).hasSize(3);
        assertThat(report.chain().findings().get(0)).startsWith("move_lines id=" + moveLine + ": does not match");
        assertThat(report.chain().findings().get(1)).startsWith("lot_events id=" + event + ": does not match");
        assertThat(report.chain().findings().get(2)).startsWith("recalls id=" + recall + ": does not match");
        assertThat(report.summary()).contains("TAMPERED move_lines id=" + moveLine, "ledger chain of 3 blocks")
                .endsWith("TAMPERED.");
    }

    @Test
    void verify_names_the_recall_lot_whose_status_before_the_recall_was_rewritten_behind_the_applications_back()
            throws SQLException {
        long recall = jdbc.sql("SELECT MIN(id) FROM recalls").query(Long.class).single();
        behindTheApplicationsBack("UPDATE recall_lots SET from_status = 'available' WHERE lot_id = " + lot);

        assertThat(check.verify().chain().findings()).singleElement().asString()
                .startsWith("recall_lots recall_id=" + recall + ", lot_id=" + lot + ": does not match");
    }

    @Test
    void verify_finds_a_deleted_row_and_a_rewritten_block() throws SQLException {
        long event = jdbc.sql("SELECT MIN(id) FROM lot_events WHERE to_status = 'quarantine'").query(Long.class).single();
        behindTheApplicationsBack("DELETE FROM lot_events WHERE id = " + event,
                "UPDATE ledger_blocks SET hash = '" + "f".repeat(64) + "' WHERE position = 0");

        assertThat(check.verify().chain().findings()).satisfiesExactly(
                f -> assertThat(f).matches("ledger block 0 \\(id \\d+\\): its hash does not match its content"),
                f -> assertThat(f).matches("ledger block 1 \\(id \\d+\\): does not follow block 0 of the chain"),
                f -> assertThat(f).matches("ledger block 1 \\(id \\d+\\): 1 of its 1 sealed rows are gone"));
    }

    @Test
    void a_row_written_without_its_block_is_reported_as_outside_the_ledger() throws SQLException {
        behindTheApplicationsBack("INSERT INTO lot_events (lot_id, event, reason, actor, occurred_at) "
                + "VALUES (" + lot + ", 'note', 'slipped in', 'nobody', CURRENT_TIMESTAMP)");
        long slipped = jdbc.sql("SELECT MAX(id) FROM lot_events").query(Long.class).single();

        assertThat(check.verify().chain().findings())
                .containsExactly("lot_events id=" + slipped + ": is in no block of the ledger");
    }

    @Test
    void verify_names_a_package_move_changed_and_one_deleted_behind_the_applications_back() throws SQLException {
        var on = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "packages", true));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        long pallet = newPackage("PALLET-1", "pallet");
        newPackage("CASE-1", "case");
        var packed = admin.post("/api/v1/packages/put-in-pack", Map.of("packageId", pallet, "packages",
                List.of("CASE-1")));
        assertThat(packed.status()).as(packed.body()).isEqualTo(201);
        var unpacked = admin.post("/api/v1/packages/" + pallet + "/unpack", null);
        assertThat(unpacked.status()).as(unpacked.body()).isEqualTo(200);
        assertThat(check.verify().chain().findings()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM package_moves WHERE ledger_block_id IS NULL").query(Long.class)
                .single()).isZero();
        long pack = jdbc.sql("SELECT id FROM package_moves WHERE operation_type = 'pack'").query(Long.class).single();
        long unpack = jdbc.sql("SELECT id FROM package_moves WHERE operation_type = 'unpack'").query(Long.class)
                .single();

        behindTheApplicationsBack("UPDATE package_moves SET parent_id = NULL WHERE id = " + pack,
                "DELETE FROM package_moves WHERE id = " + unpack);

        assertThat(check.verify().chain().findings()).satisfiesExactly(
                f -> assertThat(f).startsWith("package_moves id=" + pack + ": does not match the hash sealed in"),
                f -> assertThat(f).matches("ledger block 4 \\(id \\d+\\): 1 of its 1 sealed rows are gone"));
    }

    private long newPackage(String name, String type) {
        var r = admin.post("/api/v1/packages", Map.of("name", name, "type", type, "locationId",
                io.stocktrace.location.Locations.STOCK));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }

    @Test
    void concurrent_operations_each_append_their_block_without_a_gap_or_a_fork() throws Exception {
        long sugar = given.product("SUGAR", "lot");
        List<Long> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(given.transfer("receipt", null, Scenario.line(sugar, "S-" + i, null, 1)).path("id").asLong());
        }

        var answers = Concurrently.run(6, i -> () -> admin.post("/api/v1/transfers/" + drafts.get(i) + "/validate", null));

        answers.forEach(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        var report = check.verify();
        assertThat(report.chain().findings()).as(report.summary()).isEmpty();
        assertThat(report.chain().blocks()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT MAX(position) FROM ledger_blocks").query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void the_digest_gives_managers_the_head_and_a_kept_digest_stays_a_prefix_of_the_chain() {
        var digest = admin.get("/api/v1/ledger/digest");
        assertThat(digest.status()).as(digest.body()).isEqualTo(200);
        assertThat(digest.contentType()).startsWith("application/json");
        assertThat(digest.at("/algorithm").asString()).isEqualTo("SHA-256");
        assertThat(digest.at("/hash").asString()).matches("[0-9a-f]{64}");
        assertThat(digest.at("/blocks").asLong()).isEqualTo(3);
        assertThat(digest.at("/rows").asLong()).isEqualTo(5);
        assertThat(digest.at("/at").asString()).isNotBlank();
        assertThat(userWithRole("manager").get("/api/v1/ledger/digest").status()).isEqualTo(200);
        assertProblem(userWithRole("viewer").get("/api/v1/ledger/digest"), 403, "forbidden");
        assertProblem(userWithRole("operator").get("/api/v1/ledger/digest"), 403, "forbidden");
        assertProblem(anonymous().get("/api/v1/ledger/digest"), 401, "unauthorized");

        given.receivedLot(flour, "F-2", 5);
        Http.Response later = admin.get("/api/v1/ledger/digest");
        assertThat(later.at("/blocks").asLong()).isEqualTo(4);
        assertThat(later.at("/hash").asString()).isNotEqualTo(digest.at("/hash").asString());
        assertThat(jdbc.sql("SELECT hash FROM ledger_blocks WHERE position = 2").query(String.class).single())
                .isEqualTo(digest.at("/hash").asString());
        assertThat(jdbc.sql("SELECT previous_hash FROM ledger_blocks WHERE position = 3").query(String.class).single())
                .isEqualTo(digest.at("/hash").asString());
        var kept = admin.get("/api/v1/ledger/digest?blocks=3");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.at("/hash").asString()).isEqualTo(digest.at("/hash").asString());
        assertThat(kept.at("/rows").asLong()).isEqualTo(5);
        assertThat(kept.at("/at").asString()).isEqualTo(digest.at("/at").asString());
        assertProblem(admin.get("/api/v1/ledger/digest?blocks=9"), 404, "not-found");
    }

    private long ledgerRows() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM move_lines) + (SELECT COUNT(*) FROM lot_events)
                     + (SELECT COUNT(*) FROM recalls) + (SELECT COUNT(*) FROM recall_lots)
                """).query(Long.class).single();
    }

    /** Runs the statements as someone with the database's password would: the append-only trigger off meanwhile. */
    private void behindTheApplicationsBack(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            st.execute(postgres ? "ALTER TABLE move_lines DISABLE TRIGGER trg_move_lines_append_only"
                    : "DROP TRIGGER trg_move_lines_append_only");
            try {
                for (String sql : statements) {
                    st.execute(sql);
                }
            } finally {
                st.execute(postgres ? "ALTER TABLE move_lines ENABLE TRIGGER trg_move_lines_append_only"
                        : "CREATE TRIGGER trg_move_lines_append_only BEFORE UPDATE, DELETE ON move_lines "
                        + "FOR EACH ROW CALL 'io.stocktrace.db.AppendOnlyTrigger'");
            }
        }
    }
}
