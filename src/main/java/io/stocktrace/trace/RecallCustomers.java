package io.stocktrace.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recall's shipments grouped by customer as the recall lists them: customers in the order of their names (as the
 * database orders them, then by id), those without a partner last; each customer's shipments oldest first.
 */
final class RecallCustomers {
    /** A partner as read, in the database's order of names. */
    record Partner(long id, String name, String email) {
    }

    private RecallCustomers() {
    }

    static List<Recall.Customer> grouped(List<RecallRepository.ShipmentRow> rows, List<Partner> partnersInOrder) {
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, Partner> byId = new HashMap<>();
        for (Partner p : partnersInOrder) {
            rank.put(p.id(), rank.size());
            byId.put(p.id(), p);
        }
        List<RecallRepository.ShipmentRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<RecallRepository.ShipmentRow>comparingInt(r -> r.partnerId() == null ? Integer.MAX_VALUE
                        : rank.get(r.partnerId()))
                .thenComparing(r -> r.shipment().date())
                .thenComparingLong(RecallRepository.ShipmentRow::moveLineId));
        Map<Long, List<Recall.Shipment>> shipments = new LinkedHashMap<>();
        sorted.forEach(r -> shipments.computeIfAbsent(r.partnerId() == null ? -1L : r.partnerId(),
                k -> new ArrayList<>()).add(r.shipment()));
        List<Recall.Customer> customers = new ArrayList<>(shipments.size());
        shipments.forEach((id, list) -> {
            Partner p = byId.get(id);
            customers.add(p == null ? new Recall.Customer(null, null, null, List.copyOf(list))
                    : new Recall.Customer(p.id(), p.name(), p.email(), List.copyOf(list)));
        });
        return customers;
    }
}
