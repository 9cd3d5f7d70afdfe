package io.stocktrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code package show|pack|unpack|ship|receive-asn}: packages through a running server, by name or SSCC, as the
 * API does them (docs/api.md, Packages).
 */
final class PackageCommand {
    static final String USAGE = "package show <name> | package pack (<name> | --new <type> --location <id>)"
            + " [--product <sku> (--serials A,B | --lot L --quantity Q | --quantity Q)] [--packages P1,P2]"
            + " | package unpack <name> | package ship <name>... [--partner <id>]"
            + " | package receive-asn <file.csv> [--partner <id>] [--validate]  [--format text|json] [--server URL]";

    private PackageCommand() {
    }

    static int run(List<String> words, Console console) {
        if (words.isEmpty()) {
            throw CliFailure.usage(USAGE);
        }
        String action = words.get(0);
        CliArguments args = CliArguments.parse(words.subList(1, words.size()), Set.of("new", "location", "product",
                "serials", "lot", "quantity", "packages", "partner", "format", "server"), Set.of("validate"));
        ServerClient server = ServerClient.from(args, console);
        JsonNode answer = switch (action) {
            case "show" -> server.get("/packages/by-name" + ServerClient.query(Map.of("name", args.single("package"))));
            case "pack" -> server.post("/packages/put-in-pack", pack(args, server));
            case "unpack" -> server.post("/packages/" + byName(server, args.single("package")).path("id").asLong()
                    + "/unpack", Map.of());
            case "ship" -> ship(args, server);
            case "receive-asn" -> receive(args, server);
            default -> throw CliFailure.usage(USAGE);
        };
        String format = args.option("format", "text");
        console.out().print(format.equals("json")
                ? ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + System.lineSeparator()
                : text(action, answer));
        console.out().flush();
        return 0;
    }

    private static JsonNode byName(ServerClient server, String name) {
        return server.get("/packages/by-name" + ServerClient.query(Map.of("name", name)));
    }

    private static Map<String, Object> pack(CliArguments args, ServerClient server) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (args.option("new") != null) {
            body.put("package", Map.of("type", args.option("new"), "locationId", Long.parseLong(args.required("location"))));
        } else {
            body.put("packageId", byName(server, args.single("package")).path("id").asLong());
        }
        if (args.option("product") != null) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("productId", new Lookups(server).product(args.option("product")).path("id").asLong());
            if (args.option("serials") != null) {
                line.put("serials", Arrays.asList(args.option("serials").split(",")));
            }
            if (args.option("lot") != null) {
                line.put("lot", args.option("lot"));
            }
            if (args.option("quantity") != null) {
                line.put("quantity", new java.math.BigDecimal(args.option("quantity")));
            }
            body.put("lines", List.of(line));
        }
        if (args.option("packages") != null) {
            body.put("packages", Arrays.asList(args.option("packages").split(",")));
        }
        return body;
    }

    private static JsonNode ship(CliArguments args, ServerClient server) {
        List<Map<String, String>> packages = new ArrayList<>();
        args.positional().forEach(n -> packages.add(Map.of("name", n)));
        if (packages.isEmpty()) {
            throw CliFailure.usage("package ship needs the names or SSCCs of the packages");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "delivery");
        if (args.option("partner") != null) {
            body.put("partnerId", Long.parseLong(args.option("partner")));
        }
        body.put("packages", packages);
        JsonNode draft = server.post("/transfers", body);
        return server.post("/transfers/" + draft.path("id").asLong() + "/validate", Map.of());
    }

    private static JsonNode receive(CliArguments args, ServerClient server) {
        String csv;
        try {
            csv = Files.readString(Path.of(args.single("file.csv")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.failed("cannot read the notice: " + e.getMessage());
        }
        Map<String, Object> query = new LinkedHashMap<>();
        if (args.option("partner") != null) {
            query.put("partnerId", args.option("partner"));
        }
        JsonNode draft = server.post("/receipts/asn" + ServerClient.query(query), "text/csv", csv);
        return args.flag("validate") ? server.post("/transfers/" + draft.path("id").asLong() + "/validate", Map.of())
                : draft;
    }

    private static String text(String action, JsonNode answer) {
        if (action.equals("show")) {
            StringBuilder out = new StringBuilder();
            tree(answer, 0, out);
            return out.toString();
        }
        return answer.path("reference").asString() + " " + answer.path("state").asString(answer.path("type").asString())
                + (answer.has("packages") ? " " + answer.path("packages") : "") + System.lineSeparator();
    }

    private static void tree(JsonNode pack, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(pack.path("type").asString()).append(' ').append(pack.path("name").asString())
                .append(" · ").append(pack.path("location").asString()).append(" · ")
                .append(TraceTree.quantity(pack.path("totalQuantity"))).append('\n');
        for (JsonNode item : pack.path("items")) {
            out.append("  ".repeat(depth + 1)).append(item.path("sku").asString()).append(' ')
                    .append(item.path("lot").asString("")).append(" × ").append(TraceTree.quantity(item.path("quantity")))
                    .append('\n');
        }
        for (JsonNode child : pack.path("packages")) {
            tree(child, depth + 1, out);
        }
    }
}
