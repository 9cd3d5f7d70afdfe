package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Generate Serials and Import dialogs of the receipt refuse as every form does: each problem next to its field
 * in the dialog's words (every bad line of a pasted list at once, by its number), what was typed kept, nothing filled
 * and nothing saved.
 */
@OnH2
class SerialDialogsBrowserIT extends BrowserTest {
    private DatabaseSnapshot before;

    @BeforeEach
    void a_receipt_of_a_serial_product() {
        given.product("PHONE", "serial");
        logInAsAdmin();
        open("/receipts/new");
        new Select(waitFor(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");
        before = DatabaseSnapshot.of(jdbc);
    }

    @Test
    void generate_serials_answers_a_missing_a_wrong_a_huge_and_a_hostile_input_next_to_its_field() {
        click("Generate Serials");
        type("generate-first", "");
        type("generate-count", "");
        submit("Generate");
        assertThat(text(By.id("generate-first-problem"))).isEqualTo("First Serial Number: is required.");
        assertThat(text(By.id("generate-count-problem"))).isEqualTo("Count: is required.");
        assertThat(text(By.cssSelector("#serials-dialog .problem")))
                .isEqualTo("Nothing was saved: 2 problems, shown next to their fields.");

        type("generate-first", "SN-0001");
        type("generate-count", "ten");
        submit("Generate");
        assertThat(text(By.id("generate-count-problem"))).isEqualTo("Count: must be a whole number from 1 to 100000.");
        assertThat(value("generate-first")).isEqualTo("SN-0001");
        assertThat(value("generate-count")).isEqualTo("ten");

        type("generate-count", "0");
        submit("Generate");
        assertThat(text(By.id("generate-count-problem"))).isEqualTo("Count: must be between 1 and 100000.");

        String huge = "SN" + "9".repeat(10_000);
        setValue("generate-first", huge);
        type("generate-count", "2");
        submit("Generate");
        // the 10,000 characters scroll the dialog sideways: the message is read where it is, not where it shows
        assertThat(browser.findElement(By.id("generate-first-problem")).getDomProperty("textContent"))
                .isEqualTo("First Serial Number: must be at most 128 characters.");
        assertThat(value("generate-first")).isEqualTo(huge);

        String hostile = "<script>alert('x')</script>'; DROP TABLE lots; --";
        setValue("generate-first", hostile);
        submit("Generate");
        assertThat(text(By.id("generate-first-problem")))
                .isEqualTo("First Serial Number: must contain a number to count from, like SN0001.");
        assertThat(value("generate-first")).isEqualTo(hostile);
        assertThat(serials()).as("nothing filled").isEmpty();
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void an_import_names_every_bad_line_at_once_keeps_the_list_and_fills_nothing() {
        click("Import");
        String list = String.join("\n", "SN-1", "SN-2;x", "SN-1", "SN-4;3", "SN-" + "5".repeat(10_000),
                "<script>alert(1)</script>;1;2031-02-30", "'; DROP TABLE lots; --", "a,b,c");
        setValue("import-text", list);
        submit("Import");

        assertThat(browser.findElements(By.cssSelector("#import-problems li")).stream().map(WebElement::getText)
                .map(t -> t.replaceAll(":.*", ""))).containsExactly("Line 2", "Line 3", "Line 4", "Line 5", "Line 6", "Line 7");
        assertThat(text(By.id("import-problems"))).contains("Line 2: the quantity 'x' is not a number")
                .contains("Line 4: a serial number counts 1, not 3")
                .contains("Line 7: the quantity 'DROP TABLE lots' is not a number");
        assertThat(text(By.cssSelector("#serials-dialog .problem")))
                .isEqualTo("Nothing was imported: correct these lines and import again.");
        assertThat(value("import-text")).isEqualTo(list);
        assertThat(serials()).as("nothing filled").isEmpty();
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        setValue("import-text", "  \n ");
        submit("Import");
        assertThat(text(By.cssSelector("#serials-dialog .problem"))).isEqualTo("The list is empty.");
    }

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void setValue(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", waitFor(By.id(id))
                .getDomAttribute("id"), value);
    }

    private String value(String id) {
        return waitFor(By.id(id)).getDomProperty("value");
    }

    /** Sends the dialog's form and waits for the server's answer to replace it. */
    private void submit(String label) {
        WebElement form = waitFor(By.cssSelector("#serials-dialog form"));
        dialogButton(label).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
    }

    private WebElement dialogButton(String label) {
        return waitFor(By.xpath("//dialog[@id='serials-dialog']//button[normalize-space(.)='" + label + "']"));
    }

    private String serials() {
        return browser.findElement(By.id("serials-0")).getDomProperty("value");
    }
}
