package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Return on a done delivery: what was sent less what came back, lot by lot and serial by serial. */
@OnH2
class ReturnsBrowserIT extends BrowserTest {

    @Test
    void a_partial_return_of_a_delivery_then_a_second_one_that_would_exceed_what_was_sent() {
        long phone = given.product("PHONE", "serial");
        long coffee = given.product("COFFEE", "lot");
        given.receivedSerials(phone, "SN-1", "SN-2");
        given.receivedLot(coffee, "C-1", 10);
        long delivery = given.done(given.transfer("delivery", given.partner("Shop"), line(phone, null,
                List.of("SN-1", "SN-2"), null), line(coffee, "C-1", null, 5))).path("id").asLong();
        logInAsAdmin();
        open("/transfers/" + delivery);
        click("Return");
        assertThat(quantities()).containsExactly("1", "1", "5");
        quantity(1, "0");
        quantity(2, "2");
        screenshot("return-new");
        click("Create Return");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("WH/RET/00001");
        click("Validate");
        assertState("Done");
        assertThat(onHand(coffee, "C-1")).isEqualTo(7);
        assertThat(onHand(phone, "SN-1")).isEqualTo(1);
        assertThat(onHand(phone, "SN-2")).isZero();

        open("/transfers/" + delivery + "/return");
        assertThat(quantities()).as("what was sent less what came back").containsExactly("0", "1", "3");
        quantity(1, "0");
        quantity(2, "9");
        click("Create Return");
        assertThat(text(By.cssSelector("#return-2 .field-problem"))).isNotBlank();
        assertThat(admin.get("/api/v1/transfers?type=return").json().path("total").asInt()).isEqualTo(1);

        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/transfers/" + delivery);
        assertThat(text(By.cssSelector("h1.title"))).startsWith("WH/OUT/");
        assertThat(browser.findElements(By.linkText("Return"))).isEmpty();
        assertThat(postFromPage("/transfers/" + delivery + "/return", "quantity=0&quantity=1&quantity=1"))
                .isEqualTo(403L);
        assertThat(admin.get("/api/v1/transfers?type=return").json().path("total").asInt()).isEqualTo(1);
    }

    private List<String> quantities() {
        waitFor(By.cssSelector("table.returnable"));
        return browser.findElements(By.cssSelector("table.returnable input[name=quantity]")).stream()
                .map(i -> i.getAttribute("value")).toList();
    }

    private void quantity(int row, String value) {
        WebElement input = browser.findElement(By.id("quantity-" + row));
        input.clear();
        input.sendKeys(value);
    }

    private int onHand(long product, String lot) {
        return admin.get("/api/v1/lots/" + given.lotId(product, lot)).json().path("quantityOnHand").asInt();
    }
}
