package io.stocktrace.report;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.trace.Trace;
import io.stocktrace.trace.TraceService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The FSMA 204 records of a lot and its whole trace, or of every lot of a product, in a date range. */
@Service
public class Fsma204Service {
    private final TraceService traces;
    private final ProductService products;
    private final Fsma204Repository repository;
    private final SiteCalendar calendar;

    Fsma204Service(TraceService traces, ProductService products, Fsma204Repository repository, SiteCalendar calendar) {
        this.traces = traces;
        this.products = products;
        this.repository = repository;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<Fsma204Row> rows(Long lotId, Long productId, LocalDate from, LocalDate to) {
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
        return Fsma204Report.rows(repository.moves(onTheList), from, to, calendar.zone());
    }
}
