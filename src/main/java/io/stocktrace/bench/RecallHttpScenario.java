package io.stocktrace.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * (r) of {@code bench trace --http}: the recall of the hot lot as a client makes it, {@code POST /api/v1/recalls} over
 * loopback HTTP with an API token, whole answer, beside the floor (the static file of {@link TraceHttpScenario}, fetched
 * right before each recall). A recall through HTTP commits, and a recall of lots already recalled changes nothing:
 * on PostgreSQL each round is undone afterwards, outside the timing (the recall's rows, its history row and ledger
 * block deleted with the append-only triggers off, the ledger head set back, {@code VACUUM ANALYZE}: a recall does not
 * write the lots' rows), so every round recalls the same 22,000 available lots. H2 runs one round (no undo there).
 */
final class RecallHttpScenario {
    private final BenchServer server;
    private final DataSource dataSource;
    private final PrintStream report;

    RecallHttpScenario(BenchServer server, DataSource dataSource, PrintStream report) {
        this.server = server;
        this.dataSource = dataSource;
        this.report = report;
    }

    void run(long hotLot, int rounds) throws Exception {
        boolean postgres = server.database().startsWith("jdbc:postgresql:");
        int measured = postgres ? rounds : 1;
        report.printf(Locale.ROOT, "(r) recall of hot lot %d through HTTP (POST %s/recalls), %d round%s%s%n", hotLot,
                server.api(), measured, measured == 1 ? "" : "s", postgres ? ", each undone after it (outside the timing)"
                        : " (H2: no undo, so one round and no warm-up)");
        Timings recalls = new Timings();
        Timings floor = new Timings();
        Timings jvmCpu = new Timings();
        Timings databaseCpu = new Timings();
        String body = BenchServer.JSON.writeValueAsString(Map.of("lotId", hotLot, "reason", "Benchmark recall"));
        JsonNode answer = null;
        int bytes = 0;
        for (int i = postgres ? 0 : 1; i <= measured; i++) {
            Timings keepRecall = i == 0 ? new Timings() : recalls;
            Timings keepFloor = i == 0 ? new Timings() : floor;
            Head head = postgres ? Head.read(dataSource) : null;
            keepFloor.time(() -> server.fetch(TraceHttpScenario.FLOOR));
            Cpu before = postgres ? Cpu.now(dataSource) : Cpu.jvmOnly();
            String text = keepRecall.time(() -> server.exchange("POST", "/recalls", body));
            Cpu after = postgres ? Cpu.now(dataSource) : Cpu.jvmOnly();
            if (i > 0) {
                jvmCpu.add((after.jvmNanos() - before.jvmNanos()) / 1e6);
                databaseCpu.add(after.databaseMillisSince(before));
            }
            bytes = text.length();
            answer = BenchServer.JSON.readTree(text);
            if (postgres) {
                undo(answer.path("id").asLong(), head);
            }
        }
        JsonNode counts = answer.path("counts");
        report.printf(Locale.ROOT, "    answer: %,d affected lots, %,d customers, %,d blocked stock rows, %,d bytes of JSON%s%n",
                counts.path("affectedLots").asLong(answer.path("affectedLots").size()),
                counts.path("customers").asLong(answer.path("customers").size()),
                counts.path("blockedStock").asLong(answer.path("blockedStock").size()), bytes,
                answer.path("whole").asBoolean(true) ? "" : " (the summary: the recall is past the lots answered whole)");
        for (int p : measured == 1 ? new int[] {100} : new int[] {50, 100}) {
            double r = recalls.percentile(p);
            double f = floor.percentile(p);
            report.printf(Locale.ROOT, "    p%-3d recall %10s   floor %10s   difference %10s   CPU: JVM %10s, PostgreSQL %10s%n",
                    p, Timings.ms(r), Timings.ms(f), Timings.ms(r - f), Timings.ms(jvmCpu.percentile(p)),
                    Timings.ms(databaseCpu.percentile(p)));
        }
    }

    /** The ledger's head before a round, to set it back when the round is undone. */
    private record Head(long position, String hash, long totalRows, Object sealedAt) {
        static Head read(DataSource dataSource) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT position, hash, total_rows, sealed_at FROM ledger_heads "
                         + "WHERE chain = 'main'")) {
                rs.next();
                return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4));
            }
        }
    }

    private void undo(long recallId, Head head) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL session_replication_role = replica");
                long block;
                try (ResultSet rs = st.executeQuery("SELECT ledger_block_id FROM recalls WHERE id = " + recallId)) {
                    rs.next();
                    block = rs.getLong(1);
                }
                st.executeUpdate("DELETE FROM lot_events WHERE ledger_block_id = " + block);
                st.executeUpdate("DELETE FROM recall_lots WHERE recall_id = " + recallId);
                st.executeUpdate("DELETE FROM recalls WHERE id = " + recallId);
                st.executeUpdate("DELETE FROM ledger_blocks WHERE id = " + block);
            }
            try (var ps = c.prepareStatement("UPDATE ledger_heads SET position = ?, hash = ?, total_rows = ?, "
                    + "sealed_at = ? WHERE chain = 'main'")) {
                ps.setLong(1, head.position());
                ps.setString(2, head.hash());
                ps.setLong(3, head.totalRows());
                ps.setObject(4, head.sealedAt());
                ps.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE lots, lot_events, recall_lots, recalls");
            }
        }
    }
}
