package io.stocktrace.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

@OnH2
class SettingsBrowserIT extends BrowserTest {
    private static final String GLN = "9506000000008";

    private void type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static List<String> prefixes(JsonNode settings) {
        List<String> prefixes = new ArrayList<>();
        settings.path("gs1CompanyPrefixes").forEach(p -> prefixes.add(p.path("prefix").asString()));
        return prefixes;
    }

    private JsonNode savedSettings() {
        return admin.get("/api/v1/settings").json();
    }

    @Test
    void a_manager_sets_the_company_prefixes_the_site_gln_and_the_identifier_form_on_the_settings_page() {
        logInAsAdmin();
        open("/settings");
        assertThat(text(By.cssSelector("h2#gs1"))).isEqualTo("GS1 & EPCIS");
        type("gs1CompanyPrefixes", "9506000\n950600012345");
        type("siteGln", GLN);
        new Select(browser.findElement(By.id("epcisIdentifiers"))).selectByVisibleText("GS1 Digital Link URIs (https://id.gs1.org/…)");
        click("Save");

        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        assertThat(browser.findElement(By.id("gs1CompanyPrefixes")).getDomProperty("value")).isEqualTo("9506000\n950600012345");
        assertThat(browser.findElement(By.id("siteGln")).getDomProperty("value")).isEqualTo(GLN);
        JsonNode saved = savedSettings();
        assertThat(prefixes(saved)).containsExactly("9506000", "950600012345");
        assertThat(saved.path("siteGln").asString()).isEqualTo(GLN);
        assertThat(saved.path("epcisIdentifiers").asString()).isEqualTo("digital-link");
    }

    @Test
    void a_bad_gln_or_prefix_shows_its_message_next_to_its_field_and_saves_nothing() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000")), "siteGln", GLN, "epcisIdentifiers", "urn"));
        logInAsAdmin();
        open("/settings");
        clickOn(By.xpath("//label[.='Expiration Dates']"));
        type("gs1CompanyPrefixes", "9506000 95A");
        type("siteGln", "9506000000009");
        click("Save");

        assertThat(text(By.id("siteGln-problem"))).isEqualTo("Site GLN: must be a GLN: 13 digits with a valid check digit, not '9506000000009'.");
        assertThat(text(By.id("gs1CompanyPrefixes-problem"))).isEqualTo("GS1 Company Prefixes: must be 6 to 12 digits, not '95A'.");
        assertThat(browser.findElement(By.id("siteGln")).getDomAttribute("aria-describedby")).startsWith("siteGln-problem");
        assertThat(browser.findElement(By.id("siteGln")).getDomProperty("value")).as("what was typed stays")
                .isEqualTo("9506000000009");
        assertThat(browser.findElement(By.id("expirationDates")).isSelected()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".notice"))).isEmpty();
        JsonNode saved = savedSettings();
        assertThat(saved.path("siteGln").asString()).isEqualTo(GLN);
        assertThat(prefixes(saved)).containsExactly("9506000");
        assertThat(saved.path("expirationDates").asBoolean()).as("the other section is not saved either").isTrue();
    }

    @Test
    void a_viewer_reads_the_gs1_settings_without_changing_them() {
        admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true, "expirationDates", true,
                "gs1CompanyPrefixes", List.of(Map.of("prefix", "9506000")), "siteGln", GLN));
        String viewer = user("viewer");
        logInAs(viewer, "password-" + viewer);
        open("/settings");

        WebElement gln = waitFor(By.id("siteGln"));
        assertThat(gln.getDomProperty("value")).isEqualTo(GLN);
        assertThat(gln.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("gs1CompanyPrefixes")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("epcisIdentifiers")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.xpath("//label[@for='siteGln']")).getText()).isEqualTo("Site GLN");
        assertThat(browser.findElements(By.xpath("//button[.='Save']"))).isEmpty();
        assertThat(postFromPage("/settings", "siteGln=&epcisIdentifiers=urn")).isEqualTo(403);
        assertThat(savedSettings().path("siteGln").asString()).isEqualTo(GLN);
    }

    @Test
    void a_manager_fills_in_the_site_profile_and_a_refused_one_comes_back_as_typed_with_each_message_saving_nothing() {
        logInAsAdmin();
        open("/settings");
        assertThat(text(By.cssSelector("h2#site-profile"))).isEqualTo("Site profile");
        type("businessName", "Bakery Inc");
        type("address", "2 Oven Street");
        type("city", "Springfield");
        type("region", "IL");
        type("postalCode", "62703");
        type("country", "us");
        type("phone", "+1 217 555 0142");
        click("Save");
        assertThat(text(By.cssSelector(".notice"))).isEqualTo("Saved.");
        assertThat(browser.findElement(By.id("country")).getDomProperty("value")).isEqualTo("US");
        assertThat(savedSettings().at("/siteProfile/businessName").asString()).isEqualTo("Bakery Inc");

        type("businessName", "Bakery & Sons");
        type("country", "X1");
        type("phone", "call me");
        click("Save");

        assertThat(text(By.id("country-problem"))).isEqualTo("Country: must be a two-letter ISO 3166 country code, such as US.");
        assertThat(text(By.id("phone-problem"))).isEqualTo("Phone: must be a phone number: digits, spaces and + ( ) - . /.");
        assertThat(browser.findElement(By.id("phone")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("phone")).getDomAttribute("aria-describedby")).isEqualTo("phone-problem");
        assertThat(browser.findElement(By.id("businessName")).getDomProperty("value")).as("what was typed stays")
                .isEqualTo("Bakery & Sons");
        assertThat(browser.findElement(By.id("country")).getDomProperty("value")).isEqualTo("X1");
        assertThat(browser.findElements(By.id("businessName-problem"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".notice"))).isEmpty();
        JsonNode saved = savedSettings();
        assertThat(saved.at("/siteProfile/businessName").asString()).isEqualTo("Bakery Inc");
        assertThat(saved.at("/siteProfile/phone").asString()).isEqualTo("+1 217 555 0142");
    }
}
