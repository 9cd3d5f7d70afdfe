package io.stocktrace.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code epcis subscribe <name> --url URL [--biz-step S,..] [--destination URI,..] [--epc-class URI,..] [--epc URI,..]}:
 * subscribes a webhook to our new EPCIS events matching the query, and prints the secret its signatures are made
 * with (shown this once). {@code epcis subscribe --list} lists the subscriptions; {@code --pause NAME} and
 * {@code --resume NAME} stop and restart one's deliveries.
 */
final class EpcisSubscribeCommand {
    static final String USAGE = "epcis subscribe <name> --url URL [--biz-step shipping,..] [--destination URI,..]"
            + " [--epc-class URI,..] [--epc URI,..] | --list | --pause NAME | --resume NAME [--server URL]";
    private static final String PATH = "/epcis/subscriptions";
    private static final Map<String, String> QUERY = Map.of("biz-step", "EQ_bizStep", "destination", "EQ_destination",
            "epc-class", "MATCH_epcClass", "epc", "MATCH_anyEPC");

    private EpcisSubscribeCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("url", "biz-step", "destination", "epc-class", "epc", "pause",
                "resume", "server"), Set.of("list"));
        ServerClient server = ServerClient.from(args, console);
        if (args.flag("list")) {
            server.get(PATH).forEach(s -> console.out().println(String.join("\t", s.path("id").asString(),
                    s.path("name").asString(), s.path("state").asString(), s.path("pendingEvents").asString() + " waiting",
                    s.path("deliveredEvents").asString() + " delivered", s.path("destination").asString())));
            return 0;
        }
        for (String change : List.of("pause", "resume")) {
            if (args.option(change) != null) {
                JsonNode changed = server.post(PATH + "/" + id(server, args.option(change)) + "/" + change, Map.of());
                console.out().println("Subscription '" + changed.path("name").asString() + "' is " + changed.path("state").asString() + ".");
                return 0;
            }
        }
        String name = args.single("subscription name");
        Map<String, List<String>> query = new LinkedHashMap<>();
        QUERY.forEach((option, parameter) -> {
            if (args.option(option) != null) {
                query.put(parameter, Arrays.stream(args.option(option).split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList());
            }
        });
        JsonNode created = server.post(PATH, Map.of("name", name, "destination", args.required("url"), "query", query));
        console.out().println("Subscribed '" + created.path("name").asString() + "' (id " + created.path("id").asLong() + ") to "
                + created.path("destination").asString() + ".");
        console.out().println("Secret, shown this once (the webhook checks the Stocktrace-Signature header with it): "
                + created.path("secret").asString());
        return 0;
    }

    /** A subscription named by its name or its id. */
    private static long id(ServerClient server, String nameOrId) {
        for (JsonNode s : server.get(PATH)) {
            if (s.path("name").asString().equals(nameOrId) || s.path("id").asString().equals(nameOrId)) {
                return s.path("id").asLong();
            }
        }
        throw CliFailure.failed("No subscription is named '" + nameOrId + "'.");
    }
}
