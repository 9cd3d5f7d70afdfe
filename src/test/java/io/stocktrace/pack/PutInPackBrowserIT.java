package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import io.stocktrace.support.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Put in Pack in the browser: from a lot's Location view and from a done receipt, refused input shown at its field
 * with what was typed kept, the package's form with its nested content, history and trace; on a phone and with
 * axe-core.
 */
@OnH2
class PutInPackBrowserIT extends BrowserTest {
    private long milk;
    private long phone;

    @BeforeEach
    void warehouse() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", false, "packages", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        milk = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot", "gtin", "9506000134352"))
                .json().path("id").asLong();
        phone = admin.post("/api/v1/products", Map.of("sku", "PHONE", "name", "Phone", "tracking", "serial"))
                .json().path("id").asLong();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void noAccessibilityViolation(String page) {
        List<Axe.Violation> found = Axe.violations(browser);
        assertThat(found).as("axe-core on " + page).isEmpty();
    }

    @Test
    void packages_are_switched_on_in_the_settings_and_then_in_the_menu() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", false, "packages", false));
        logInAsAdmin();
        open("/settings");
        assertThat(browser.findElements(By.cssSelector("nav.mainmenu a[href='/packages']"))).as("no Packages menu yet").isEmpty();
        clickOn(By.id("packages"));
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        assertThat(browser.findElements(By.cssSelector("nav.mainmenu a[href='/packages']"))).as("the Packages menu").hasSize(1);
        assertThat(browser.findElement(By.id("packages")).isSelected()).isTrue();
        assertThat(admin.get("/api/v1/settings").json().path("packages").asBoolean()).isTrue();
    }

    @Test
    void puts_part_of_a_lot_in_a_new_pallet_from_its_location_view_after_refusing_what_cannot_be_packed() {
        given.receivedLot(milk, "M-1", 10);
        long lot = given.lotId(milk, "M-1");
        logInAsAdmin();
        open("/lots/" + lot + "/locations");
        click("Put in Pack…");
        waitFor(By.id("quantity-0"));
        assertThat(value("quantity-0")).isEqualTo("10");
        assertThat(value("lot-0")).isEqualTo("M-1");
        noAccessibilityViolation("Put in Pack");

        type("quantity-0", "ten");
        type("type", "pallet");
        click("Put in Pack");
        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved");
        assertThat(text(By.id("line-0-problem"))).contains("Quantity", "must be a number");
        assertThat(value("quantity-0")).as("what was typed is kept").isEqualTo("ten");
        assertThat(value("type")).isEqualTo("pallet");

        type("quantity-0", "25");
        click("Put in Pack");
        assertThat(text(By.cssSelector("p.problem"))).contains("Not enough Milk lot 'M-1' in WH/Stock");
        assertThat(value("quantity-0")).isEqualTo("25");
        noAccessibilityViolation("Put in Pack refused");
        assertThat(admin.get("/api/v1/packages").json().path("items")).as("nothing was packed").isEmpty();

        type("quantity-0", "4");
        click("Put in Pack");
        waitFor(By.id("package-name"));
        String sscc = text(By.id("package-name"));
        assertThat(sscc).matches("[0-9]{18}").startsWith("09506000");
        assertThat(text(By.id("package-type"))).isEqualTo("pallet");
        assertThat(text(By.id("package-location"))).isEqualTo("WH/Stock");
        assertThat(text(By.cssSelector("table.content tbody"))).contains("Milk", "M-1", "4");
        assertThat(text(By.cssSelector("table.history tbody"))).contains("Put in Pack");
        assertThat(text(By.cssSelector("table.carried tbody"))).contains("M-1", "Downstream");
        noAccessibilityViolation("the package's form");
        screenshot("package-form");

        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            waitFor(By.id("package-name"));
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                    .as("the package's form fits a phone").isLessThanOrEqualTo(390L);
            assertThat(browser.findElements(By.cssSelector("div.table-scroll table.content"))).hasSize(1);
            noAccessibilityViolation("the package's form at 390 px");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("quantityOnHand").asInt()).as("a pack changes no quantity")
                .isEqualTo(10);
    }

    @Test
    void puts_what_a_receipt_brought_in_a_case_then_the_case_on_a_pallet_and_shows_the_nesting() {
        given.done(given.transfer("receipt", null, Scenario.line(phone, null, List.of("SN-1", "SN-2", "SN-3"), null),
                Scenario.line(milk, "M-2", null, 6)));
        long receipt = admin.get("/api/v1/transfers?type=receipt").json().path("items").get(0).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + receipt);
        click("Put in Pack");
        waitFor(By.id("serials-0"));
        assertThat(value("serials-0").lines()).containsExactly("SN-1", "SN-2", "SN-3");
        assertThat(value("quantity-1")).isEqualTo("6");
        type("type", "case");
        click("Put in Pack");
        waitFor(By.id("package-name"));
        String caseName = text(By.id("package-name"));
        assertThat(text(By.cssSelector("table.content tbody"))).contains("SN-1", "SN-3", "M-2");

        open("/packages/put-in-pack");
        type("type", "pallet");
        type("packages", caseName);
        click("Put in Pack");
        waitFor(By.id("package-name"));
        assertThat(text(By.id("package-type"))).isEqualTo("pallet");
        assertThat(text(By.cssSelector("table.content tbody tr.package-row"))).contains(caseName, "case");
        assertThat(text(By.id("package-total"))).isEqualTo("9");
        noAccessibilityViolation("a pallet's form");

        open("/packages");
        assertThat(text(By.cssSelector("table.packages tbody"))).contains(caseName, "case", "pallet");
        noAccessibilityViolation("the Packages list");
        open("/packages?q=" + caseName);
        assertThat(browser.findElements(By.cssSelector("table.packages tbody tr"))).hasSize(1);
        click(caseName);
        waitFor(By.id("package-parent"));
        assertThat(text(By.id("package-parent"))).isNotBlank();
        click("Unpack");
        waitFor(By.cssSelector("p.empty"));
        assertThat(text(By.cssSelector("table.history tbody"))).contains("Unpack");
    }
}
