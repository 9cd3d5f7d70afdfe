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
            measure(lots.subList(count, lots.size()), direction, traces, floor);
            print(direction + " trace of " + count + " random lots", traces, floor, 50, 99);
        }
        Timings hot = new Timings();
        Timings floor = new Timings();
        String answer = "";
        for (int i = 0; i <= rounds; i++) {
            Timings keepHot = i == 0 ? new Timings() : hot;
            Timings keepFloor = i == 0 ? new Timings() : floor;
            keepFloor.time(() -> server.fetch(FLOOR));
            answer = keepHot.time(() -> server.exchange("GET", "/lots/" + data.hotLotId() + "/trace?direction=downstream", null));
        }
        print(String.format(Locale.ROOT, "hot lot %d downstream, whole answer (%,d bytes of JSON), %d rounds",
                data.hotLotId(), answer.length(), rounds), hot, floor, 50, 100);
    }

    private void measure(List<Long> lots, String direction, Timings traces, Timings floor) throws Exception {
        for (long lot : lots) {
            floor.time(() -> server.fetch(FLOOR));
            traces.time(() -> server.exchange("GET", "/lots/" + lot + "/trace?direction=" + direction, null));
        }
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
