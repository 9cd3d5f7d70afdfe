package io.stocktrace.lot;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Help for entering many lots or serials of one product: names generated in sequence (from a first name, or from the
 * product's own sequence), and pasted lists read.
 */
@RestController
@RequestMapping("/api/v1/products/{productId}")
class ProductLotsApi {
    record GenerateRequest(String first, Integer count) {
    }

    record Generated(List<String> names, List<String> existing) {
    }

    record ParseRequest(String text) {
    }

    record SequenceBody(String prefix, Integer padding, Long nextNumber) {
    }

    record SequenceView(String prefix, int padding, long nextNumber, String next) {
        static SequenceView of(LotSequence s) {
            return new SequenceView(s.prefix(), s.padding(), s.nextNumber(), s.name(s.nextNumber()));
        }
    }

    private final LotService lots;
    private final LotSequenceService sequences;
    private final ProductService products;

    ProductLotsApi(LotService lots, LotSequenceService sequences, ProductService products) {
        this.lots = lots;
        this.sequences = sequences;
        this.products = products;
    }

    @GetMapping("/sequence")
    SequenceView sequence(@PathVariable long productId) {
        return SequenceView.of(sequences.get(productId));
    }

    @PutMapping("/sequence")
    SequenceView setSequence(@PathVariable long productId, @RequestBody SequenceBody body) {
        return SequenceView.of(sequences.set(productId, body.prefix(), body.padding(), body.nextNumber()));
    }

    /** The next names of the product's sequence, with those that exist; changes nothing. */
    @GetMapping("/next-names")
    Generated proposeNames(@PathVariable long productId, @RequestParam(defaultValue = "1") int count) {
        var result = sequences.propose(productId, count);
        return new Generated(result.names(), result.existing());
    }

    /** Takes the next names: the sequence moves past them, so they are proposed to nobody else. */
    @PostMapping("/next-names")
    Generated takeNames(@PathVariable long productId, @RequestParam(defaultValue = "1") int count) {
        var result = sequences.take(productId, count);
        return new Generated(result.names(), result.existing());
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
