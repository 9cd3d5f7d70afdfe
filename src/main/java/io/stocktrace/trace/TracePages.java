package io.stocktrace.trace;

import io.stocktrace.api.Paging;
import io.stocktrace.csv.SpreadsheetCells;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.web.PageController;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Traceability report of a lot: every operation of the lots reached upstream or downstream, newest first, by
 * level (each level unfolds), incoming rows green and outgoing red; its CSV; and the picture of the genealogy.
 */
@PageController
class TracePages {
    private static final String[] CSV_HEADER = {"level", "reference", "product", "date", "lot", "from", "to", "quantity"};

    /**
     * One row of the report: the operation, its lot, whether it brings stock in, takes it out, or moves it, and
     * whether it unfolds to the level before or after (it is the consumption or production of a manufacturing order
     * that links the lot further).
     */
    record Row(Trace.Operation operation, Trace.TracedLot lot, String direction, boolean unfolds) {
        /** What identifies the row among the unfolded ones: the rows it was unfolded from, then its move line. */
        public String key(String parent) {
            return parent + "-" + operation.moveLineId();
        }
    }

    private final TraceService traces;
    private final LocationService locations;
    private final TraceOperationsService operations;
    private final ReportedUpstream reportedUpstream;
    private final int wholeUpTo;
    private final int levelPage;

    /**
     * {@code stocktrace.trace.report-whole-up-to}: the most operations a report shows whole, with its picture and rows
     * that unfold; a bigger trace's report shows its levels from the pages of the API, {@code report-page} rows at
     * once and at each "Load more" (a test lowers both).
     */
    TracePages(TraceService traces, LocationService locations, TraceOperationsService operations,
               ReportedUpstream reportedUpstream,
               @Value("${stocktrace.trace.report-whole-up-to:2000}") int wholeUpTo,
               @Value("${stocktrace.trace.report-page:100}") int levelPage) {
        this.levelPage = levelPage;
        this.traces = traces;
        this.locations = locations;
        this.operations = operations;
        this.reportedUpstream = reportedUpstream;
        this.wholeUpTo = wholeUpTo;
    }

    @GetMapping("/lots/{id}/traceability")
    String report(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction, Model model) {
        boolean upstream = "upstream".equals(direction);
        Trace.Direction way = upstream ? Trace.Direction.UPSTREAM : Trace.Direction.DOWNSTREAM;
        TraceSummary summary = operations.summarize(id, way);
        if (summary.operations() > wholeUpTo) {
            TracePage first = operations.page(id, way, 0, summary.cursor(), levelPage);
            model.addAttribute("lot", summary.lot());
            model.addAttribute("upstream", upstream);
            model.addAttribute("summary", summary);
            model.addAttribute("rows", paged(first));
            model.addAttribute("next", first.next());
            model.addAttribute("breadcrumbs", LotFormPages.lotTrail(summary.lot(), "Traceability"));
            return "lot/traceability";
        }
        Trace trace = traces.trace(id, way);
        model.addAttribute("lot", trace.lot());
        model.addAttribute("upstream", upstream);
        model.addAttribute("levels", levels(trace.lots(), trace.operations(), trace.links(), upstream));
        // upstream, what partners reported (EPCIS captures) beyond our receipts: shown apart, never our ledger
        List<ReportedEvent> reported = upstream
                ? reportedUpstream.upstreamOf(trace.receivedLots()) : List.of();
        model.addAttribute("reported", reported);
        model.addAttribute("picture", GenealogyPicture.of(trace, upstream, reported));
        model.addAttribute("breadcrumbs", LotFormPages.lotTrail(trace.lot(), "Traceability"));
        return "lot/traceability";
    }

