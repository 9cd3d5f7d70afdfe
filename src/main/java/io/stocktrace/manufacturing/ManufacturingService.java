package io.stocktrace.manufacturing;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.db.References;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manufacturing orders: draft, validate (consume components, produce finished lots, record the genealogy). */
@Service
public class ManufacturingService {
    private final ManufacturingRepository orders;
    private final ManufacturingDrafts drafts;
    private final ManufacturingRun run;
    private final References references;
    private final Clock clock;

    ManufacturingService(ManufacturingRepository orders, ManufacturingDrafts drafts, ManufacturingRun run,
                         References references, Clock clock) {
        this.orders = orders;
        this.drafts = drafts;
        this.run = run;
        this.references = references;
        this.clock = clock;
    }

    /** Creates a draft order; with {@code validate: true} validates it at once, in the same transaction. */
    @Requires(Role.OPERATOR)
    @Transactional
    public ManufacturingOrder create(ManufacturingOrderRequest request, String actor) {
        ManufacturingDrafts.Draft draft = drafts.draft(request);
        Instant now = clock.instant();
        ManufacturingOrder order = new ManufacturingOrder(0, references.next("manufacturing"), draft.product().id(),
                draft.product().tracking() == Tracking.SERIAL,
                draft.quantity(), ManufacturingState.DRAFT, Boolean.TRUE.equals(request.allowExpired()), actor, now,
                null, draft.finished(), draft.components(), List.of(), List.of(), List.of());
        long id = orders.insert(order);
        if (Boolean.TRUE.equals(request.validate())) {
            validateLocked(id, actor);
        }
        return get(id);
    }

    @Requires(Role.OPERATOR)
    @Transactional
    public ManufacturingOrder validate(long id, String actor) {
        validateLocked(id, actor);
        return get(id);
    }

    private void validateLocked(long id, String actor) {
        ManufacturingOrder order = orders.lock(id).orElseThrow(() -> StocktraceException.notFound("Manufacturing order", id));
        if (order.state() != ManufacturingState.DRAFT) {
            throw new StocktraceException(ProblemType.INVALID_STATE, "Manufacturing order " + order.reference() + " is "
                    + order.state().wire() + " and cannot be validated.").with("state", order.state().wire());
        }
        run.execute(order.withDetails(orders.lines(id, "finished"), orders.lines(id, "component"), List.of(),
                List.of(), List.of()), actor, clock.instant());
    }

    public ManufacturingOrder get(long id) {
        ManufacturingOrder order = orders.find(id).orElseThrow(() -> StocktraceException.notFound("Manufacturing order", id));
        boolean done = order.state() == ManufacturingState.DONE;
        return order.withDetails(orders.lines(id, "finished"), orders.lines(id, "component"),
                done ? orders.moved(id, true) : List.of(), done ? orders.moved(id, false) : List.of(),
                done ? orders.links(id) : List.of());
    }

    @Transactional(readOnly = true)
    public Page<ManufacturingOrder> list(ManufacturingState state, Long productId, Paging paging) {
        return new Page<>(orders.list(state, productId, paging), orders.count(state, productId));
    }
}
