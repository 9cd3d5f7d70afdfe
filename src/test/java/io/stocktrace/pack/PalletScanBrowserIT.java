package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Axe;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supplier's pallet received by scanning its GS1 logistic label into the receipt form (SSCC, content GTIN, count,
 * lot, expiry: one scan), a wrong SSCC refused with what was typed kept, then the pallet delivered by its SSCC alone.
 */
@OnH2
class PalletScanBrowserIT extends BrowserTest {
    private static final String SSCC = "395060001000000013";
    private long milk;

    @BeforeEach
    void warehouse() {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true, "packages", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000", "length", 7))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        milk = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot", "gtin", "9506000134352"))
                .json().path("id").asLong();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void waitUntilValue(String id, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> expected.equals(value(id)));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void receives_a_pallet_by_one_scan_of_its_label_then_delivers_it_by_its_sscc() {
        logInAsAdmin();
        open("/receipts/new");
        browser.findElement(By.id("scan-0")).sendKeys("(02)09506000134352(17)270131(37)40(10)M-9(00)" + SSCC + "\n");
        waitUntilValue("package-0", SSCC);
        assertThat(value("product-0")).isEqualTo(String.valueOf(milk));
        assertThat(value("lot-0")).isEqualTo("M-9");
        assertThat(value("quantity-0")).isEqualTo("40");
        assertThat(value("expiration-0")).isEqualTo("2027-01-31");
        assertThat(Axe.violations(browser)).as("axe-core on the receipt form with packages").isEmpty();

        type("package-0", "395060001000000014");
        click("Create");
        assertThat(text(By.cssSelector("p.problem"))).containsIgnoringCase("check digit");
        assertThat(value("package-0")).as("what was typed is kept").isEqualTo("395060001000000014");
        assertThat(value("lot-0")).isEqualTo("M-9");
        assertThat(admin.get("/api/v1/transfers?type=receipt").json().path("items")).as("nothing was saved").isEmpty();

        type("package-0", SSCC);
        click("Create");
        assertState("Draft");
        click("Validate");
        assertState("Done");
        assertThat(text(By.id("packages"))).contains(SSCC);
        var pallet = admin.get("/api/v1/packages/by-name?name=" + SSCC).json();
        assertThat(pallet.path("type").asString()).isEqualTo("pallet");
        assertThat(pallet.path("totalQuantity").asInt()).isEqualTo(40);

        open("/deliveries/new");
        browser.findElement(By.id("package-scan")).sendKeys("(00)" + SSCC + "\n");
        waitUntilValue("packages", SSCC + "\n");
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            waitFor(By.id("package-scan"));
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                    .as("the delivery form fits a phone").isLessThanOrEqualTo(390L);
            assertThat(Axe.violations(browser)).as("axe-core on the delivery form at 390 px").isEmpty();
        } finally {
            browser.manage().window().setSize(desktop);
        }
        browser.findElement(By.id("package-scan")).sendKeys("(00)" + SSCC + "\n");
        waitUntilValue("packages", SSCC + "\n");
        click("Create");
        assertState("Draft");
        click("Validate");
        assertState("Done");
        var shipped = admin.get("/api/v1/packages/by-name?name=" + SSCC).json();
        assertThat(shipped.path("location").asString()).as("the pallet went to the customer").contains("Customers");
    }
}
