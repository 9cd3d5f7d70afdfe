package io.stocktrace.pack;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferService;
import io.stocktrace.stock.TransferType;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advance shipping notices: a CSV (SSCC → contents, with the parent pallet) kept as a draft receipt of the packages
 * it announces, all or nothing, each problem on its CSV line; and, at the dock, the pallet such a notice expects,
 * found by its SSCC alone, to receive with its whole content; and the packages a notice's draft no longer brings,
 * because another receipt brought them. The API and the pages call these same methods.
 */
@Service
public class AsnReceiptService {
    private final TransferService transfers;
    private final ProductService products;
    private final ExpectedPallets expected;
    private final ReceivedElsewhere elsewhere;

    AsnReceiptService(TransferService transfers, ProductService products, ExpectedPallets expected,
                      ReceivedElsewhere elsewhere) {
        this.transfers = transfers;
        this.products = products;
        this.expected = expected;
        this.elsewhere = elsewhere;
    }

    /** The draft receipt of the notice; its problems name the CSV's lines ({@code line 3.sku}). */
    @Requires(Role.OPERATOR)
    public Transfer receive(String csv, Long partnerId, Long destinationLocationId, String actor) {
        AsnCsv.Read read = AsnCsv.read(csv == null ? "" : csv, products::bySkus);
        try {
            return transfers.create(new TransferRequest("receipt", partnerId, null, destinationLocationId, null, null,
                    null, List.of(), read.packages()), actor);
        } catch (StocktraceException e) {
            throw read.onCsvLines(e);
        }
    }

    /**
     * The pallet (or case) an open receipt expects under this SSCC, scanned ({@code (00)...}, scanner data) or typed
     * (the 18 digits), with the packages inside it and their lines; nothing is written.
     *
     * @throws StocktraceException validation-failed on {@code sscc}: malformed, a wrong check digit, received
     *                             already, or expected by no open receipt
     */
    @Requires(Role.VIEWER)
    public ExpectedPallets.Pallet expected(String scanned) {
        return expected.find(scanned);
    }

    /**
     * Takes out of an open receipt, with the lines that arrive in them, the packages it names that exist already
     * (another receipt brought them), in its history; a receipt left with nothing to receive is cancelled.
     *
     * @throws StocktraceException not-found; invalid-state for a transfer that is not an open receipt
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public Transfer removeReceivedElsewhere(long transferId, String actor) {
        elsewhere.lock(transferId);
        Transfer receipt = transfers.get(transferId);
        if (receipt.type() != TransferType.RECEIPT || !receipt.state().isOpen()) {
            throw new StocktraceException(ProblemType.INVALID_STATE, receipt.reference() + " is not an open receipt: "
                    + "only an open receipt's packages can be taken out of it.");
        }
        elsewhere.removeTaken(transferId, transfers.packages(transferId), actor);
        return transfers.get(transferId);
    }

    /** The packages an open receipt names that exist already (another receipt brought them); none for another. */
    @Requires(Role.VIEWER)
    public List<ReceivedElsewhereRepository.Taken> taken(Transfer transfer) {
        return transfer.type() == TransferType.RECEIPT && transfer.state().isOpen()
                ? elsewhere.taken(transfers.packages(transfer.id())) : List.of();
    }

    /** The packages that left the receipt because another receipt brought them, oldest first. */
    @Requires(Role.VIEWER)
    public List<ReceivedElsewhereRepository.Settled> receivedElsewhere(long transferId) {
        return elsewhere.history(transferId);
    }

    @Requires(Role.VIEWER)
    public Transfer get(long transferId) {
        return transfers.get(transferId);
    }

    /** The names of the packages the transfer brings or moves. */
    List<String> packages(long transferId) {
        return transfers.packages(transferId);
    }
}
