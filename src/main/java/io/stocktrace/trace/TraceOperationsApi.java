package io.stocktrace.trace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A trace the size of what is asked: its summary, its operations by page, and all of them as a CSV or NDJSON stream. */
@RestController
@RequestMapping("/api/v1/lots")
class TraceOperationsApi {
    record StockView(BigDecimal onHand, long lotsOnHand, BigDecimal blocked, long blockedLots) {
    }

    record SummaryView(TraceApi.LotRef lot, String direction, long lots, long operations,
                       List<TraceSummary.Level> levels, List<Trace.PartnerQuantity> suppliers,
                       List<Trace.PartnerQuantity> customers, StockView stock, String after) {
    }

    record PageView(List<TraceStreamWriter.OperationView> operations, String next) {
    }

    private final TraceOperationsService traces;

    TraceOperationsApi(TraceOperationsService traces) {
        this.traces = traces;
    }

    @GetMapping("/{id}/trace/summary")
    SummaryView summary(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction) {
        TraceSummary s = traces.summarize(id, TraceApi.direction(direction));
        return new SummaryView(TraceApi.LotRef.of(s.lot()), direction, s.lots(), s.operations(), s.levels(),
                s.suppliers(), s.customers(), new StockView(s.onHand(), s.lotsOnHand(), s.blocked(), s.blockedLots()),
                s.cursor());
    }

    @GetMapping("/{id}/trace/operations")
    PageView operations(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction,
                        @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String after,
                        @RequestParam(required = false) Integer depth) {
        TracePage page = traces.page(id, TraceApi.direction(direction), depth, after, limit);
        return new PageView(page.operations().stream().map(TraceStreamWriter.OperationView::of).toList(), page.next());
    }

    @GetMapping("/{id}/trace/operations.ndjson")
    void ndjson(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction,
                HttpServletResponse response) throws IOException {
        stream(id, direction, response, "application/x-ndjson", "ndjson",
                TraceStreamWriter::ndjson);
    }

    @GetMapping("/{id}/trace/operations.csv")
    void csv(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction,
             HttpServletResponse response) throws IOException {
        stream(id, direction, response, "text/csv;charset=UTF-8", "csv", TraceStreamWriter::csv);
    }

    /** The writer starts on the first part: a refusal before it (an unknown lot) is still a problem+json answer. */
    private void stream(long id, String direction, HttpServletResponse response, String contentType, String suffix,
                        Function<OutputStream, TraceStreamWriter> writerFor) throws IOException {
        Trace.Direction parsed = TraceApi.direction(direction);
        TraceStreamWriter[] writer = {null};
        try {
            traces.stream(id, parsed, rows -> {
                if (writer[0] == null) {
                    response.setContentType(contentType);
                    response.setHeader("Content-Disposition",
                            "attachment; filename=\"trace-" + id + "-" + direction + "." + suffix + "\"");
                    writer[0] = writerFor.apply(output(response));
                }
                writer[0].write(rows);
            });
        } finally {
            if (writer[0] != null) {
                writer[0].close();
            }
        }
    }

    private static OutputStream output(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
