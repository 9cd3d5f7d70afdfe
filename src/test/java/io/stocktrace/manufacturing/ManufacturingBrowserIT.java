package io.stocktrace.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A manufacturing order made in the browser: components with lots, serials produced, Validate. */
@OnH2
class ManufacturingBrowserIT extends BrowserTest {

    @Test
    void an_order_of_a_lot_from_a_component_lot_shows_its_problem_on_the_component_then_is_validated() {
        long flour = given.product("FLOUR", "lot");
        given.product("DOUGH", "lot");
        given.receivedLot(flour, "F-1", 10);
        logInAsAdmin();
        click("Operations");
        click("Manufacturing");
        click("New");
        new Select(browser.findElement(By.id("productId"))).selectByVisibleText("DOUGH name (DOUGH)");
        browser.findElement(By.id("quantity")).sendKeys("6");
        browser.findElement(By.id("lot")).sendKeys("D-1");
        new Select(browser.findElement(By.id("component-product-0"))).selectByVisibleText("FLOUR name (FLOUR)");
        browser.findElement(By.id("component-quantity-0")).sendKeys("40");
        browser.findElement(By.id("component-lot-0")).sendKeys("F-1");
        clickOn(By.id("validate"));
        click("Create");
        assertThat(text(By.cssSelector(".problem"))).isNotBlank();
        assertThat(text(By.cssSelector("tr.line.out .field-problem"))).as("not enough F-1").isNotBlank();
        assertThat(admin.get("/api/v1/manufacturing-orders").json().path("total").asInt()).isZero();

        browser.findElement(By.id("component-quantity-0")).clear();
        browser.findElement(By.id("component-quantity-0")).sendKeys("4");
        clickOn(By.id("validate"));
        screenshot("manufacturing-new");
        click("Create");
        assertState("Draft");
        assertThat(text(By.cssSelector("table.components tbody"))).contains("FLOUR name", "F-1", "4");
        click("Validate");
        assertState("Done");
        assertThat(text(By.cssSelector("table.produced"))).contains("D-1", "6");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(flour, "F-1")).json().path("quantityOnHand").asInt()).isEqualTo(6);
        clickOn(By.cssSelector(".crumbs a"));
        // the refused order drew WH/MO/00001 from its sequence: the order made is the next one
        assertThat(text(By.cssSelector("table.list tbody"))).contains("WH/MO/00002", "DOUGH name", "done");
    }

    @Test
    void an_order_of_serials_pasted_and_scanned_takes_each_component_for_its_serial() {
        long dough = given.product("DOUGH", "lot");
        long cake = given.product("CAKE", "serial");
        given.receivedLot(dough, "D-1", 5);
        given.receivedLot(dough, "D-2", 5);
        logInAsAdmin();
        open("/manufacturing/new");
        new Select(browser.findElement(By.id("productId"))).selectByVisibleText("CAKE name (CAKE)");
        browser.findElement(By.id("serials")).sendKeys("CAKE-1\n");
        browser.findElement(By.id("scan")).sendKeys("CAKE-2\n");
        new Select(browser.findElement(By.id("component-product-0"))).selectByVisibleText("DOUGH name (DOUGH)");
        browser.findElement(By.id("component-quantity-0")).sendKeys("1");
        browser.findElement(By.id("component-lot-0")).sendKeys("D-1");
        browser.findElement(By.id("component-for-0")).sendKeys("CAKE-1");
        click("Add a component");
        new Select(browser.findElement(By.id("component-product-1"))).selectByVisibleText("DOUGH name (DOUGH)");
        browser.findElement(By.id("component-quantity-1")).sendKeys("1");
        browser.findElement(By.id("component-lot-1")).sendKeys("D-2");
        browser.findElement(By.id("component-for-1")).sendKeys("CAKE-2");
        clickOn(By.id("validate"));
        click("Create");
        assertState("Done");
        assertThat(text(By.cssSelector("table.produced"))).contains("CAKE-1", "CAKE-2");
        long cake2 = given.lotId(cake, "CAKE-2");
        var upstream = admin.get("/api/v1/lots/" + cake2 + "/trace?direction=upstream").body();
        assertThat(upstream).contains("D-2").doesNotContain("\"D-1\"");
    }
}
