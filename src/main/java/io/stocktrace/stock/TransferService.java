package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.db.References;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Receipts, deliveries and internal transfers: draft, reserve, validate, cancel. */
@Service
public class TransferService {
    private static final Pattern CONCURRENT_INSERTS =
            Pattern.compile("(?i)uq_lots_product_name|uq_quants_product_location_lot|uq_packages_name");
    private final TransferRepository transfers;
    private final TransferDrafts drafts;
    private final TransferExecution execution;
    private final References references;
    private final QuantRepository quants;
    private final TransactionTemplate transactions;
    private final WholePackages packages;

    TransferService(TransferRepository transfers, TransferDrafts drafts, TransferExecution execution,
                    References references, QuantRepository quants, PlatformTransactionManager transactionManager,
                    WholePackages packages) {
        this.packages = packages;
        this.transfers = transfers;
        this.drafts = drafts;
        this.execution = execution;
        this.references = references;
        this.quants = quants;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer create(TransferRequest request, String actor) {
        TransferRequest all = request == null ? null : request.flattened();
        Transfer draft = drafts.draft(all, null, actor);
        List<String> packageOfLine = request.packageOfLines();
        String reference = references.next(draft.type().series());
        long id = transfers.insert(new Transfer(0, reference, draft.type(), draft.state(), draft.partnerId(),
                draft.sourceLocationId(), draft.destinationLocationId(), draft.scheduledDate(), draft.origin(),
                draft.allowExpired(), actor, draft.createdAt(), null, List.of()));
        transfers.insertLines(id, draft.lines());
        if (all.hasPackages()) {
            // a transfer created just now has no packages yet: only a request that names some attaches them
            packages.attach(id, draft.type(), all.packages(), packageOfLine, draft.sourceLocationId(),
                    draft.destinationLocationId());
        }
        return get(id);
    }

    /** Keeps the draft's packages; {@code packageOfLine} comes from the request before it was flattened. */
    private void attachPackages(long id, Transfer draft, TransferRequest all, List<String> packageOfLine) {
        if (all.hasPackages() || !packages.names(id).isEmpty()) {
            packages.attach(id, draft.type(), all.hasPackages() ? all.packages() : List.of(), packageOfLine,
                    draft.sourceLocationId(), draft.destinationLocationId());
        }
    }

    /** The names (SSCCs) of the packages the transfer moves or brings. */
    public List<String> packages(long id) {
        return packages.names(id);
    }

    /** The packages as the transfer's request named them (a receipt's with types and parents), for its form. */
    public List<TransferRequest.PackageEntry> packageEntries(long id) {
        return packages.entries(id);
    }

    /** For a receipt, the package each of its line numbers arrives in. */
    public java.util.Map<Integer, String> packageOfLines(long id) {
        return packages.packageOfLines(id);
    }

    /**
     * Replaces a draft's header and lines with those of the request, checked as at {@link #create}; its type,
     * reference and creation stay, and so does its scheduled date when none is given. Only a draft can be edited: a reserved, done or cancelled transfer is refused.
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer update(long id, TransferRequest request, String actor) {
        Transfer transfer = locked(id);
        requireState(transfer, TransferState.DRAFT, "edited");
        if (request.type() != null && !request.type().equals(transfer.type().wire())) {
            throw StocktraceException.invalid("type", "is " + transfer.type().wire() + " and cannot be changed");
        }
        TransferRequest given = new TransferRequest(transfer.type().wire(), request.partnerId(),
                request.sourceLocationId(), request.destinationLocationId(),
                request.scheduledDate() == null ? transfer.scheduledDate() : request.scheduledDate(), request.origin(),
                request.allowExpired(), request.lines(), request.packages());
        TransferRequest all = given.flattened();
        Transfer draft = drafts.draft(all, transfer.reference(), actor);
        transfers.updateHeader(id, draft);
        transfers.replaceLines(id, draft.lines());
        attachPackages(id, draft, all, given.packageOfLines());
        return get(id);
    }

    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer reserve(long id) {
        Transfer transfer = locked(id);
        if (transfer.state() == TransferState.READY) {
            return get(id);
        }
        requireState(transfer, TransferState.DRAFT, "reserved");
        if (!execution.takesStock(transfer)) {
            transfers.setState(id, TransferState.READY, null);
            return get(id);
        }
        List<TransferLine> reserved = execution.allocate(transfer);
        if (!quants.reserve(reserved)) {
            throw new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "The stock of " + transfer.reference()
                    + " was taken by another operation while it was being reserved; nothing was reserved. Try again.");
        }
        transfers.replaceLines(id, reserved);
        packages.reserve(transfer);
        transfers.setState(id, TransferState.READY, null);
        return get(id);
    }

    /**
     * Unreserve: gives back the stock and packages a ready transfer reserved and makes it a draft again, its lines
     * keeping the lots they were given; a draft stays as it is.
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer unreserve(long id) {
        Transfer transfer = locked(id);
        if (transfer.state() == TransferState.DRAFT) {
            return get(id);
        }
        requireState(transfer, TransferState.READY, "unreserved");
        release(transfer);
        transfers.replaceLines(id, transfer.lines().stream().map(TransferLine::unreserved).toList());
        transfers.setState(id, TransferState.DRAFT, null);
        return get(id);
    }

    /** Gives back what a ready transfer that takes our stock reserved: its lines' stock and its packages. */
    private void release(Transfer transfer) {
        if (transfer.state() == TransferState.READY && execution.takesStock(transfer)) {
            quants.release(transfer.lines().stream().filter(TransferLine::reserved).toList());
            packages.release(transfer);
        }
    }

    /**
     * Validates in one transaction. When a concurrent operation created the same new lot, quant or package first, the
     * database refuses the second insert; one more attempt then sees the committed row and either adds to it or
     * reports the real problem (a serial already in stock, a package received by the other receipt, named).
     */
    @Requires(Role.OPERATOR)
    public Transfer validate(long id, String actor) {
        try {
            return transactions.execute(status -> validateOnce(id, actor));
        } catch (DuplicateKeyException e) {
            if (!CONCURRENT_INSERTS.matcher(String.valueOf(e.getMessage())).find()) {
                throw e;
            }
            return transactions.execute(status -> validateOnce(id, actor));
        }
    }

    private Transfer validateOnce(long id, String actor) {
        Transfer transfer = locked(id);
        if (!transfer.state().isOpen()) {
            throw invalidState(transfer, "validated");
        }
        execution.execute(transfer, actor);
        return get(id);
    }

    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer cancel(long id) {
        Transfer transfer = locked(id);
        if (!transfer.state().isOpen()) {
            throw invalidState(transfer, "cancelled");
        }
        release(transfer);
        transfers.setState(id, TransferState.CANCELLED, null);
        return get(id);
    }

    /**
     * What each line of a draft that takes our stock asks and what the stock could cover now (Check Availability's
     * answer when a reservation is refused); empty for any other transfer.
     */
    public List<LineAvailability> availability(long id) {
        return availability(get(id));
    }

    /** As above, of a transfer already read (a page that shows it reads it once). */
    public List<LineAvailability> availability(Transfer transfer) {
        if (transfer.state() != TransferState.DRAFT || !execution.takesStock(transfer)) {
            return List.of();
        }
        return execution.coverage(transfer);
    }

    public Transfer get(long id) {
        Transfer transfer = transfers.find(id).orElseThrow(() -> StocktraceException.notFound("Transfer", id));
        return transfer.withLines(transfer.state() == TransferState.DONE ? transfers.doneLines(id) : transfers.openLines(id));
    }

    @Transactional(readOnly = true)
    public Page<Transfer> list(TransferType type, TransferState state, Long lotId, Paging paging) {
        return new Page<>(transfers.list(type, state, lotId, paging), transfers.count(type, state, lotId));
    }

    private Transfer locked(long id) {
        return transfers.lock(id).orElseThrow(() -> StocktraceException.notFound("Transfer", id));
    }

    private static void requireState(Transfer transfer, TransferState expected, String verb) {
        if (transfer.state() != expected) {
            throw invalidState(transfer, verb);
        }
    }

    private static StocktraceException invalidState(Transfer transfer, String verb) {
        return new StocktraceException(ProblemType.INVALID_STATE, "Transfer " + transfer.reference() + " is "
                + transfer.state().wire() + " and cannot be " + verb + ".").with("state", transfer.state().wire());
    }
}
