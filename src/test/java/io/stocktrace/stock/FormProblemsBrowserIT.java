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
        assertRefused("serials-0", "SN-1", "line 1");
        assertThat(value("serials-0")).isEqualTo("SN-1\nSN-2\nSN-1");
        assertThat(value("quantity-0")).as("counted from the serials").isEqualTo("3");

        receipt("PHONE name (PHONE)", "SN-8\nSN-9", "", "");
        assertRefused("serials-0", "SN-9", "already in stock");

        receipt("MILK name (MILK)", "", "", "5");
        assertRefused("lot-0", "MILK name", "lot");
        assertThat(value("quantity-0")).isEqualTo("5");

        receipt("MILK name (MILK)", "", "L-1", "");
        assertRefused("quantity-0", "Quantity", "required");
        assertThat(value("lot-0")).isEqualTo("L-1");

        open("/receipts/new");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");
        assertThat(browser.findElement(By.id("lot-0")).isDisplayed()).as("a serial product has no lot field").isFalse();
        assertThat(browser.findElement(By.id("quantity-0")).getDomProperty("readOnly")).isEqualTo("true");
        assertThat(postFromPage("/receipts", "productId=" + phone + "&lot=SN-7&quantity=3&serials=")).isEqualTo(200);
        submitTyped("SN-7", "3");
        assertRefused("quantity-0", "PHONE name", "3");
        assertThat(value("lot-0")).isEqualTo("SN-7");
        assertThat(browser.findElement(By.id("lot-0")).isDisplayed()).as("what was typed shows").isTrue();

        receipt("MILK name (MILK)", "", "L".repeat(200), "5");
        assertRefused("lot-0", "Lot Number", "characters");
        assertThat(value("lot-0")).hasSize(200);
        assertThat(new Select(browser.findElement(By.id("product-0"))).getFirstSelectedOption().getText())
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
        assertThat(text(By.cssSelector("tr.line.out #quantity-0-problem"))).isEqualTo("Quantity: at most 4 decimals.");
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
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText(product);
        type("serials-0", serials);
        type("lot-0", lot);
        type("quantity-0", quantity);
        click("Create");
    }

    /**
     * What the form does not offer (a lot and a quantity for a serial product), posted from the page as a user without
     * its script could: the lot field shown, the quantity typed.
     */
    private void submitTyped(String lot, String quantity) {
        browser.executeScript("""
                const line = document.querySelector('#lines tr.line');
                line.querySelector('[data-tracking-for=lot]').hidden = false;
                line.querySelector('[name=quantity]').readOnly = false;
                """);
        type("lot-0", lot);
        type("quantity-0", quantity);
        click("Create");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        if (!input.isDisplayed() || "true".equals(input.getDomProperty("readOnly"))) {
            assertThat(text).as(id + " is not offered").isEmpty();
            return;
        }
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
