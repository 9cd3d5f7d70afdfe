package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Expiry in the lot list and on the lot form: the Expiration Date column, an expired date in red that says so, the
 * Alert badge and the Expiration Alerts filter. Dates are relative to today (UTC), as the server's clock sees it.
 */
@OnH2
class LotExpiryBrowserIT extends BrowserTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void a_lot_past_its_expiry_shows_its_date_in_red_with_the_word_expired_and_is_listed_under_expired() {
        long milk = given.product("MILK", "lot");
        receive(milk, "M-OLD", today.minusDays(1), null);
        receive(milk, "M-NEW", today.plusYears(1), null);
        logInAsAdmin();

        open("/lots?groupBy=");
        assertThat(header()).contains("Expiration Date");
        WebElement old = row("M-OLD");
        assertThat(old.findElement(By.cssSelector(".date.expired")).getText()).isEqualTo(today.minusDays(1).toString());
        assertThat(old.findElement(By.cssSelector(".date.expired")).getCssValue("color"))
                .isEqualTo("rgba(176, 42, 55, 1)");
        assertThat(old.getText()).contains("Expired");
        WebElement fresh = row("M-NEW");
        assertThat(fresh.findElements(By.cssSelector(".date.expired"))).isEmpty();
        assertThat(fresh.getText()).contains(today.plusYears(1).toString()).doesNotContain("Expired");

        click("Filters");
        click("Expired");
        assertThat(text(By.cssSelector(".searchbar"))).contains("Filter").contains("Expired");
        waitFor(By.linkText("M-OLD"));
        assertThat(browser.findElements(By.linkText("M-NEW"))).isEmpty();

        click("M-OLD");
        assertThat(text(By.cssSelector(".fields"))).contains("Expired");
        assertThat(browser.findElement(By.id("expirationDate")).getAttribute("value"))
                .isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void a_lot_in_alert_shows_the_alert_badge_and_the_expiration_alerts_filter_lists_it() {
        long milk = given.product("MILK", "lot");
        receive(milk, "M-ALERT", today.plusDays(10), today);
        receive(milk, "M-FRESH", today.plusDays(30), today.plusDays(20));
        var noStock = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "M-EMPTY",
                "alertDate", today.toString()));
        assertThat(noStock.status()).as(noStock.body()).isEqualTo(201);
        logInAsAdmin();

        open("/lots?groupBy=");
        assertThat(row("M-ALERT").findElement(By.cssSelector(".status.alert")).getText()).isEqualTo("Alert");
        assertThat(row("M-FRESH").findElements(By.cssSelector(".status.alert"))).isEmpty();
        assertThat(row("M-EMPTY").findElements(By.cssSelector(".status.alert"))).as("no stock, no alert").isEmpty();

        click("Filters");
        click("Expiration Alerts");
        assertThat(text(By.cssSelector(".searchbar .chip"))).contains("Filter").contains("Expiration Alerts");
        waitFor(By.linkText("M-ALERT"));
        assertThat(names()).containsExactly("M-ALERT");
        assertThat(names()).isEqualTo(admin.get("/api/v1/lots/alerts").json().path("items").findValuesAsString("name"));
        screenshot("lots-alerts");

        clickOn(By.cssSelector("a[aria-label='Remove filter Expiration Alerts']"));
        waitFor(By.linkText("M-FRESH"));
        assertThat(names()).contains("M-ALERT", "M-FRESH", "M-EMPTY");
        click("M-ALERT");
        assertThat(text(By.cssSelector(".lot-state .status.alert"))).isEqualTo("Alert");
    }

    @Test
    void a_manager_moves_the_expiration_date_and_the_derived_alert_date_follows_it_while_an_operator_only_reads_them() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 10, "alertDays", 3)));
        long milk = product.json().path("id").asLong();
        given.receivedLot(milk, "L1", 2);
        long lot = given.lotId(milk, "L1");
        LocalDate expiration = LocalDate.parse(admin.get("/api/v1/lots/" + lot).at("/expirationDate").asString());
        String operator = user("operator");
        logInAs(operator, "password-" + operator);
        open("/lots/" + lot);
        assertThat(browser.findElements(By.id("dates-form"))).as("the dates of a lot are a manager's").isEmpty();
        String manager = user("manager");
        logInAs(manager, "password-" + manager);

        open("/lots/" + lot);
        assertThat(text(By.id("alertDate-hint"))).isEqualTo("Follows the expiration date");
        browser.executeScript("document.getElementById('expirationDate').value = arguments[0]",
                expiration.plusDays(4).toString());
        click("Save Dates");

        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Dates saved.");
        assertThat(browser.findElement(By.id("alertDate")).getAttribute("value"))
                .isEqualTo(expiration.plusDays(1).toString());
        assertThat(admin.get("/api/v1/lots/" + lot).at("/alertDate").asString())
                .isEqualTo(expiration.plusDays(1).toString());
    }

    private void receive(long product, String lot, LocalDate expiration, LocalDate alert) {
        Map<String, Object> l = line(product, lot, null, 3);
        l.put("expirationDate", expiration.toString());
        if (alert != null) {
            l.put("alertDate", alert.toString());
        }
        given.done(given.transfer("receipt", null, l));
    }

    private String header() {
        return text(By.cssSelector("table.lots thead"));
    }

    private WebElement row(String lot) {
        return waitFor(By.xpath("//table[contains(@class,'lots')]//tr[td/a[.='" + lot + "']]"));
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("table.lots tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }
}
