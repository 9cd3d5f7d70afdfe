package io.stocktrace.web;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every form that creates or acts, sent twice (a double-click on its button, Back then submit), makes one document and
 * the browser ends on it; a refused form corrected and sent again is carried out.
 */
@OnH2
class SubmitOnceBrowserIT extends FormsSentTwiceBrowserTest {
    /** Fills New Receipt with 5 of FLOUR in the given lot (none when blank). */
    private void receiptOfFlour(String lot) {
        select(receiptInput("productId"), "FLOUR name (FLOUR)");
        if (!lot.isEmpty()) {
            type(receiptInput("lot"), lot);
        }
        type(receiptInput("quantity"), "5");
    }

    /** The id of an input of New Receipt: of its only input, or of its first line's when it has lines. */
    private String receiptInput(String name) {
        waitFor(By.cssSelector("form button.primary"));
        if (browser.findElements(By.id("product-0")).isEmpty()) {
            return name;
        }
        return (name.equals("productId") ? "product" : name) + "-0";
    }

    @Test
    void a_double_click_on_create_of_new_receipt_makes_one_receipt_and_shows_it() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("F-1");
        doubleClick("Create");
        assertState("Draft");
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);
    }

    @Test
    void back_then_submit_on_new_receipt_makes_one_receipt_and_shows_it() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("F-1");
        click("Create");
        assertState("Draft");
        String first = browser.getCurrentUrl();
        browser.navigate().back();
        receiptOfFlour("F-1");
        click("Create");
        assertState("Draft");
        assertThat(browser.getCurrentUrl()).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);
    }

    @Test
    void back_then_a_reload_of_new_receipt_then_submit_still_makes_one_receipt() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("F-1");
        click("Create");
        assertState("Draft");
        String first = browser.getCurrentUrl();
        browser.navigate().back();
        WebElement before = waitFor(By.id(receiptInput("quantity")));
        browser.navigate().refresh(); // the page comes anew from the server, with a new token in its form
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        receiptOfFlour("F-1");
        click("Create");
        assertState("Draft");
        assertThat(browser.getCurrentUrl()).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);

        open("/receipts/new"); // a new visit of the form is a new receipt
        receiptOfFlour("F-2");
        click("Create");
        assertState("Draft");
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(2);
    }

    @Test
    void a_refused_receipt_corrected_and_sent_again_is_created_once() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("");
        click("Create");
        assertThat(text(By.cssSelector(".problem"))).startsWith("Nothing was saved");
        assertThat(count("SELECT count(*) FROM transfers")).isZero();
        type(receiptInput("lot"), "F-1");
        doubleClick("Create");
        assertState("Draft");
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);
    }

    @Test
    void a_double_click_on_create_of_new_delivery_makes_one_delivery() {
        openWithFlourInStock("/deliveries/new");
        doubleClickCreateOfOneLineOfFlour();
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'delivery'")).isEqualTo(1);
    }

    @Test
    void a_double_click_on_create_of_new_internal_transfer_makes_one_transfer() {
        given.location("Shelf", 2);
        openWithFlourInStock("/internal-transfers/new");
        select("destinationLocationId", "WH/Stock/Shelf");
        doubleClickCreateOfOneLineOfFlour();
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'internal'")).isEqualTo(1);
    }

    private void openWithFlourInStock(String form) {
        flourInStock();
        logInAsAdmin();
        open(form);
    }

    private void doubleClickCreateOfOneLineOfFlour() {
        select("product-0", "FLOUR name (FLOUR)");
        type("lot-0", "F-1");
        type("quantity-0", "2");
        doubleClick("Create");
        assertThat(text(By.id("state"))).isNotBlank();
    }

    @Test
    void a_double_click_on_validate_moves_the_stock_once_and_shows_the_done_transfer() {
        long flour = given.product("FLOUR", "lot");
        long draft = given.transfer("receipt", null, line(flour, "F-1", null, 5)).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + draft);
        doubleClick("Validate");
        assertState("Done");
        assertThat(browser.findElements(By.cssSelector(".problem"))).as("no 'already validated'").isEmpty();
        assertThat(count("SELECT count(*) FROM move_lines WHERE transfer_id = " + draft)).isEqualTo(1);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(flour, "F-1")).json().path("quantityOnHand").asInt())
                .isEqualTo(5);
    }

    @Test
    void a_double_click_on_create_return_makes_one_return() {
        long flour = given.product("FLOUR", "lot");
        long receipt = given.receivedLot(flour, "F-1", 10).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + receipt + "/return");
        type("quantity-0", "3");
        doubleClick("Create Return");
        waitFor(By.id("state"));
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'return'")).isEqualTo(1);
    }

    @Test
    void a_double_click_on_save_of_a_new_product_partner_or_location_makes_one_of_each() {
        logInAsAdmin();
        open("/products/new");
        type("name", "Flour");
        type("sku", "FLOUR");
        doubleClick("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("Flour");
        assertThat(browser.getCurrentUrl()).endsWith("/products/" + id("products"));

        open("/partners/new");
        type("name", "Mill Co");
        doubleClick("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("Mill Co");

        long locationsBefore = count("SELECT count(*) FROM locations");
        open("/locations/new");
        type("name", "Cold Room");
        select("parentId", "WH/Stock");
        doubleClick("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("WH/Stock/Cold Room");

        assertThat(count("SELECT count(*) FROM products")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM partners")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM locations")).isEqualTo(locationsBefore + 1);
        assertThat(List.of(browser.getTitle())).noneMatch(title -> title.contains("Error"));
    }
}
