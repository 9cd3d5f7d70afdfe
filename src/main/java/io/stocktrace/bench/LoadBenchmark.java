package io.stocktrace.bench;

import io.stocktrace.stock.LedgerCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench load [--clients=16] [--seconds=30] [--warmup=5] [--scenario=mix|receipts|one-product] [--auth=token|basic]
 * [--postgres=URL | --h2] [--pgbench]}: a warehouse's rush hour over HTTP. The server runs in this JVM on a fresh
 * database (PostgreSQL {@value #DEFAULT_POSTGRES} unless {@code --postgres} or {@code --h2} says otherwise); each
 * client thread has its own connection and API token (or the admin's password with {@code --auth=basic}). Prints per
 * kind of operation the count, throughput, p50/p99/max latency and refusals by status, and the CPU of this JVM per
 * operation; with {@code --pgbench}, pgbench's TPC-B on the same PostgreSQL server and the ratio. Ends by checking
 * that each product's on-hand is what the clients' accepted operations add up to and that the ledger check is clean:
 * exit 1 if not.
 */
public final class LoadBenchmark {
    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/stocktrace_bench_load";

    private LoadBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = BenchSetup.options(args);
        if (!options.containsKey("h2")) {
            options.putIfAbsent("postgres", DEFAULT_POSTGRES);
        }
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        String scenario = options.getOrDefault("scenario", "mix");
        boolean basic = "basic".equals(options.get("auth"));
        PrintStream report = System.out;
        try (BenchServer server = BenchServer.start(options)) {
            report.printf(Locale.ROOT, "load benchmark: %d clients, scenario %s, %s, %d s (after %d s of warm-up)%n",
                    clients, scenario, basic ? "HTTP Basic (admin's password)" : "an API token per client", seconds, warmup);
            report.printf(Locale.ROOT, "database: %s; machine: %d processors, Java %s%n", server.database(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            Map<Long, AtomicLong> onHand = new LinkedHashMap<>();
            List<LoadClient.Products> products = products(server, clients, scenario, onHand);
            List<String> auths = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                auths.add(basic ? BenchServer.BASIC : server.newToken("load-" + c));
            }
            long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
            LoadStats stats = new LoadStats(measureFrom);
            List<LoadClient> loadClients = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                loadClients.add(new LoadClient(c, server.api(), auths.get(c), products.get(c),
                        mix(scenario), stats, onHand,
                        measureFrom + seconds * 1_000_000_000L));
            }
            Cpu cpu = runAll(loadClients, measureFrom);
            stats.print(report, seconds);
            double receipts = stats.count("receipt") / (double) seconds;
            report.printf(Locale.ROOT, "operations: %,d done, %,d refused or failed; receipts (create + validate): %.1f/s%n",
                    stats.operations(), stats.errors(), receipts);
            cpu.print(report, stats.operations());
            readRouting(server, report);
            boolean consistent = onHandMatches(server, onHand, report) & ledgerClean(server, report);
            if (options.containsKey("pgbench") && options.containsKey("postgres")) {
                pgbench(options, receipts, report);
            }
            report.println(consistent ? "consistency: on-hand equals the accepted operations, the ledger check is clean"
                    : "consistency: FAILED");
            return consistent ? 0 : 1;
        }
    }

    /** With {@code --read-replicas}: where the clients' read-only transactions ran (the {@code stocktrace.reads} counters). */
    private static void readRouting(BenchServer server, PrintStream report) {
        var counters = server.app().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("stocktrace.reads").counters();
        for (var counter : counters) {
            report.printf(Locale.ROOT, "reads on the %s (%s): %,.0f%n", counter.getId().getTag("target"),
                    counter.getId().getTag("reason"), counter.count());
        }
    }

    /** {@code traces}: one receipt each, then lookups of its lot and its traces (the reads a standby may serve). */
    private static LoadClient.Mix mix(String scenario) {
        return switch (scenario) {
            case "mix" -> LoadClient.Mix.FULL;
            case "traces" -> LoadClient.Mix.TRACES;
            default -> LoadClient.Mix.RECEIPTS;
        };
    }

    /** Runs each client on its own thread until they all end; the CPU spent from {@code measureFrom} on. */
    private static Cpu runAll(List<LoadClient> loadClients, long measureFrom) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (LoadClient client : loadClients) {
            Thread thread = new Thread(client, "load-client-" + threads.size());
            thread.start();
            threads.add(thread);
        }
        Cpu cpu = Cpu.measure(threads, measureFrom);
        for (Thread t : threads) {
            t.join();
        }
        return cpu.until(loadClients);
    }

    private static void pgbench(Map<String, String> options, double receipts, PrintStream report) throws Exception {
        double tps = Pgbench.onServerOf(options.get("postgres"), options.getOrDefault("user", "postgres"))
                .tps(options, report);
        report.printf(Locale.ROOT, "receipts/s ÷ pgbench tps = %.1f ÷ %.1f = %.3f%n", receipts, tps, receipts / tps);
    }

    /**
     * Every client's products, created first: {@code mix} gives each client a lot product and a serial product, and
     * every fourth client receives and delivers on the shared hot product instead; {@code receipts} gives each its own
     * product; {@code one-product} has them all receive on one.
     */
    private static List<LoadClient.Products> products(BenchServer server, int clients, String scenario,
                                                      Map<Long, AtomicLong> onHand) throws IOException, InterruptedException {
        if (!List.of("mix", "receipts", "one-product", "traces").contains(scenario)) {
            throw new IllegalArgumentException("--scenario is mix, receipts, one-product or traces, not '" + scenario + "'");
        }
        long stock = stockId(server);
        long shelf = server.json("POST", "/locations", "{\"name\":\"Load shelf\",\"parentId\":" + stock
                + ",\"usage\":\"internal\"}").get("id").asLong();
        long hot = product(server, "LOAD-HOT", "lot", onHand);
        List<LoadClient.Products> products = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            boolean onHot = "one-product".equals(scenario) || "mix".equals(scenario) && c % 4 == 3;
            long lot = onHot ? hot : product(server, "LOAD-L" + c, "lot", onHand);
            long serial = "mix".equals(scenario) ? product(server, "LOAD-S" + c, "serial", onHand) : 0;
            products.add(new LoadClient.Products(lot, serial, stock, shelf));
        }
        return products;
    }

    private static long product(BenchServer server, String sku, String tracking, Map<Long, AtomicLong> onHand)
            throws IOException, InterruptedException {
        long id = server.json("POST", "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Load " + sku
                + "\",\"tracking\":\"" + tracking + "\"}").get("id").asLong();
        onHand.put(id, new AtomicLong());
        return id;
    }

    private static long stockId(BenchServer server) throws IOException, InterruptedException {
        for (JsonNode location : server.json("GET", "/locations?usage=internal&limit=1000", null).get("items")) {
            if ("WH/Stock".equals(location.get("fullName").asString())) {
                return location.get("id").asLong();
            }
        }
        throw new IllegalStateException("no WH/Stock location");
    }

    /** Each product's on-hand as the API sums it (its lots grouped by product) against the clients' count. */
    private static boolean onHandMatches(BenchServer server, Map<Long, AtomicLong> onHand, PrintStream report)
            throws IOException, InterruptedException {
        boolean matches = true;
        for (var product : onHand.entrySet()) {
            BigDecimal counted = BigDecimal.valueOf(product.getValue().get());
            BigDecimal served = BigDecimal.ZERO;
            for (JsonNode group : server.json("GET", "/lots?groupBy=product&productId=" + product.getKey(), null)
                    .get("groups")) {
                served = served.add(group.get("quantityOnHand").decimalValue());
            }
            if (served.compareTo(counted) != 0) {
                report.printf(Locale.ROOT, "DRIFT product %d: on hand %s, accepted operations add up to %s%n",
                        product.getKey(), served.toPlainString(), counted.toPlainString());
                matches = false;
            }
        }
        report.printf(Locale.ROOT, "on-hand of %d products %s the accepted operations%n", onHand.size(),
                matches ? "equals" : "does NOT equal");
        return matches;
    }

    private static boolean ledgerClean(BenchServer server, PrintStream report) {
        LedgerCheck.Report check = server.app().getBean(LedgerCheck.class).verify();
        check.drifts().forEach(d -> report.println("DRIFT " + d));
        report.println("ledger check (verify): " + check.summary());
        return check.isClean();
    }

    /**
     * CPU time of this JVM over the measured window: server, database driver and clients together, and without the
     * client threads' own CPU (their HTTP client's selector threads stay in: an upper bound of the server's share);
     * and what of it the JIT compiler's and the garbage collector's threads took (Linux: /proc/self/task). A JIT
     * still compiling in the window (a short warm-up) counts in the figure per operation: not the steady state's.
     */
    private record Cpu(long processStart, long clientsStart, long jitStart, long gcStart, long process, long clients,
                       long jitMillis, long gcMillis) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static Cpu measure(List<Thread> threads, long measureFrom) throws InterruptedException {
            long wait = measureFrom - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return new Cpu(processCpu(), clientsCpu(threads), vmThreadsMillis("C1 Compiler", "C2 Compiler"),
                    vmThreadsMillis("GC Thread", "G1 "), 0, 0, 0, 0);
        }

        /** After the clients ended: each kept its own thread's CPU time at its end. */
        Cpu until(List<LoadClient> ended) {
            long clients = ended.stream().mapToLong(LoadClient::cpuNanos).sum();
            return new Cpu(processStart, clientsStart, jitStart, gcStart, processCpu() - processStart,
                    clients - clientsStart, vmThreadsMillis("C1 Compiler", "C2 Compiler") - jitStart,
                    vmThreadsMillis("GC Thread", "G1 ") - gcStart);
        }

        void print(PrintStream report, long operations) {
            double ops = Math.max(1, operations);
            report.printf(Locale.ROOT, "CPU of this JVM per operation: %.2f ms (server and clients); %.2f ms without the"
                    + " client threads (their HTTP selector threads still counted)%n", process / 1e6 / ops,
                    (process - clients) / 1e6 / ops);
            report.printf(Locale.ROOT, "of it, the JIT compiler's threads: %.2f ms, the garbage collector's: %.2f ms%s%n",
                    jitMillis / ops, gcMillis / ops, jitMillis > process / 1e6 / 10
                            ? " (the JIT was still warming up: a longer --warmup gives the steady state)" : "");
        }

        private static long clientsCpu(List<Thread> threads) {
            return threads.stream().mapToLong(t -> Math.max(0, THREADS.getThreadCpuTime(t.getId()))).sum();
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** CPU milliseconds so far of this JVM's threads whose name starts with one of these; 0 off Linux. */
        private static long vmThreadsMillis(String... names) {
            long ticks = 0;
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (var task : tasks.toList()) {
                    ticks += ticksOf(task, names);
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return ticks * 10;
        }

        /** utime + stime (clock ticks of 10 ms) of one thread when its name starts with one of these, else 0. */
        private static long ticksOf(Path task, String... names) {
            try {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (Arrays.stream(names).noneMatch(name::startsWith)) {
                    return 0;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
