package io.stocktrace.trace;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The genealogy picture, the recall action and what a viewer may not do, in a real browser. */
@OnH2
class TraceBrowserIT extends BrowserTest {
    private long flour;
    private long dough;
    private long cake;

    /** Flour from two mills, dough made from each, cakes from the dough, cakes and dough delivered. */
    private void bakery() {
        flour = given.product("FLOUR", "lot");
        dough = given.product("DOUGH", "lot");
        cake = given.product("CAKE", "serial");
        given.done(given.transfer("receipt", given.partner("Mill A"), line(flour, "F-A", null, 10)));
        given.done(given.transfer("receipt", given.partner("Mill B"), line(flour, "F-B", null, 10)));
        produce(order(dough, 6, "D-A", null, true, component(flour, 4, "F-A", null)));
        produce(order(dough, 6, "D-B", null, true, component(flour, 4, "F-B", null)));
        produce(order(cake, 2, null, List.of("CAKE-1", "CAKE-2"), true, component(dough, 1, "D-A", "CAKE-1"),
                component(dough, 1, "D-B", "CAKE-2")));
        given.done(given.transfer("delivery", given.partner("Cafe 1"), line(cake, "CAKE-1", null, 1)));
        given.done(given.transfer("delivery", given.partner("Cafe 2"), line(cake, "CAKE-2", null, 1)));
        given.done(given.transfer("delivery", given.partner("Bakery 3"), line(dough, "D-A", null, 2)));
    }

    private void produce(Map<String, Object> body) {
        var r = admin.post("/api/v1/manufacturing-orders", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void the_picture_shows_the_lots_by_level_with_vendors_left_and_customers_right() {
        bakery();
        logInAsAdmin();
        open("/lots/" + given.lotId(flour, "F-A") + "/traceability?direction=downstream");
        assertThat(nodes("traced")).containsExactly("F-A");
        assertThat(nodes("lot")).containsExactlyInAnyOrder("D-A", "CAKE-1");
        assertThat(nodes("vendor")).containsExactly("Mill A");
        assertThat(nodes("customer")).containsExactlyInAnyOrder("Bakery 3", "Cafe 1");
        assertThat(browser.findElements(By.cssSelector(".edge-labels text")).stream().map(WebElement::getText))
                .contains("10", "4", "1", "2");
        assertThat(text(By.cssSelector("table.trace"))).contains("Made into, level 1", "Made into, level 2");
        screenshot("traceability-picture");

        click("Upstream");
        assertThat(browser.getCurrentUrl()).endsWith("direction=upstream");
        assertThat(nodes("traced")).containsExactly("F-A");
        assertThat(nodes("customer")).isEmpty();

        open("/lots/" + given.lotId(cake, "CAKE-2") + "/traceability?direction=upstream");
        assertThat(nodes("lot")).containsExactlyInAnyOrder("D-B", "F-B");
        assertThat(nodes("vendor")).containsExactly("Mill B");
        clickOn(By.xpath("//*[local-name()='a'][.//*[local-name()='text'][.='D-B']]"));
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("D-B");
    }

    @Test
    void each_row_of_the_report_unfolds_to_the_next_level_one_at_a_time_and_folds_back() {
        bakery();
        logInAsAdmin();
        open("/lots/" + given.lotId(flour, "F-A") + "/traceability?direction=downstream");
        WebElement intoDough = waitFor(By.cssSelector("button[aria-label='Show what F-A was made into in WH/MO/00001']"));
        assertThat(browser.findElements(By.cssSelector("tbody.open button.unfold"))).hasSize(1);
        intoDough.click();
        waitFor(By.xpath("//tr[@data-parent]//a[.='D-A']"));
        assertThat(unfolded()).as("the operations of D-A, one level after").allMatch(r -> r.contains("D-A"))
                .anyMatch(r -> r.contains("Partners/Customers")).hasSize(3);
        clickOn(By.cssSelector("button[aria-label='Show what D-A was made into in WH/MO/00003']"));
        waitFor(By.xpath("//tr[@data-parent]//a[.='CAKE-1']"));
        assertThat(unfolded()).hasSize(5).anyMatch(r -> r.contains("CAKE-1") && r.contains("Partners/Customers"));
        screenshot("traceability-unfolded");

        intoDough.click();
        assertThat(unfolded()).as("folding a row folds what unfolded under it").isEmpty();
        intoDough.click();
        assertThat(unfolded()).hasSize(5);

        open("/lots/" + given.lotId(cake, "CAKE-2") + "/traceability?direction=upstream");
        clickOn(By.cssSelector("button[aria-label='Show what CAKE-2 was made from in WH/MO/00003']"));
        waitFor(By.xpath("//tr[@data-parent]//a[.='D-B']"));
        assertThat(unfolded()).allMatch(r -> r.contains("D-B"));
    }

    /** The texts of the unfolded rows that show. */
    private List<String> unfolded() {
        return browser.findElements(By.cssSelector("tr[data-parent]")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    @Test
    void a_manager_recalls_a_lot_with_a_reason_and_lands_on_the_recall_page() {
        bakery();
        logInAsAdmin();
        open("/lots/" + given.lotId(flour, "F-A"));
        click("Recall…");
        assertThat(text(By.cssSelector("table.affected"))).contains("F-A", "D-A", "CAKE-1");
        click("Confirm Recall");
        assertThat(browser.getCurrentUrl()).as("the browser asks for the required reason").contains("/recall");
        browser.findElement(By.id("reason")).sendKeys("Salmonella in a sample");
        click("Confirm Recall");
        assertThat(text(By.cssSelector("h1"))).startsWith("Recall ");
        assertThat(text(By.cssSelector("table.affected"))).contains("F-A", "D-A", "CAKE-1");
        assertThat(text(By.cssSelector("table.customers"))).contains("Cafe 1", "Bakery 3");
        assertThat(browser.findElement(By.linkText("Customers CSV")).getAttribute("href")).endsWith("/customers.csv");
        screenshot("recall");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(cake, "CAKE-1")).json().path("status").asString())
                .isEqualTo("recalled");
    }

    @Test
    void a_viewer_sees_no_recall_or_save_button_and_is_refused_if_it_posts_anyway() {
        bakery();
        long lot = given.lotId(flour, "F-B");
        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/lots/" + lot);
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("F-B");
        assertThat(browser.findElements(By.linkText("Recall…"))).isEmpty();
        open("/settings");
        assertThat(browser.findElements(By.xpath("//button[.='Save']"))).isEmpty();
        assertThat(browser.findElement(By.id("lotsAndSerialNumbers")).isEnabled()).isFalse();

        assertThat(postFromPage("/lots/" + lot + "/recall", "reason=because")).isEqualTo(403L);
        assertThat(admin.get("/api/v1/lots/" + lot).json().path("status").asString()).isEqualTo("available");
        open("/lots/" + lot + "/recall");
        assertThat(text(By.cssSelector("h1"))).contains("403");
    }

    private List<String> nodes(String kind) {
        return browser.findElements(By.cssSelector("g.node." + kind + " text")).stream().map(WebElement::getText).toList();
    }
}
