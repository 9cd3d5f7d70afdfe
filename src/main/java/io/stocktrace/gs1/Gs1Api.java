package io.stocktrace.gs1;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/gs1/parse}: what a scanned or typed GS1 code says, or where and why it is wrong. */
@RestController
@RequestMapping("/api/v1/gs1")
class Gs1Api {
    record ParseRequest(String data) {
    }

    record Parsed(String gtin, String lot, String serial, LocalDate expirationDate, LocalDate bestBeforeDate,
                  LocalDate productionDate, List<Gs1Element> elements) {
    }

    private final Gs1SyntaxEngine engine;
    private final Limits limits;

    Gs1Api(Clock clock, Limits limits) {
        this.engine = new Gs1SyntaxEngine(clock).withMaxInputLength(limits.gs1InputLength());
        this.limits = limits;
    }

    @PostMapping("/parse")
    Parsed parse(@RequestBody ParseRequest body) {
        new Validation().require(body.data() != null && !body.data().isEmpty(), "data",
                "is required: a bracketed element string, raw scan data or a GS1 Digital Link URI").throwIfAny();
        limits.requireGs1Length("data", body.data());
        try {
            Gs1Data data = engine.parse(body.data());
            return new Parsed(data.gtin().orElse(null), data.lot().orElse(null), data.serial().orElse(null),
                    data.expirationDate().orElse(null), data.bestBeforeDate().orElse(null),
                    data.productionDate().orElse(null), data.elements());
        } catch (Gs1SyntaxException e) {
            Map<String, Object> where = new LinkedHashMap<>();
            e.ai().ifPresent(ai -> where.put("ai", ai));
            where.put("position", e.position());
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, e.getMessage(),
                    List.of(new FieldProblem("data", e.getMessage())), where);
        }
    }
}
