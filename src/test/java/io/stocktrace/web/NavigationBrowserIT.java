package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The Inventory menus lead to their pages, each with breadcrumbs; the login form guards them all. */
@OnH2
class NavigationBrowserIT extends BrowserTest {

    @Test
    void every_menu_leads_to_a_page_with_breadcrumbs() {
        browser.manage().deleteAllCookies();
        open("/lots");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        logInAsAdmin();
        screenshot("overview");
        for (List<String> item : List.of(List.of("Operations", "Receipts"), List.of("Operations", "Deliveries"),
                List.of("Operations", "Internal Transfers"), List.of("Operations", "Manufacturing"),
                List.of("Products", "Products"), List.of("Products", "Lots/Serial Numbers"),
                List.of("Reporting", "Stock"), List.of("Reporting", "Moves History"), List.of("Reporting", "Recalls"), List.of("Configuration", "Settings"),
                List.of("Configuration", "Locations"), List.of("Configuration", "Partners"),
                List.of("Configuration", "Users"))) {
            clickOn(By.xpath("//header//summary[.='" + item.get(0) + "']"));
            clickOn(By.xpath("//header//a[.='" + item.get(1) + "']"));
            assertThat(text(By.cssSelector(".crumbs [aria-current=page]"))).as(item.toString()).isNotBlank();
            assertThat(text(By.tagName("h1"))).as(item.toString()).doesNotContain("404", "500");
        }
        assertThat(text(By.cssSelector("table.list"))).contains("admin");
    }
}
