package io.stocktrace.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The key data elements 21 CFR 1.1340 (shipping), 1.1345 (receiving) and 1.1350 (transformation) require of a row,
 * named as the rule names them, that the row lacks; a location description lacking parts (§1.1310: business name,
 * phone, address, city, country) is named with them. A GTIN and a GLN are not required.
 */
final class Fsma204Gaps {
    private final List<String> missing = new ArrayList<>();
    private final Fsma204Row row;

    private Fsma204Gaps(Fsma204Row row) {
        this.row = row;
    }

    static List<String> receiving(Fsma204Row row, Fsma204Place receivedAt, Fsma204Place previousSource, Fsma204Place tlcSource) {
        return new Fsma204Gaps(row).common()
                .place("Immediate previous source location description", row.immediatePreviousSource(), previousSource)
                .place("Receiving location description", row.eventLocation(), receivedAt)
                .value("Receive date", row.eventDate())
                .place("Traceability lot code source", row.tlcSource(), tlcSource)
                .reference().missing;
    }

    static List<String> shipping(Fsma204Row row, Fsma204Place shippedFrom, Fsma204Place recipient, Fsma204Place tlcSource) {
        return new Fsma204Gaps(row).common()
                .place("Immediate subsequent recipient location description", row.immediateSubsequentRecipient(), recipient)
                .place("Ship-from location description", row.eventLocation(), shippedFrom)
                .value("Ship date", row.eventDate())
                .place("Traceability lot code source", row.tlcSource(), tlcSource)
                .reference().missing;
    }

    static List<String> transformation(Fsma204Row row, Fsma204Place transformedAt, Fsma204Place tlcSource) {
        Fsma204Gaps gaps = new Fsma204Gaps(row).common()
                .place("Transformation location description", row.eventLocation(), transformedAt)
                .value("Date transformation was completed", row.eventDate())
                .place("Traceability lot code source", row.tlcSource(), tlcSource)
                .reference();
        // the input KDEs are required of each Food Traceability List food used; a row without an input lot used none
        if (row.inputTraceabilityLotCode() != null) {
            gaps.value("Input product description", row.inputProductDescription());
            if (row.inputQuantity() == null || row.inputUnitOfMeasure() == null) {
                gaps.missing.add("Input quantity and unit of measure");
            }
        }
        return gaps.missing;
    }

    private Fsma204Gaps common() {
        value("Traceability lot code", row.traceabilityLotCode());
        value("Product description", row.productDescription());
        if (row.quantity() == null || row.unitOfMeasure() == null) {
            missing.add("Quantity and unit of measure");
        }
        return this;
    }

    private Fsma204Gaps reference() {
        if (row.referenceDocumentType() == null || row.referenceDocumentNumber() == null) {
            missing.add("Reference document type and number");
        }
        return this;
    }

    private Fsma204Gaps value(String kde, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(kde);
        }
        return this;
    }

    private Fsma204Gaps place(String kde, String description, Fsma204Place place) {
        if (description == null || description.isBlank()) {
            missing.add(kde);
        } else if (place != null && !place.missing().isEmpty()) {
            missing.add(kde + ": " + String.join(", ", place.missing()));
        }
        return this;
    }
}
