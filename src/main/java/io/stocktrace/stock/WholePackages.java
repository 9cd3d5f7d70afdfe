package io.stocktrace.stock;

import java.util.List;
import java.util.Map;

/**
 * The packages of transfers, as the package feature keeps them (it implements this, so that stock knows nothing of
 * it): a delivery, internal transfer or return moves packages whole, a receipt brings new ones with their lines.
 */
public interface WholePackages {
    /**
     * Checks and keeps the packages of a draft (replacing those it had); {@code packageOfLine} names, for each line
     * number of the draft, the package that line arrives in (receipts).
     */
    void attach(long transferId, TransferType type, List<TransferRequest.PackageEntry> packages,
                List<String> packageOfLine, long sourceLocationId, long destinationLocationId);

    /** What validating the transfer does to its packages, checked against them as they are now. */
    Plan plan(Transfer transfer, Operation operation);

    /**
     * What the done transfer delivered in the named packages (and the packages inside them), which are still where
     * it took them: one return line per lot or serial, with the name of the package it was in.
     */
    List<Delivered> delivered(Transfer transfer, List<String> names);

    record Delivered(String packageName, ReturnRequest.Line line) {
    }

    /**
     * Check Availability: reserves the whole content of the packages the transfer moves, checked as validating it
     * would check them; refused when another transfer reserved any of them.
     */
    void reserve(Transfer transfer);

    /** Gives back what {@link #reserve} reserved (unreserve, cancel). */
    void release(Transfer transfer);

    /** The names of the transfer's packages, in its order. */
    List<String> names(long transferId);

    /** The transfer's packages as a request names them (a receipt's with their types and parents), for its form. */
    List<TransferRequest.PackageEntry> entries(long transferId);

    /** For a receipt, the package each line number arrives in (lines in none are left out). */
    Map<Integer, String> packageOfLines(long transferId);

    /**
     * {@code packageOfLine}: the package (id) a receipt's line number goes into; {@code moves}: the content of the
     * packages moved whole; {@code relocate}: moves them, between the ledger's take and put.
     */
    record Plan(Map<Integer, Long> packageOfLine, List<Move> moves, Runnable relocate) {
        public static final Plan NONE = new Plan(Map.of(), List.of(), () -> { });
    }
}
