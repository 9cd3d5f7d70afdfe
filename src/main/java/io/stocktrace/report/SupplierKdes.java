package io.stocktrace.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The seam for key data elements our suppliers reported (their EPCIS shipping events, captured by
 * {@code io.stocktrace.epcis.capture}): for lots we received, the supplier's traceability lot code source and their
 * ship-from location fill the Receiving rows where our ledger knows only the vendor's name. Every bean implementing
 * it is asked; with none (until capture provides one) the rows carry what our ledger knows.
 */
public interface SupplierKdes {
    /** A receipt line of a lot from a vendor, as our ledger knows it. */
    record ReceivedLot(long moveLineId, long lotId, String lotName, String gtin, Long partnerId, String partnerGln,
                       Instant receivedAt, String reference, String sourceDocument) {
    }

    /**
     * What the supplier's events say of a received lot; a null value is one they did not report. Descriptions are
     * FSMA location descriptions (name, address, city, region, postal code, country, phone).
     */
    record SupplierKde(String traceabilityLotCode, String tlcSourceDescription, String tlcSourceGln,
                       String shipFromDescription, String shipFromGln, String partyName) {
    }

    /** The supplier KDEs known for these receipt lines, by move line id; lines they did not report are left out. */
    Map<Long, SupplierKde> forReceipts(List<ReceivedLot> receipts);
}
