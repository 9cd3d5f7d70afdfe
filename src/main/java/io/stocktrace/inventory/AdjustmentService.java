package io.stocktrace.inventory;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.db.References;
import io.stocktrace.location.Locations;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.StockLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory adjustments: a count of products, locations and lots, whose differences from the books move from or to
 * Virtual Locations/Inventory adjustment (WH/ADJ/...). All lines or none; a dry run shows them and writes nothing.
 * Also how opening stock is loaded.
 */
@Service
public class AdjustmentService {
    private final CountDrafts drafts;
    private final AdjustmentRepository adjustments;
    private final StockLedger ledger;
    private final References references;
    private final Clock clock;

    AdjustmentService(CountDrafts drafts, AdjustmentRepository adjustments, StockLedger ledger, References references,
                      Clock clock) {
        this.drafts = drafts;
        this.adjustments = adjustments;
        this.ledger = ledger;
        this.references = references;
        this.clock = clock;
    }

    @Requires(Role.MANAGER)
    @Transactional
    public InventoryAdjustment adjust(AdjustmentRequest request, String actor) {
        CountDrafts.Draft draft = drafts.draft(request);
        Instant now = clock.instant();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (Boolean.TRUE.equals(request.dryRun())) {
            return new InventoryAdjustment(null, null, reason, true, actor, now, draft.lines());
        }
        List<InventoryAdjustment.Line> lines = drafts.createMissingLots(draft, now);
        String reference = references.next("adjustment");
        long id = adjustments.insert(reference, reason, actor, now);
        adjustments.insertLines(id, lines);
        ledger.post(new Operation(reference, "adjustment", null, null, null, now, actor),
                moves(draft.lines(), lines, draft.products()));
        return get(id);
    }

    /** The lines a count of a product (in one location, or in all of ours) starts from: what the books hold. */
    @Transactional(readOnly = true)
    public CountSheet sheet(long productId, Long locationId) {
        return new CountSheet(adjustments.onHand(productId, locationId));
    }

    public InventoryAdjustment get(long id) {
        return adjustments.find(id).orElseThrow(() -> StocktraceException.notFound("Inventory adjustment", id));
    }

    /** One move per line that differs: into the location from Inventory adjustment, or out of it to there. */
    private static List<Move> moves(List<InventoryAdjustment.Line> compared, List<InventoryAdjustment.Line> lines,
                                    Map<Long, Product> products) {
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InventoryAdjustment.Line l = lines.get(i);
            if (l.difference().signum() == 0) {
                continue;
            }
            Product p = products.get(l.productId());
            boolean found = l.difference().signum() > 0;
            // a lot created by this count has no quant anywhere yet
            boolean fresh = compared.get(i).lotId() == null && l.lotId() != null;
            moves.add(new Move(p.id(), p.tracking() == Tracking.SERIAL, l.lotId(), l.difference().abs(),
                    found ? Locations.INVENTORY_ADJUSTMENT : l.locationId(),
                    found ? l.locationId() : Locations.INVENTORY_ADJUSTMENT, BigDecimal.ZERO, null, fresh,
                    Move.label(p, l.lot())));
        }
        return moves;
    }
}
