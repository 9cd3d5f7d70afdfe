package io.stocktrace.report;

import io.stocktrace.problem.Validation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/fsma204?lotId=|productId=&from=&to=&format=csv|xlsx}: the FDA FSMA 204 electronic
 * sortable spreadsheet (21 CFR 1.1455(c)(3)(ii)) of the lot and its whole trace, of a product's lots, or, with
 * neither, of every lot on the Food Traceability List.
 */
@RestController
@RequestMapping("/api/v1/reports")
class Fsma204Api {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Fsma204Service fsma;

    Fsma204Api(Fsma204Service fsma) {
        this.fsma = fsma;
    }

    /** What the rows of the lot's spreadsheet lack, event by event; the summary counts the KDEs missing in all. */
    record Completeness(long lotId, boolean complete, int missingCount, List<EventGaps> events) {
    }

    record EventGaps(String cte, String eventId, LocalDate eventDate, String traceabilityLotCode,
                     String inputTraceabilityLotCode, List<String> missing) {
    }

    @GetMapping("/fsma204/completeness")
    Completeness completeness(@RequestParam long lotId) {
        List<Fsma204Entry> entries = fsma.entries(lotId, null, null, null);
        List<EventGaps> events = entries.stream().map(e -> new EventGaps(e.row().cte(), e.row().eventId(), e.row().eventDate(),
                e.row().traceabilityLotCode(), e.row().inputTraceabilityLotCode(), e.missing())).toList();
        int missing = events.stream().mapToInt(e -> e.missing().size()).sum();
        return new Completeness(lotId, missing == 0, missing, events);
    }

    @GetMapping("/fsma204")
    ResponseEntity<byte[]> fsma204(@RequestParam(required = false) Long lotId, @RequestParam(required = false) Long productId,
                                   @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                   @RequestParam(defaultValue = "csv") String format) {
        new Validation()
                .require(format.equals("csv") || format.equals("xlsx"), "format", "must be csv or xlsx")
                .require(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .throwIfAny();
        List<Fsma204Row> rows = fsma.rows(lotId, productId, from, to);
        boolean xlsx = format.equals("xlsx");
        String name = "fsma204-" + (lotId != null ? "lot-" + lotId : productId != null ? "product-" + productId : "all")
                + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(xlsx ? Fsma204Spreadsheet.xlsx(rows) : Fsma204Spreadsheet.csv(rows).getBytes(StandardCharsets.UTF_8));
    }
}
