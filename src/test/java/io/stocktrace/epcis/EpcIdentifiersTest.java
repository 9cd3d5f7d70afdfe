package io.stocktrace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EPC URNs and Digital Link URIs of the pairs in research/epcis/epc-urn-digital-link-pairs.tsv, recomputed. */
class EpcIdentifiersTest {
    private final EpcIdentifiers urns = new EpcIdentifiers(List.of("4012345", "0614141", "4023333", "387583", "235678", "785783"), true);
    private final EpcIdentifiers links = new EpcIdentifiers(List.of("4012345", "0614141"), false);

    @Test
    void writes_lots_as_lgtin_classes() {
        assertThat(urns.lgtin("04012345123456", "998877")).isEqualTo("urn:epc:class:lgtin:4012345.012345.998877");
        assertThat(urns.lgtin("00614141777778", "987")).isEqualTo("urn:epc:class:lgtin:0614141.077777.987");
        assertThat(urns.lgtin("04023333020008", "2019-10-07")).isEqualTo("urn:epc:class:lgtin:4023333.002000.2019-10-07");
        assertThat(links.lgtin("04012345123456", "998877")).isEqualTo("https://id.gs1.org/01/04012345123456/10/998877");
    }

    @Test
    void writes_serials_as_sgtins_moving_the_indicator_digit_to_the_front_of_the_item_reference() {
        assertThat(urns.sgtin("80614141123458", "12345")).isEqualTo("urn:epc:id:sgtin:0614141.812345.12345");
        assertThat(urns.sgtin("73875837843740", "9302932")).isEqualTo("urn:epc:id:sgtin:387583.7784374.9302932");
        assertThat(urns.sgtin("12356789080128", "1234")).isEqualTo("urn:epc:id:sgtin:235678.1908012.1234");
        assertThat(links.sgtin("80614141123458", "12345")).isEqualTo("https://id.gs1.org/01/80614141123458/21/12345");
    }

    @Test
    void writes_an_sscc_as_its_urn_with_the_extension_digit_before_the_serial_reference() {
        assertThat(urns.sscc("106141412345678908")).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
        assertThat(links.sscc("106141412345678908")).isEqualTo("https://id.gs1.org/00/106141412345678908");
        assertThat(urns.sscc("395060001000000013")).isEqualTo("https://id.gs1.org/00/395060001000000013");
        assertThat(EpcIdentifiers.parseSscc("urn:epc:id:sscc:0614141.1234567890")).contains("106141412345678908");
        assertThat(EpcIdentifiers.parseSscc("https://example.com/00/106141412345678908")).contains("106141412345678908");
        assertThat(EpcIdentifiers.parseSscc("https://id.gs1.org/00/106141412345678907")).isEmpty();
        assertThat(EpcIdentifiers.parseSscc("urn:epc:id:sgtin:0614141.812345.12345")).isEmpty();
    }

    @Test
    void writes_gtin_classes_locations_and_parties() {
        assertThat(urns.gtinClass("04012345987652")).isEqualTo("urn:epc:idpat:sgtin:4012345.098765.*");
        assertThat(links.gtinClass("04012345666663")).isEqualTo("https://id.gs1.org/01/04012345666663");
        assertThat(urns.sgln("7857834384782", "0394903")).isEqualTo("urn:epc:id:sgln:785783.438478.0394903");
        assertThat(new EpcIdentifiers(List.of(), false).sgln("7857834384782", "0394903"))
                .isEqualTo("https://id.gs1.org/414/7857834384782/254/0394903");
        assertThat(urns.sgln("7857834384782", null)).isEqualTo("urn:epc:id:sgln:785783.438478.0");
        assertThat(urns.pgln("7857834384782")).isEqualTo("urn:epc:id:pgln:785783.438478");
    }

    @Test
    void escapes_what_an_urn_or_a_path_cannot_hold_and_falls_back_to_digital_link_for_an_unknown_company() {
        assertThat(urns.sgtin("80614141123458", "A/B%C")).isEqualTo("urn:epc:id:sgtin:0614141.812345.A%2FB%25C");
        assertThat(links.sgtin("80614141123458", "A/B C")).isEqualTo("https://id.gs1.org/01/80614141123458/21/A%2FB%20C");
        assertThat(urns.lgtin("09506000134352", "L-1")).isEqualTo("https://id.gs1.org/01/09506000134352/10/L-1");
    }

    @Test
    void reads_back_what_it_writes_as_urns_and_as_digital_links() {
        assertThat(EpcIdentifiers.parse("urn:epc:id:sgtin:0614141.812345.12345"))
                .contains(new EpcIdentifiers.EpcKey("80614141123458", "12345", null));
        assertThat(EpcIdentifiers.parse("urn:epc:class:lgtin:4012345.012345.998877"))
                .contains(new EpcIdentifiers.EpcKey("04012345123456", null, "998877"));
        assertThat(EpcIdentifiers.parse("urn:epc:idpat:sgtin:4012345.066666.*"))
                .contains(new EpcIdentifiers.EpcKey("04012345666663", null, null));
        assertThat(EpcIdentifiers.parse("https://id.gs1.org/01/80614141123458/21/A%2FB%20C"))
                .contains(new EpcIdentifiers.EpcKey("80614141123458", "A/B C", null));
        assertThat(EpcIdentifiers.parse(urns.sgtin("80614141123458", "A/B%C")))
                .contains(new EpcIdentifiers.EpcKey("80614141123458", "A/B%C", null));
        assertThat(EpcIdentifiers.parse("https://example.com/01/04012345666663")).contains(new EpcIdentifiers.EpcKey("04012345666663", null, null));
        assertThat(EpcIdentifiers.parse("urn:epc:id:sgln:785783.438478.0")).isEmpty();
        assertThat(EpcIdentifiers.parse("https://id.gs1.org/01/04012345666660")).isEmpty();
        assertThat(EpcIdentifiers.parse("not a uri at all")).isEmpty();
    }
}
