package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Quarantine and Release on the lot form, each with its reason, the history that shows them, and who may do what. */
@OnH2
class LotStatusBrowserIT extends BrowserTest {

    @Test
    void a_quarantine_with_its_reason_then_a_release_by_a_manager_show_in_the_history_and_a_viewer_is_refused() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L1", 5);
        long lot = given.lotId(milk, "L1");
        String operator = user("operator");
        logInAs(operator, "password-" + operator);
        open("/lots/" + lot);
        assertThat(text(By.cssSelector(".lot-history"))).contains("No change, status change or alert yet.");

        browser.executeScript("document.getElementById('quarantine-reason').removeAttribute('required')");
        click("Quarantine");
        assertThat(text(By.id("quarantine-reason-problem"))).isEqualTo("Reason: is required: say why.");
        assertThat(status()).isEqualTo("Available");

        browser.findElement(By.id("quarantine-reason")).sendKeys("Lab sample <b>pending</b>");
        click("Quarantine");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Quarantined.");
        assertThat(status()).isEqualTo("Quarantine");
        assertThat(history()).containsExactly("Available → Quarantine " + operator + " Lab sample <b>pending</b>");
        assertThat(browser.findElements(By.id("release-reason"))).as("releasing needs a manager").isEmpty();
        assertThat(text(By.cssSelector(".lot-status"))).contains("Only a manager can release a quarantined lot.");
        assertThat(postFromPage("/lots/" + lot + "/release", "reason=mine")).isEqualTo(403);

        String manager = user("manager");
        logInAs(manager, "password-" + manager);
        open("/lots/" + lot);
        browser.findElement(By.id("release-reason")).sendKeys("Lab result negative");
        screenshot("lot-status");
        click("Release");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Released.");
        assertThat(status()).isEqualTo("Available");
        assertThat(history()).containsExactly("Quarantine → Available " + manager + " Lab result negative",
                "Available → Quarantine " + operator + " Lab sample <b>pending</b>");

        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/lots/" + lot);
        assertThat(history()).hasSize(2);
        assertThat(browser.findElements(By.xpath("//button[.='Quarantine' or .='Release' or .='Save Dates']")))
                .isEmpty();
        assertThat(postFromPage("/lots/" + lot + "/quarantine", "reason=mine")).isEqualTo(403);
        assertThat(postFromPage("/lots/" + lot + "/dates", "expirationDate=2030-01-01")).isEqualTo(403);
        assertThat(admin.get("/api/v1/lots/" + lot).at("/status").asString()).isEqualTo("available");
    }

    @Test
    void a_recalled_lot_offers_no_release_and_a_release_posted_anyway_shows_why_on_the_form() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L1", 5);
        long lot = given.lotId(milk, "L1");
        admin.patch("/api/v1/lots/" + lot, java.util.Map.of("status", "recalled", "reason", "Listeria"));
        logInAsAdmin();
        open("/lots/" + lot);
        assertThat(text(By.cssSelector(".lot-status"))).contains("A recalled lot cannot be released");
        assertThat(browser.findElements(By.id("release-reason"))).isEmpty();

        assertThat(postFromPage("/lots/" + lot + "/release", "reason=try")).as("a manager may post it").isNotEqualTo(403);
        open("/lots/" + lot);
        assertThat(text(By.id("status-problem"))).contains("is recalled and cannot be released");
        assertThat(status()).isEqualTo("Recalled");
    }

    private String status() {
        return text(By.cssSelector(".fields dd .status"));
    }

    private List<String> history() {
        return browser.findElements(By.cssSelector("table.history tbody tr")).stream()
                .map(r -> String.join(" ", r.findElements(By.tagName("td")).stream().skip(1)
                        .map(WebElement::getText).toList()))
                .toList();
    }
}
