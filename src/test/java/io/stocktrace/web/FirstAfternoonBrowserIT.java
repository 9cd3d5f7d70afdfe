package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A new user's first afternoon, in the browser only, on a desktop and on a phone: the settings, two products and two
 * partners made in their forms, a receipt of lots and serials on several lines, a manufacturing order, a delivery
 * checked for availability, a return, and the recall of the flour lot that names the customer. The API is only read,
 * to check what the pages did.
 */
@OnH2
class FirstAfternoonBrowserIT extends BrowserTest {

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void the_whole_walk_without_the_api_on_a_desktop() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        walk();
    }

    @Test
    void the_whole_walk_without_the_api_on_a_phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        walk();
    }

    private void walk() {
        logInAsAdmin();
        menu("Configuration", "Settings");
        check("lotsAndSerialNumbers");
        check("expirationDates");
        click("Save");
        assertThat(admin.get("/api/v1/settings").json().path("expirationDates").asBoolean()).isTrue();

        product("Flour", "FLOUR", "By Lots");
        product("Bread", "BREAD", "By Lots");
        product("Scale", "SCALE", "By Unique Serial Number");
        partner("Mill Co");
        partner("Corner Bakery");

        menu("Operations", "Receipts");
        click("New");
        select("partnerId", "Mill Co");
        type("origin", "PO-1");
        select("product-0", "Flour (FLOUR)");
        type("lot-0", "F-1");
        type("quantity-0", "10");
        setDate("expiration-0", "2030-06-30");
        click("Add a line");
        select("product-1", "Flour (FLOUR)");
        type("lot-1", "F-2");
        type("quantity-1", "5");
        click("Add a line");
        select("product-2", "Scale (SCALE)");
        type("serials-2", "SC-1\nSC-2\n");
        click("Create");
        click("Validate");
        assertState("Done");
        assertThat(onHand("FLOUR", "F-1")).isEqualTo(10);
        assertThat(onHand("SCALE", "SC-2")).isEqualTo(1);

        menu("Operations", "Manufacturing");
        click("New");
        select("productId", "Bread (BREAD)");
        type("quantity", "4");
        type("lot", "B-1");
        select("component-product-0", "Flour (FLOUR)");
        type("component-quantity-0", "4");
        type("component-lot-0", "F-1");
        click("Create");
        if (text(By.id("state")).equals("Draft")) {
            click("Validate");
        }
        assertState("Done");
        assertThat(onHand("FLOUR", "F-1")).isEqualTo(6);

        menu("Operations", "Deliveries");
        click("New");
        select("partnerId", "Corner Bakery");
        select("product-0", "Bread (BREAD)");
        type("lot-0", "B-1");
        type("quantity-0", "3");
        click("Add a line");
        select("product-1", "Scale (SCALE)");
        type("serials-1", "SC-1\n");
        click("Create");
        click("Check Availability");
        click("Validate");
        assertState("Done");
        assertThat(onHand("BREAD", "B-1")).isEqualTo(1);

        click("Return");
        waitFor(By.cssSelector("table.returnable"));
        for (WebElement quantity : browser.findElements(By.cssSelector("table.returnable input[name=quantity]"))) {
            quantity.clear();
            quantity.sendKeys("1");
        }
        click("Create Return");
        click("Validate");
        assertState("Done");
        assertThat(onHand("BREAD", "B-1")).isEqualTo(2);
        assertThat(onHand("SCALE", "SC-1")).isEqualTo(1);

        menu("Products", "Lots/Serial Numbers");
        click("Flour (2)");
        click("F-1");
        click("Recall…");
        type("reason", "Mould found in the mill's silo");
        click("Confirm Recall");
        waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Corner Bakery");
        JsonNode flour = admin.get("/api/v1/lots/" + lotId("FLOUR", "F-1")).json();
        assertThat(flour.path("status").asString()).isEqualTo("recalled");
        assertThat(pageWidth()).as("the last page fits the window").isLessThanOrEqualTo(windowWidth());
    }

    /** Opens a menu's page as a user would: through the Menu button first when the window is a phone's. */
    private void menu(String menu, String item) {
        WebElement toggle = browser.findElement(By.cssSelector("button.menu-toggle"));
        if (toggle.isDisplayed()) {
            toggle.click();
        }
        waitFor(By.xpath("//summary[normalize-space(.)='" + menu + "']")).click();
        waitFor(By.xpath("//details[summary[normalize-space(.)='" + menu + "']]//a[normalize-space(.)='" + item + "']"))
                .click();
        assertThat(pageWidth()).as(item + " fits the window").isLessThanOrEqualTo(windowWidth());
    }

    private void product(String name, String sku, String tracking) {
        menu("Products", "Products");
        click("New");
        type("name", name);
        type("sku", sku);
        select("tracking", tracking);
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo(name);
    }

    private void partner(String name) {
        menu("Configuration", "Partners");
        click("New");
        type("name", name);
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo(name);
    }

    private void check(String id) {
        WebElement box = waitFor(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void select(String id, String text) {
        new Select(waitFor(By.id(id))).selectByVisibleText(text);
    }

    /** A date input takes its value in the browser's own format: set it as the page's script would. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("const i = document.getElementById(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('change', {bubbles: true}));", id, isoDate);
    }

    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    }

    private long windowWidth() {
        return (Long) browser.executeScript("return window.innerWidth;");
    }

    private long lotId(String sku, String lot) {
        long product = jdbc.sql("SELECT id FROM products WHERE sku = :sku").param("sku", sku).query(Long.class).single();
        return given.lotId(product, lot);
    }

    private int onHand(String sku, String lot) {
        return admin.get("/api/v1/lots/" + lotId(sku, lot)).json().path("quantityOnHand").asInt();
    }
}
