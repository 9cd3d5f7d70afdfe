package io.stocktrace.manufacturing;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invariant 10: a lot is never its own ancestor. An order may not consume a lot it produces, nor any lot made (at
 * any level) from a lot it produces: the genealogy would become a cycle.
 */
public final class GenealogyCycles {
    /** A component lot an order is about to consume, with the request field that asked for it. */
    public record ComponentLot(String field, long lotId, String label) {
    }

    private GenealogyCycles() {
    }

    /**
     * @param producedAndDescendants the lots the order produces that exist already, and every lot made from them
     * @param producedNames          label of each such lot, for the message
     * @throws StocktraceException validation-failed on each component field that would close a cycle
     */
    public static void refuse(List<ComponentLot> components, Set<Long> producedAndDescendants,
                              Map<Long, String> producedNames) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ComponentLot c : components) {
            if (producedAndDescendants.contains(c.lotId())) {
                String message = producedNames.containsKey(c.lotId())
                        ? c.label() + " is produced by this order: a lot cannot consume itself"
                        : c.label() + " was made from a lot this order produces: a lot cannot be its own ancestor";
                problems.add(new FieldProblem(c.field(), message));
            }
        }
        if (!problems.isEmpty()) {
            String detail = problems.get(0).field() + ": " + problems.get(0).message() + ".";
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, detail, problems, Map.of("rule", "genealogy-cycle"));
        }
    }
}
