package io.stocktrace.stock;

import io.stocktrace.db.References;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Returns: a draft transfer that reverses part of a done receipt or delivery, then reserved and validated as any. */
@Service
public class ReturnService {
    private final TransferRepository transfers;
    private final TransferReturns returns;
    private final TransferService transferService;
    private final References references;
    private final Clock clock;
    private final WholePackages packages;

    ReturnService(TransferRepository transfers, TransferReturns returns, TransferService transferService,
                  References references, Clock clock, WholePackages packages) {
        this.packages = packages;
        this.transfers = transfers;
        this.returns = returns;
        this.transferService = transferService;
        this.references = references;
        this.clock = clock;
    }

    /** What a return of transfer {@code id} may bring back: per product and lot, what was sent and what came back. */
    @Transactional(readOnly = true)
    public List<Returnable> returnable(long id) {
        return returns.returnable(transferService.get(id));
    }

    /**
     * A draft return (WH/RET/...) of transfer {@code id}. The returned transfer stays locked until the end, so two
     * returns of it are checked against what was sent one after the other.
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer create(long id, ReturnRequest request, String actor) {
        Transfer original = transfers.lock(id).orElseThrow(() -> StocktraceException.notFound("Transfer", id));
        List<String> packageOfLine = new java.util.ArrayList<>();
        ReturnRequest all = withPackages(original, request, packageOfLine);
        Transfer draft = returns.draft(original, all, actor, clock.instant());
        long returnId = transfers.insert(new Transfer(0, references.next(TransferType.RETURN.series()), draft.type(),
                draft.state(), draft.partnerId(), draft.sourceLocationId(), draft.destinationLocationId(),
                draft.scheduledDate(), draft.origin(), draft.allowExpired(), actor, draft.createdAt(), null,
                List.of()), original.id());
        transfers.insertLines(returnId, draft.lines());
        if (request != null && request.hasPackages()) {
            packages.attach(returnId, TransferType.RETURN, request.packages().stream()
                            .map(n -> new TransferRequest.PackageEntry(n, null, null, null)).toList(), packageOfLine,
                    draft.sourceLocationId(), draft.destinationLocationId());
        }
        return transferService.get(returnId);
    }

    /** The request's lines and, after them, what was delivered in its packages; {@code packageOfLine} filled. */
    private ReturnRequest withPackages(Transfer original, ReturnRequest request, List<String> packageOfLine) {
        if (request == null || !request.hasPackages()) {
            return request;
        }
        List<ReturnRequest.Line> lines = new java.util.ArrayList<>(request.lines() == null ? List.of() : request.lines());
        lines.forEach(l -> packageOfLine.add(null));
        for (WholePackages.Delivered d : packages.delivered(original, request.packages())) {
            lines.add(d.line());
            packageOfLine.add(d.packageName());
        }
        return new ReturnRequest(lines, request.packages());
    }
}
