package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A transfer's page as Odoo's form (contact, source document, dates, lines by product name in plain quantities),
 * Check Availability, Unreserve and Cancel, the Contact column of the lists, and Reporting ‣ Stock, in a real browser.
 */
@OnH2
class DraftTransfersBrowserIT extends BrowserTest {

    @Test
    void check_availability_of_a_delivery_of_500_with_35_on_hand_shows_the_line_short_and_validate_is_still_refused() {
        long bolt = given.product("BOLT", "none");
        given.done(given.transfer("receipt", null, line(bolt, null, null, 35)));
        long id = given.transfer("delivery", given.partner("Shop"), line(bolt, null, null, 500)).path("id").asLong();
        long moves = moveCount();
        logInAsAdmin();
        open("/transfers/" + id);
        assertThat(text(By.cssSelector("#line-0 .availability"))).as("the draft says so before anyone validates")
                .isEqualTo("Short: 35 of 500 available");

        click("Check Availability");
        assertThat(text(By.cssSelector("#line-0 .field-problem"))).isNotBlank();
        assertThat(text(By.cssSelector("#line-0 .availability"))).isEqualTo("Short: 35 of 500 available");
        assertThat(text(By.cssSelector("#line-0 .product"))).isEqualTo("BOLT name");
        assertThat(text(By.cssSelector("#line-0 .field-problem")).trim()).contains("500 asked", "35 available");
        assertState("Draft");
        assertThat(reserved()).isZero();
        screenshot("delivery-check-availability");

        click("Validate");
        assertThat(text(By.cssSelector(".problem"))).startsWith("Nothing was saved");
        assertThat(text(By.cssSelector("#line-0 .field-problem"))).contains("500 asked", "35 available");
        assertThat(text(By.cssSelector("#line-0 .availability"))).isEqualTo("Short: 35 of 500 available");
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("state").asString()).isEqualTo("draft");
        assertThat(moveCount()).isEqualTo(moves);
        assertThat(onHand()).isEqualByComparingTo("35");
    }

    @Test
    void a_draft_reserved_then_cancelled_from_its_page_is_cancelled_and_its_reservation_released() {
        long id = draftDeliveryOfFourCoffeeOpened();

        click("Check Availability");
        assertState("Ready");
        assertThat(text(By.cssSelector("#line-0 .availability"))).isEqualTo("Reserved");
        assertThat(reserved()).isEqualByComparingTo("4");

        click("Cancel");
        click("Cancel Transfer");
        assertState("Cancelled");
        assertThat(text(By.id("cancelled"))).contains("cancelled");
        assertThat(buttons("Validate", "Check Availability", "Cancel")).isEmpty();
        assertThat(admin.get("/api/v1/transfers/" + id).json().path("state").asString()).isEqualTo("cancelled");
        assertThat(reserved()).isZero();
    }

    @Test
    void unreserve_of_a_ready_delivery_from_its_page_makes_it_a_draft_again_and_releases_its_stock() {
        draftDeliveryOfFourCoffeeOpened();
        assertThat(buttons("Unreserve")).as("a draft has nothing to give back").isEmpty();

        click("Check Availability");
        assertState("Ready");
        assertThat(reserved()).isEqualByComparingTo("4");

        click("Unreserve");
        assertState("Draft");
        assertThat(browser.findElements(By.cssSelector(".problem"))).isEmpty();
        assertThat(buttons("Unreserve")).isEmpty();
        assertThat(buttons("Check Availability", "Validate")).hasSize(2);
        assertThat(reserved()).isZero();
    }

    @Test
    void cancel_of_a_transfer_validated_meanwhile_is_refused_with_a_message_on_its_page() {
        long coffee = given.product("COFFEE", "lot");
        given.receivedLot(coffee, "C-1", 10);
        var draft = given.transfer("delivery", null, line(coffee, "C-1", null, 4));
        logInAsAdmin();
        open("/transfers/" + draft.path("id").asLong());
        given.done(draft);

        click("Cancel");
        click("Cancel Transfer");
        assertThat(text(By.cssSelector(".problem"))).contains("is done and cannot be cancelled");
        assertState("Done");
        assertThat(browser.getTitle()).doesNotContain("Error");
        assertThat(onHand()).isEqualByComparingTo("6");
    }

    @Test
    void a_transfer_page_shows_its_contact_source_document_scheduled_date_and_lines_by_product_name() {
        long bolt = given.product("BOLT", "none");
        long phone = given.product("PHONE", "serial");
        long vendor = given.partner("Acme Supplies");
        var receipt = admin.post("/api/v1/transfers", Map.of("type", "receipt", "partnerId", vendor,
                "origin", "PO-123", "scheduledDate", "2026-12-24T09:30:00Z",
                "lines", List.of(line(bolt, null, null, 2), line(phone, null, List.of("SN-1", "SN-2", "SN-3"), null))));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        logInAsAdmin();
        open("/transfers/" + receipt.json().path("id").asLong());

        assertThat(text(By.xpath("//dt[.='Receive From']/following-sibling::dd[1]"))).isEqualTo("Acme Supplies");
        assertThat(text(By.id("origin"))).isEqualTo("PO-123");
        assertThat(text(By.id("scheduled"))).startsWith("2026-12-24");
        assertThat(browser.findElements(By.id("effective"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("table.lines tbody tr"))).hasSize(2);
        assertThat(text(By.cssSelector("#line-0 .product"))).isEqualTo("BOLT name");
        assertThat(text(By.cssSelector("#line-0 .quantity"))).isEqualTo("2");
        assertThat(text(By.cssSelector("#line-1 .product"))).isEqualTo("PHONE name");
        assertThat(text(By.cssSelector("#line-1 .quantity"))).isEqualTo("3");
        assertThat(browser.findElements(By.cssSelector("#line-1 ul.serials li")).stream().map(WebElement::getText))
                .containsExactly("SN-1", "SN-2", "SN-3");
        assertThat(text(By.cssSelector("table.lines"))).doesNotContain("BOLT\n", ".0000");
        screenshot("receipt-draft");

        click("Validate");
        assertState("Done");
        assertThat(text(By.id("effective"))).isNotBlank();
        assertThat(text(By.cssSelector("#line-1 .quantity"))).isEqualTo("3");
        assertThat(text(By.id("partner"))).isEqualTo("Acme Supplies");

        long delivery = given.transfer("delivery", given.partner("Shop"), line(bolt, null, null, 1)).path("id").asLong();
        open("/transfers/" + delivery);
        assertThat(text(By.xpath("//dt[.='Delivery Address']/following-sibling::dd[1]"))).isEqualTo("Shop");
    }

    @Test
    void the_lists_of_operations_show_each_transfer_contact() {
        long coffee = given.product("COFFEE", "lot");
        var receipt = given.done(given.transfer("receipt", given.partner("Acme Supplies"), line(coffee, "C-1", null, 10)));
        given.transfer("delivery", given.partner("Shop"), line(coffee, "C-1", null, 2));
        long shelf = given.location("Shelf 1", io.stocktrace.location.Locations.STOCK);
        var internal = admin.post("/api/v1/transfers", Map.of("type", "internal", "sourceLocationId",
                io.stocktrace.location.Locations.STOCK, "destinationLocationId", shelf,
                "lines", List.of(line(coffee, "C-1", null, 1))));
        assertThat(internal.status()).as(internal.body()).isEqualTo(201);
        var back = admin.post("/api/v1/transfers/" + receipt.path("id").asLong() + "/return",
                Map.of("lines", List.of(Map.of("productId", coffee, "lot", "C-1", "quantity", 1))));
        assertThat(back.status()).as(back.body()).isIn(200, 201);
        logInAsAdmin();

        for (var list : Map.of("Receipts", "Acme Supplies", "Deliveries", "Shop", "Returns", "Acme Supplies").entrySet()) {
            click("Operations");
            click(list.getKey());
            assertThat(text(By.cssSelector("table.transfers thead"))).as(list.getKey()).contains("Contact");
            assertThat(text(By.cssSelector("table.transfers tbody tr td.contact"))).as(list.getKey())
                    .isEqualTo(list.getValue());
        }
        click("Operations");
        click("Internal Transfers");
        assertThat(text(By.cssSelector("table.transfers thead"))).contains("Contact");
        assertThat(browser.findElement(By.cssSelector("table.transfers tbody tr td.contact")).getText()).isEmpty();
    }

    @Test
    void reporting_stock_lists_untracked_products_with_their_quantity_and_lots_under_their_product() {
        long bolt = given.product("BOLT", "none");
        long coffee = given.product("COFFEE", "lot");
        given.done(given.transfer("receipt", null, line(bolt, null, null, 35)));
        given.receivedLot(coffee, "C-1", 10);
        given.receivedLot(coffee, "C-2", 5);
        logInAsAdmin();
        click("Reporting");
        click("Stock");

        assertThat(text(By.cssSelector("tbody[data-group='BOLT name'] tr.group"))).contains("BOLT name (1)", "35");
        WebElement coffeeGroup = browser.findElement(By.cssSelector("tbody[data-group='COFFEE name']"));
        assertThat(coffeeGroup.findElement(By.cssSelector("tr.group")).getText()).contains("COFFEE name (2)", "15");
        assertThat(coffeeGroup.findElements(By.cssSelector("tr.sub")).stream().filter(WebElement::isDisplayed)).isEmpty();
        coffeeGroup.findElement(By.cssSelector("tr.group button")).click();
        waitFor(By.linkText("C-2"));
        assertThat(coffeeGroup.findElements(By.cssSelector("tr.sub")).stream().map(WebElement::getText))
                .containsExactly("WH/Stock C-1 10 0 Units", "WH/Stock C-2 5 0 Units");
        screenshot("stock-report");

        click("Group By");
        click("Location");
        assertThat(text(By.cssSelector("tbody[data-group='WH/Stock'] tr.group"))).contains("WH/Stock (3)", "50");
    }

    private List<WebElement> buttons(String... labels) {
        return browser.findElements(By.cssSelector(".controlpanel button, .controlpanel summary")).stream()
                .filter(b -> List.of(labels).contains(b.getText().trim())).toList();
    }

    /** A draft delivery of 4 of a lot of 10 coffee, its page open as the admin; answers its id. */
    private long draftDeliveryOfFourCoffeeOpened() {
        long coffee = given.product("COFFEE", "lot");
        given.receivedLot(coffee, "C-1", 10);
        long id = given.transfer("delivery", null, line(coffee, "C-1", null, 4)).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + id);
        return id;
    }

    private BigDecimal reserved() {
        return jdbc.sql("SELECT COALESCE(SUM(reserved_quantity), 0) FROM quants").query(BigDecimal.class).single();
    }

    private BigDecimal onHand() {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM quants").query(BigDecimal.class).single();
    }

    private long moveCount() {
        return jdbc.sql("SELECT COUNT(*) FROM move_lines").query(Long.class).single();
    }
}
