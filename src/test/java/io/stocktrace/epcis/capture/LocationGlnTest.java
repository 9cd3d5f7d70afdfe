package io.stocktrace.epcis.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationGlnTest {
    @Test
    void reads_the_gln_of_an_sgln_urn_with_or_without_extension() {
        assertThat(LocationGln.of("urn:epc:id:sgln:9506000.00002.0")).contains("9506000000022");
        assertThat(LocationGln.of("urn:epc:id:sgln:0614141.00777.dock-2")).contains("0614141007776");
    }

    @Test
    void reads_the_gln_of_a_digital_link_location_on_any_host() {
        assertThat(LocationGln.of("https://id.gs1.org/414/9506000000022")).contains("9506000000022");
        assertThat(LocationGln.of("https://example.com/gs1/414/9506000000022/254/7")).contains("9506000000022");
    }

    @Test
    void names_no_gln_for_a_party_a_product_a_bad_check_digit_or_a_wrong_length() {
        assertThat(LocationGln.of("urn:epc:id:pgln:9506000.00004")).isEmpty();
        assertThat(LocationGln.of("https://id.gs1.org/01/09506000134369/10/H-1")).isEmpty();
        assertThat(LocationGln.of("https://id.gs1.org/414/9506000000029")).isEmpty();
        assertThat(LocationGln.of("urn:epc:id:sgln:9506000.002.0")).isEmpty();
        assertThat(LocationGln.of(null)).isEmpty();
    }
}
