package io.stocktrace.web;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every form that creates or acts, sent twice (a double-click on its button, Back then submit), makes one document and
 * the browser ends on it; a refused form corrected and sent again is carried out.
 */
@OnH2
class SubmitOnceBrowserIT extends BrowserTest {

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void select(String id, String text) {
        new Select(waitFor(By.id(id))).selectByVisibleText(text);
    }

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

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

    /**
     * A double-click on the button: its form is sent twice, the second time after the first sending left, as when a
     * user clicks again while the page is loading (two clicks in one script would be merged by the browser into one
     * navigation), and the browser shows the second sending's answer.
     */
    private void doubleClick(String button) {
        WebElement target = waitFor(By.xpath("//button[normalize-space(.)='" + button + "']"));
        browser.executeScript("""
                const button = arguments[0];
                fetch(button.form.action, {method: 'POST', body: new URLSearchParams(new FormData(button.form, button)),
                      redirect: 'manual'});
                button.click();
                """, target);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(target));
    }

    private long id(String path) {
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/" + path + "/(\\d+).*", "$1"));
    }

    @Test
    void a_double_click_on_create_of_new_receipt_makes_one_receipt_and_shows_it() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("F-1");
        doubleClick("Create");
        assertThat(text(By.id("state"))).isEqualTo("Draft");
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);
    }

    @Test
    void back_then_submit_on_new_receipt_makes_one_receipt_and_shows_it() {
        given.product("FLOUR", "lot");
        logInAsAdmin();
        open("/receipts/new");
        receiptOfFlour("F-1");
        click("Create");
        assertThat(text(By.id("state"))).isEqualTo("Draft");
        String first = browser.getCurrentUrl();
        browser.navigate().back();
        receiptOfFlour("F-1");
        click("Create");
        assertThat(text(By.id("state"))).isEqualTo("Draft");
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
        String first = browser.getCurrentUrl();
        browser.navigate().back();
        WebElement before = waitFor(By.id(receiptInput("quantity")));
        browser.navigate().refresh(); // the page comes anew from the server, with a new token in its form
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        receiptOfFlour("F-1");
        click("Create");
        assertThat(text(By.id("state"))).isEqualTo("Draft");
        assertThat(browser.getCurrentUrl()).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM transfers WHERE type = 'receipt'")).isEqualTo(1);

        open("/receipts/new"); // a new visit of the form is a new receipt
        receiptOfFlour("F-2");
        click("Create");
        assertThat(text(By.id("state"))).isEqualTo("Draft");
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
        assertThat(text(By.id("state"))).isEqualTo("Draft");
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

    /** Lot F-1 of FLOUR, 10 in WH/Stock. */
    private long flourInStock() {
        long flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 10);
        return flour;
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
        assertThat(text(By.id("state"))).isEqualTo("Done");
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
    void a_double_click_on_scrap_scraps_once() {
        long flour = flourInStock();
        long lot = given.lotId(flour, "F-1");
        logInAsAdmin();
        open("/lots/" + lot + "/scrap");
        type("quantity", "4");
        type("reason", "Damaged");
        doubleClick("Scrap");
        waitFor(By.cssSelector("h1"));
        assertThat(count("SELECT count(*) FROM scraps")).isEqualTo(1);
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("quantityOnHand").asInt()).isEqualTo(6);
    }

    @Test
    void a_double_click_on_create_of_a_manufacturing_order_makes_one_order() {
        long flour = flourInStock();
        given.product("DOUGH", "lot");
        logInAsAdmin();
        open("/manufacturing/new");
        select("productId", "DOUGH name (DOUGH)");
        type("quantity", "6");
        type("lot", "D-1");
        select("component-product-0", "FLOUR name (FLOUR)");
        type("component-quantity-0", "4");
        type("component-lot-0", "F-1");
        doubleClick("Create");
        waitFor(By.cssSelector("h1"));
        assertThat(count("SELECT count(*) FROM manufacturing_orders")).isEqualTo(1);
    }

    @Test
    void a_double_click_on_validate_of_a_manufacturing_order_produces_once() {
        long flour = flourInStock();
        long dough = given.product("DOUGH", "lot");
        var created = admin.post("/api/v1/manufacturing-orders", order(dough, 6, "D-1", null, false,
                component(flour, 4, "F-1", null)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long mo = created.json().path("id").asLong();
        logInAsAdmin();
        open("/manufacturing/" + mo);
        doubleClick("Validate");
        waitFor(By.cssSelector("h1"));
        assertThat(admin.get("/api/v1/manufacturing-orders/" + mo).json().path("state").asString()).isEqualTo("done");
        assertThat(count("SELECT count(*) FROM move_lines WHERE manufacturing_order_id = " + mo)).isEqualTo(2);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(flour, "F-1")).json().path("quantityOnHand").asInt())
                .isEqualTo(6);
        assertThat(browser.findElements(By.cssSelector(".problem, .error-page"))).as("no 'already done'").isEmpty();
    }

    @Test
    void a_double_click_on_apply_of_an_inventory_count_adjusts_once() {
        long flour = flourInStock();
        logInAsAdmin();
        open("/inventory-count?product=" + flour);
        type("counted-0", "7");
        type("reason", "Yearly count");
        doubleClick("Apply");
        waitFor(By.cssSelector("h1"));
        assertThat(browser.findElements(By.cssSelector(".problem, .error-page"))).isEmpty();
        assertThat(count("SELECT count(*) FROM inventory_adjustments")).isEqualTo(1);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(flour, "F-1")).json().path("quantityOnHand").asInt())
                .isEqualTo(7);
    }

    @Test
    void a_double_click_on_confirm_recall_makes_one_recall_and_shows_it() {
        long flour = flourInStock();
        logInAsAdmin();
        open("/lots/" + given.lotId(flour, "F-1") + "/recall");
        type("reason", "Contaminated");
        doubleClick("Confirm Recall");
        assertThat(text(By.cssSelector("h1"))).startsWith("Recall ");
        assertThat(count("SELECT count(*) FROM recalls")).isEqualTo(1);
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
