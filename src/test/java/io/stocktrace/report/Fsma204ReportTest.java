package io.stocktrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows and their gaps from hand-made ledger facts: plain Java, no database. */
class Fsma204ReportTest {
    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final Fsma204Place SUPPLIER = new Fsma204Place("supplier", "Partners/Vendors", null, List.of());
    private static final Fsma204Place CUSTOMER = new Fsma204Place("customer", "Partners/Customers", null, List.of());
    private static final Fsma204Place PRODUCTION = new Fsma204Place("production", "Virtual/Production", null, List.of());
    private static final Fsma204Place STOCK = new Fsma204Place("internal", "Bakery Inc, 2 Oven Street, Springfield, US, +1 555",
            "0614141000012", List.of());
    private static final Fsma204Place MILL = new Fsma204Place(null, "Mill Co, 5 Mill Lane, Springfield, US", null, List.of("phone"));

    private static Fsma204Facts move(long id, long lot, String name, String type, Long order, String origin, Fsma204Place from,
                                     Fsma204Place to, Fsma204Place partner) {
        return new Fsma204Facts(id, lot, name, name + " food", null, "kg", BigDecimal.TEN, NOON.plusSeconds(id), "WH/" + id, origin,
                type, order, partner == Fsma204Place.NONE ? null : 5L, from, to, partner);
    }

    @Test
    void a_receipt_takes_the_ship_from_location_and_tlc_source_the_supplier_reported_through_the_seam() {
        Fsma204Facts receipt = move(1, 1, "F-1", "receipt", null, "PO-7", SUPPLIER, STOCK, MILL);
        List<Fsma204Entry> ours = Fsma204Report.entries(List.of(receipt), Map.of(), null, null, ZoneOffset.UTC);
        assertThat(ours.get(0).row().immediatePreviousSource()).isEqualTo(MILL.description());
        assertThat(ours.get(0).missing()).containsExactly("Immediate previous source location description: phone",
                "Traceability lot code source: phone");

        var reported = new SupplierKdes.SupplierKde("F-1", "Farm A, 1 Field Road, Salinas, CA 93901, US, +1 831 555 0100",
                "0614141000029", "Mill Co Dock 2, 5 Mill Lane, Springfield, US, +1 217 555 0100", "0614141000036", "Mill Co");
        Fsma204Entry theirs = Fsma204Report.entries(List.of(receipt), Map.of(1L, reported), null, null, ZoneOffset.UTC).get(0);
        assertThat(theirs.row().immediatePreviousSource()).isEqualTo("Mill Co Dock 2, 5 Mill Lane, Springfield, US, +1 217 555 0100");
        assertThat(theirs.row().tlcSource()).isEqualTo("Farm A, 1 Field Road, Salinas, CA 93901, US, +1 831 555 0100");
        assertThat(theirs.row().referenceDocumentType() + " " + theirs.row().referenceDocumentNumber()).isEqualTo("Purchase order PO-7");
        assertThat(theirs.missing()).isEmpty();
    }

    @Test
    void a_lot_made_here_has_our_location_as_its_source_and_an_order_without_a_listed_input_lacks_no_input_kde() {
        Fsma204Facts made = move(2, 2, "D-1", "manufacturing", 9L, null, PRODUCTION, STOCK, Fsma204Place.NONE);
        Fsma204Facts shipped = move(3, 2, "D-1", "delivery", null, " ", STOCK, CUSTOMER,
                new Fsma204Place(null, "Cafe Rose", null, List.of("address", "city", "country", "phone")));
        List<Fsma204Entry> entries = Fsma204Report.entries(List.of(made, shipped), Map.of(), null, null, ZoneOffset.UTC);

        assertThat(entries).extracting(e -> e.row().cte()).containsExactly("Transformation", "Shipping");
        assertThat(entries.get(0).row().tlcSource()).isEqualTo(STOCK.description());
        assertThat(entries.get(0).missing()).isEmpty();
        assertThat(entries.get(1).row().referenceDocumentType()).as("a blank source document is none").isEqualTo("Delivery note");
        assertThat(entries.get(1).missing()).containsExactly(
                "Immediate subsequent recipient location description: address, city, country, phone");
    }
}
