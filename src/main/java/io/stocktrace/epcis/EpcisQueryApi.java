package io.stocktrace.epcis;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/v1/epcis/events}: the EPCIS 2.0 REST query binding's event query, with {@code MATCH_anyEPC},
 * {@code MATCH_epcClass}, {@code EQ_bizStep}, {@code GE_eventTime}, {@code LT_eventTime} (values repeated or
 * comma-separated), {@code perPage} and the {@code nextPageToken} of a {@code Link: <...>; rel="next"} header.
 */
@RestController
@RequestMapping("/api/v1/epcis")
class EpcisQueryApi {
    private final EpcisService epcis;
    private final io.stocktrace.epcis.capture.CapturedQuery captured;

    EpcisQueryApi(EpcisService epcis, io.stocktrace.epcis.capture.CapturedQuery captured) {
        this.epcis = epcis;
        this.captured = captured;
    }

    @GetMapping(value = "/events", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> events(@RequestParam(name = "MATCH_anyEPC", required = false) List<String> anyEpc,
                                               @RequestParam(name = "MATCH_epcClass", required = false) List<String> epcClass,
                                               @RequestParam(name = "EQ_bizStep", required = false) List<String> bizSteps,
                                               @RequestParam(name = "GE_eventTime", required = false) String from,
                                               @RequestParam(name = "LT_eventTime", required = false) String to,
                                               @RequestParam(defaultValue = "100") int perPage,
                                               @RequestParam(required = false) String nextPageToken,
                                               @RequestParam(name = "captured", defaultValue = "false") boolean withCaptured) {
        EpcisQuery query = EpcisQueryParameters.read(anyEpc, epcClass, bizSteps, from, to, perPage, nextPageToken);
        EpcisService.QueryPage page = withCaptured ? withCaptured(query) : epcis.query(query);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(EpcisApi.JSON_LD);
        if (page.more()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("nextPageToken", EpcisQueryParameters.token(query.offset() + perPage)).build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.document());
    }

    /** Our events and the events partners reported (EPCIS captures), as one list by event time. */
    private EpcisService.QueryPage withCaptured(EpcisQuery query) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(epcis.matching(query));
        all.addAll(captured.matching(query));
        all.sort(java.util.Comparator.comparing(e -> java.time.OffsetDateTime.parse((String) e.get("eventTime")).toInstant()));
        return epcis.page(all, query);
    }
}
