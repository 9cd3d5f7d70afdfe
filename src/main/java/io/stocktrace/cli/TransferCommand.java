package io.stocktrace.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code transfers unreserve <id>}: a ready transfer's reservation given back through a running server, as the API does it. */
final class TransferCommand {
    static final String USAGE = "transfers unreserve <id> [--format text|json] [--server URL]";

    private TransferCommand() {
    }

    static int run(List<String> words, Console console) {
        if (words.isEmpty() || !words.get(0).equals("unreserve")) {
            throw CliFailure.usage(USAGE);
        }
        CliArguments args = CliArguments.parse(words.subList(1, words.size()), Set.of("format", "server"), Set.of());
        long id = id(args.single("transfer id"));
        ServerClient server = ServerClient.from(args, console);
        JsonNode answer = server.post("/transfers/" + id + "/unreserve", Map.of());
        console.out().print(args.option("format", "text").equals("json")
                ? ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + System.lineSeparator()
                : answer.path("reference").asString() + " " + answer.path("state").asString() + System.lineSeparator());
        console.out().flush();
        return 0;
    }

    private static long id(String word) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw CliFailure.usage("a transfer id is a number, not '" + word + "'");
        }
    }
}
