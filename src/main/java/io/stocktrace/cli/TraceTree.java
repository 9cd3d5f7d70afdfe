package io.stocktrace.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A trace as an indented tree a person reads at a glance: each lot with what happened to it outside
 * manufacturing (receipts, deliveries, moves, returns, scrap), then the lots it was made from (upstream) or made
 * into (downstream), with the quantity and the order of each link. A lot reached twice is drawn once; the second
 * time it says so.
 */
final class TraceTree {
    private static final String MANUFACTURING = "manufacturing";

    private final Map<Long, JsonNode> lots = new LinkedHashMap<>();
    private final Map<Long, List<JsonNode>> operations = new LinkedHashMap<>();
    private final List<JsonNode> links = new ArrayList<>();
    private final JsonNode trace;

    private TraceTree(JsonNode trace) {
        this.trace = trace;
        trace.path("lots").forEach(l -> lots.put(l.path("id").asLong(), l));
        trace.path("links").forEach(links::add);
        for (JsonNode op : trace.path("operations")) {
            if (!MANUFACTURING.equals(op.path("type").asString())) {
                operations.computeIfAbsent(op.path("lotId").asLong(), id -> new ArrayList<>()).add(op);
            }
        }
        operations.values().forEach(ops -> ops.sort((a, b) -> Long.compare(a.path("moveLineId").asLong(), b.path("moveLineId").asLong())));
    }

    /** The tree of a trace answered by {@code GET /lots/{id}/trace} in that direction. */
    static String render(JsonNode trace, String direction) {
        return new TraceTree(trace).render(direction);
    }

    private String render(String direction) {
        StringBuilder out = new StringBuilder();
        JsonNode lot = trace.path("lot");
        long root = lot.path("id").asLong();
        out.append(lot.path("name").asString()).append(" · ").append(lot.path("productName").asString())
                .append(" · ").append(lot.path("status").asString())
                .append(" · on hand ").append(quantity(lot.path("quantityOnHand"))).append('\n');
        operationsOf(root, "", out);
        if (!direction.equals("downstream")) {
            section("made from (upstream)", root, true, out);
        }
        if (!direction.equals("upstream")) {
            section("made into (downstream)", root, false, out);
        }
        partners("suppliers", trace.path("suppliers"), out);
        partners("customers", trace.path("customers"), out);
        return out.toString();
    }

    private void section(String title, long root, boolean upstream, StringBuilder out) {
        out.append('\n').append(title).append('\n');
        List<JsonNode> next = next(root, upstream);
        if (next.isEmpty()) {
            out.append("  (none)\n");
            return;
        }
        Set<Long> drawn = new HashSet<>();
        drawn.add(root);
        children(next, upstream, "", drawn, out);
    }

    private void children(List<JsonNode> next, boolean upstream, String indent, Set<Long> drawn, StringBuilder out) {
        for (int i = 0; i < next.size(); i++) {
            JsonNode link = next.get(i);
            boolean last = i == next.size() - 1;
            long lotId = (upstream ? link.path("fromLotId") : link.path("toLotId")).asLong();
            JsonNode lot = lots.get(lotId);
            out.append(indent).append(last ? "└─ " : "├─ ")
                    .append(lot == null ? "lot " + lotId : lot.path("name").asString() + " · " + lot.path("productName").asString())
                    .append(upstream ? " · " + quantity(link.path("quantity")) + " consumed in " : " · made in ")
                    .append(link.path("reference").asString())
                    .append(upstream ? "" : " from " + quantity(link.path("quantity")));
            String childIndent = indent + (last ? "   " : "│  ");
            if (!drawn.add(lotId)) {
                out.append(" (shown above)\n");
                continue;
            }
            out.append('\n');
            operationsOf(lotId, childIndent, out);
            children(next(lotId, upstream), upstream, childIndent, drawn, out);
        }
    }

    private List<JsonNode> next(long lotId, boolean upstream) {
        return links.stream()
                .filter(l -> (upstream ? l.path("toLotId") : l.path("fromLotId")).asLong() == lotId)
                .toList();
    }

    private void operationsOf(long lotId, String indent, StringBuilder out) {
        for (JsonNode op : operations.getOrDefault(lotId, List.of())) {
            out.append(indent).append("   · ").append(date(op.path("date").asString())).append(' ')
                    .append(op.path("reference").asString()).append(' ').append(op.path("type").asString()).append(' ')
                    .append(quantity(op.path("quantity"))).append(' ')
                    .append(op.path("sourceLocation").asString()).append(" → ").append(op.path("destinationLocation").asString());
            String partner = op.path("partner").asString("");
            if (!partner.isEmpty()) {
                out.append(" (").append(partner).append(')');
            }
            out.append('\n');
        }
    }

    private static void partners(String title, JsonNode partners, StringBuilder out) {
        out.append('\n').append(title).append(':');
        if (partners.isEmpty()) {
            out.append(" none\n");
            return;
        }
        out.append('\n');
        for (JsonNode p : partners) {
            out.append("  ").append(p.path("name").asString()).append(' ').append(quantity(p.path("quantity"))).append('\n');
        }
    }

    static String date(String timestamp) {
        return timestamp.length() >= 10 ? timestamp.substring(0, 10) : timestamp;
    }

    static String quantity(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "0" : value.decimalValue().stripTrailingZeros().toPlainString();
    }

    static String quantity(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
