package io.stocktrace.bench;

import java.sql.SQLException;
import javax.sql.DataSource;

/** The trace benchmark's plant at size XS (2,000 move lines, a hot lot of 50 orders), for tests of other packages. */
public final class XsPlant {
    private XsPlant() {
    }

    /** Loads the plant's history from this seed into the (clean) database and returns the hot lot's id. */
    public static long load(DataSource dataSource, long seed) throws SQLException {
        return TraceBenchmark.load(dataSource, out -> new TraceDataGenerator(BenchSize.XS, seed).generate(out))
                .hotLotId();
    }
}
