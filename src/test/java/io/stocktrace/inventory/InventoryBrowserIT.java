package io.stocktrace.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Scrap… on the lot form and its Location view, and the Inventory Count page with its preview, in a real browser. */
@OnH2
class InventoryBrowserIT extends BrowserTest {

    @Test
    void a_lot_and_a_serial_are_scrapped_from_the_lot_form_and_the_location_view() {
        long coffee = given.product("COFFEE", "lot");
        long phone = given.product("PHONE", "serial");
        given.receivedLot(coffee, "C-1", 10);
        given.receivedSerials(phone, "SN-1");
        long lot = given.lotId(coffee, "C-1");
        logInAsAdmin();
        open("/lots/" + lot);
        click("Scrap…");
        assertThat(browser.findElement(By.id("quantity")).getAttribute("value")).isEqualTo("10");
        set("quantity", "3");
        browser.findElement(By.id("reason")).sendKeys("Damaged in the warehouse");
        screenshot("scrap");
        click("Scrap");
        assertThat(text(By.cssSelector(".notice"))).startsWith("Scrapped 3 in WH/SCRAP/");
        assertThat(text(By.id("on-hand"))).isEqualTo("7");

        open("/lots/" + given.lotId(phone, "SN-1") + "/locations");
        clickOn(By.cssSelector("a[aria-label='Scrap from WH/Stock']"));
        assertThat(browser.findElements(By.id("quantity"))).as("a serial is scrapped whole").isEmpty();
        click("Scrap");
        assertThat(browser.getCurrentUrl()).as("the reason is required").contains("/scrap");
        browser.findElement(By.id("reason")).sendKeys("Broken screen");
        click("Scrap");
        assertThat(text(By.cssSelector(".notice"))).startsWith("Scrapped 1 in WH/SCRAP/");
        assertThat(text(By.id("on-hand"))).isEqualTo("0");

        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/lots/" + lot);
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("C-1");
        assertThat(browser.findElements(By.linkText("Scrap…"))).isEmpty();
        assertThat(postFromPage("/lots/" + lot + "/scrap", "locationId=2&quantity=1&reason=x")).isEqualTo(403L);
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("quantityOnHand").asInt()).isEqualTo(7);
    }

    @Test
    void a_count_is_previewed_without_writing_then_applied_by_a_manager_only() {
        long coffee = given.product("COFFEE", "lot");
        given.receivedLot(coffee, "C-1", 10);
        logInAsAdmin();
        click("Operations");
        click("Inventory Count");
        new Select(browser.findElement(By.id("product"))).selectByVisibleText("COFFEE name (COFFEE)");
        click("Load");
        assertThat(text(By.cssSelector("table.count tbody"))).contains("COFFEE name", "WH/Stock", "C-1", "10");
        set("counted-0", "7");
        click("Add a line");
        new Select(browser.findElement(By.id("product-1"))).selectByVisibleText("COFFEE name (COFFEE)");
        browser.findElement(By.id("lot-1")).sendKeys("C-NEW");
        browser.findElement(By.id("counted-1")).sendKeys("4");
        browser.findElement(By.id("reason")).sendKeys("Yearly count");
        click("Preview");
        assertThat(text(By.cssSelector("table.preview tbody"))).contains("C-1 10 7 -3", "C-NEW 0 4 +4");
        screenshot("inventory-count-preview");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(coffee, "C-1")).json().path("quantityOnHand").asInt())
                .as("a preview writes nothing").isEqualTo(10);
        assertThat(admin.get("/api/v1/lots?productId=" + coffee + "&name=C-NEW").json().path("total").asInt()).isZero();

        click("Apply");
        assertThat(text(By.cssSelector(".notice"))).startsWith("Applied WH/ADJ/00001: 2 differences");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(coffee, "C-1")).json().path("quantityOnHand").asInt()).isEqualTo(7);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(coffee, "C-NEW")).json().path("quantityOnHand").asInt()).isEqualTo(4);

        String operator = user("operator");
        logInAs(operator, "password-" + operator);
        click("Operations");
        assertThat(browser.findElements(By.linkText("Inventory Count"))).isEmpty();
        assertThat(postFromPage("/inventory-count", "action=apply&productId=" + coffee + "&locationId=2&lot=C-1&counted=0"))
                .isEqualTo(403L);
        open("/inventory-count");
        assertThat(text(By.cssSelector("h1"))).contains("403");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(coffee, "C-1")).json().path("quantityOnHand").asInt()).isEqualTo(7);
    }

    private void set(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
