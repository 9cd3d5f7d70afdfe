package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A refused operation form comes back with what was typed, each problem next to its field or line in the form's
 * words (product names, no JSON paths), and nothing written.
 */
@OnH2
class FormProblemsBrowserIT extends BrowserTest {

    @Test
    void the_six_ordinary_receipt_mistakes_each_come_back_on_the_form_with_what_was_typed() {
        long phone = given.product("PHONE", "serial");
        given.product("MILK", "lot");
        given.receivedSerials(phone, "SN-9");
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        receipt("PHONE name (PHONE)", "SN-1\nSN-2\nSN-1", "", "");
        assertRefused("serials", "SN-1", "line 1");
        assertThat(value("serials")).isEqualTo("SN-1\nSN-2\nSN-1");

        receipt("PHONE name (PHONE)", "SN-8\nSN-9", "", "");
        assertRefused("serials", "SN-9", "already in stock");

        receipt("MILK name (MILK)", "", "", "5");
        assertRefused("lot", "MILK name", "lot");
        assertThat(value("quantity")).isEqualTo("5");

        receipt("MILK name (MILK)", "", "L-1", "");
        assertRefused("quantity", "Quantity", "required");
        assertThat(value("lot")).isEqualTo("L-1");

        receipt("PHONE name (PHONE)", "", "SN-7", "3");
        assertRefused("quantity", "PHONE name", "3");
        assertThat(value("lot")).isEqualTo("SN-7");

        receipt("MILK name (MILK)", "", "L".repeat(200), "5");
        assertRefused("lot", "Lot Number", "characters");
        assertThat(value("lot")).hasSize(200);
        assertThat(new Select(browser.findElement(By.id("productId"))).getFirstSelectedOption().getText())
                .isEqualTo("MILK name (MILK)");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_refused_delivery_shows_every_problem_on_its_line_and_keeps_the_lines() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/deliveries/new");
        assertThat(browser.getTitle()).isEqualTo("New Delivery · Stocktrace");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("MILK name (MILK)");
        browser.findElement(By.id("quantity-0")).sendKeys("1.123456");
        browser.findElement(By.id("origin")).sendKeys("O".repeat(201));
        click("Create");

        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved: 2 problems");
        assertThat(text(By.id("origin-problem"))).isEqualTo("Source Document: at most 200 characters.");
        assertThat(text(By.cssSelector("tr.line td.field-problem"))).isEqualTo("Quantity: at most 4 decimals.");
        assertThat(browser.findElement(By.id("quantity-0")).getAttribute("value")).isEqualTo("1.123456");
        assertThat(browser.findElement(By.id("origin")).getAttribute("value")).hasSize(201);
        assertThat(browser.getPageSource()).doesNotContain("lines[0]", "MILK is");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void the_internal_transfer_form_is_titled_as_itself_and_the_lists_have_plain_titles() {
        logInAsAdmin();
        open("/internal-transfers/new");
        assertThat(browser.getTitle()).isEqualTo("New Internal Transfer · Stocktrace");
        assertThat(text(By.tagName("h1"))).isEqualTo("New Internal Transfer");
        for (String list : new String[] {"Receipts", "Deliveries", "Internal Transfers", "Returns"}) {
            open("/" + list.toLowerCase().replace(' ', '-'));
            assertThat(browser.getTitle()).isEqualTo(list + " · Stocktrace");
            assertThat(text(By.tagName("h1"))).isEqualTo(list);
        }
    }

    private void receipt(String product, String serials, String lot, String quantity) {
        open("/receipts/new");
        new Select(browser.findElement(By.id("productId"))).selectByVisibleText(product);
        type("serials", serials);
        type("lot", lot);
        type("quantity", quantity);
        click("Create");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    private void assertRefused(String field, String... words) {
        assertThat(text(By.tagName("h1"))).isEqualTo("New Receipt");
        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved");
        assertThat(text(By.id(field + "-problem"))).contains(words).doesNotContain("lines[", "PHONE is", "MILK is");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }
}
