package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.OnPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

@OnPostgres
class TraceBenchPostgresIT extends TraceBenchTests {
    private static final String DEFINITIONS = """
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            ORDER BY 1
            """;

    @Test
    void loads_an_empty_ledger_without_its_secondary_indexes_and_builds_them_again_as_defined() throws Exception {
        List<String> migrated = jdbc.sql(DEFINITIONS).query(String.class).list();
        List<String> duringTheLoad = TraceBenchmark.load(dataSource, out -> {
            new TraceDataGenerator(BenchSize.XS, 7).generate(out);
            return jdbc.sql(DEFINITIONS).query(String.class).list();
        });
        assertThat(duringTheLoad)
                .noneMatch(definition -> definition.contains("ix_move_lines_lot "))
                .noneMatch(definition -> definition.contains("uq_lots_product_name"))
                .anyMatch(definition -> definition.contains("move_lines_pkey"));
        assertThat(jdbc.sql(DEFINITIONS).query(String.class).list()).isEqualTo(migrated);
    }
}
