package io.stocktrace.lot;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Help for entering many lots or serials of one product: names generated in sequence, and pasted lists read. */
@RestController
@RequestMapping("/api/v1/products/{productId}")
class ProductLotsApi {
    record GenerateRequest(String first, Integer count) {
    }

    record Generated(List<String> names, List<String> existing) {
    }

    record ParseRequest(String text) {
    }

    private final LotService lots;
    private final ProductService products;

    ProductLotsApi(LotService lots, ProductService products) {
        this.lots = lots;
        this.products = products;
    }

    @PostMapping("/serial-numbers/generate")
    Generated generate(@PathVariable long productId, @RequestBody GenerateRequest body) {
        var result = lots.proposeNames(productId, body.first(), body.count() == null ? 1 : body.count());
        return new Generated(result.names(), result.existing());
    }

    @PostMapping("/lot-list/parse")
    LotList.Parsed parse(@PathVariable long productId, @RequestBody ParseRequest body) {
        var product = products.get(productId);
        if (!product.tracking().isTracked()) {
            throw new StocktraceException(ProblemType.LOT_NOT_ALLOWED, "Product " + product.sku()
                    + " is not tracked by lot or serial number, so it takes no list of lots.");
        }
        return LotList.parse(body.text(), product.tracking() == Tracking.SERIAL);
    }
}
