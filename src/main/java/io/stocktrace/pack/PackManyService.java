package io.stocktrace.pack;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Put in Pack in bulk: many packages made and filled in one request and one transaction, all or nothing, nested as a
 * pallet of cases is (each item's {@code contents} first, then the item with their packages inside). Each item is one
 * Put in Pack with its own reference and every rule of {@link PackageService#putInPack}; what this saves is a request
 * and a commit per package, and the statements per item: every item is checked first, what it needs read once for
 * the whole request ({@link PackPlanner}, which reports every problem of every item), then written one statement a
 * kind of row ({@link PackManyWrites}).
 */
@Service
public class PackManyService {
    /** Deeper than a pallet of cases of boxes of boxes is refused: the nesting is walked recursively. */
    static final int MAX_DEPTH = 8;

    private final PackageNames names;
    private final Limits limits;
    private final PackPlanner planner;
    private final PackManyWrites writes;

    PackManyService(PackageNames names, Limits limits, PackPlanner planner, PackManyWrites writes) {
        this.names = names;
        this.limits = limits;
        this.planner = planner;
        this.writes = writes;
    }

    /** Does the items in order, each one's contents first; answers the Put in Packs done, in the order done. */
    @Requires(Role.OPERATOR)
    @Transactional
    public List<PackOperation> putInPack(PackManyRequest request, String actor) {
        names.requireEnabled("Put in Pack");
        new Validation().require(request != null && request.packs() != null && !request.packs().isEmpty(), "packs",
                "give the Put in Packs to do").throwIfAny();
        int[] count = {0, 0};
        long[] serials = {0};
        for (int i = 0; i < request.packs().size(); i++) {
            measure(request.packs().get(i), "packs[" + i + "]", 1, count, serials);
        }
        limits.requireLines("packs", count[0] + count[1]);
        limits.requireSerials("packs", serials[0]);
        return writes.write(planner.plan(PackStep.flatten(request.packs())), actor);
    }

    /** Counts the items and lines (count[0], count[1]) and serials, refusing a null item and nesting too deep. */
    private static void measure(PackItem item, String at, int depth, int[] count, long[] serials) {
        if (item == null) {
            throw StocktraceException.invalid(at, "is required");
        }
        if (depth > MAX_DEPTH) {
            throw StocktraceException.invalid(at, "packages nested deeper than " + MAX_DEPTH);
        }
        count[0]++;
        count[1] += item.packages() == null ? 0 : item.packages().size();
        if (item.lines() != null) {
            count[1] += item.lines().size();
            serials[0] += item.lines().stream().filter(Objects::nonNull)
                    .mapToLong(l -> l.serials() == null ? 1 : l.serials().size()).sum();
        }
        List<PackItem> contents = item.contentsOrNone();
        for (int j = 0; j < contents.size(); j++) {
            measure(contents.get(j), at + ".contents[" + j + "]", depth + 1, count, serials);
        }
    }
}
