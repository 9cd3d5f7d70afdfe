package io.stocktrace.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code recall <lot> --product <sku> --reason "..." [--format text|json] [--server URL]}: recalls the lot and every
 * lot made from it, then prints what is now blocked and whom to call.
 */
final class RecallCommand {
    static final String USAGE = "recall <lot> --product <sku> --reason \"...\" [--format text|json] [--server URL]";

    private RecallCommand() {
    }

    static int run(List<String> words, Console console) {
        CliArguments args = CliArguments.parse(words, Set.of("product", "reason", "format", "server"), Set.of());
        String lotName = args.single("lot or serial number");
        String sku = args.required("product");
        String reason = args.required("reason");
        String format = args.option("format", "text");
        if (!Set.of("text", "json").contains(format)) {
            throw CliFailure.usage("--format must be text or json, got '" + format + "'");
        }
        ServerClient server = ServerClient.from(args, console);
        JsonNode lot = new Lookups(server).lot(lotName, sku);
        JsonNode recall = server.post("/recalls", Map.of("lotId", lot.path("id").asLong(), "reason", reason));
        console.out().print(format.equals("json")
                ? ServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(recall) + System.lineSeparator()
                : summary(recall, lotName, sku));
        console.out().flush();
        return 0;
    }

    static String summary(JsonNode recall, String lotName, String sku) {
        StringBuilder out = new StringBuilder();
        out.append("Recall ").append(recall.path("reference").asString()).append(" of ").append(sku).append(' ')
                .append(lotName).append(": ").append(recall.path("reason").asString()).append('\n');
        if (!recall.path("whole").asBoolean(true)) {
            JsonNode counts = recall.path("counts");
            return out.append("\nrecalled lots: ").append(counts.path("affectedLots").asLong())
                    .append("\nblocked stock rows: ").append(counts.path("blockedStock").asLong())
                    .append("\ncustomers to contact: ").append(counts.path("customers").asLong()).append(" (")
                    .append(counts.path("shipments").asLong()).append(" shipments)\n")
                    .append("\ntoo many lots to list here: GET /api/v1/recalls/").append(recall.path("id").asLong())
                    .append("/customers.csv has every shipment\n").toString();
        }
        out.append("\nrecalled lots (").append(recall.path("affectedLots").size()).append("):\n");
        for (JsonNode lot : recall.path("affectedLots")) {
            out.append("  ").append(lot.path("lotName").asString()).append(" · ").append(lot.path("productName").asString()).append('\n');
        }
        out.append("\nblocked stock:").append(recall.path("blockedStock").isEmpty() ? " none\n" : "\n");
        for (JsonNode stock : recall.path("blockedStock")) {
            out.append("  ").append(stock.path("lotName").asString()).append(" · ").append(stock.path("location").asString())
                    .append(" · ").append(TraceTree.quantity(stock.path("quantity"))).append('\n');
        }
        out.append("\ncustomers to contact (").append(recall.path("customers").size()).append("):\n");
        for (JsonNode customer : recall.path("customers")) {
            out.append("  ").append(customer.path("name").asString());
            String email = customer.path("email").asString("");
            if (!email.isEmpty()) {
                out.append(" <").append(email).append('>');
            }
            out.append('\n');
            for (JsonNode shipment : customer.path("shipments")) {
                out.append("     · ").append(TraceTree.date(shipment.path("date").asString())).append(' ')
                        .append(shipment.path("reference").asString()).append(' ')
                        .append(shipment.path("productName").asString()).append(' ').append(shipment.path("lotName").asString())
                        .append(" × ").append(TraceTree.quantity(shipment.path("quantity"))).append('\n');
            }
        }
        return out.toString();
    }
}
