package io.stocktrace.epcis.capture;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.StocktraceException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 REST binding's capture interface: {@code POST /api/v1/epcis/capture?partnerId=} takes an
 * EPCISDocument or one event (JSON-LD) and answers 202 with its capture job, which {@code GET
 * /api/v1/epcis/capture/{id}} reads.
 */
@RestController
@RequestMapping("/api/v1/epcis/capture")
class CaptureApi {
    /**
     * A capture job, in this API's words ({@code id}, {@code state}, counts) and the binding's ({@code captureID},
     * {@code running}, {@code success}, {@code captureErrorBehaviour}).
     */
    record JobView(long id, String captureID, long partnerId, String state, boolean running, boolean success,
                   String captureErrorBehaviour, int eventCount, int capturedCount, int skippedCount, List<String> errors,
                   String createdBy, Instant createdAt, Instant finishedAt) {
        static JobView of(CaptureJob j) {
            boolean success = CaptureJob.SUCCESS.equals(j.state());
            return new JobView(j.id(), String.valueOf(j.id()), j.partnerId(), j.state(), CaptureJob.RUNNING.equals(j.state()),
                    success, "rollback", j.eventCount(), j.capturedCount(), success ? j.eventCount() - j.capturedCount() : 0,
                    j.errors(), j.createdBy(), j.createdAt(), j.finishedAt());
        }
    }

    private final CaptureService captures;
    private final JsonMapper json;

    CaptureApi(CaptureService captures, JsonMapper json) {
        this.captures = captures;
        this.json = json;
    }

    @PostMapping(consumes = {"application/ld+json", "application/json"})
    ResponseEntity<JobView> capture(@RequestParam(required = false) Long partnerId, @RequestBody byte[] body,
                                    Principal caller) {
        Limits.requireAtMost("epcisCaptureBytes", "body", body.length, captures.maxBytes(), "bytes");
        CaptureJob job = captures.capture(partnerId, read(body), caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/epcis/capture/" + job.id())).body(JobView.of(job));
    }

    @GetMapping("/{id}")
    JobView job(@PathVariable long id) {
        return JobView.of(captures.job(id));
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode document = json.readTree(body);
            if (document == null || !document.isObject()) {
                throw StocktraceException.invalid("body", "must be an EPCISDocument or an event, as a JSON object");
            }
            return document;
        } catch (StreamConstraintsException e) {
            throw Limits.jsonLimitExceeded(e.getMessage());
        } catch (JacksonException e) {
            throw StocktraceException.invalid("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
