package io.stocktrace.inventory;

import io.stocktrace.location.Locations;
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
@RequestMapping("/api/v1/scraps")
class ScrapApi {
    record ScrapView(long id, String reference, long productId, long sourceLocationId, long destinationLocationId,
                     BigDecimal quantity, String reason, String createdBy, Instant doneAt, List<Scrap.Line> lines) {
        static ScrapView of(Scrap s) {
            return new ScrapView(s.id(), s.reference(), s.productId(), s.sourceLocationId(), Locations.SCRAP,
                    s.quantity(), s.reason(), s.createdBy(), s.createdAt(), s.lines());
        }
    }

    private final ScrapService scraps;

    ScrapApi(ScrapService scraps) {
        this.scraps = scraps;
    }

    @PostMapping
    ResponseEntity<ScrapView> scrap(@RequestBody ScrapRequest request, Principal caller) {
        Scrap s = scraps.scrap(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/scraps/" + s.id())).body(ScrapView.of(s));
    }

    @GetMapping("/{id}")
    ScrapView get(@PathVariable long id) {
        return ScrapView.of(scraps.get(id));
    }
}
