package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.BrowserTest;
import io.stocktrace.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Issue 15.8 in a real browser: the page's own scripts and htmx run; an injected inline script or handler does not. */
@OnH2
class ContentSecurityBrowserIT extends BrowserTest {

    @Test
    void runs_the_sites_scripts_and_refuses_injected_inline_ones() {
        logInAsAdmin();
        open("/lots");
        waitFor(By.cssSelector("header.topbar"));
        Object own = browser.executeScript("return [typeof htmx, typeof toggleGroup, document.querySelectorAll('style').length];");
        assertThat(own.toString()).isEqualTo("[object, function, 0]");

        browser.executeScript("""
                var s = document.createElement('script'); s.textContent = 'window.injected = 1;';
                document.body.appendChild(s);
                var b = document.createElement('button'); b.id = 'trap'; b.textContent = 'trap';
                b.setAttribute('onclick', 'window.clicked = 1'); document.body.appendChild(b);
                """);
        clickOn(By.id("trap"));
        Object injected = browser.executeScript("return [typeof window.injected, typeof window.clicked];");
        assertThat(injected.toString()).isEqualTo("[undefined, undefined]");
    }
}
