package io.stocktrace.cli;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code epcis export <lot> --product <sku> [--upstream|--downstream|--both] [--output file.jsonld]}: the lot's
 * EPCIS 2.0 document (with a direction, of its whole trace that way), to stdout or a file.
 */
final class EpcisCommand {
    static final String USAGE = "epcis export <lot> --product <sku> [--upstream|--downstream|--both] [--output file.jsonld] [--server URL]"
            + System.lineSeparator() + "  " + EpcisCaptureCommand.USAGE;

    private EpcisCommand() {
    }

    static int run(List<String> words, Console console) {
        if (!words.isEmpty() && words.get(0).equals("subscribe")) {
            return EpcisSubscribeCommand.run(words.subList(1, words.size()), console);
        }
        if (!words.isEmpty() && words.get(0).equals("capture")) {
            return EpcisCaptureCommand.run(words, console);
        }
        CliArguments args = CliArguments.parse(words, Set.of("product", "output", "server"), Set.of("upstream", "downstream", "both"));
        if (args.positional().size() != 2 || !args.positional().get(0).equals("export")) {
            throw CliFailure.usage("expected: " + USAGE);
        }
        long directions = Set.of("upstream", "downstream", "both").stream().filter(args::flag).count();
        if (directions > 1) {
            throw CliFailure.usage("give one of --upstream, --downstream and --both");
        }
        String direction = args.flag("upstream") ? "upstream" : args.flag("downstream") ? "downstream" : args.flag("both") ? "both" : null;
        ServerClient server = ServerClient.from(args, console);
        JsonNode lot = new Lookups(server).lot(args.positional().get(1), args.required("product"));
        String document = server.getText("/lots/" + lot.path("id").asLong() + "/epcis"
                + (direction == null ? "" : "?direction=" + direction), "application/ld+json");
        Output.write(console, args.option("output"), document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return 0;
    }
}
