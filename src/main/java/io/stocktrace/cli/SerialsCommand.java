package io.stocktrace.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code serials generate --product <sku> --first SN0001 --count 100}: the next serial names, one per line on stdout,
 * ready to paste or pipe; names the product already uses are listed on stderr. Creates nothing.
 */
final class SerialsCommand {
    static final String USAGE = "serials generate --product <sku> --first SN0001 --count 100 [--server URL]";

    private SerialsCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("product", "first", "count", "server"), Set.of());
        if (!args.single("action").equals("generate")) {
            throw CliFailure.usage("unknown action '" + args.single("action") + "': serials generate");
        }
        String sku = args.required("product");
        String first = args.required("first");
        int count;
        try {
            count = Integer.parseInt(args.required("count"));
        } catch (NumberFormatException e) {
            throw CliFailure.usage("--count must be a whole number, got '" + args.option("count") + "'");
        }
        ServerClient server = ServerClient.from(args, console);
        JsonNode product = new Lookups(server).product(sku);
        JsonNode generated = server.post("/products/" + product.path("id").asLong() + "/serial-numbers/generate",
                Map.of("first", first, "count", count));
        StringBuilder names = new StringBuilder();
        generated.path("names").forEach(n -> names.append(n.asString()).append(System.lineSeparator()));
        console.out().print(names);
        console.out().flush();
        JsonNode existing = generated.path("existing");
        if (!existing.isEmpty()) {
            console.err().println(existing.size() + " of these names already exist for " + sku + ": "
                    + String.join(", ", existing.valueStream().limit(20).map(JsonNode::asString).toList())
                    + (existing.size() > 20 ? ", ..." : ""));
        }
        return 0;
    }
}
