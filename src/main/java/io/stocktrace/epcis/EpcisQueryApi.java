package io.stocktrace.epcis;

import io.stocktrace.problem.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
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
    private static final String BIZ_STEP_URI = "https://ref.gs1.org/cbv/BizStep-";
    private static final String BIZ_STEP_URN = "urn:epcglobal:cbv:bizstep:";

    private final EpcisService epcis;

    EpcisQueryApi(EpcisService epcis) {
        this.epcis = epcis;
    }

    @GetMapping(value = "/events", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> events(@RequestParam(name = "MATCH_anyEPC", required = false) List<String> anyEpc,
                                               @RequestParam(name = "MATCH_epcClass", required = false) List<String> epcClass,
                                               @RequestParam(name = "EQ_bizStep", required = false) List<String> bizSteps,
                                               @RequestParam(name = "GE_eventTime", required = false) String from,
                                               @RequestParam(name = "LT_eventTime", required = false) String to,
                                               @RequestParam(defaultValue = "100") int perPage,
                                               @RequestParam(required = false) String nextPageToken) {
        Validation validation = new Validation();
        Instant fromTime = time(from, "GE_eventTime", validation);
        Instant toTime = time(to, "LT_eventTime", validation);
        validation.require(perPage >= 1 && perPage <= EpcisQuery.MAX_PER_PAGE, "perPage",
                "must be between 1 and " + EpcisQuery.MAX_PER_PAGE);
        int offset = offset(nextPageToken, validation);
        validation.throwIfAny();
        EpcisQuery query = new EpcisQuery(split(anyEpc), split(epcClass),
                split(bizSteps).stream().map(EpcisQueryApi::shortBizStep).toList(), fromTime, toTime, perPage, offset);
        EpcisService.QueryPage page = epcis.query(query);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(EpcisApi.JSON_LD);
        if (page.more()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("nextPageToken", token(offset + perPage)).build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.document());
    }

    private static List<String> split(List<String> values) {
        List<String> all = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> List.of(v.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(all::add));
        }
        return all;
    }

    /** CBV short names are what events carry; the full URI and the EPCIS 1.x URN mean the same step. */
    static String shortBizStep(String step) {
        if (step.startsWith(BIZ_STEP_URI)) {
            return step.substring(BIZ_STEP_URI.length());
        }
        return step.startsWith(BIZ_STEP_URN) ? step.substring(BIZ_STEP_URN.length()) : step;
    }

    private static Instant time(String value, String field, Validation validation) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            validation.require(false, field, "must be a date-time with its offset, e.g. 2026-11-26T00:00:00Z");
            return null;
        }
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, Validation validation) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int offset = decoded.startsWith("offset:") ? Integer.parseInt(decoded.substring("offset:".length())) : -1;
            if (offset >= 0) {
                return offset;
            }
        } catch (IllegalArgumentException notOurs) {
            // reported below
        }
        validation.require(false, "nextPageToken", "is not a token this server gave: start again without it");
        return 0;
    }
}
