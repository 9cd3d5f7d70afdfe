package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Returns of done receipts and deliveries: a delivery comes back from its customer location to the stock it left
 * (WH/Stock when it left from a view location), a receipt goes back from where it arrived to where it came from.
 * Every line names its lot or serial, and never more comes back than the transfer moved, counting its other returns.
 */
@Component
class TransferReturns {
    private final ProductService products;
    private final LocationService locations;
    private final TransferDrafts drafts;
    private final ReturnRepository returns;

    TransferReturns(ProductService products, LocationService locations, TransferDrafts drafts,
                    ReturnRepository returns) {
        this.products = products;
        this.locations = locations;
        this.drafts = drafts;
        this.returns = returns;
    }

    /** A draft return of {@code original} (locked by the caller), every line checked; nothing is written. */
    Transfer draft(Transfer original, ReturnRequest request, String actor, Instant now) {
        requireReturnable(original);
        if (request != null && request.lines() != null) {
            drafts.checkCounts(request.lines().stream().map(l -> l == null ? null : l.asTransferLine()).toList());
        }
        checkShape(request);
        Map<Long, Product> byId = products.byIds(request.lines().stream().map(ReturnRequest.Line::productId).toList());
        Validation v = new Validation();
        for (int i = 0; i < request.lines().size(); i++) {
            Long id = request.lines().get(i).productId();
            v.require(byId.containsKey(id), "lines[" + i + "].productId", "no product " + id);
        }
        v.throwIfAny();
        Location source = locations.get(original.destinationLocationId());
        long destination = destinationOf(original);
        List<TransferLine> resolved = drafts.resolveLots(lines(request, byId, source.id(), destination), byId,
                TransferType.RETURN, source);
        requireWithinSent(original.id(), original.reference(), resolved, byId, 0);
        if (!source.usage().countsAsStock()) {
            drafts.checkIncomingSerials(resolved, byId, source);
        }
        return new Transfer(0, null, TransferType.RETURN, TransferState.DRAFT, original.partnerId(), source.id(),
                destination, now, "Return of " + original.reference(), true, actor, now, null, resolved);
    }

    /** What {@code original} moved, by product and lot in the order of its lines, and what its returns bring back. */
    List<Returnable> returnable(Transfer original) {
        requireReturnable(original);
        Map<ReturnQuantities.Key, BigDecimal> sent = returns.sent(original.id());
        Map<ReturnQuantities.Key, BigDecimal> returned = returns.returned(original.id(), 0);
        Map<ReturnQuantities.Key, String> names = new LinkedHashMap<>();
        original.lines().forEach(l -> names.putIfAbsent(new ReturnQuantities.Key(l.productId(), l.lotId()), l.lotName()));
        sent.keySet().forEach(k -> names.putIfAbsent(k, null));
        return names.entrySet().stream().filter(e -> sent.containsKey(e.getKey()))
                .map(e -> new Returnable(e.getKey().productId(), e.getKey().lotId(), e.getValue(), sent.get(e.getKey()),
                        returned.getOrDefault(e.getKey(), BigDecimal.ZERO)))
                .toList();
    }

    /** One line per lot or serial, each naming what comes back. */
    private static List<TransferLine> lines(ReturnRequest request, Map<Long, Product> byId, long source,
                                            long destination) {
        LineRules rules = new LineRules(TransferType.RETURN);
        List<TransferLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Product product = byId.get(request.lines().get(i).productId());
            for (LineRules.Expanded e : rules.expand(i, request.lines().get(i).asTransferLine(), product)) {
                if (product.tracking().isTracked() && e.lotName() == null) {
                    throw StocktraceException.atField(ProblemType.LOT_REQUIRED, "lines[" + i + "].lot", "Product "
                            + product.sku() + " is tracked by " + product.tracking().wire() + ": line " + i
                            + " of a return must name the lot or serial numbers that come back.");
                }
                lines.add(new TransferLine(0, i, product.id(), null, e.lotName(), e.quantity(), source, destination,
                        false, null, null));
            }
        }
        return lines;
    }

    /** Before a return is validated: locks the transfer it reverses, then checks the return's lines again. */
    void recheck(Transfer ret, Map<Long, Product> byId) {
        long originalId = returns.returnOf(ret.id())
                .orElseThrow(() -> new IllegalStateException("Return " + ret.reference() + " names no transfer"));
        requireWithinSent(originalId, returns.lockReturned(originalId), ret.lines(), byId, ret.id());
    }

    private void requireWithinSent(long originalId, String reference, List<TransferLine> lines,
                                   Map<Long, Product> byId, long exceptReturnId) {
        List<ReturnQuantities.Asked> asked = lines.stream()
                .map(l -> new ReturnQuantities.Asked(new ReturnQuantities.Key(l.productId(), l.lotId()), l.quantity(),
                        "lines[" + l.lineNo() + "].quantity", Move.label(byId.get(l.productId()), l.lotName())))
                .toList();
        new ReturnQuantities(reference, returns.sent(originalId), returns.returned(originalId, exceptReturnId))
                .check(asked);
    }

    private static void requireReturnable(Transfer t) {
        if (t.state() != TransferState.DONE) {
            throw new StocktraceException(ProblemType.INVALID_STATE, "Transfer " + t.reference() + " is "
                    + t.state().wire() + "; only a done transfer can be returned.").with("state", t.state().wire());
        }
        if (t.type() != TransferType.RECEIPT && t.type() != TransferType.DELIVERY) {
            throw new StocktraceException(ProblemType.INVALID_STATE, "Transfer " + t.reference() + " is "
                    + (t.type() == TransferType.INTERNAL ? "an internal transfer" : "a return")
                    + "; only receipts and deliveries can be returned.").with("type", t.type().wire());
        }
    }

    private long destinationOf(Transfer original) {
        if (original.type() == TransferType.RECEIPT) {
            return original.sourceLocationId();
        }
        Location left = locations.get(original.sourceLocationId());
        return left.usage().countsAsStock() ? left.id() : Locations.STOCK;
    }

    private static void checkShape(ReturnRequest r) {
        Validation v = new Validation();
        v.require(r != null && r.lines() != null && !r.lines().isEmpty(), "lines", "at least one line is required");
        v.throwIfAny();
        for (int i = 0; i < r.lines().size(); i++) {
            ReturnRequest.Line line = r.lines().get(i);
            LineRules.checkShape(line == null ? null : line.asTransferLine(), "lines[" + i + "]", v);
        }
        v.throwIfAny();
    }
}
