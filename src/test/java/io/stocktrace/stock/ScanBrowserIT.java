package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** GS1 codes scanned into the receipt and delivery forms, typed then Enter as a keyboard-wedge scanner does. */
@OnH2
class ScanBrowserIT extends BrowserTest {
    private long milk;
    private long phone;

    @BeforeEach
    void products() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true));
        milk = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot", "gtin", "9506000134352"))
                .json().path("id").asLong();
        phone = admin.post("/api/v1/products", Map.of("sku", "PHONE", "name", "Phone", "tracking", "serial", "gtin", "09506000134376"))
                .json().path("id").asLong();
    }

    private void scan(String id, String code) {
        browser.findElement(By.id(id)).sendKeys(code + "\n");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void waitUntilValue(String id, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> expected.equals(value(id)));
    }

    private void waitUntilText(By by, String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(by).getText().contains(part));
    }

    @Test
    void a_bracketed_code_and_a_digital_link_scanned_into_receipts_fill_product_lot_serials_and_expiry_and_are_validated() {
        logInAsAdmin();
        open("/receipts/new");
        scan("scan-0", "(01)09506000134352(17)270131(10)M-7");
        waitUntilValue("product-0", String.valueOf(milk));
        assertThat(value("lot-0")).isEqualTo("M-7");
        assertThat(value("expiration-0")).isEqualTo("2027-01-31");
        assertThat(value("scan-0")).isEmpty();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the scan field keeps the focus").isEqualTo("scan-0");
        browser.findElement(By.id("quantity-0")).sendKeys("12");
        click("Create");
        assertState("Draft");
        click("Validate");
        assertState("Done");
        var lot = admin.get("/api/v1/lots/" + given.lotId(milk, "M-7")).json();
        assertThat(lot.path("expirationDate").asString()).isEqualTo("2027-01-31");
        assertThat(lot.path("quantityOnHand").asInt()).isEqualTo(12);

        open("/receipts/new");
        scan("scan-0", "(01)09506000134376(21)SN-1");
        waitUntilValue("serials-0", "SN-1\n");
        scan("scan-0", "https://id.gs1.org/01/09506000134376/21/SN-2");
        waitUntilValue("serials-0", "SN-1\nSN-2\n");
        assertThat(value("product-0")).isEqualTo(String.valueOf(phone));
        screenshot("receipt-scanned");
        click("Create");
        assertThat(text(By.id("state"))).as("the receipt is created").isEqualTo("Draft");
        assertThat(browser.findElements(By.cssSelector("#line-0 ul.serials li"))).hasSize(2);
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-2")).json().path("quantityOnHand").asInt()).isEqualTo(1);
    }

    @Test
    void an_unknown_gtin_or_a_contradicting_lot_shows_its_problem_next_to_the_line_and_fills_nothing() {
        logInAsAdmin();
        open("/receipts/new");
        scan("scan-0", "(01)09506000134369(10)X-1");
        waitUntilText(By.cssSelector("#lines tr.line .scan-problem"), "GTIN 09506000134369 belongs to no product");
        assertThat(value("product-0")).isEmpty();
        assertThat(value("lot-0")).isEmpty();

        browser.findElement(By.id("lot-0")).sendKeys("M-8");
        scan("scan-0", "(01)09506000134352(10)M-7");
        waitUntilText(By.cssSelector("#lines tr.line .scan-problem"), "The scan says 'M-7', the line says 'M-8'");
        assertThat(value("product-0")).isEmpty();

        long bolt = admin.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Bolt", "tracking", "none", "gtin", "9506000134369"))
                .json().path("id").asLong();
        open("/deliveries/new");
        scan("scan-0", "]d20109506000134369" + "10L-1");
        WebElement problem = browser.findElement(By.cssSelector("#lines tr.line .scan-problem"));
        waitUntilText(By.cssSelector("#lines tr.line .scan-problem"), "BOLT is not tracked by lot");
        assertThat(browser.findElement(By.cssSelector("#lines tr.line")).getDomAttribute("class")).contains("out");
        assertThat(value("product-0")).isNotEqualTo(String.valueOf(bolt));

        scan("scan-0", "(01)09506000134383(10)L-1");
        waitUntilText(By.cssSelector("#lines tr.line .scan-problem"), "GTIN 09506000134383 belongs to no product");
        assertThat(problem.getText()).doesNotContain("BOLT");
        assertThat(admin.get("/api/v1/transfers").json().path("items")).isEmpty();
    }
}
