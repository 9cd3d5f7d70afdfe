package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.OnH2;
import io.stocktrace.support.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The other operation forms, each refused twice: every problem next to its field or line in the form's words, what was
 * typed kept, nothing written. The browser's own checks (required, min) are lifted, as a user whose browser has none.
 */
@OnH2
class FormsRefusedBrowserIT extends BrowserTest {

    @Test
    void an_internal_transfer_without_destination_then_with_a_bad_quantity() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/internal-transfers/new");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("MILK name (MILK)");
        set("lot-0", "L-1");
        set("quantity-0", "2");
        submit("Create");
        assertThat(text(By.id("destinationLocationId-problem"))).startsWith("Destination Location: is required");
        assertThat(value("lot-0")).isEqualTo("L-1");

        set("quantity-0", "0");
        submit("Create");
        assertThat(text(By.cssSelector("tr.line.out #quantity-0-problem"))).isEqualTo("Quantity: must be greater than 0.");
        assertThat(value("quantity-0")).isEqualTo("0");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_return_of_more_than_was_sent_then_of_a_negative_quantity() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        var delivery = given.done(given.transfer("delivery", null, Scenario.line(milk, "L-1", null, 3)));
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/transfers/" + delivery.path("id").asLong() + "/return");
        set("quantity-0", "4");
        submit("Create Return");
        assertThat(text(By.cssSelector("#return-0 .field-problem"))).isNotBlank().doesNotContain("lines[").doesNotContainPattern("MILK(?! name)");
        assertThat(value("quantity-0")).isEqualTo("4");

        set("quantity-0", "-1");
        submit("Create Return");
        assertThat(text(By.cssSelector("#return-0 .field-problem"))).isEqualTo("Quantity: must be a number greater than 0.");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_scrap_without_reason_or_quantity_then_of_more_than_on_hand() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/lots/" + given.lotId(milk, "L-1") + "/scrap");
        set("quantity", "0");
        submit("Scrap");
        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved: 2 problems");
        assertThat(text(By.id("quantity-problem"))).isEqualTo("Quantity: must be greater than 0.");
        assertThat(text(By.id("reason-problem"))).startsWith("Reason: is required");

        set("quantity", "9");
        set("reason", "Spilled");
        submit("Scrap");
        waitFor(By.cssSelector("p.problem"));
        assertThat(problems()).contains("MILK name").doesNotContain("lines[").doesNotContainPattern("MILK(?! name)");
        assertThat(value("quantity")).isEqualTo("9");
        assertThat(value("reason")).isEqualTo("Spilled");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_manufacturing_order_without_quantity_then_with_a_component_of_no_quantity() {
        long flour = given.product("FLOUR", "lot");
        given.product("DOUGH", "lot");
        given.receivedLot(flour, "F-1", 10);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/manufacturing/new");
        new Select(browser.findElement(By.id("productId"))).selectByVisibleText("DOUGH name (DOUGH)");
        set("lot", "D-1");
        new Select(browser.findElement(By.id("component-product-0"))).selectByVisibleText("FLOUR name (FLOUR)");
        set("component-quantity-0", "2");
        set("component-lot-0", "F-1");
        submit("Create");
        assertThat(text(By.id("quantity-problem"))).startsWith("Quantity: is required");
        assertThat(value("lot")).isEqualTo("D-1");
        assertThat(value("component-lot-0")).isEqualTo("F-1");

        set("quantity", "1");
        set("component-quantity-0", "0");
        submit("Create");
        assertThat(text(By.cssSelector("tr.line.out .field-problem"))).isEqualTo("Quantity: must be greater than 0.");
        assertThat(value("component-lot-0")).isEqualTo("F-1");
        assertThat(value("quantity")).isEqualTo("1");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_count_of_a_negative_quantity_then_with_a_reason_too_long() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/inventory-count?product=" + milk);
        set("counted-0", "-1");
        submit("Preview");
        assertThat(text(By.cssSelector("tr.line.out .field-problem"))).isEqualTo("Counted Quantity: must be 0 or more.");
        assertThat(value("counted-0")).isEqualTo("-1");

        set("counted-0", "4");
        set("reason", "R".repeat(1001));
        submit("Preview");
        assertThat(text(By.id("reason-problem"))).isEqualTo("Reason: at most 1000 characters.");
        assertThat(value("reason")).hasSize(1001);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_recall_without_reason_then_with_a_reason_too_long() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L-1", 5);
        logInAsAdmin();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        open("/lots/" + given.lotId(milk, "L-1") + "/recall");
        submit("Confirm Recall");
        assertThat(text(By.id("reason-problem"))).isEqualTo("Reason: is required.");

        set("reason", "R".repeat(1001));
        submit("Confirm Recall");
        assertThat(text(By.id("reason-problem"))).isEqualTo("Reason: at most 1000 characters.");
        assertThat(value("reason")).hasSize(1001);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    private void set(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Every problem the page shows, above the form and next to the fields. */
    private String problems() {
        return String.join(" ", browser.findElements(By.cssSelector(".problem, .field-problem")).stream()
                .map(WebElement::getText).toList());
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** Lifts the browser's own checks, then clicks, so that the server's answer is what shows. */
    private void submit(String button) {
        browser.executeScript("document.querySelectorAll('[required],[min]').forEach(function (e) {"
                + " e.removeAttribute('required'); e.removeAttribute('min'); });");
        click(button);
    }
}
