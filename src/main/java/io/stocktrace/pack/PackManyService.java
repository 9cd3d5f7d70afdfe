package io.stocktrace.pack;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.stock.StockRepack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Put in Pack in bulk: many packages made and filled in one request and one transaction, all or nothing, nested as a
 * pallet of cases is (each item's {@code contents} first, then the item with their packages inside). Each item is one
 * Put in Pack of {@link PackageService#putInPack}, with its own reference and every rule of it; what this saves is
 * a request and a commit per package, and (the serials' moves gathered in one {@link StockRepack.Batch}) a statement
 * per serial: the whole request's serial quants are re-packaged by one statement and its move lines appended by one.
 */
@Service
public class PackManyService {
    /** Deeper than a pallet of cases of boxes of boxes is refused: the nesting is walked recursively. */
    static final int MAX_DEPTH = 8;

    private final PackageService packages;
    private final PackageNames names;
    private final Limits limits;
    private final PackWork work;

    PackManyService(PackageService packages, PackageNames names, Limits limits, PackWork work) {
        this.packages = packages;
        this.names = names;
        this.limits = limits;
        this.work = work;
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
        List<PackOperation> done = new ArrayList<>();
        StockRepack.Batch batch = new StockRepack.Batch();
        for (int i = 0; i < request.packs().size(); i++) {
            pack(request.packs().get(i), "packs[" + i + "]", actor, done, batch);
        }
        work.flush(batch);
        return done;
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

    private String pack(PackItem item, String at, String actor, List<PackOperation> done, StockRepack.Batch batch) {
        List<String> made = new ArrayList<>();
        List<PackItem> contents = item.contentsOrNone();
        for (int j = 0; j < contents.size(); j++) {
            made.add(pack(contents.get(j), at + ".contents[" + j + "]", actor, done, batch));
        }
        PackOperation op;
        try {
            op = packages.putInPack(item.request(made), actor, batch, at);
        } catch (StockRepack.Placed e) {
            throw e; // an earlier item's, already named
        } catch (StocktraceException e) {
            throw new StocktraceException(e.type(), at + ": " + e.getMessage(), e.errors().stream()
                    .map(p -> new FieldProblem(at + "." + p.field(), p.message())).toList(), e.properties());
        }
        done.add(op);
        return op.pack().name();
    }
}
