package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.OnH2;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The transfer form as Odoo's detailed operations: a receipt from a vendor with its source document, scheduled date
 * and lines of every tracking; a draft edited, and an edit refused with everything typed kept.
 */
@OnH2
class TransferFormBrowserIT extends BrowserTest {
    private long milk;
    private long phone;
    private long bolt;

    @BeforeEach
    void products() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true));
        milk = given.product("MILK", "lot");
        phone = given.product("PHONE", "serial");
        bolt = given.product("BOLT", "none");
    }

    @Test
    void a_receipt_from_a_vendor_with_source_document_scheduled_date_and_three_kinds_of_lines_is_validated_into_stock() {
        long vendor = given.partner("Dairy Farm");
        logInAsAdmin();
        click("Operations");
        click("Receipts");
        click("New");
        assertThat(text(By.tagName("h1"))).isEqualTo("New Receipt");
        assertThat(text(By.cssSelector("label[for=partnerId]"))).isEqualTo("Receive From");
        new Select(browser.findElement(By.id("partnerId"))).selectByVisibleText("Dairy Farm");
        assertThat(new Select(browser.findElement(By.id("destinationLocationId"))).getFirstSelectedOption().getText())
                .isEqualTo("WH/Stock");
        browser.findElement(By.id("origin")).sendKeys("PO-123");
        setValue("scheduledDate", "2027-03-01T09:30");

        product(0, "MILK name (MILK)");
        assertThat(shown("lot-0")).isTrue();
        assertThat(shown("serials-0")).as("a lot product has no serial numbers").isFalse();
        browser.findElement(By.id("lot-0")).sendKeys("M-1");
        browser.findElement(By.id("quantity-0")).sendKeys("4");
        setValue("expiration-0", "2027-06-30");
        click("Add a line");
        product(1, "MILK name (MILK)");
        browser.findElement(By.id("lot-1")).sendKeys("M-2");
        browser.findElement(By.id("quantity-1")).sendKeys("6");
        setValue("expiration-1", "2027-07-31");
        click("Add a line");
        product(2, "PHONE name (PHONE)");
        assertThat(shown("lot-2")).as("a serial product has no lot").isFalse();
        browser.findElement(By.id("serials-2")).sendKeys("PH-1\nPH-2\n");
        assertThat(value("quantity-2")).as("counted from the serials").isEqualTo("2");
        clickOn(By.cssSelector("#lines tr:nth-child(3) button[hx-get$='generate-serials']"));
        set("generate-first", "PH-3");
        set("generate-count", "3");
        waitFor(By.xpath("//dialog[@id='serials-dialog']//button[normalize-space(.)='Generate']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> value("serials-2").contains("PH-5"));
        assertThat(value("serials-2").strip().split("\n")).containsExactly("PH-1", "PH-2", "PH-3", "PH-4", "PH-5");
        assertThat(value("quantity-2")).as("counted from the serials").isEqualTo("5");
        click("Add a line");
        product(3, "BOLT name (BOLT)");
        assertThat(shown("lot-3") || shown("serials-3")).as("an untracked product has neither").isFalse();
        browser.findElement(By.id("quantity-3")).sendKeys("100");
        screenshot("receipt-lines");
        click("Create");

        assertState("Draft");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/transfers/", ""));
        JsonNode draft = admin.get("/api/v1/transfers/" + id).json();
        assertThat(draft.path("partnerId").asLong()).isEqualTo(vendor);
        assertThat(draft.path("origin").asString()).isEqualTo("PO-123");
        assertThat(draft.path("scheduledDate").asString()).isEqualTo(LocalDateTime.parse("2027-03-01T09:30")
                .atZone(siteZone()).toInstant().toString());
        assertThat(draft.path("lines")).hasSize(8);
        click("Validate");
        assertState("Done");

        JsonNode m1 = admin.get("/api/v1/lots/" + given.lotId(milk, "M-1")).json();
        assertThat(m1.path("quantityOnHand").asInt()).isEqualTo(4);
        assertThat(m1.path("expirationDate").asString()).isEqualTo("2027-06-30");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "M-2")).at("/expirationDate").asString())
                .isEqualTo("2027-07-31");
        assertThat(admin.get("/api/v1/lots?productId=" + phone + "&onHand=true").at("/total").asInt()).isEqualTo(5);
        assertThat(onHand(bolt)).isEqualByComparingTo("100");
        open("/lots");
        click("PHONE name (5)");
        waitFor(By.linkText("PH-5"));
    }

    @Test
    void a_delivery_has_a_delivery_address_and_a_scheduled_date() {
        given.receivedLot(milk, "M-1", 10);
        given.partner("Corner Shop");
        logInAsAdmin();
        open("/deliveries/new");
        assertThat(text(By.cssSelector("label[for=partnerId]"))).isEqualTo("Delivery Address");
        new Select(browser.findElement(By.id("partnerId"))).selectByVisibleText("Corner Shop");
        setValue("scheduledDate", "2027-04-02T14:00");
        product(0, "MILK name (MILK)");
        browser.findElement(By.id("lot-0")).sendKeys("M-1");
        browser.findElement(By.id("quantity-0")).sendKeys("3");
        click("Create");
        assertState("Draft");
        JsonNode delivery = admin.get("/api/v1/transfers?type=delivery").json().path("items").get(0);
        assertThat(delivery.path("scheduledDate").asString()).isEqualTo(LocalDateTime.parse("2027-04-02T14:00")
                .atZone(siteZone()).toInstant().toString());
    }

    @Test
    void a_draft_edited_in_the_browser_with_a_line_added_and_a_quantity_changed_is_validated_as_edited() {
        long id = given.transfer("receipt", null, line(milk, "M-1", null, 4)).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + id);
        click("Edit");
        assertThat(text(By.tagName("h1"))).startsWith("Edit WH/IN/");
        assertThat(value("lot-0")).isEqualTo("M-1");
        assertThat(value("quantity-0")).isEqualTo("4");
        set("quantity-0", "7");
        click("Add a line");
        product(1, "PHONE name (PHONE)");
        browser.findElement(By.id("serials-1")).sendKeys("SN-1\nSN-2\n");
        click("Save");

        assertState("Draft");
        assertThat(browser.getCurrentUrl()).endsWith("/transfers/" + id);
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("lines")).as("M-1 and two serials").hasSize(3);
        click("Validate");
        assertState("Done");
        assertThat(browser.findElements(By.xpath("//a[normalize-space(.)='Edit']"))).as("a done transfer").isEmpty();
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "M-1")).at("/quantityOnHand").asInt()).isEqualTo(7);
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-2")).at("/quantityOnHand").asInt()).isEqualTo(1);
    }

    @Test
    void an_edit_refused_twice_keeps_every_line_as_typed_with_each_problem_at_its_field_and_saves_nothing() {
        long id = given.transfer("receipt", null, line(milk, "M-1", null, 4), line(phone, null, List.of("SN-1", "SN-2"), null))
                .path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + id + "/edit");
        assertThat(value("serials-1")).isEqualTo("SN-1\nSN-2");
        assertThat(value("quantity-1")).isEqualTo("2");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        browser.findElement(By.id("quantity-0")).clear();
        click("Add a line");
        product(2, "PHONE name (PHONE)");
        set("serials-2", "SN-2");
        click("Save");
        assertThat(text(By.cssSelector("p.problem"))).startsWith("Nothing was saved: 2 problems");
        assertThat(text(By.id("quantity-0-problem"))).startsWith("Quantity: is required");
        assertThat(text(By.id("serials-2-problem"))).contains("SN-2", "more than once");
        assertThat(value("lot-0")).isEqualTo("M-1");
        assertThat(value("quantity-0")).isEmpty();
        assertThat(value("serials-1")).isEqualTo("SN-1\nSN-2");
        assertThat(value("serials-2")).isEqualTo("SN-2");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        set("quantity-0", "5");
        set("serials-2", "SN-3");
        set("origin", "O".repeat(201));
        click("Add a line");
        set("quantity-3", "3");
        click("Save");
        assertThat(text(By.id("origin-problem"))).isEqualTo("Source Document: at most 200 characters.");
        assertThat(text(By.id("product-3-problem"))).isEqualTo("Product: is required.");
        assertThat(value("origin")).hasSize(201);
        assertThat(value("quantity-0")).isEqualTo("5");
        assertThat(value("serials-2")).isEqualTo("SN-3");
        assertThat(value("quantity-3")).isEqualTo("3");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        set("origin", "PO-9");
        browser.findElement(By.id("quantity-3")).clear();
        click("Save");
        assertState("Draft");
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("lines")).hasSize(4);
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("origin").asString()).isEqualTo("PO-9");
    }

    @Test
    void values_the_browser_would_not_send_come_back_as_problems_of_their_fields_never_a_server_error() {
        long id = given.transfer("receipt", null, line(milk, "M-1", null, 4)).path("id").asLong();
        logInAsAdmin();
        open("/receipts/new");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        String garbage = "productId=abc&lot=L-1&quantity=x&expirationDate=soon&serials=&scheduledDate=tomorrow"
                + "&partnerId=99999999999999999999";
        assertThat(postFromPage("/receipts", garbage)).isEqualTo(200);
        assertThat(postFromPage("/transfers/" + id + "/edit", garbage)).isEqualTo(200);
        assertThat(postFromPage("/deliveries", "productId=" + milk + "&quantity=1,5&sourceLocationId=x")).isEqualTo(200);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    private void product(int row, String name) {
        new Select(browser.findElement(By.id("product-" + row))).selectByVisibleText(name);
    }

    private boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void set(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale format when typed; set as the page would read it. */
    private void setValue(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private ZoneId siteZone() {
        return ZoneId.of(admin.get("/api/v1/settings").json().path("timeZone").asString());
    }

    private BigDecimal onHand(long product) {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM quants WHERE product_id = :product AND location_id = :stock")
                .param("product", product).param("stock", Locations.STOCK).query(BigDecimal.class).single();
    }
}
