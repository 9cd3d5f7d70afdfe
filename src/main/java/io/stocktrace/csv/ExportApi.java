package io.stocktrace.csv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /exports/{kind}.csv: products, lots (with the lot list's filters) or stock, in the columns of the import. */
@RestController
@RequestMapping("/api/v1/exports")
class ExportApi {
    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/{kind}.csv")
    void export(@PathVariable String kind, @RequestParam(required = false) Long productId,
                @RequestParam(required = false) String name, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) Boolean onHand,
                @RequestParam(required = false) Boolean expired,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresBefore,
                HttpServletResponse response) throws IOException {
        CsvKind k = ImportService.kind(kind);
        var filter = exports.lotFilter(productId, name, q, status, onHand, expired, expiresBefore);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + k.wire() + ".csv\"");
        exports.export(k, filter, response.getWriter());
    }
}
