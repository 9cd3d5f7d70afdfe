package io.stocktrace.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the FSMA 204 sortable spreadsheet: a critical tracking event with its key data elements (21 CFR
 * 1.1340 shipping, 1.1345 receiving, 1.1350 transformation); a transformation has one row per input lot, sharing
 * its event id. Location descriptions are name, address, city, region, postal code, country and phone.
 */
public record Fsma204Row(String cte, String eventId, LocalDate eventDate, String traceabilityLotCode, String gtin,
                         String productDescription, BigDecimal quantity, String unitOfMeasure, String eventLocation,
                         String eventLocationGln, String immediatePreviousSource, String immediateSubsequentRecipient,
                         String tlcSource, String referenceDocumentType, String referenceDocumentNumber,
                         String inputTraceabilityLotCode, String inputProductDescription, BigDecimal inputQuantity,
                         String inputUnitOfMeasure) {

    public static final List<String> HEADERS = List.of("CTE", "Event ID", "Event date", "Traceability lot code", "GTIN",
            "Product description", "Quantity", "Unit of measure", "Event location", "Event location GLN",
            "Immediate previous source", "Immediate subsequent recipient", "Traceability lot code source",
            "Reference document type", "Reference document number", "Input traceability lot code",
            "Input product description", "Input quantity", "Input unit of measure");

    /** The cells in the order of {@link #HEADERS}; quantities as numbers, dates as dates, absent values null. */
    public List<Object> cells() {
        return java.util.Arrays.asList(cte, eventId, eventDate, traceabilityLotCode, gtin, productDescription, quantity,
                unitOfMeasure, eventLocation, eventLocationGln, immediatePreviousSource, immediateSubsequentRecipient,
                tlcSource, referenceDocumentType, referenceDocumentNumber, inputTraceabilityLotCode, inputProductDescription,
                inputQuantity, inputUnitOfMeasure);
    }
}
