package io.stocktrace.epcis;

import io.stocktrace.problem.StocktraceException;
import io.stocktrace.trace.Trace;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/lots/{id}/epcis[?direction=]}: the lot's events as an EPCIS 2.0 JSON-LD document. */
@RestController
@RequestMapping("/api/v1/lots")
class EpcisApi {
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final EpcisService epcis;

    EpcisApi(EpcisService epcis) {
        this.epcis = epcis;
    }

    @GetMapping(value = "/{id}/epcis", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> lot(@PathVariable long id, @RequestParam(required = false) String direction) {
        Trace.Direction parsed = null;
        if (direction != null) {
            try {
                parsed = Trace.Direction.fromWire(direction);
            } catch (IllegalArgumentException e) {
                throw StocktraceException.invalid("direction", "must be upstream, downstream or both");
            }
        }
        return ResponseEntity.ok().contentType(JSON_LD).body(epcis.lotDocument(id, parsed));
    }
}
