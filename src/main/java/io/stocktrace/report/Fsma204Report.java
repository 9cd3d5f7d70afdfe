package io.stocktrace.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The critical tracking events of Food Traceability List lots as FSMA 204 rows: receiving (from a vendor, or back
 * from a customer), shipping (to a customer, or back to a vendor), and transformation (a manufacturing order: a row
 * per input lot, the output lot as the new traceability lot code). Internal moves, scrap and counts are not critical
 * tracking events. The traceability lot code source of a lot is where its code was assigned: the vendor that sent
 * it, or the place where it was made or first counted.
 */
final class Fsma204Report {
    private static final String PRODUCTION = "production";
    private static final String INTERNAL = "internal";

    private Fsma204Report() {
    }

    /** Rows of events dated from {@code from} to {@code to} inclusive (either may be null), by date then event. */
    static List<Fsma204Row> rows(List<Fsma204Facts> moves, LocalDate from, LocalDate to, ZoneId zone) {
        Map<Long, String> tlcSources = tlcSources(moves);
        List<Fsma204Row> rows = new ArrayList<>();
        Map<Long, List<Fsma204Facts>> orders = new LinkedHashMap<>();
        for (Fsma204Facts m : moves) {
            if (m.manufacturingOrderId() != null) {
                orders.computeIfAbsent(m.manufacturingOrderId(), id -> new ArrayList<>()).add(m);
            } else if (isExternal(m.sourceUsage()) && INTERNAL.equals(m.destinationUsage())) {
                rows.add(row("Receiving", m, zone, m.destinationDescription(), m.destinationGln(), m.partnerDescription(), null,
                        tlcSources.get(m.lotId())));
            } else if (INTERNAL.equals(m.sourceUsage()) && isExternal(m.destinationUsage())) {
                rows.add(row("Shipping", m, zone, m.sourceDescription(), m.sourceGln(), null, m.partnerDescription(),
                        tlcSources.get(m.lotId())));
            }
        }
        orders.values().forEach(order -> rows.addAll(transformation(order, tlcSources, zone)));
        return rows.stream()
                .filter(r -> from == null || !r.eventDate().isBefore(from))
                .filter(r -> to == null || !r.eventDate().isAfter(to))
                .sorted(Comparator.comparing(Fsma204Row::eventDate).thenComparing(Fsma204Row::eventId)
                        .thenComparing(Fsma204Row::traceabilityLotCode, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static List<Fsma204Row> transformation(List<Fsma204Facts> order, Map<Long, String> tlcSources,
                                                    ZoneId zone) {
        List<Fsma204Facts> inputs = order.stream().filter(m -> PRODUCTION.equals(m.destinationUsage())).toList();
        List<Fsma204Facts> outputs = order.stream().filter(m -> PRODUCTION.equals(m.sourceUsage())).toList();
        List<Fsma204Row> rows = new ArrayList<>();
        for (Fsma204Facts output : outputs.isEmpty() ? List.<Fsma204Facts>of(inputs.get(0)) : outputs) {
            boolean known = !outputs.isEmpty();
            for (Fsma204Facts input : inputs.isEmpty() ? java.util.Collections.<Fsma204Facts>singletonList(null) : inputs) {
                rows.add(new Fsma204Row("Transformation", output.reference(), date(output, zone), known ? output.lotName() : null,
                        known ? output.gtin() : null, known ? output.productName() : null, known ? output.quantity() : null,
                        known ? output.uom() : null, known ? output.destinationDescription() : output.sourceDescription(),
                        known ? output.destinationGln() : output.sourceGln(), null, null,
                        known ? tlcSources.get(output.lotId()) : null, "Manufacturing order", output.reference(),
                        input == null ? null : input.lotName(), input == null ? null : input.productName(),
                        input == null ? null : input.quantity(), input == null ? null : input.uom()));
            }
        }
        return rows;
    }

    private static Fsma204Row row(String cte, Fsma204Facts m, ZoneId zone, String location, String gln, String previous, String next,
                                  String tlcSource) {
        return new Fsma204Row(cte, m.reference(), date(m, zone), m.lotName(), m.gtin(), m.productName(), m.quantity(), m.uom(),
                location, gln, previous, next, tlcSource, documentType(m), m.reference(), null, null, null, null);
    }

    /** Where each lot's code was assigned: its first move tells (the moves come oldest first). */
    private static Map<Long, String> tlcSources(List<Fsma204Facts> moves) {
        Map<Long, String> sources = new HashMap<>();
        for (Fsma204Facts m : moves) {
            sources.computeIfAbsent(m.lotId(), id -> "supplier".equals(m.sourceUsage()) && m.partnerDescription() != null
                    ? m.partnerDescription() : m.destinationDescription());
        }
        return sources;
    }

    private static boolean isExternal(String usage) {
        return "supplier".equals(usage) || "customer".equals(usage);
    }

    private static String documentType(Fsma204Facts m) {
        return switch (m.operationType()) {
            case "receipt" -> "Receipt";
            case "delivery" -> "Delivery note";
            case "return" -> "Return";
            default -> m.operationType();
        };
    }

    /** The event's date is the site's day it happened on. */
    private static LocalDate date(Fsma204Facts m, ZoneId zone) {
        return LocalDate.ofInstant(m.occurredAt(), zone);
    }
}
