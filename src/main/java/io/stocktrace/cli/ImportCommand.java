package io.stocktrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code import <products|lots|stock> <file.csv> [--dry-run]}: sends the file to {@code POST /imports/{kind}}. A dry
 * run lists every problem with its line and writes nothing; a real run writes all rows or, with any problem, none.
 */
final class ImportCommand {
    static final String USAGE = "import <products|lots|stock> <file.csv> [--dry-run] [--server URL]";
    static final Set<String> KINDS = Set.of("products", "lots", "stock");

    private ImportCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("server"), Set.of("dry-run"));
        if (args.positional().size() != 2) {
            throw CliFailure.usage("expected a kind and a file, got " + args.positional());
        }
        String kind = kind(args.positional().get(0));
        Path file = Path.of(args.positional().get(1));
        String csv;
        try {
            csv = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliFailure.usage("no such file: " + file);
        } catch (IOException e) {
            throw CliFailure.failed("cannot read " + file + ": " + e.getMessage());
        }
        boolean dryRun = args.flag("dry-run");
        ServerClient server = ServerClient.from(args, console);
        JsonNode report = server.post("/imports/" + kind + "?dryRun=" + dryRun, "text/csv", csv);
        console.out().println((dryRun ? "dry run, nothing written: " : "imported: ") + report.path("rows").asLong() + " rows, "
                + report.path("created").asLong() + " created, " + report.path("updated").asLong() + " updated");
        JsonNode problems = report.path("problems");
        problems.forEach(p -> console.err().println(ServerClient.describeProblem(p)));
        return problems.isEmpty() ? 0 : CliFailure.FAILED;
    }

    static String kind(String kind) {
        if (!KINDS.contains(kind)) {
            throw CliFailure.usage("unknown kind '" + kind + "': products, lots or stock");
        }
        return kind;
    }
}
