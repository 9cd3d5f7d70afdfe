package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recall writes one history row, and the history of each lot it recalled shows it from the status that lot had
 * (through the lot's recall_lots row); histories written before that, one row per lot, read as they did.
 */
abstract class RecallHistoryTests extends ApiTest {
    private long flour;
    private long lot;

    @BeforeEach
    void aReceivedLot() {
        flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 10);
        lot = given.lotId(flour, "F-1");
    }

    @Test
    void a_recall_shows_in_the_lot_s_history_from_the_status_it_had_with_one_history_row_written() {
        assertThat(admin.patch("/api/v1/lots/" + lot, Map.of("status", "quarantine", "reason", "Lab sample")).status())
                .isEqualTo(200);
        long eventsBefore = count("SELECT COUNT(*) FROM lot_events");

        recall(lot, "Stones found");

        assertThat(history(lot)).containsExactly("quarantine→recalled Stones found by admin",
                "available→quarantine Lab sample by admin");
        assertThat(admin.get("/api/v1/lots/" + lot + "/events").json().path("total").asLong()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM lot_events")).isEqualTo(eventsBefore + 1);
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("status").asString()).isEqualTo("recalled");
    }

    @Test
    void a_second_recall_of_a_recalled_lot_adds_nothing_to_its_history() {
        recall(lot, "First");
        recall(lot, "Second");

        assertThat(history(lot)).containsExactly("available→recalled First by admin");
    }

    @Test
    void a_recall_written_before_v45_one_history_row_per_lot_reads_as_it_did() {
        recalledByHand("RC/OLD", "Old recall", lot);
        jdbc.sql("""
                        INSERT INTO lot_events (lot_id, event, from_status, to_status, reason, actor, occurred_at)
                        VALUES (:lot, 'status', 'available', 'recalled', 'Old recall', 'ana', CURRENT_TIMESTAMP)
                        """).param("lot", lot).update();

        recall(lot, "New recall");

        assertThat(history(lot)).containsExactly("available→recalled Old recall by ana");
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("status").asString()).isEqualTo("recalled");
    }

    @Test
    void the_database_refuses_a_recall_row_naming_no_lot_or_recall_and_keeps_what_a_recall_row_names() {
        jdbc.sql("INSERT INTO lots (product_id, name, status, created_at) VALUES (:flour, 'F-2', 'available', CURRENT_TIMESTAMP)")
                .param("flour", flour).update();
        long unused = count("SELECT id FROM lots WHERE name = 'F-2'");
        long recall = recalledByHand("RC/BARE", "By hand", unused);

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO recall_lots (recall_id, lot_id, depth) VALUES (:recall, -1, 1)")
                .param("recall", recall).update()).hasMessageContaining("fk_recall_lots_lot");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO recall_lots (recall_id, lot_id, depth) VALUES (-1, :lot, 0)")
                .param("lot", lot).update()).hasMessageContaining("fk_recall_lots_recall");
        assertThatThrownBy(() -> jdbc.sql("UPDATE recall_lots SET lot_id = -1 WHERE recall_id = :recall")
                .param("recall", recall).update()).hasMessageContaining("fk_recall_lots_lot");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM lots WHERE id = :lot").param("lot", unused).update())
                .hasMessageContaining("fk_recall_lots_lot");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM recalls WHERE id = :recall").param("recall", recall).update())
                .hasMessageContaining("fk_recall_lots_recall");
        assertThat(count("SELECT COUNT(*) FROM recall_lots WHERE recall_id = " + recall + " AND lot_id = " + unused))
                .isEqualTo(1);
    }

    /** A recall of {@link #lot} written by ana straight into the tables, naming {@code recalledLot} in its lots. */
    private long recalledByHand(String reference, String reason, long recalledLot) {
        jdbc.sql("""
                        INSERT INTO recalls (reference, lot_id, reason, created_by, created_at)
                        VALUES (:reference, :lot, :reason, 'ana', CURRENT_TIMESTAMP)
                        """).param("reference", reference).param("lot", lot).param("reason", reason).update();
        long recall = count("SELECT id FROM recalls WHERE reference = '" + reference + "'");
        jdbc.sql("INSERT INTO recall_lots (recall_id, lot_id, depth) VALUES (:recall, :lot, 0)")
                .param("recall", recall).param("lot", recalledLot).update();
        return recall;
    }

    private void recall(long lotId, String reason) {
        var r = admin.post("/api/v1/recalls", Map.of("lotId", lotId, "reason", reason));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private List<String> history(long lotId) {
        List<String> lines = new ArrayList<>();
        admin.get("/api/v1/lots/" + lotId + "/events").json().path("items").forEach(e -> lines.add(
                e.path("fromStatus").asString("") + "→" + e.path("toStatus").asString("") + " "
                        + e.path("reason").asString("") + " by " + e.path("actor").asString("")));
        return lines;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
