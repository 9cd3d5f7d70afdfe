package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Receipts of pasted serials and deliveries whose problems show on their line, in a real browser. */
@OnH2
class OperationsBrowserIT extends BrowserTest {

    @Test
    void a_receipt_of_50_pasted_serials_is_validated_and_shows_in_the_dashboard() {
        given.product("PHONE", "serial");
        logInAsAdmin();
        click("Operations");
        click("Receipts");
        click("New");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");
        String serials = IntStream.rangeClosed(1, 49).mapToObj(i -> "PH-%03d".formatted(i)).collect(Collectors.joining("\n"));
        browser.findElement(By.id("serials-0")).sendKeys(serials + "\n");
        browser.findElement(By.id("scan-0")).sendKeys("PH-050\n");
        assertThat(browser.findElement(By.id("scan-0")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("quantity-0")).getDomProperty("value")).isEqualTo("50");
        screenshot("receipt-new");
        click("Create");
        assertState("Draft");
        assertThat(browser.findElements(By.cssSelector("table.lines tbody tr"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#line-0 ul.serials li"))).hasSize(50);
        click("Validate");
        assertState("Done");
        open("/lots");
        click("PHONE name (50)");
        waitFor(By.linkText("PH-050"));
        assertThat(browser.findElements(By.cssSelector("tbody.open tr.sub"))).hasSize(50);
    }

    @Test
    void a_delivery_of_a_serial_not_in_stock_shows_the_problem_on_its_line_and_saves_nothing() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1", "SN-2");
        long customer = given.partner("Shop");
        given.done(given.transfer("delivery", customer, line(phone, "SN-2", null, 1)));
        long id = given.transfer("delivery", customer, line(phone, "SN-1", null, 1), line(phone, "SN-2", null, 1))
                .path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + id);
        click("Validate");
        assertThat(text(By.cssSelector(".problem"))).isNotBlank();
        assertThat(text(By.cssSelector("#line-1 .field-problem"))).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#line-0 .field-problem")).getText()).isEmpty();
        screenshot("delivery-problem");
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("state").asString()).isEqualTo("draft");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, "SN-1")).json().path("quantityOnHand").asInt()).isEqualTo(1);

        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/transfers/" + id);
        assertThat(text(By.cssSelector("h1.title"))).startsWith("WH/OUT/");
        assertThat(browser.findElements(By.xpath("//button[.='Validate']"))).isEmpty();
    }

    @Test
    void a_delivery_of_several_lines_is_made_from_pasted_and_scanned_serials_and_a_lot() {
        long phone = given.product("PHONE", "serial");
        long coffee = given.product("COFFEE", "lot");
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        given.receivedLot(coffee, "C-1", 10);
        given.partner("Shop");
        logInAsAdmin();
        click("Operations");
        click("Deliveries");
        click("New");
        new Select(browser.findElement(By.id("partnerId"))).selectByVisibleText("Shop");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("PHONE name (PHONE)");
        browser.findElement(By.id("serials-0")).sendKeys("SN-1\nSN-2\n");
        browser.findElement(By.id("scan-0")).sendKeys("SN-3\n");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scan-0");
        click("Add a line");
        new Select(browser.findElement(By.id("product-1"))).selectByVisibleText("COFFEE name (COFFEE)");
        browser.findElement(By.id("lot-1")).sendKeys("NO-SUCH-LOT");
        browser.findElement(By.id("quantity-1")).sendKeys("4");
        click("Create");
        assertThat(text(By.cssSelector("tr.line.out .field-problem"))).isNotBlank();
        assertThat(browser.findElement(By.id("serials-0")).getAttribute("value")).contains("SN-1", "SN-2", "SN-3");
        assertThat(admin.get("/api/v1/transfers?type=delivery").json().path("total").asInt()).isZero();

        browser.findElement(By.id("lot-1")).clear();
        browser.findElement(By.id("lot-1")).sendKeys("C-1");
        screenshot("delivery-new");
        click("Create");
        assertState("Draft");
        assertThat(browser.findElements(By.cssSelector("table.lines tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#line-0 ul.serials li"))).hasSize(3);
        click("Validate");
        assertState("Done");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(coffee, "C-1")).json().path("quantityOnHand").asInt()).isEqualTo(6);
    }

    @Test
    void an_internal_transfer_moves_a_lot_between_two_of_our_locations() {
        long coffee = given.product("COFFEE", "lot");
        given.receivedLot(coffee, "C-1", 10);
        given.location("Shelf 1", 2);
        logInAsAdmin();
        click("Operations");
        click("Internal Transfers");
        click("New");
        new Select(browser.findElement(By.id("destinationLocationId"))).selectByVisibleText("WH/Stock/Shelf 1");
        new Select(browser.findElement(By.id("product-0"))).selectByVisibleText("COFFEE name (COFFEE)");
        browser.findElement(By.id("lot-0")).sendKeys("C-1");
        browser.findElement(By.id("quantity-0")).sendKeys("4");
        click("Create");
        assertThat(text(By.cssSelector("h1.title"))).startsWith("WH/INT/");
        click("Validate");
        assertState("Done");
        var quants = admin.get("/api/v1/lots/" + given.lotId(coffee, "C-1") + "/quants").body();
        assertThat(quants).contains("WH/Stock/Shelf 1");
    }
}
