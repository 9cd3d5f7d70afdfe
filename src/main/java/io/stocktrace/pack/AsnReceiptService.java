package io.stocktrace.pack;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferService;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Advance shipping notices: a CSV (SSCC → contents, with the parent pallet) kept as a draft receipt of the packages
 * it announces, all or nothing, each problem on its CSV line; and, at the dock, the pallet such a notice expects,
 * found by its SSCC alone, to receive with its whole content. The API and the pages call these same methods.
 */
@Service
public class AsnReceiptService {
    private final TransferService transfers;
    private final ProductService products;
    private final ExpectedPallets expected;

    AsnReceiptService(TransferService transfers, ProductService products, ExpectedPallets expected) {
        this.transfers = transfers;
        this.products = products;
        this.expected = expected;
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

    /** The names of the packages the transfer brings or moves. */
    List<String> packages(long transferId) {
        return transfers.packages(transferId);
    }
}