    @GetMapping("/lots/{id}/traceability.csv")
    ResponseEntity<String> csv(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction) {
        boolean upstream = "upstream".equals(direction);
        Trace trace = traces.trace(id, upstream ? Trace.Direction.UPSTREAM : Trace.Direction.DOWNSTREAM);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (var level : levels(trace.lots(), trace.operations(), trace.links(), upstream).entrySet()) {
                for (Row row : level.getValue()) {
                    Trace.Operation o = row.operation();
                    SpreadsheetCells.print(csv, level.getKey(), o.reference(), row.lot().productName(), o.date(),
                            row.lot().name(), o.sourceLocation(), o.destinationLocation(), o.quantity());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"traceability-" + id + "-" + direction + ".csv\"")
                .body(out.toString());
    }

    /** The rows of one report row unfolded: the operations of the lots one level before or after, newest first. */
    @GetMapping("/lots/{id}/traceability/step")
    String step(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction,
                @RequestParam String reference, @RequestParam(defaultValue = "1") int depth,
                @RequestParam(defaultValue = "r") String parent, Model model) {
        boolean upstream = "upstream".equals(direction);
        Trace.Step step = traces.step(id, upstream ? Trace.Direction.UPSTREAM : Trace.Direction.DOWNSTREAM, reference);
        model.addAttribute("rows", rows(step.lots(), step.operations(), step.onward(), upstream));
        model.addAttribute("upstream", upstream);
        model.addAttribute("depth", Math.max(1, Math.min(depth, LotGraph.MAX_DEPTH)));
        model.addAttribute("parent", parent);
        return "lot/trace-rows :: rows";
    }

    /** The next rows of one level of a big trace's report, after the cursor, with a "Load more" row if there are more. */
    @GetMapping("/lots/{id}/traceability/level")
    String level(@PathVariable long id, @RequestParam(defaultValue = "downstream") String direction,
                 @RequestParam int depth, @RequestParam String after, Model model) {
        boolean upstream = "upstream".equals(direction);
        TracePage page = operations.page(id, upstream ? Trace.Direction.UPSTREAM : Trace.Direction.DOWNSTREAM, depth,
                after, levelPage);
        model.addAttribute("lotId", id);
        model.addAttribute("upstream", upstream);
        model.addAttribute("depth", depth);
        model.addAttribute("rows", paged(page));
        model.addAttribute("next", page.next());
        return "lot/trace-pages :: rows";
    }

    private static List<Row> paged(TracePage page) {
        return page.operations().stream().map(r -> new Row(r.operation(), r.lot(),
                direction(isStock(r.sourceUsage()), isStock(r.destinationUsage())), false)).toList();
    }

    /** The rows by level (0: the lot itself), each level newest first as the trace lists them. */
    private Map<Integer, List<Row>> levels(List<Trace.TracedLot> lots, List<Trace.Operation> operations,
                                           List<Trace.Link> links, boolean upstream) {
        return rows(lots, operations, links, upstream).stream()
                .collect(Collectors.groupingBy(r -> r.lot().depth(), TreeMap::new, Collectors.toList()));
    }

    private List<Row> rows(List<Trace.TracedLot> lots, List<Trace.Operation> operations, List<Trace.Link> links,
                           boolean upstream) {
        Map<Long, Trace.TracedLot> lotsById = lots.stream()
                .collect(Collectors.toMap(Trace.TracedLot::id, Function.identity()));
        Map<String, String> usages = locations.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                .collect(Collectors.toMap(Location::fullName, l -> l.usage().wire(), (a, b) -> a));
        Set<String> unfolding = links.stream()
                .map(k -> (upstream ? k.toLotId() : k.fromLotId()) + "|" + k.reference()).collect(Collectors.toSet());
        return operations.stream()
                .map(o -> new Row(o, lotsById.get(o.lotId()), direction(usages, o),
                        unfolding.contains(o.lotId() + "|" + o.reference())))
                .toList();
    }

    private static String direction(Map<String, String> usages, Trace.Operation o) {
        return direction(isStock(usages.get(o.sourceLocation())), isStock(usages.get(o.destinationLocation())));
    }

    private static String direction(boolean fromStock, boolean toStock) {
        return fromStock && toStock ? "internal" : toStock ? "in" : "out";
    }

    private static boolean isStock(String usage) {
        return "internal".equals(usage) || "transit".equals(usage);
    }
}
