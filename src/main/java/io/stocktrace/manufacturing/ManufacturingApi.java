package io.stocktrace.manufacturing;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/manufacturing-orders")
class ManufacturingApi {
    record LineView(long productId, String lot, BigDecimal quantity, String forSerial) {
        static LineView of(OrderLine l) {
            return new LineView(l.productId(), l.lotName(), l.quantity(), l.forSerial());
        }
    }

    record MovedView(long productId, Long lotId, String lot, BigDecimal quantity, long locationId) {
        static MovedView of(ManufacturingOrder.Moved m) {
            return new MovedView(m.productId(), m.lotId(), m.lot(), m.quantity(), m.locationId());
        }
    }

    record LinkView(long fromLotId, long toLotId, BigDecimal quantity) {
        static LinkView of(GenealogySplit.Link l) {
            return new LinkView(l.consumedLotId(), l.producedLotId(), l.quantity());
        }
    }

    record OrderView(long id, String reference, String state, long productId, BigDecimal quantity, String lot,
                     List<String> serials, boolean allowExpired, String createdBy, Instant createdAt, Instant doneAt,
                     List<LineView> components, List<MovedView> consumed, List<MovedView> produced,
                     List<LinkView> links) {
        static OrderView of(ManufacturingOrder o) {
            boolean serialTracked = o.serialTracked();
            List<String> names = o.finished().stream().map(OrderLine::lotName).filter(n -> n != null).toList();
            return new OrderView(o.id(), o.reference(), o.state().wire(), o.productId(), o.quantity(),
                    serialTracked || names.isEmpty() ? null : names.get(0), serialTracked ? names : null,
                    o.allowExpired(), o.createdBy(), o.createdAt(), o.doneAt(),
                    o.components().stream().map(LineView::of).toList(),
                    o.consumed().stream().map(MovedView::of).toList(),
                    o.produced().stream().map(MovedView::of).toList(),
                    o.links().stream().map(LinkView::of).toList());
        }

    }

    private final ManufacturingService orders;

    ManufacturingApi(ManufacturingService orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderView> create(@RequestBody ManufacturingOrderRequest request, Principal caller) {
        ManufacturingOrder o = orders.create(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/manufacturing-orders/" + o.id())).body(OrderView.of(o));
    }

    @PostMapping("/{id}/validate")
    OrderView validate(@PathVariable long id, Principal caller) {
        return OrderView.of(orders.validate(id, caller.getName()));
    }

    @GetMapping("/{id}")
    OrderView get(@PathVariable long id) {
        return OrderView.of(orders.get(id));
    }

    /** Orders newest first, without their lines; ask for one order to see them. */
    @GetMapping
    Page<OrderView> list(@RequestParam(required = false) String state, @RequestParam(required = false) Long productId,
                         @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        ManufacturingState parsed = null;
        try {
            parsed = state == null ? null : ManufacturingState.fromWire(state);
        } catch (IllegalArgumentException e) {
            new Validation().add("state", "must be draft, done or cancelled").throwIfAny();
        }
        return orders.list(parsed, productId, Paging.of(limit, offset)).map(OrderView::of);
    }
}
