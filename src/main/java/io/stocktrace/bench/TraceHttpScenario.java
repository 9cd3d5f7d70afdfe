package io.stocktrace.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * (h) of {@code bench trace --http}: the traces of (a) and (b) as a client gets them, over loopback HTTP with an API
 * token, beside the floor: a static file ({@value #FLOOR}) from the same server, fetched the same way in the same run,
 * each floor request right before a trace so that both meet the same machine. The difference is what the trace
 * itself costs through HTTP.
 */
final class TraceHttpScenario {
    static final String FLOOR = "/css/stocktrace.css";

    private final BenchServer server;
    private final PrintStream report;

    TraceHttpScenario(BenchServer server, PrintStream report) {
        this.server = server;
        this.report = report;
    }

    /** Random lots upstream and downstream ({@code count} each, after as many to warm up), then the hot lot. */
    void run(TraceDataGenerator.Generated data, int count, long seed, int rounds) throws Exception {
        Random random = new Random(seed);
        long range = data.lastLotId() - data.firstLotId() + 1;
        List<Long> lots = new ArrayList<>();
        for (int i = 0; i < count * 2; i++) {
            lots.add(data.firstLotId() + (long) (random.nextDouble() * range));
        }
        report.printf(Locale.ROOT, "(h) through HTTP with an API token (%s); floor: GET %s from the same server%n",
                server.api(), FLOOR);
        for (String direction : List.of("upstream", "downstream")) {
            measure(lots.subList(0, count), direction, new Timings(), new Timings());
            Timings traces = new Timings();
            Timings floor = new Timings();
            int refused = measure(lots.subList(count, lots.size()), direction, traces, floor);
            print(direction + " trace of " + count + " random lots" + (refused == 0 ? ""
                    : " (" + refused + " refused past the whole answer's limit)"), traces, floor, 50, 99);
        }
        hotLot(data.hotLotId(), rounds);
    }

    /**
     * The hot lot downstream as a user reads it: the whole answer (refused past its limit), the summary, the first
     * page, and every operation streamed as NDJSON and CSV ({@code rounds} times each, after one to warm up).
     */
    private void hotLot(long lot, int rounds) throws Exception {
        String trace = "/lots/" + lot + "/trace";
        BenchServer.Counted whole = hotRounds(rounds, "hot lot " + lot + " downstream, whole answer",
                trace + "?direction=downstream");
        report.printf(Locale.ROOT, "    answered %d, %,d bytes%n", whole.status(), whole.bytes());
        BenchServer.Counted summary = hotRounds(rounds, "hot lot " + lot + " downstream, summary",
                trace + "/summary?direction=downstream");
        report.printf(Locale.ROOT, "    answered %d, %,d bytes%n", summary.status(), summary.bytes());
        hotRounds(rounds, "hot lot " + lot + " downstream, first page of 100 operations",
                trace + "/operations?direction=downstream&limit=100");
        hotRounds(rounds, "hot lot " + lot + " downstream, first page of 1,000 operations",
                trace + "/operations?direction=downstream&limit=1000");
        for (String format : List.of("ndjson", "csv")) {
            Timings times = new Timings();
            BenchServer.Counted rows = null;
            for (int i = 0; i <= rounds; i++) {
                Timings keep = i == 0 ? new Timings() : times;
                rows = keep.time(() -> server.count(trace + "/operations." + format + "?direction=downstream"));
            }
            long count = rows.lines() - ("csv".equals(format) ? 1 : 0);
            report.printf(Locale.ROOT, "(h) hot lot %d downstream, every operation as %s: %,d rows, %,d bytes, %d rounds%n",
                    lot, format.toUpperCase(Locale.ROOT), count, rows.bytes(), rounds);
            for (int p : List.of(50, 100)) {
                report.printf(Locale.ROOT, "    p%-3d %10s   %,12.0f rows/s%n", p, Timings.ms(times.percentile(p)),
                        count / (times.percentile(p) / 1000));
            }
        }
    }

    /** Times {@code rounds} GETs of the path (after one to warm up), each after the floor, and prints both. */
    private BenchServer.Counted hotRounds(int rounds, String what, String path) throws Exception {
        Timings times = new Timings();
        Timings floor = new Timings();
        BenchServer.Counted answer = null;
        for (int i = 0; i <= rounds; i++) {
            (i == 0 ? new Timings() : floor).time(() -> server.fetch(FLOOR));
            answer = (i == 0 ? new Timings() : times).time(() -> server.count(path));
        }
        print(what + ", " + rounds + " rounds", times, floor, 50, 100);
        return answer;
    }

    /** Returns how many traces were refused (past the whole answer's limit); those are timed too. */
    private int measure(List<Long> lots, String direction, Timings traces, Timings floor) throws Exception {
        int refused = 0;
        for (long lot : lots) {
            floor.time(() -> server.fetch(FLOOR));
            int status = traces.time(() -> server.count("/lots/" + lot + "/trace?direction=" + direction)).status();
            if (status != 200 && status != 422) {
                throw new IllegalStateException("the trace of lot " + lot + " answered " + status);
            }
            refused += status == 422 ? 1 : 0;
        }
        return refused;
    }

    private void print(String what, Timings traces, Timings floor, int low, int high) {
        report.printf(Locale.ROOT, "(h) %s%n", what);
        for (int p : List.of(low, high)) {
            double t = traces.percentile(p);
            double f = floor.percentile(p);
            report.printf(Locale.ROOT, "    p%-3d trace %10s   floor %10s   difference %10s%n", p, Timings.ms(t),
                    Timings.ms(f), Timings.ms(t - f));
        }
    }
}
