package io.stocktrace.web;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The actions on a lot, a manufacturing order, a count and a transfer, sent twice by a double-click, are carried out
 * once.
 */
@OnH2
class SubmitOnceActionsBrowserIT extends FormsSentTwiceBrowserTest {

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
    void a_double_click_on_unreserve_of_a_ready_delivery_unreserves_once_and_shows_the_draft() {
        long flour = flourInStock();
        long id = given.transfer("delivery", null, io.stocktrace.support.Scenario.line(flour, "F-1", null, 4))
                .path("id").asLong();
        assertThat(admin.post("/api/v1/transfers/" + id + "/reserve", java.util.Map.of()).status()).isEqualTo(200);
        logInAsAdmin();
        open("/transfers/" + id);
        doubleClick("Unreserve");
        waitFor(By.cssSelector("h1"));
        assertState("Draft");
        assertThat(browser.findElements(By.cssSelector(".problem, .error-page"))).as("no 'already submitted'").isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("/transfers/" + id);
        assertThat(count("SELECT COALESCE(SUM(reserved_quantity), 0) FROM quants")).isZero();
        assertThat(count("SELECT count(*) FROM transfer_lines WHERE transfer_id = " + id)).isEqualTo(1);
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
}
