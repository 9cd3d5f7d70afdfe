package io.stocktrace.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * CPU time so far of this JVM (server, driver and the benchmark's client together) and of the PostgreSQL backends
 * connected to the benchmark's database (read from {@code /proc/<pid>/stat}, so only for a server on this machine;
 * otherwise unknown). On a shared machine a request's wall time is mostly waiting for a core; what it cost in CPU is
 * much less disturbed by the other work.
 */
record Cpu(long jvmNanos, Map<Integer, Long> backendTicks) {
    /** Linux's clock ticks per second for /proc (USER_HZ), 100 on every common kernel. */
    private static final double TICK_MILLIS = 10.0;

    static Cpu jvmOnly() {
        return new Cpu(jvm(), null);
    }

    static Cpu now(DataSource dataSource) throws SQLException {
        Map<Integer, Long> ticks = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                Long t = ticks(rs.getInt(1));
                if (t == null) {
                    return new Cpu(jvm(), null);
                }
                ticks.put(rs.getInt(1), t);
            }
        }
        return new Cpu(jvm(), ticks);
    }

    /** The database's CPU since {@code before}, in milliseconds (NaN when unknown); a new backend counts from 0. */
    double databaseMillisSince(Cpu before) {
        if (backendTicks == null || before.backendTicks == null) {
            return Double.NaN;
        }
        long ticks = 0;
        for (var e : backendTicks.entrySet()) {
            ticks += e.getValue() - before.backendTicks.getOrDefault(e.getKey(), 0L);
        }
        return ticks * TICK_MILLIS;
    }

    private static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of a process, or null when it cannot be read (another machine, another user). */
    private static Long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
