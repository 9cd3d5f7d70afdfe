package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The lot form's edits refused as every form is: its dates (an alert after the expiration date) and the reasons of
 * Quarantine (none, 10,000 characters) answer next to their field, keep what was typed and change nothing; and what
 * the form says about dates that follow nothing or a history without an alert.
 */
@OnH2
class LotFormBrowserIT extends BrowserTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long lot;
    private LocalDate expiration;

    @BeforeEach
    void a_received_lot_of_a_product_with_expiry() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 10, "alertDays", 3)));
        long milk = product.json().path("id").asLong();
        given.receivedLot(milk, "L1", 2);
        lot = given.lotId(milk, "L1");
        expiration = LocalDate.parse(admin.get("/api/v1/lots/" + lot).at("/expirationDate").asString());
    }

    private void setValue(String id, String value) {
        browser.executeScript("const e = document.getElementById(arguments[0]); e.removeAttribute('required');"
                + " e.removeAttribute('maxlength'); e.value = arguments[1];", id, value);
    }

    private String value(String id) {
        return waitFor(By.id(id)).getDomProperty("value");
    }

    private List<Map<String, Object>> lotRows() {
        return jdbc.sql("SELECT * FROM lots ORDER BY id").query().listOfRows();
    }

    @Test
    void an_alert_date_after_the_expiration_date_is_refused_next_to_it_with_the_dates_typed_kept() {
        var before = lotRows();
        logInAsAdmin();
        open("/lots/" + lot);
        setValue("alertDate", expiration.plusDays(2).toString());
        setValue("bestBeforeDate", expiration.minusDays(1).toString());
        click("Save Dates");

        assertThat(text(By.id("alertDate-problem"))).isEqualTo("Alert Date: must be on or before the expiration date.");
        assertThat(browser.findElement(By.id("alertDate")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(value("alertDate")).isEqualTo(expiration.plusDays(2).toString());
        assertThat(value("bestBeforeDate")).isEqualTo(expiration.minusDays(1).toString());
        assertThat(lotRows()).isEqualTo(before);
    }

    @Test
    void a_cleared_expiration_date_leaves_no_date_saying_that_it_follows_it() {
        logInAsAdmin();
        open("/lots/" + lot);
        assertThat(text(By.id("alertDate-hint"))).isEqualTo("Follows the expiration date");
        setValue("expirationDate", "");
        click("Save Dates");

        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Dates saved.");
        assertThat(value("expirationDate")).isEmpty();
        assertThat(browser.findElements(By.id("alertDate-hint"))).isEmpty();
        assertThat(text(By.cssSelector(".lot-dates"))).doesNotContain("Follows the expiration date");
    }

    @Test
    void an_expired_lot_with_no_alert_recorded_does_not_say_that_there_is_no_alert() {
        long cheese = given.product("CHEESE", "lot");
        Map<String, Object> l = line(cheese, "C-OLD", null, 3);
        l.put("expirationDate", today.minusDays(1).toString());
        l.put("alertDate", today.minusDays(3).toString());
        given.done(given.transfer("receipt", null, l));
        logInAsAdmin();
        open("/lots/" + given.lotId(cheese, "C-OLD"));

        assertThat(text(By.cssSelector(".lot-state"))).contains("Expired").contains("Alert");
        assertThat(text(By.cssSelector(".lot-history"))).doesNotContain("alert yet").contains("No change or status change yet.");
    }

    @Test
    void a_quarantine_without_a_reason_or_with_a_huge_one_is_refused_under_its_reason_and_a_hostile_one_is_text() {
        var before = lotRows();
        logInAsAdmin();
        open("/lots/" + lot);
        setValue("quarantine-reason", "   ");
        click("Quarantine");
        assertThat(text(By.id("quarantine-reason-problem"))).isEqualTo("Reason: is required: say why.");
        assertThat(lotRows()).isEqualTo(before);

        String huge = "x".repeat(10_000);
        setValue("quarantine-reason", huge);
        click("Quarantine");
        assertThat(text(By.id("quarantine-reason-problem"))).isEqualTo("Reason: at most 1000 characters.");
        assertThat(value("quarantine-reason")).isEqualTo(huge);
        assertThat(lotRows()).isEqualTo(before);

        String hostile = "<script>alert(1)</script>'; DROP TABLE lots; --";
        setValue("quarantine-reason", hostile);
        click("Quarantine");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Quarantined.");
        assertThat(text(By.cssSelector(".lot-history"))).contains(hostile);
        assertThat(admin.get("/api/v1/lots/" + lot).at("/status").asString()).isEqualTo("quarantine");
    }
}
