package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.stock.LedgerCheck;
import io.stocktrace.stock.TransferService;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.DatabaseCleaner;
import io.stocktrace.trace.RecallService;
import io.stocktrace.trace.Trace;
import io.stocktrace.trace.TraceService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The trace benchmark's generator and comparators at size XS: the same seed gives the same rows, the rows make a
 * ledger the ledger check finds sound, and ours, the hand-written query and the Odoo-style walk reach the same lots.
 * Ours reads the operations of every level of three lots or more aside, in parts of three, on its second connections
 * (as it does a hot lot's 22,000 lots at M): the answers prove that path gives the same lots and operations.
 */
@TestPropertySource(properties = "stocktrace.trace.aside-from=3")
abstract class TraceBenchTests extends ApiTest {
    private static final long SEED = 7;
    private static final List<String> TABLES = List.of("partners", "products", "locations", "lots", "transfers",
            "transfer_lines", "manufacturing_orders", "manufacturing_order_lines", "move_lines", "lot_links", "quants",
            "reference_sequences");

    @Autowired
    private TraceService traces;
    @Autowired
    private RecallService recalls;
    @Autowired
    private TransferService transfers;
    @Autowired
    private LedgerCheck ledger;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private TraceDataGenerator.Generated generate(long seed) throws Exception {
        return TraceBenchmark.load(dataSource, out -> new TraceDataGenerator(BenchSize.XS, seed).generate(out));
    }

    @Test
    void generates_the_same_rows_from_the_same_seed_and_other_rows_from_another() throws Exception {
        generate(SEED);
        String first = digest();
        DatabaseCleaner.clean(dataSource);
        generate(SEED);
        assertThat(digest()).isEqualTo(first);
        DatabaseCleaner.clean(dataSource);
        generate(SEED + 1);
        assertThat(digest()).isNotEqualTo(first);
    }

    @Test
    void reads_back_what_it_loaded_so_that_a_rerun_with_reuse_draws_the_same_lots() throws Exception {
        var data = generate(SEED);
        var again = TraceDataGenerator.alreadyLoaded(dataSource);
        assertThat(again.hotLotId()).isEqualTo(data.hotLotId());
        assertThat(again.firstLotId()).isEqualTo(data.firstLotId());
        assertThat(again.lastLotId()).isEqualTo(data.lastLotId());
        assertThat(again.moveLines()).isEqualTo(data.moveLines());
        assertThat(again.lotLinks()).isEqualTo(data.lotLinks());
    }

    @Test
    void generates_a_ledger_whose_quants_the_ledger_check_finds_sound() throws Exception {
        var data = generate(SEED);
        var report = ledger.verify();
        assertThat(report.drifts()).isEmpty();
        assertThat(report.moveLines()).isEqualTo(data.moveLines()).isGreaterThanOrEqualTo(BenchSize.XS.moveLines);
        assertThat(report.quants()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM move_lines WHERE lot_id = :lot AND destination_location_id = 7")
                .param("lot", data.hotLotId()).query(Long.class).single()).isEqualTo(BenchSize.XS.hotOrders);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE tracking = 'serial'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void ours_the_hand_written_query_and_the_odoo_style_walk_reach_the_same_lots() throws Exception {
        var data = generate(SEED);
        Random random = new Random(SEED);
        try (Connection c = dataSource.getConnection()) {
            var handWritten = new RecursiveSqlTrace(c);
            var naive = new OdooStyleTrace(c);
            long later = System.nanoTime() + 600_000_000_000L;
            for (int i = 0; i <= 40; i++) {
                long lot = i == 0 ? data.hotLotId()
                        : data.firstLotId() + random.nextInt((int) (data.lastLotId() - data.firstLotId() + 1));
                Trace downstream = traces.trace(lot, Trace.Direction.DOWNSTREAM);
                Trace upstream = traces.trace(lot, Trace.Direction.UPSTREAM);
                Set<Long> down = ids(downstream);
                Set<Long> up = ids(upstream);
                assertThat(handWritten.downstream(lot).lots()).as("downstream of %d", lot).isEqualTo(down);
                assertThat(handWritten.downstream(lot).operations()).isEqualTo(downstream.operations().size());
                assertThat(naive.downstream(lot, later).lots()).as("naive downstream of %d", lot).isEqualTo(down);
                assertThat(handWritten.upstream(lot).lots()).as("upstream of %d", lot).isEqualTo(up);
                assertThat(handWritten.upstream(lot).operations()).as("operations upstream of %d", lot)
                        .isEqualTo(upstream.operations().size());
                assertThat(naive.upstream(lot, later).lots()).as("naive upstream of %d", lot).isEqualTo(up);
            }
        }
    }

    @Test
    void runs_every_scenario_and_reports_each_against_the_comparators() throws Exception {
        var data = generate(SEED);
        var out = new ByteArrayOutputStream();
        var report = new PrintStream(out, true, StandardCharsets.UTF_8);
        var scenarios = new TraceScenarios(traces, recalls, dataSource, transactionManager, report);
        scenarios.randomLots(data, 20, SEED, 10_000);
        scenarios.hotLot(data.hotLotId(), 1, 10_000, true);
        var serials = new SerialScenario(transfers, report);
        TraceBenchmark.load(dataSource, load -> serials.seed(load, 300));
        serials.run(300, 50, 1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(a) upstream trace of 20 random lots",
                "(a) downstream trace of 20 random lots", "(b) hot lot " + data.hotLotId() + ": downstream trace",
                "recall, rolled back", "(c) 300 serials in stock", "receive 50 serials", "deliver 50 serials");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lots WHERE status = 'recalled'").query(Long.class).single()).isZero();
        assertThat(ledger.verify().drifts()).isEmpty();
    }

    @Test
    void leaves_the_indexes_and_constraints_of_the_migrated_schema_after_a_load() throws Exception {
        List<String> migrated = indexesAndConstraints();
        generate(SEED);
        assertThat(indexesAndConstraints()).isEqualTo(migrated);
    }

    /** Every index (name, uniqueness, columns in order, direction, condition) and every named constraint. */
    private List<String> indexesAndConstraints() throws Exception {
        List<String> schema = new ArrayList<>(jdbc.sql("""
                SELECT table_name || ' ' || constraint_name || ' ' || constraint_type
                FROM information_schema.table_constraints WHERE LOWER(table_schema) = 'public'
                """).query(String.class).list());
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                """).query(String.class).list();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables) {
                try (var rs = c.getMetaData().getIndexInfo(null, c.getSchema(), table, false, false)) {
                    while (rs.next()) {
                        schema.add(String.join(" ", table, rs.getString("INDEX_NAME"), rs.getString("NON_UNIQUE"),
                                rs.getString("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"),
                                rs.getString("ASC_OR_DESC"), rs.getString("FILTER_CONDITION")));
                    }
                }
            }
        }
        return schema.stream().map(line -> line.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    private static Set<Long> ids(Trace trace) {
        return trace.lots().stream().map(Trace.TracedLot::id).collect(Collectors.toSet());
    }

    private String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String table : TABLES) {
            jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder row = new StringBuilder(table);
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append('|').append(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value);
                }
                sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
            });
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
