package io.stocktrace.trace;

import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lots")
class TraceApi {
    record LotRef(long id, String name, long productId, String productName, String tracking, String status,
                  BigDecimal quantityOnHand) {
        static LotRef of(LotSummary s) {
            return new LotRef(s.lot().id(), s.lot().name(), s.lot().productId(), s.productName(), s.tracking().wire(),
                    s.lot().status().wire(), s.quantityOnHand());
        }
    }

    record TraceView(LotRef lot, List<Trace.TracedLot> lots, List<Trace.Link> links, List<Trace.Operation> operations,
                     List<Trace.PartnerQuantity> suppliers, List<Trace.PartnerQuantity> customers,
                     List<ReportedEvent> reported) {
    }

    record BalanceView(BigDecimal received, BigDecimal produced, BigDecimal returnedFromCustomers, BigDecimal consumed,
                       BigDecimal delivered, BigDecimal returnedToVendors, BigDecimal scrapped, BigDecimal adjusted,
                       BigDecimal onHand, BigDecimal discrepancy) {
    }

    private final TraceService traces;
    private final TraceOperationsService whole;
    private final ReportedUpstream reportedUpstream;

    TraceApi(TraceService traces, TraceOperationsService whole, ReportedUpstream reportedUpstream) {
        this.traces = traces;
        this.whole = whole;
        this.reportedUpstream = reportedUpstream;
    }

    static Trace.Direction direction(String direction) {
        try {
            return Trace.Direction.fromWire(direction);
        } catch (IllegalArgumentException e) {
            throw StocktraceException.invalid("direction", "must be upstream, downstream or both");
        }
    }

    @GetMapping("/{id}/trace")
    TraceView trace(@PathVariable long id, @RequestParam(defaultValue = "both") String direction) {
        Trace.Direction parsed = direction(direction);
        Trace t = whole.traceWhole(id, parsed);
        // upstream, the events partners reported (EPCIS captures) continue the trace past our receipts
        List<ReportedEvent> reported = parsed.up()
                ? reportedUpstream.upstreamOf(t.receivedLots()) : List.of();
        return new TraceView(LotRef.of(t.lot()), t.lots(), t.links(), t.operations(), t.suppliers(), t.customers(),
                reported);
    }

    @GetMapping("/{id}/balance")
    BalanceView balance(@PathVariable long id) {
        Balance b = traces.balance(id);
        return new BalanceView(b.received(), b.produced(), b.returnedFromCustomers(), b.consumed(), b.delivered(),
                b.returnedToVendors(), b.scrapped(), b.adjusted(), b.onHand(), b.discrepancy());
    }
}
