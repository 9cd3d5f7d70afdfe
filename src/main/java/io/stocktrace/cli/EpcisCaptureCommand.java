package io.stocktrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code epcis capture FILE --partner ID [--no-wait]}: sends a partner's EPCIS 2.0 document (or one event, JSON-LD)
 * to the capture interface and, unless told not to, waits for its job: success prints what was stored, failure every
 * error (exit 2).
 */
final class EpcisCaptureCommand {
    static final String USAGE = "epcis capture FILE --partner ID [--no-wait] [--server URL]";
    private static final Duration WAIT = Duration.ofMinutes(10);

    private EpcisCaptureCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("partner", "server"), Set.of("no-wait"));
        if (args.positional().size() != 2) {
            throw CliFailure.usage("expected: " + USAGE);
        }
        String partner = args.required("partner");
        if (!partner.matches("[0-9]{1,18}")) {
            throw CliFailure.usage("--partner takes the partner's id (a number), not '" + partner + "'");
        }
        Path file = Path.of(args.positional().get(1));
        String document;
        try {
            document = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliFailure.usage("no such file: " + file);
        } catch (IOException e) {
            throw CliFailure.failed("cannot read " + file + ": " + e.getMessage());
        }
        ServerClient server = ServerClient.from(args, console);
        JsonNode job = server.post("/epcis/capture?partnerId=" + partner, "application/ld+json", document);
        if (args.flag("no-wait")) {
            console.out().println("capture " + job.path("id").asLong() + ": running, " + job.path("eventCount").asInt() + " events");
            return 0;
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (job.path("running").asBoolean() && Instant.now().isBefore(deadline)) {
            pause();
            job = server.get("/epcis/capture/" + job.path("id").asLong());
        }
        return report(job, console);
    }

    private static int report(JsonNode job, Console console) {
        String head = "capture " + job.path("id").asLong() + ": " + job.path("state").asString();
        if ("success".equals(job.path("state").asString())) {
            console.out().println(head + ", " + job.path("capturedCount").asInt() + " events stored, "
                    + job.path("skippedCount").asInt() + " already captured");
            return 0;
        }
        console.err().println(head + (job.path("running").asBoolean() ? " (still running: read it again later)" : ", nothing stored"));
        job.path("errors").values().forEach(e -> console.err().println("  " + e.asString()));
        return job.path("running").asBoolean() ? CliFailure.FAILED : CliFailure.USAGE;
    }

    /** Between two reads of a running job: a capture takes a fraction of a second to minutes. */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failed("interrupted while waiting for the capture");
        }
    }
}
