package io.stocktrace.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trace laid out as a picture: vendors on the left, lots in columns by level (grouped by product within a column),
 * customers on the right, links with quantities. Positions only; the page draws it as SVG. A column or the customers
 * beyond {@link #MAX_PER_COLUMN} are summarised ("+ 480 more") so that a lot reaching 500 customers stays readable.
 */
public record GenealogyPicture(int width, int height, List<Node> nodes, List<Edge> edges, List<Label> headers) {
    public static final int MAX_PER_COLUMN = 12;
    static final int NODE_W = 160;
    static final int NODE_H = 34;
    static final int COL_GAP = 80;
    static final int ROW_GAP = 12;
    static final int TOP = 40;

    /** kind: lot, traced (the lot the trace started from), vendor, customer, reported (a partner's event), more. */
    public record Node(String key, String kind, String label, String title, Long lotId, int x, int y) {
        public int width() {
            return NODE_W;
        }

        public int height() {
            return NODE_H;
        }

        public int textX() {
            return x + 8;
        }

        public int textY() {
            return y + 21;
        }
    }

    public record Edge(String path, String label, int labelX, int labelY) {
    }

    public record Label(String text, int x, int y) {
    }

    public static GenealogyPicture of(Trace trace, boolean upstream) {
        return of(trace, upstream, List.of());
    }

    /**
     * Upstream, with the events partners reported beyond our receipts in columns on the left, the farthest level
     * first, each linked to the event or lot it leads to.
     */
    public static GenealogyPicture of(Trace trace, boolean upstream, List<ReportedEvent> reported) {
        return new Layout(trace, upstream, upstream ? reported : List.of()).draw();
    }

    private static final class Layout {
        private final Trace trace;
        private final boolean upstream;
        private final List<ReportedEvent> reported;
        private final int shift;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Label> headers = new ArrayList<>();
        private final Map<String, Node> byKey = new HashMap<>();
        private int bottom = TOP;

        Layout(Trace trace, boolean upstream, List<ReportedEvent> reported) {
            this.trace = trace;
            this.upstream = upstream;
            this.reported = reported;
            this.shift = reported.stream().mapToInt(ReportedEvent::level).max().orElse(0);
        }

        GenealogyPicture draw() {
            int maxDepth = trace.lots().stream().mapToInt(Trace.TracedLot::depth).max().orElse(0);
            Map<Integer, List<Trace.TracedLot>> columns = trace.lots().stream()
                    .collect(Collectors.groupingBy(l -> upstream ? maxDepth - l.depth() : l.depth()));
            Map<String, BigDecimal> vendors = partnerTotals("receipt");
            Map<String, BigDecimal> customers = partnerTotals("delivery");
            int firstLotColumn = vendors.isEmpty() ? 0 : 1;
            reportedColumns();
            if (!vendors.isEmpty()) {
                partnerColumn(0, "Vendors", "vendor", vendors);
            }
            for (int c = 0; c <= maxDepth; c++) {
                lotColumn(firstLotColumn + c, columns.getOrDefault(c, List.of()));
            }
            if (!customers.isEmpty()) {
                partnerColumn(firstLotColumn + maxDepth + 1, "Customers", "customer", customers);
            }
            List<Edge> edges = new ArrayList<>();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            trace.links().forEach(k -> sums.merge("lot-" + k.fromLotId() + ">lot-" + k.toLotId(), k.quantity(), BigDecimal::add));
            for (Trace.Operation op : trace.operations()) {
                if ("receipt".equals(op.type()) && op.partner() != null) {
                    sums.merge(partnerKey("vendor", op.partner()) + ">lot-" + op.lotId(), op.quantity(), BigDecimal::add);
                } else if ("delivery".equals(op.type()) && op.partner() != null) {
                    sums.merge("lot-" + op.lotId() + ">" + partnerKey("customer", op.partner()), op.quantity(), BigDecimal::add);
                }
            }
            // partners past the cut share their summary node: one edge per pair of nodes drawn
            Map<List<Node>, BigDecimal> drawn = new LinkedHashMap<>();
            sums.forEach((key, quantity) -> {
                String[] ends = key.split(">", 2);
                Node from = byKey.get(ends[0]);
                Node to = byKey.get(ends[1]);
                if (from != null && to != null) {
                    drawn.merge(List.of(from, to), quantity, BigDecimal::add);
                }
            });
            drawn.forEach((ends, quantity) -> edges.add(edge(ends.get(0), ends.get(1), quantity)));
            edges.addAll(reportedEdges());
            int columnsCount = shift + firstLotColumn + maxDepth + 1 + (customers.isEmpty() ? 0 : 1);
            return new GenealogyPicture(20 + columnsCount * (NODE_W + COL_GAP), bottom + 20, nodes, edges, headers);
        }

        private void lotColumn(int column, List<Trace.TracedLot> lots) {
            int x = x(column);
            int y = TOP;
            Map<String, List<Trace.TracedLot>> byProduct = lots.stream()
                    .sorted(Comparator.comparing(Trace.TracedLot::productName).thenComparing(Trace.TracedLot::name))
                    .collect(Collectors.groupingBy(Trace.TracedLot::productName, LinkedHashMap::new, Collectors.toList()));
            int shown = 0;
            for (var product : byProduct.entrySet()) {
                headers.add(new Label(product.getKey(), x, y - 6));
                for (Trace.TracedLot lot : product.getValue()) {
                    if (shown == MAX_PER_COLUMN) {
                        Node more = new Node("more-" + column, "more", "+ " + (lots.size() - shown) + " more lots", null,
                                null, x, y);
                        add(more);
                        lots.forEach(l -> byKey.putIfAbsent("lot-" + l.id(), more));
                        bottom = Math.max(bottom, y + NODE_H);
                        return;
                    }
                    String kind = lot.id() == trace.lot().lot().id() ? "traced" : "lot";
                    add(new Node("lot-" + lot.id(), kind, lot.name(), lot.productName() + " · " + lot.name(), lot.id(), x, y));
                    y += NODE_H + ROW_GAP;
                    shown++;
                }
                y += 18;
            }
            bottom = Math.max(bottom, y);
        }

        private void partnerColumn(int column, String title, String kind, Map<String, BigDecimal> totals) {
            int x = x(column);
            headers.add(new Label(title, x, TOP - 6));
            int y = TOP;
            List<Map.Entry<String, BigDecimal>> sorted = totals.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (i == MAX_PER_COLUMN - 1 && sorted.size() > MAX_PER_COLUMN) {
                    add(new Node(kind + "-more", "more", "+ " + (sorted.size() - i) + " more", null, null, x, y));
                    // every partner past the cut links to the summary node
                    sorted.subList(i, sorted.size()).forEach(e -> byKey.put(partnerKey(kind, e.getKey()), byKey.get(kind + "-more")));
                    y += NODE_H + ROW_GAP;
                    break;
                }
                String name = sorted.get(i).getKey();
                add(new Node(partnerKey(kind, name), kind, name, name, null, x, y));
                y += NODE_H + ROW_GAP;
            }
            bottom = Math.max(bottom, y);
        }

        private Map<String, BigDecimal> partnerTotals(String type) {
            return trace.operations().stream().filter(o -> type.equals(o.type()) && o.partner() != null)
                    .collect(Collectors.toMap(Trace.Operation::partner, Trace.Operation::quantity, BigDecimal::add,
                            LinkedHashMap::new));
        }

        private void add(Node node) {
            nodes.add(node);
            byKey.put(node.key(), node);
        }

        private static String partnerKey(String kind, String name) {
            return kind + ":" + name;
        }

        /** Our columns sit right of the partners' reported levels. */
        private int x(int column) {
            return 20 + (shift + column) * (NODE_W + COL_GAP);
        }

        /** Level n of the partners' events in column shift - n, the farthest on the left. */
        private void reportedColumns() {
            Map<Integer, List<ReportedEvent>> levels = reported.stream()
                    .collect(Collectors.groupingBy(ReportedEvent::level));
            levels.forEach((level, events) -> {
                int x = 20 + (shift - level) * (NODE_W + COL_GAP);
                headers.add(new Label("Reported, level " + level, x, TOP - 6));
                int y = TOP;
                for (int i = 0; i < events.size(); i++) {
                    ReportedEvent e = events.get(i);
                    if (i == MAX_PER_COLUMN - 1 && events.size() > MAX_PER_COLUMN) {
                        Node more = new Node("reported-more-" + level, "more", "+ " + (events.size() - i) + " more events",
                                null, null, x, y);
                        add(more);
                        events.subList(i, events.size()).forEach(r -> byKey.putIfAbsent("reported-" + r.eventId(), more));
                        y += NODE_H + ROW_GAP;
                        break;
                    }
                    String step = e.bizStep() != null ? e.bizStep() : e.eventType();
                    add(new Node("reported-" + e.eventId(), "reported", e.partnerName() + " · " + step,
                            "Reported by " + e.partnerName() + ": " + e.eventType() + " " + step + ", " + e.eventTime(),
                            null, x, y));
                    y += NODE_H + ROW_GAP;
                }
                bottom = Math.max(bottom, y);
            });
        }

        /** From each reported event to what it leads to: the transformation of the level after, or our lot. */
        private List<Edge> reportedEdges() {
            java.util.Set<List<Node>> pairs = new java.util.LinkedHashSet<>();
            for (ReportedEvent e : reported) {
                Node from = byKey.get("reported-" + e.eventId());
                e.leadsTo().forEach(id -> pairs.add(java.util.Arrays.asList(from, byKey.get("reported-" + id))));
                e.lotIds().forEach(id -> pairs.add(java.util.Arrays.asList(from, byKey.get("lot-" + id))));
            }
            return pairs.stream().filter(p -> p.get(0) != null && p.get(1) != null && p.get(0) != p.get(1))
                    .map(p -> edge(p.get(0), p.get(1), "")).toList();
        }

        private static Edge edge(Node from, Node to, BigDecimal quantity) {
            return edge(from, to, quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString());
        }

        private static Edge edge(Node from, Node to, String label) {
            int x1 = from.x() + NODE_W;
            int y1 = from.y() + NODE_H / 2;
            int x2 = to.x();
            int y2 = to.y() + NODE_H / 2;
            int mid = (x1 + x2) / 2;
            String path = "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
            return new Edge(path, label, mid, (y1 + y2) / 2 - 4);
        }
    }

    /** The labels of the nodes of one kind, in drawing order. */
    public List<String> labels(String kind) {
        return nodes.stream().filter(n -> n.kind().equals(kind)).map(Node::label).toList();
    }
}
