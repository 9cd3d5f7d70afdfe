package io.stocktrace.inventory;

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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory-adjustments")
class AdjustmentApi {
    record LineView(long productId, long locationId, String lot, Long lotId, BigDecimal onHand,
                    BigDecimal countedQuantity, BigDecimal difference) {
        static LineView of(InventoryAdjustment.Line l) {
            return new LineView(l.productId(), l.locationId(), l.lot(), l.lotId(), l.onHand(), l.countedQuantity(),
                    l.difference());
        }
    }

    record AdjustmentView(Long id, String reference, String reason, boolean dryRun, String createdBy,
                          Instant createdAt, List<LineView> lines) {
        static AdjustmentView of(InventoryAdjustment a) {
            return new AdjustmentView(a.id(), a.reference(), a.reason(), a.dryRun(), a.createdBy(), a.createdAt(),
                    a.lines().stream().map(LineView::of).toList());
        }
    }

    private final AdjustmentService adjustments;

    AdjustmentApi(AdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    /** 201 with the booked count; a dry run answers 200 with the same lines and writes nothing. */
    @PostMapping
    ResponseEntity<AdjustmentView> adjust(@RequestBody AdjustmentRequest request, Principal caller) {
        InventoryAdjustment a = adjustments.adjust(request, caller.getName());
        if (a.dryRun()) {
            return ResponseEntity.ok(AdjustmentView.of(a));
        }
        return ResponseEntity.created(URI.create("/api/v1/inventory-adjustments/" + a.id())).body(AdjustmentView.of(a));
    }

    @GetMapping("/{id}")
    AdjustmentView get(@PathVariable long id) {
        return AdjustmentView.of(adjustments.get(id));
    }
}
