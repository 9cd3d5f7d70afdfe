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
 * it (or the source the vendor reported, when capture knows it), or our location where it was made or first counted.
 * The reference document is the transfer's source document (the purchase order, the customer's order) when it has
 * one, else our own transfer. Each row comes with the required key data elements it lacks.
 */
final class Fsma204Report {
    private static final String PRODUCTION = "production";
    private static final String INTERNAL = "internal";

    private Fsma204Report() {
    }

    /** Rows of events dated from {@code from} to {@code to} inclusive (either may be null), by date then event. */
    static List<Fsma204Entry> entries(List<Fsma204Facts> moves, Map<Long, SupplierKdes.SupplierKde> supplied,
                                      LocalDate from, LocalDate to, ZoneId zone) {
        Map<Long, Fsma204Place> tlcSources = tlcSources(moves, supplied);
        List<Fsma204Entry> entries = new ArrayList<>();
        Map<Long, List<Fsma204Facts>> orders = new LinkedHashMap<>();
        for (Fsma204Facts m : moves) {
            if (m.manufacturingOrderId() != null) {
                orders.computeIfAbsent(m.manufacturingOrderId(), id -> new ArrayList<>()).add(m);
            } else if (isExternal(m.source().usage()) && INTERNAL.equals(m.destination().usage())) {
                entries.add(receiving(m, supplied.get(m.moveLineId()), tlcSources.get(m.lotId()), zone));
            } else if (INTERNAL.equals(m.source().usage()) && isExternal(m.destination().usage())) {
                Fsma204Place tlcSource = tlcSources.get(m.lotId());
                Fsma204Row row = row("Shipping", m, zone, m.source(), null, m.partner().description(), tlcSource);
                entries.add(new Fsma204Entry(row, Fsma204Gaps.shipping(row, m.source(), m.partner(), tlcSource)));
            }
        }
        orders.values().forEach(order -> entries.addAll(transformation(order, tlcSources, zone)));
        return entries.stream()
                .filter(e -> from == null || !e.row().eventDate().isBefore(from))
                .filter(e -> to == null || !e.row().eventDate().isAfter(to))
                .sorted(Comparator.comparing((Fsma204Entry e) -> e.row().eventDate()).thenComparing(e -> e.row().eventId())
                        .thenComparing(e -> e.row().traceabilityLotCode(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** A receipt: the supplier's ship-from location, when they reported it, is the immediate previous source. */
    private static Fsma204Entry receiving(Fsma204Facts m, SupplierKdes.SupplierKde supplied, Fsma204Place tlcSource,
                                          ZoneId zone) {
        Fsma204Place previous = supplied != null && supplied.shipFromDescription() != null
                ? new Fsma204Place(null, supplied.shipFromDescription(), supplied.shipFromGln(), List.of()) : m.partner();
        Fsma204Row row = row("Receiving", m, zone, m.destination(), previous.description(), null, tlcSource);
        return new Fsma204Entry(row, Fsma204Gaps.receiving(row, m.destination(), previous, tlcSource));
    }

    private static List<Fsma204Entry> transformation(List<Fsma204Facts> order, Map<Long, Fsma204Place> tlcSources,
                                                     ZoneId zone) {
        List<Fsma204Facts> inputs = order.stream().filter(m -> PRODUCTION.equals(m.destination().usage())).toList();
        List<Fsma204Facts> outputs = order.stream().filter(m -> PRODUCTION.equals(m.source().usage())).toList();
        List<Fsma204Entry> entries = new ArrayList<>();
        for (Fsma204Facts output : outputs.isEmpty() ? List.<Fsma204Facts>of(inputs.get(0)) : outputs) {
            boolean known = !outputs.isEmpty();
            Fsma204Place at = known ? output.destination() : output.source();
            Fsma204Place tlcSource = known ? tlcSources.get(output.lotId()) : null;
            for (Fsma204Facts input : inputs.isEmpty() ? java.util.Collections.<Fsma204Facts>singletonList(null) : inputs) {
                Fsma204Row row = new Fsma204Row("Transformation", output.reference(), date(output, zone),
                        known ? output.lotName() : null, known ? output.gtin() : null, known ? output.productName() : null,
                        known ? output.quantity() : null, known ? output.uom() : null, at.description(), at.gln(), null, null,
                        tlcSource == null ? null : tlcSource.description(), "Manufacturing order", output.reference(),
                        input == null ? null : input.lotName(), input == null ? null : input.productName(),
                        input == null ? null : input.quantity(), input == null ? null : input.uom());
                entries.add(new Fsma204Entry(row, Fsma204Gaps.transformation(row, at, tlcSource)));
            }
        }
        return entries;
    }

    private static Fsma204Row row(String cte, Fsma204Facts m, ZoneId zone, Fsma204Place location, String previous,
                                  String next, Fsma204Place tlcSource) {
        boolean sourceDocument = m.origin() != null && !m.origin().isBlank();
        return new Fsma204Row(cte, m.reference(), date(m, zone), m.lotName(), m.gtin(), m.productName(), m.quantity(), m.uom(),
                location.description(), location.gln(), previous, next, tlcSource == null ? null : tlcSource.description(),
                sourceDocument ? sourceDocumentType(m) : documentType(m), sourceDocument ? m.origin().strip() : m.reference(),
                null, null, null, null);
    }

    /**
     * Where each lot's code was assigned: its first move tells (the moves come oldest first): the vendor, or the source
     * the vendor reported, for a lot received; our location for a lot made or counted here.
     */
    private static Map<Long, Fsma204Place> tlcSources(List<Fsma204Facts> moves, Map<Long, SupplierKdes.SupplierKde> supplied) {
        Map<Long, Fsma204Place> sources = new HashMap<>();
        for (Fsma204Facts m : moves) {
            sources.computeIfAbsent(m.lotId(), id -> {
                SupplierKdes.SupplierKde reported = supplied.get(m.moveLineId());
                if (reported != null && reported.tlcSourceDescription() != null) {
                    return new Fsma204Place(null, reported.tlcSourceDescription(), reported.tlcSourceGln(), List.of());
                }
                return "supplier".equals(m.source().usage()) && m.partner().description() != null ? m.partner() : m.destination();
            });
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

    /** The business document a transfer's source document is: what the vendor or the customer sent us. */
    private static String sourceDocumentType(Fsma204Facts m) {
        return switch (m.operationType()) {
            case "receipt" -> "Purchase order";
            case "delivery" -> "Sales order";
            case "return" -> "Return authorization";
            default -> "Source document";
        };
    }

    /** The event's date is the site's day it happened on. */
    private static LocalDate date(Fsma204Facts m, ZoneId zone) {
        return LocalDate.ofInstant(m.occurredAt(), zone);
    }
}
