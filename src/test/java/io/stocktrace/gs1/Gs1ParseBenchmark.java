package io.stocktrace.gs1;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How many GS1 codes one core parses and validates per second, in each form a warehouse meets: a bracketed element
 * string, raw scan data with a group separator, and a Digital Link URI (target: 1,000,000 element strings per
 * second). Run by hand: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Gs1ParseBenchmark {
    private final Gs1SyntaxEngine engine = new Gs1SyntaxEngine(Clock.systemUTC());

    @Benchmark
    public Gs1Data elementString() {
        return engine.parseElementString("^010950600013435217271231" + "10ABC123^21SN-000042");
    }

    @Benchmark
    public Gs1Data bracketed() {
        return engine.parseBracketed("(01)09506000134352(17)271231(10)ABC123(21)SN-000042");
    }

    @Benchmark
    public Gs1Data scanData() {
        return engine.parse("]d201095060001343521727123110ABC123\u001d21SN-000042");
    }

    @Benchmark
    public Gs1Data digitalLink() {
        return engine.parse("https://id.gs1.org/01/09506000134352/10/ABC123/21/SN-000042?17=271231");
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(Gs1ParseBenchmark.class.getSimpleName()).build()).run();
    }
}
