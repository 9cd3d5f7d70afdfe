package io.stocktrace.stock;

import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.PageController;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A GS1 code scanned into a line of the receipt or transfer forms: the page sends it with what the line already says
 * and fills the line from the answer (product, lot or serial, expiry), or shows the problem next to the line. Nothing
 * is saved here; the form's Create does that.
 */
@PageController
class LineScanPages {
    /**
     * What the scan puts on the line; {@code serial} is added to the line's serial numbers; {@code sscc} is the
     * package (pallet, case) a logistic label names, alone (no product: a package to move whole) or with its content.
     */
    record Filling(Long productId, String tracking, String lot, String serial, LocalDate expirationDate,
                   BigDecimal quantity, String sscc) {
    }

    record Problem(String problem) {
    }

    private final ScannedLines scannedLines;

    LineScanPages(ScannedLines scannedLines) {
        this.scannedLines = scannedLines;
    }

    @PostMapping("/transfer-lines/scan")
    @ResponseBody
    ResponseEntity<?> scan(@RequestParam String scan, @RequestParam(required = false) Long productId,
                           @RequestParam(required = false) String lot, @RequestParam(required = false) BigDecimal quantity,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expirationDate) {
        var typed = new ScannedLines.ScannableLine(productId, quantity, lot == null || lot.isBlank() ? null : lot.strip(),
                null, expirationDate, null, null, null, scan);
        String sscc = scannedLines.sscc(scan).orElse(null);
        if (sscc != null && !scannedLines.namesProduct(scan)) {
            return ResponseEntity.ok(new Filling(null, null, null, null, null, null, sscc));
        }
        try {
            ScannedLines.Filled filled = scannedLines.fill(typed);
            TransferRequest.Line line = filled.line();
            boolean serial = filled.product().tracking() == Tracking.SERIAL;
            return ResponseEntity.ok(new Filling(line.productId(), filled.product().tracking().wire(),
                    serial ? null : line.lot(), serial ? line.lot() : null, line.expirationDate(),
                    serial ? null : line.quantity(), sscc));
        } catch (StocktraceException e) {
            String problem = e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(FieldProblem::message).collect(Collectors.joining("; "));
            return ResponseEntity.status(422).body(new Problem(Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + "."));
        }
    }
}
