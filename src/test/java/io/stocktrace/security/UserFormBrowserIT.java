package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Users created and changed in their form by an admin, and refused inputs (a duplicate, a short password, a huge or
 * hostile username, the last active admin deactivated) answered next to their field, keeping what was typed but the
 * password, writing nothing.
 */
@OnH2
class UserFormBrowserIT extends BrowserTest {

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void setValue(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private List<Map<String, Object>> users() {
        return jdbc.sql("SELECT * FROM app_users ORDER BY id").query().listOfRows();
    }

    @Test
    void an_admin_creates_a_user_changes_its_role_and_deactivates_it() {
        logInAsAdmin();
        open("/users");
        click("New");
        type("username", "clerk");
        type("password", "a-long-password-1");
        new Select(waitFor(By.id("role"))).selectByVisibleText("Operator");
        click("Save");
        assertThat(text(By.cssSelector("h1.title"))).isEqualTo("clerk");
        new Select(waitFor(By.id("role"))).selectByVisibleText("Manager");
        clickOn(By.id("active"));
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/users/(\\d+).*", "$1"));
        var clerk = admin.get("/api/v1/users/" + id).json();
        assertThat(clerk.path("username").asString()).isEqualTo("clerk");
        assertThat(clerk.path("role").asString()).isEqualTo("manager");
        assertThat(clerk.path("active").asBoolean()).isFalse();
    }

    @Test
    void a_refused_new_user_shows_every_field_message_keeps_what_was_typed_and_saves_nothing() {
        user("viewer");
        String taken = user("operator");
        logInAsAdmin();
        var before = users();
        open("/users/new");
        type("username", taken);
        type("password", "short");
        click("Save");
        assertThat(text(By.id("password-problem"))).isEqualTo("Password: at least 12 characters.");
        assertThat(waitFor(By.id("username")).getDomProperty("value")).isEqualTo(taken);
        assertThat(waitFor(By.id("password")).getDomProperty("value")).as("a password is never sent back").isEmpty();
        type("password", "a-long-password-1");
        click("Save");
        assertThat(text(By.id("username-problem"))).isEqualTo("User '" + taken + "' already exists.");

        String hostile = "<script>alert(1)</script>'; DROP TABLE app_users; --";
        setValue("username", hostile);
        type("password", "a-long-password-1");
        click("Save");
        assertThat(text(By.id("username-problem"))).isEqualTo("Username: 1 to 64 letters, digits or . _ @ -.");
        assertThat(waitFor(By.id("username")).getDomProperty("value")).isEqualTo(hostile);

        setValue("username", "u".repeat(10_000));
        type("password", "a-long-password-1");
        click("Save");
        assertThat(text(By.id("username-problem"))).isEqualTo("Username: 1 to 64 letters, digits or . _ @ -.");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void deactivating_the_last_active_admin_is_refused_above_the_form_and_changes_nothing() {
        logInAsAdmin();
        var before = users();
        open("/users");
        click("admin");
        clickOn(By.id("active"));
        setValue("password", "short");
        click("Save");
        assertThat(text(By.id("password-problem"))).isEqualTo("Password: at least 12 characters.");
        assertThat(browser.findElement(By.id("active")).isSelected()).as("what was chosen is kept").isFalse();
        click("Save");
        assertThat(text(By.cssSelector("p.problem"))).contains("is the last active admin");
        assertThat(users()).isEqualTo(before);
    }
}
