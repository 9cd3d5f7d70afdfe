package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The walk users know from Odoo, in a real browser, with its labels. */
@OnH2
class LotsBrowserIT extends BrowserTest {

    @Test
    void the_walk_from_settings_to_the_dashboard_grouped_by_product_then_by_lot_number() {
        long machine = given.product("MACHINE", "serial");
        long coffee = given.product("COFFEE", "lot");
        long tea = given.product("TEA", "lot");
        given.receivedSerials(machine, "SN-1", "SN-2", "SN-3");
        given.receivedLot(coffee, "L-1", 10);
        given.receivedLot(tea, "L-1", 4);
        long customer = given.partner("Cafe Central");
        given.done(given.transfer("delivery", customer, line(machine, "SN-1", null, 1)));
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", false, "expirationDates", false));

        logInAsAdmin();
        click("Products");
        assertThat(browser.findElements(By.linkText("Lots/Serial Numbers"))).as("lots are switched off").isEmpty();
        click("Configuration");
        click("Settings");
        assertThat(text(By.cssSelector("h2#traceability"))).isEqualTo("Traceability");
        WebElement lots = browser.findElement(By.id("lotsAndSerialNumbers"));
        assertThat(lots.isSelected()).isFalse();
        clickOn(By.xpath("//label[.='Lots & Serial Numbers']"));
        assertThat(lots.isSelected()).isTrue();
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        assertThat(browser.findElement(By.id("lotsAndSerialNumbers")).isSelected()).isTrue();
        screenshot("settings");

        click("Products");
        click("Lots/Serial Numbers");
        assertThat(text(By.cssSelector(".searchbar .chip"))).contains("Group By").contains("Product");
        assertThat(groupLabels()).containsExactly("COFFEE name (1)", "MACHINE name (3)", "TEA name (1)");
        click("MACHINE name (3)");
        waitFor(By.linkText("SN-3"));
        assertThat(rowsText()).contains("SN-1", "SN-2", "SN-3");
        screenshot("lots-by-product");

        clickOn(By.cssSelector("a[aria-label='Remove grouping by Product']"));
        waitFor(By.linkText("SN-2"));
        assertThat(browser.findElements(By.cssSelector(".searchbar .chip"))).isEmpty();
        click("Group By");
        new Select(browser.findElement(By.id("custom-group"))).selectByVisibleText("Lot/Serial Number");
        click("Apply");
        assertThat(text(By.cssSelector(".searchbar .chip"))).contains("Lot/Serial Number");
        assertThat(groupLabels()).containsExactly("L-1 (2)", "SN-1 (1)", "SN-2 (1)", "SN-3 (1)");
        click("L-1 (2)");
        waitFor(By.xpath("//tr[contains(@class,'sub')][td[.='TEA name']]"));
        assertThat(rowsText()).contains("L-1 COFFEE name", "L-1 TEA name");
        assertThat(browser.findElement(By.xpath("//tr[td[.='TEA name']]/td[last()]")).getText()).isEqualTo("4");
        screenshot("lots-by-lot-number");

        click("Group By");
        new Select(browser.findElement(By.id("custom-group"))).selectByVisibleText("Product");
        click("Apply");
        click("MACHINE name (3)");
        click("SN-1");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("SN-1");
        assertThat(text(By.id("smart-location"))).isEqualTo("1\nLocation");
        assertThat(text(By.id("smart-traceability"))).isEqualTo("2\nTraceability");
        assertThat(text(By.id("smart-transfers"))).isEqualTo("1\nTransfers");
        screenshot("lot-form");
        clickOn(By.id("smart-location"));
        assertThat(text(By.cssSelector("table.quants tbody"))).isEqualTo("Partners/Customers MACHINE name SN-1 1 0");
        browser.navigate().back();
        clickOn(By.id("smart-traceability"));
        assertThat(text(By.cssSelector("h1"))).isEqualTo("Traceability Report");
        long sn1 = given.lotId(machine, "SN-1");
        List<String> ledger = new java.util.ArrayList<>();
        admin.get("/api/v1/lots/" + sn1 + "/operations").json().path("items").forEach(o -> ledger.add(
                o.path("reference").asString() + " MACHINE name " + o.path("sourceLocation").asString() + " "
                        + o.path("destinationLocation").asString() + " " + o.path("quantity").asInt()));
        List<String> rows = browser.findElements(By.cssSelector("table.trace tbody tr.sub")).stream()
                .map(r -> String.join(" ", r.findElements(By.tagName("td")).stream()
                        .filter(td -> !td.getText().matches("\\d{4}-\\d{2}-\\d{2}.*") && !td.getText().equals("SN-1"))
                        .map(WebElement::getText).toList()))
                .toList();
        assertThat(rows).as("newest first, as the ledger").isEqualTo(ledger).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("table.trace tr.in")).get(0).getText()).contains("WH/IN/00001");
        assertThat(browser.findElements(By.cssSelector("table.trace tr.out")).get(0).getText()).contains("WH/OUT/00001");
        screenshot("traceability");
    }

    @Test
    void filters_show_as_chips_that_remove_them() {
        long machine = given.product("MACHINE", "serial");
        given.receivedSerials(machine, "SN-1", "SN-2");
        given.done(given.transfer("delivery", given.partner("Cafe"), line(machine, "SN-1", null, 1)));
        logInAsAdmin();
        open("/lots?groupBy=");
        click("Filters");
        click("At Customer");
        assertThat(text(By.cssSelector(".searchbar .chip"))).contains("Filter").contains("At Customer");
        assertThat(rowsText()).contains("SN-1").doesNotContain("SN-2");
        click("Filters");
        click("On Hand");
        assertThat(browser.findElements(By.cssSelector(".lots tbody tr"))).isEmpty();
        clickOn(By.cssSelector("a[aria-label='Remove filter At Customer']"));
        waitFor(By.linkText("SN-2"));
        assertThat(rowsText()).doesNotContain("SN-1");
    }

    @Test
    void the_expired_filter_keeps_the_lots_whose_expiration_date_has_come() {
        long milk = given.product("MILK", "lot");
        long tea = given.product("TEA", "lot");
        for (var lot : List.of(List.of(milk, "M-OLD", LocalDate.now().minusDays(1)), List.of(milk, "M-NEW",
                LocalDate.now().plusYears(1)), List.of(tea, "T-NONE", ""))) {
            Map<String, Object> line = line((Long) lot.get(0), (String) lot.get(1), null, 3);
            if (!lot.get(2).toString().isEmpty()) {
                line.put("expirationDate", lot.get(2).toString());
            }
            given.done(given.transfer("receipt", null, line));
        }
        logInAsAdmin();
        open("/lots");
        click("Filters");
        click("Expired");
        assertThat(text(By.cssSelector(".searchbar"))).contains("Filter").contains("Expired");
        assertThat(groupLabels()).containsExactly("MILK name (1)");
        click("MILK name (1)");
        waitFor(By.linkText("M-OLD"));
        assertThat(rowsText()).contains("M-OLD").doesNotContain("M-NEW", "T-NONE");
        screenshot("lots-expired");
        click("M-OLD");
        assertThat(text(By.cssSelector(".fields"))).contains("Expired");
        browser.navigate().back();
        clickOn(By.cssSelector("a[aria-label='Remove filter Expired']"));
        assertThat(groupLabels()).containsExactly("MILK name (2)", "TEA name (1)");
    }

    @Test
    void a_lot_name_with_markup_shows_as_text() {
        long product = given.product("BOLT", "lot");
        given.receivedLot(product, "<img src=x onerror=alert(1)>", 5);
        logInAsAdmin();
        open("/lots?groupBy=");
        WebElement link = waitFor(By.cssSelector(".lots tbody a"));
        assertThat(link.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(browser.findElements(By.cssSelector(".lots img"))).isEmpty();
        open("/lots?q=" + java.net.URLEncoder.encode("<img src=x", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text(By.cssSelector(".searchbar"))).contains("Search").contains("<img src=x");
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
    }

    /** The labels of the groups, once each has its totals. */
    private List<String> groupLabels() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(
                d -> d.findElements(By.cssSelector("tr.group.pending")).isEmpty());
        return browser.findElements(By.cssSelector("tr.group button")).stream().map(WebElement::getText).toList();
    }

    private String rowsText() {
        return String.join("\n", browser.findElements(By.cssSelector(".lots tbody tr")).stream()
                .map(WebElement::getText).toList());
    }
}
