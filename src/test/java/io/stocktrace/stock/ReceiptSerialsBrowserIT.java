package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.OnH2;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The receipt form's Generate Serials and Import dialogs, which fill its list of serials and save nothing. */
@OnH2
class ReceiptSerialsBrowserIT extends BrowserTest {

    @Test
    void twenty_serials_generated_from_the_products_sequence_fill_the_receipt_which_is_validated() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "PHONE-000003");
        logInAsAdmin();
        open("/receipts/new");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");

        click("Generate Serials");
        WebElement first = waitFor(By.id("generate-first"));
        assertThat(first.getAttribute("value")).as("the sequence's next").isEqualTo("PHONE-000004");
        first.clear();
        first.sendKeys("PHONE-000001");
        setCount("20");
        dialogButton("Generate").click();
        assertThat(text(By.id("generate-first-problem"))).contains("PHONE-000003");
        screenshot("receipt-generate-serials");
        assertThat(serials()).as("nothing filled").isEmpty();

        first = waitFor(By.id("generate-first"));
        first.clear();
        first.sendKeys("PHONE-000101");
        setCount("20");
        dialogButton("Generate").click();
        waitFor(By.id("serials-0-filled"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !serials().isEmpty());
        assertThat(serials().strip().split("\n")).hasSize(20).startsWith("PHONE-000101").endsWith("PHONE-000120");
        assertThat(text(By.id("serials-0-filled"))).isEqualTo("20 added to the list.");
        assertThat(browser.findElement(By.id("quantity-0")).getDomProperty("value")).as("counted").isEqualTo("20");

        click("Create");
        assertState("Draft");
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/lots?productId=" + phone + "&onHand=true").at("/total").asInt()).isEqualTo(21);
    }

    @Test
    void an_imported_list_with_a_bad_line_names_that_line_fills_nothing_and_saves_nothing() throws Exception {
        long phone = given.product("PHONE", "serial");
        logInAsAdmin();
        open("/receipts/new");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        click("Import");
        waitFor(By.id("import-text")).sendKeys("SN-1\nSN-2;1;2031-05-31\nSN-3;x\n");
        dialogButton("Import").click();
        assertThat(text(By.id("import-problems"))).isEqualTo("Line 3: the quantity 'x' is not a number");
        assertThat(browser.findElement(By.id("import-text")).getAttribute("aria-describedby")).contains("import-problems");
        screenshot("receipt-import-problem");
        assertThat(serials()).isEmpty();
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        Path file = Files.createTempFile("serials", ".csv");
        Files.writeString(file, "SN-1\nSN-2;1;2031-05-31\nSN-3\n");
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        dialogButton("Import").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !serials().isEmpty());
        assertThat(serials().strip().split("\n")).containsExactly("SN-1", "SN-2;1;2031-05-31", "SN-3");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        Files.delete(file);

        click("Create");
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-2")).at("/expirationDate").asString())
                .isEqualTo("2031-05-31");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-1")).at("/expirationDate").isNull()).isTrue();
    }

    private void setCount(String count) {
        WebElement input = browser.findElement(By.id("generate-count"));
        input.clear();
        input.sendKeys(count);
    }

    private WebElement dialogButton(String label) {
        return waitFor(By.xpath("//dialog[@id='serials-dialog']//button[normalize-space(.)='" + label + "']"));
    }

    private String serials() {
        return browser.findElement(By.id("serials-0")).getAttribute("value");
    }
}
