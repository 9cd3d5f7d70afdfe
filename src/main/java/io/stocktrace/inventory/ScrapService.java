package io.stocktrace.inventory;

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
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scrap: stock out of an internal location into Virtual Locations/Scrap at once (WH/SCRAP/...), with a reason. */
@Service
public class ScrapService {
    private final ScrapDrafts drafts;
    private final ScrapRepository scraps;
    private final StockLedger ledger;
    private final References references;
    private final Clock clock;

    ScrapService(ScrapDrafts drafts, ScrapRepository scraps, StockLedger ledger, References references, Clock clock) {
        this.drafts = drafts;
        this.scraps = scraps;
        this.ledger = ledger;
        this.references = references;
        this.clock = clock;
    }

    /**
     * Scraps the stock, done at once; the ledger refuses what is not in the location or is reserved for a transfer.
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public Scrap scrap(ScrapRequest request, String actor) {
        ScrapDrafts.Draft draft = drafts.draft(request);
        Instant now = clock.instant();
        String reference = references.next("scrap");
        List<Move> moves = draft.lines().stream()
                .map(l -> new Move(draft.product().id(), draft.product().tracking() == Tracking.SERIAL, l.lotId(),
                        l.quantity(), draft.source().id(), Locations.SCRAP, BigDecimal.ZERO, null, false,
                        Move.label(draft.product(), l.lot())))
                .toList();
        ledger.post(new Operation(reference, "scrap", null, null, null, now, actor), moves);
        long id = scraps.insert(new Scrap(0, reference, draft.product().id(), draft.source().id(), draft.quantity(),
                draft.reason(), actor, now, draft.lines()));
        return get(id);
    }

    public Scrap get(long id) {
        return scraps.find(id).orElseThrow(() -> StocktraceException.notFound("Scrap", id));
    }
}
