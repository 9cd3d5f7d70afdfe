package io.stocktrace.lot;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-product sequences of lot and serial names: read and set them, propose the next names (reporting those that
 * exist), and take them, which moves the sequence past them. Creating lots moves it too (LotService).
 */
@Service
public class LotSequenceService {
    private final LotSequenceRepository sequences;
    private final LotService lots;
    private final ProductService products;

    LotSequenceService(LotSequenceRepository sequences, LotService lots, ProductService products) {
        this.sequences = sequences;
        this.lots = lots;
        this.products = products;
    }

    public LotSequence get(long productId) {
        Product product = trackedProduct(productId);
        return sequences.find(productId, false).orElse(LotSequence.defaultFor(product.sku()));
    }

    @Requires(Role.MANAGER)
    @Transactional
    public LotSequence set(long productId, String prefix, Integer padding, Long nextNumber) {
        Validation v = new Validation();
        LotSequence.check(prefix, padding, nextNumber, v);
        v.throwIfAny();
        trackedProduct(productId);
        LotSequence sequence = new LotSequence(prefix, padding, nextNumber);
        sequences.save(productId, sequence);
        return sequence;
    }

    /** The next {@code count} names, and which of them the product already has; changes nothing. */
    public LotService.ProposedNames propose(long productId, int count) {
        return proposal(get(productId), productId, count);
    }

    /** The next {@code count} names, taken: the sequence moves past them, so nobody is proposed them again. */
    @Requires(Role.OPERATOR)
    @Transactional
    public LotService.ProposedNames take(long productId, int count) {
        Product product = trackedProduct(productId);
        sequences.createIfMissing(productId, LotSequence.defaultFor(product.sku()));
        LotSequence sequence = sequences.find(productId, true).orElseThrow();
        LotService.ProposedNames names = proposal(sequence, productId, count);
        sequences.save(productId, sequence.advancedBy(count));
        return names;
    }

    private LotService.ProposedNames proposal(LotSequence sequence, long productId, int count) {
        String problem = sequence.countProblem(count);
        if (problem != null) {
            throw StocktraceException.invalid("count", problem);
        }
        List<String> names = sequence.next(count);
        var known = lots.findByNames(productId, names).keySet();
        return new LotService.ProposedNames(names, names.stream().filter(known::contains).toList());
    }

    private Product trackedProduct(long productId) {
        Product product = products.get(productId);
        lots.requireTracked(product, "productId");
        return product;
    }
}
