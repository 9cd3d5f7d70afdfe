package io.stocktrace.stock;

import io.stocktrace.location.Location;
import io.stocktrace.location.LocationUsage;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A serial is on hand in one place only: it cannot be received or produced while it is in stock anywhere, and a
 * serial the ledger places at a customer comes back only from a customer location (a return).
 */
@Component
public class SerialChecks {
    private final QuantRepository quants;

    SerialChecks(QuantRepository quants) {
        this.quants = quants;
    }

    /**
     * @param incoming serial lot id → the field of the request that names it
     */
    public void requireNotOnHand(Map<Long, String> incoming, Map<Long, String> names, String sku, Location source) {
        if (incoming.isEmpty()) {
            return;
        }
        for (QuantRepository.Presence p : quants.presence(incoming.keySet())) {
            String name = names.get(p.lotId());
            if (p.inStock()) {
                throw StocktraceException.atField(ProblemType.SERIAL_ALREADY_IN_STOCK, incoming.get(p.lotId()),
                        "Serial number '" + name + "' of product " + sku + " is already in stock at " + p.location()
                                + "; a serial number can be on hand in one place only.")
                        .with("lotId", p.lotId());
            }
            if (source.usage() != LocationUsage.CUSTOMER) {
                throw StocktraceException.atField(ProblemType.SERIAL_AT_CUSTOMER, incoming.get(p.lotId()),
                        "Serial number '" + name + "' of product " + sku + " was delivered to a customer ("
                                + p.location() + "); record a return from the customer to bring it back.")
                        .with("lotId", p.lotId());
            }
        }
    }
}
