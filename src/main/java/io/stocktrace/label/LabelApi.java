package io.stocktrace.label;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.StocktraceException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/lots/{id}/label.pdf?symbology=datamatrix|gs1-128}: a printable GS1 label for a lot or serial. */
@RestController
@RequestMapping("/api/v1/lots")
class LabelApi {
    private final LotService lots;
    private final ProductService products;
    private final Gs1SyntaxEngine engine;

    LabelApi(LotService lots, ProductService products, Clock clock) {
        this.lots = lots;
        this.products = products;
        this.engine = new Gs1SyntaxEngine(clock);
    }

    @GetMapping(value = "/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> label(@PathVariable long id, @RequestParam(defaultValue = "datamatrix") String symbology) {
        LabelSymbology parsed;
        try {
            parsed = LabelSymbology.fromWire(symbology);
        } catch (IllegalArgumentException e) {
            throw StocktraceException.invalid("symbology", "must be datamatrix or gs1-128");
        }
        LotSummary lot = lots.get(id);
        Product product = products.get(lot.lot().productId());
        LabelContent content = LabelContent.of(engine, product.name(), product.sku(), product.gtin(), lot.lot().name(),
                lot.tracking() == Tracking.SERIAL, lot.lot().dates().expirationDate(), lot.lot().dates().bestBeforeDate());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("label-" + product.sku() + "-" + lot.lot().name() + ".pdf").build().toString())
                .body(LabelPdf.render(content, parsed));
    }
}
