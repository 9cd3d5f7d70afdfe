package io.stocktrace.epcis.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapturedSupplierKdesTest {
    @Test
    void describes_a_location_by_the_text_members_beside_its_id_in_their_order() {
        assertThat(CapturedSupplierKdes.described("""
                {"bizLocation": {"id": "urn:epc:id:sgln:9506000.00002.0", "ex:name": "Packing house",
                 "ex:city": " Salinas ", "ex:blank": " ", "ex:floor": 2}}""")).isEqualTo("Packing house, Salinas");
    }

    @Test
    void a_location_with_only_its_id_or_an_unreadable_document_describes_nothing() {
        assertThat(CapturedSupplierKdes.described("{\"bizLocation\": {\"id\": \"urn:epc:id:sgln:9506000.00002.0\"}}")).isNull();
        assertThat(CapturedSupplierKdes.described("{\"readPoint\": {}}")).isNull();
        assertThat(CapturedSupplierKdes.described("{not json")).isNull();
        assertThat(CapturedSupplierKdes.described(null)).isNull();
    }

    @Test
    void a_description_longer_than_a_cell_takes_is_cut() {
        String described = CapturedSupplierKdes.described("{\"bizLocation\": {\"ex:name\": \"" + "x".repeat(5000) + "\"}}");
        assertThat(described).hasSize(CapturedSupplierKdes.MAX_DESCRIPTION).endsWith("…");
    }
}
