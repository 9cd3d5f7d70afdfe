package io.stocktrace.lot;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.api.PatchBody;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/lots")
class LotApi {
    record LotView(long id, String name, String ref, String note, long productId, String productName, String tracking,
                   String status, BigDecimal quantityOnHand, LocalDate expirationDate, LocalDate bestBeforeDate,
                   LocalDate removalDate, LocalDate alertDate, Instant createdAt) {
        static LotView of(LotSummary s) {
            Lot l = s.lot();
            return new LotView(l.id(), l.name(), l.ref(), l.note(), l.productId(), s.productName(), s.tracking().wire(),
                    l.status().wire(), s.quantityOnHand(), l.dates().expirationDate(), l.dates().bestBeforeDate(),
                    l.dates().removalDate(), l.dates().alertDate(), l.createdAt());
        }
    }

    record NewLot(Long productId, String name, String ref, String note, LocalDate expirationDate,
                  LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {
    }

    record Groups(List<LotGroup> groups) {
    }

    private final LotService lots;
    private final LotListService lotLists;
    private final LotHistoryService history;

    LotApi(LotService lots, LotListService lotLists, LotHistoryService history) {
        this.lots = lots;
        this.lotLists = lotLists;
        this.history = history;
    }

    @PostMapping
    ResponseEntity<LotView> create(@RequestBody NewLot b) {
        LotSummary lot = lots.create(b.productId(), b.name(), b.ref(), b.note(),
                new LotDates(b.expirationDate(), b.bestBeforeDate(), b.removalDate(), b.alertDate()));
        return ResponseEntity.created(URI.create("/api/v1/lots/" + lot.lot().id())).body(LotView.of(lot));
    }

    @GetMapping("/{id}")
    LotView get(@PathVariable long id) {
        return LotView.of(lots.get(id));
    }

    @PatchMapping("/{id}")
    LotView update(@PathVariable long id, @RequestBody JsonNode body, Principal caller) {
        PatchBody patch = new PatchBody(body);
        var reason = patch.text("reason");
        var change = new LotService.LotChange(patch.text("ref"), patch.text("note"), patch.date("expirationDate"),
                patch.date("bestBeforeDate"), patch.date("removalDate"), patch.date("alertDate"), patch.text("status"),
                reason.value());
        patch.done();
        return LotView.of(lots.update(id, change, caller.getName()));
    }

    record StatusReason(String reason) {
    }

    /** Blocks the lot with a reason: an operator may, as on the lot form (LotService.quarantine). */
    @PostMapping("/{id}/quarantine")
    LotView quarantine(@PathVariable long id, @RequestBody(required = false) StatusReason body, Principal caller) {
        return LotView.of(lots.quarantine(id, body == null ? null : body.reason(), caller.getName()));
    }

    /** Makes a quarantined lot available again with a reason: a manager (LotService.release). */
    @PostMapping("/{id}/release")
    LotView release(@PathVariable long id, @RequestBody(required = false) StatusReason body, Principal caller) {
        return LotView.of(lots.release(id, body == null ? null : body.reason(), caller.getName()));
    }

    @GetMapping
    Object list(@RequestParam(required = false) Long productId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean onHand, @RequestParam(required = false) Boolean expired,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresBefore,
                @RequestParam(required = false) String groupBy,
                @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        LotFilter filter = LotFilter.of(productId, name, q, status, onHand, expired, expiresBefore, lots.today());
        Paging paging = Paging.of(limit, offset);
        if (groupBy != null) {
            return new Groups(lotLists.groups(groupBy, filter, paging));
        }
        return lotLists.list(filter, paging).map(LotView::of);
    }

    @GetMapping("/alerts")
    Page<LotView> alerts(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        return lotLists.alerts(Paging.of(limit, offset)).map(LotView::of);
    }

    @GetMapping("/{id}/quants")
    Page<LotQuant> quants(@PathVariable long id) {
        List<LotQuant> quants = lotLists.quants(id);
        return new Page<>(quants, quants.size());
    }

    @GetMapping("/{id}/events")
    Page<LotEvent> events(@PathVariable long id, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) Long offset) {
        return history.events(id, Paging.of(limit, offset));
    }

    @GetMapping("/{id}/operations")
    Page<LotOperation> operations(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Long offset) {
        return lotLists.operations(id, Paging.of(limit, offset));
    }
}
