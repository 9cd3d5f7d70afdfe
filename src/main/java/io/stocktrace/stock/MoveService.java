package io.stocktrace.stock;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.Validation;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger as people read it: done move lines, newest first, filtered and paged. */
@Service
public class MoveService {
    private final MoveHistoryRepository moves;

    MoveService(MoveHistoryRepository moves) {
        this.moves = moves;
    }

    /** A page of {@code limit} lines older than {@code after} (the first page when null) and the cursor of the next. */
    @Transactional(readOnly = true)
    public MoveHistory history(MoveHistory.Filter filter, MoveHistory.Cursor after, int limit) {
        new Validation()
                .require(limit >= 1 && limit <= Paging.MAX_LIMIT, "limit", "must be between 1 and " + Paging.MAX_LIMIT)
                .require(filter.from() == null || filter.to() == null || !filter.to().isBefore(filter.from()),
                        "to", "must not be before from")
                .throwIfAny();
        List<MoveHistory.Line> lines = moves.page(filter, after, limit + 1);
        if (lines.size() <= limit) {
            return new MoveHistory(lines, null);
        }
        MoveHistory.Line last = lines.get(limit - 1);
        return new MoveHistory(lines.subList(0, limit), new MoveHistory.Cursor(last.occurredAt(), last.id()));
    }
}
