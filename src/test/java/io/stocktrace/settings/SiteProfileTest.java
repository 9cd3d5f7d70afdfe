package io.stocktrace.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.problem.StocktraceException;
import org.junit.jupiter.api.Test;

class SiteProfileTest {
    @Test
    void describes_the_site_as_fsma_asks_and_names_the_parts_it_lacks() {
        SiteProfile full = SiteProfile.of(" Bakery Inc ", "2 Oven Street", "Springfield", "IL", "62703", "us", "+1 217 555 0142");
        assertThat(full.description()).isEqualTo("Bakery Inc, 2 Oven Street, Springfield, IL 62703, US, +1 217 555 0142");
        assertThat(full.missing()).isEmpty();
        SiteProfile partial = SiteProfile.of("Bakery Inc", "", null, null, null, null, "555 0142");
        assertThat(partial.description()).isEqualTo("Bakery Inc, 555 0142");
        assertThat(partial.missing()).containsExactly("address", "city", "country");
        assertThat(SiteProfile.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void refuses_a_country_that_is_not_two_letters_a_phone_that_is_not_a_number_and_control_characters_at_once() {
        assertThatThrownBy(() -> SiteProfile.of("Bakery\u0007", null, null, null, null, "USA", "call me"))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.errors()).extracting(p -> p.field())
                        .containsExactly("siteProfile.businessName", "siteProfile.country", "siteProfile.phone"));
    }
}
