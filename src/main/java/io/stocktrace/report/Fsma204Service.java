package io.stocktrace.report;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.trace.Trace;
import io.stocktrace.trace.TraceService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FSMA 204 records of a lot and its whole trace, or of every lot of a product, in a date range; and what each
 * lacks of the key data elements the rule requires (the completeness report).
 */
@Service
public class Fsma204Service {
    private final TraceService traces;
    private final ProductService products;
    private final Fsma204Repository repository;
    private final SiteCalendar calendar;
    private final ObjectProvider<SupplierKdes> suppliers;

    Fsma204Service(TraceService traces, ProductService products, Fsma204Repository repository, SiteCalendar calendar,
                   ObjectProvider<SupplierKdes> suppliers) {
        this.traces = traces;
        this.products = products;
        this.repository = repository;
        this.calendar = calendar;
        this.suppliers = suppliers;
    }

    @Transactional(readOnly = true)
    public List<Fsma204Row> rows(Long lotId, Long productId, LocalDate from, LocalDate to) {
        return entries(lotId, productId, from, to).stream().map(Fsma204Entry::row).toList();
    }

    /** The rows with the required key data elements each lacks, in the spreadsheet's order. */
    @Transactional(readOnly = true)
    public List<Fsma204Entry> entries(Long lotId, Long productId, LocalDate from, LocalDate to) {
        Set<Long> lots = new LinkedHashSet<>();
        if (lotId != null) {
            lots.addAll(traces.reach(lotId, Trace.Direction.BOTH));
        }
        if (productId != null) {
            products.get(productId);
            lots.addAll(repository.lotsOfProduct(productId));
        }
        if (lotId == null && productId == null) {
            lots.addAll(repository.lotsOnTheList());
        }
        List<Long> onTheList = repository.foodTraceabilityLots(lots);
        List<Fsma204Facts> moves = repository.moves(onTheList, repository.site());
        return Fsma204Report.entries(moves, supplied(moves), from, to, calendar.zone());
    }

    /** What suppliers reported of the lots received from them, asked of every {@link SupplierKdes} there is. */
    private Map<Long, SupplierKdes.SupplierKde> supplied(List<Fsma204Facts> moves) {
        List<SupplierKdes.ReceivedLot> receipts = moves.stream()
                .filter(m -> "supplier".equals(m.source().usage()) && m.manufacturingOrderId() == null)
                .map(m -> new SupplierKdes.ReceivedLot(m.moveLineId(), m.lotId(), m.lotName(), m.gtin(), m.partnerId(),
                        m.partner().gln(), m.occurredAt(), m.reference(), m.origin()))
                .toList();
        Map<Long, SupplierKdes.SupplierKde> supplied = new HashMap<>();
        if (!receipts.isEmpty()) {
            suppliers.orderedStream().forEach(source -> source.forReceipts(receipts).forEach(supplied::putIfAbsent));
        }
        return supplied;
    }
}
