package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.ManufacturingOrders;
import io.stocktrace.support.OnH2;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page fits a phone (390x844) and a desktop (1280x800) over the demo warehouse: the document is never wider
 * than the window (wide tables scroll inside their own box, long names wrap), the menu folds behind a Menu button on
 * the phone and leads to every page from there, and nothing in the bar is the colour of what is behind it.
 */
@OnH2
@TestPropertySource(properties = "stocktrace.demo-data=true")
class ScreensFitBrowserIT extends BrowserTest {
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 800);
    /** Letters and digits only: no space, no hyphen, nowhere a browser may break the line by itself. */
    private static final String UNBROKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".repeat(5);
    /** The elements that stick out of the window, named for the failure message. */
    private static final String WIDER_THAN_WINDOW = """
            const out = [];
            document.querySelectorAll('body *').forEach(el => {
              const r = el.getBoundingClientRect();
              if (r.right > window.innerWidth + 1 && el.checkVisibility() && !el.closest('.table-scroll')) {
                out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '')
                    + ' ' + Math.round(r.right) + 'px');
              }
            });
            return out.slice(0, 5).join(', ');
            """;
    /** Text in the bar whose colour is that of the box behind it (or that sits outside any box but the page's). */
    private static final String UNREADABLE_IN_THE_BAR = """
            const opaque = c => c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c);
            const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
            const behind = el => {
              const r = el.getBoundingClientRect();
              for (let p = el; p; p = p.parentElement) {
                const c = getComputedStyle(p).backgroundColor;
                if (opaque(c) && inside(r, p.getBoundingClientRect())) { return c; }
              }
              return 'rgb(255, 255, 255)';
            };
            const bad = [];
            document.querySelectorAll('header a, header summary, header button, header span').forEach(el => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || !el.checkVisibility({visibilityProperty: true})) { return; }
              if (getComputedStyle(el).color === behind(el)) { bad.push(el.textContent.trim() + ' is the colour of its background'); }
              if (r.left < 0 || r.right > window.innerWidth + 1) { bad.push(el.textContent.trim() + ' is outside the window'); }
            });
            return bad;
            """;

    @Autowired
    @Qualifier("demoData")
    ApplicationRunner demo;

    @BeforeEach
    void loadDemo() throws Exception {
        demo.run(null);
    }

    @Test
    void every_page_of_the_menu_and_the_forms_fit_a_phone_and_a_desktop_with_plain_titles() {
        logInAsAdmin();
        Map<String, String> failures = new TreeMap<>();
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            resize(size);
            for (String page : pages()) {
                open(page);
                failures.putAll(misfits(page, size));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_lot_and_a_product_with_long_names_without_spaces_fit_a_phone_and_a_desktop() {
        var created = admin.post("/api/v1/products", Map.of("sku", "LONG", "name", UNBROKEN.substring(0, 150), "tracking", "lot"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long product = created.json().path("id").asLong();
        String lotName = UNBROKEN.substring(0, 128); // the longest a lot name may be
        var lot = admin.post("/api/v1/lots", Map.of("productId", product, "name", lotName, "ref", UNBROKEN.substring(0, 150)));
        assertThat(lot.status()).as(lot.body()).isEqualTo(201);
        long receipt = given.receivedLot(product, lotName, 5).path("id").asLong();
        long lotId = lot.json().path("id").asLong();
        logInAsAdmin();
        Map<String, String> failures = new TreeMap<>();
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            resize(size);
            for (String page : List.of("/lots", "/lots?groupBy=product", "/lots/" + lotId, "/lots/" + lotId + "/traceability",
                    "/products", "/moves", "/transfers/" + receipt)) {
                open(page);
                assertThat(browser.getPageSource()).as(page).contains(lotName.substring(0, 40));
                failures.putAll(misfits(page, size));
            }
        }
        assertThat(failures).isEmpty();
        resize(PHONE);
        open("/lots");
        screenshot("phone-lots");
    }

    @Test
    void at_phone_width_the_menu_opens_with_its_button_and_each_of_its_links_leads_to_its_page() {
        logInAsAdmin();
        resize(PHONE);
        open("/");
        WebElement button = waitFor(By.cssSelector("header button[aria-controls]"));
        assertThat(button.getText()).isEqualTo("Menu");
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        String menuId = button.getAttribute("aria-controls");
        assertThat(browser.findElement(By.id(menuId)).isDisplayed()).isFalse();
        List<List<String>> items = menuItems();
        assertThat(items).hasSizeGreaterThan(10);

        openMenu();
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("admin", "Log out");
        clickOn(By.xpath("//header//summary[.='Reporting']"));
        waitFor(By.xpath("//header//a[.='Moves History']"));
        assertThat(browser.executeScript(UNREADABLE_IN_THE_BAR)).asList().isEmpty();
        screenshot("phone-menu");

        for (List<String> item : items) {
            open(item.get(2));
            String page = browser.getCurrentUrl(); // where the link leads, after any redirect
            open("/");
            openMenu();
            clickOn(By.xpath("//header//summary[.='" + item.get(0) + "']"));
            waitFor(By.xpath("//header//a[.='" + item.get(1) + "']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(item + " leads to " + page)
                    .until(b -> b.getCurrentUrl().equals(page));
            assertThat(text(By.cssSelector(".crumbs [aria-current=page]"))).as(item.toString()).isNotBlank();
        }
    }

    @Test
    void at_desktop_width_the_menus_sit_in_the_bar_without_the_menu_button() {
        logInAsAdmin();
        resize(DESKTOP);
        open("/");
        waitFor(By.cssSelector("header .who"));
        assertThat(browser.findElement(By.cssSelector("header button[aria-controls]")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("admin", "Log out");
        clickOn(By.xpath("//header//summary[.='Configuration']"));
        waitFor(By.xpath("//header//a[.='Partners']"));
        assertThat(browser.executeScript(UNREADABLE_IN_THE_BAR)).asList().isEmpty();
    }

    @Test
    void the_new_receipt_and_a_transfer_read_on_a_phone() {
        logInAsAdmin();
        resize(PHONE);
        open("/receipts/new");
        assertThat(misfits("/receipts/new", PHONE)).isEmpty();
        screenshot("phone-receipt");
        open("/transfers/" + transfer("SO-2002"));
        assertThat(misfits("/transfers", PHONE)).isEmpty();
        screenshot("phone-transfer");
    }

    @Test
    void at_phone_width_the_filters_and_group_by_panels_of_the_lots_open_inside_the_window() {
        logInAsAdmin();
        resize(PHONE);
        open("/lots");
        for (String menu : List.of("filters-menu", "groupby-menu")) {
            waitFor(By.id(menu)).click();
            WebElement panel = waitFor(By.cssSelector("details[open] .panel"));
            long left = (Long) browser.executeScript("return Math.floor(arguments[0].getBoundingClientRect().left)", panel);
            long right = (Long) browser.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right)", panel);
            assertThat(left).as(menu).isNotNegative();
            assertThat(right).as(menu).isLessThanOrEqualTo((Long) browser.executeScript("return window.innerWidth"));
            clickOn(By.id(menu));
        }
        assertThat(misfits("/lots", PHONE)).isEmpty();
    }

    private void openMenu() {
        WebElement button = waitFor(By.cssSelector("header button[aria-controls]"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("the menu opens")
                .until(b -> "true".equals(button.getAttribute("aria-expanded"))
                && b.findElement(By.id(button.getAttribute("aria-controls"))).isDisplayed());
    }

    /** Each link of the menus as [menu, link, path], read from the page as the admin sees it. */
    private List<List<String>> menuItems() {
        List<List<String>> items = new ArrayList<>();
        for (WebElement menu : browser.findElements(By.cssSelector("header details.menu"))) {
            String summary = menu.findElement(By.tagName("summary")).getAttribute("textContent").trim();
            for (WebElement link : menu.findElements(By.cssSelector("ul a"))) {
                items.add(List.of(summary, link.getAttribute("textContent").trim(), path(link.getAttribute("href"))));
            }
        }
        return items;
    }

    /** The menu's pages, and the forms and reports that the menu leads to in a click or two. */
    private Set<String> pages() {
        open("/");
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.findElements(By.cssSelector("header nav a[href]"))) {
            pages.add(path(link.getAttribute("href")));
        }
        long lot = idOf("lots", "name", "MILK-2611-A");
        var recall = admin.post("/api/v1/recalls", Map.of("lotId", idOf("lots", "name", "COF-001"), "reason", "Sample"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);
        pages.addAll(List.of("/lots/" + lot, "/lots/" + lot + "/traceability", "/lots/" + lot + "/recall",
                "/lots/" + lot + "/locations", "/lots/" + lot + "/transfers", "/lots/" + lot + "/scrap",
                "/recalls/" + recall.json().path("id").asLong(), "/manufacturing/" + manufacturingOrder(true),
                "/manufacturing/" + manufacturingOrder(false), "/transfers/" + transfer("SO-2002"),
                "/transfers/" + transfer("SO-2003"), "/transfers/" + transfer("SO-2001") + "/return", "/receipts/new",
                "/deliveries/new", "/internal-transfers/new", "/manufacturing/new", "/products/new", "/partners/new",
                "/locations/new", "/products/" + idOf("products", "sku", "MILK-1L"),
                "/partners/" + idOf("partners", "name", "Hotel Aurora"),
                "/locations/" + idOf("locations", "name", "Cold Room")));
        assertThat(pages).hasSizeGreaterThan(35);
        return pages;
    }

    /** A box of bolts made from a litre of milk: done, or left a draft. */
    private long manufacturingOrder(boolean validate) {
        var milk = ManufacturingOrders.component(idOf("products", "sku", "MILK-1L"), 1, "MILK-2611-A", null);
        var order = admin.post("/api/v1/manufacturing-orders",
                ManufacturingOrders.order(idOf("products", "sku", "BOLT-M6"), 1, null, null, validate, milk));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        return order.json().path("id").asLong();
    }

    private long transfer(String origin) {
        return idOf("transfers", "origin", origin);
    }

    private long idOf(String table, String column, String value) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + column + " = :v").param("v", value).query(Long.class).single();
    }

    /** What is wrong with the open page at that size: wider than the window, or template code in its title or heading. */
    private Map<String, String> misfits(String page, Dimension size) {
        Map<String, String> misfits = new TreeMap<>();
        String at = page + " at " + size.getWidth() + "px";
        String heading = text(By.tagName("h1"));
        for (String shown : List.of(browser.getTitle(), heading)) {
            if (shown.isBlank() || shown.contains("${") || shown.contains("th:") || shown.contains("<")) {
                misfits.put(at + " title or heading", shown);
            }
        }
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long window = (Long) browser.executeScript("return window.innerWidth");
        assertThat(window).as("the window's width").isLessThanOrEqualTo(size.getWidth());
        if (width > window) {
            misfits.put(at, width + "px wide: " + browser.executeScript(WIDER_THAN_WINDOW));
        }
        return misfits;
    }

    private void resize(Dimension size) {
        browser.manage().window().setSize(size);
    }

    private static String path(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }
}
