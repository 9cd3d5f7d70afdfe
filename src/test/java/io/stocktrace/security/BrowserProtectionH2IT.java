package io.stocktrace.security;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.OnH2;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issues 15.6 and 15.8: the headers a browser needs (a nonce-based Content-Security-Policy, Referrer-Policy,
 * Permissions-Policy, nosniff; behind a TLS proxy Secure cookies, https redirects and HSTS), an import that a
 * cross-site form cannot send, no Basic challenge for browsers, and /error that does not answer 500.
 */
@OnH2
class BrowserProtectionH2IT extends ApiTest {
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void every_page_has_a_fresh_nonce_on_its_scripts_and_no_inline_handlers() {
        WebSession browser = new WebSession(port).loggedIn("admin", ADMIN_PASSWORD);
        String previous = "";
        for (String path : List.of("/", "/lots", "/receipts/new", "/deliveries/new", "/manufacturing/new",
                "/inventory-count", "/moves", "/settings")) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String csp = page.headers().get("content-security-policy");
            Matcher nonce = NONCE.matcher(csp);
            assertThat(nonce.find()).as(csp).isTrue();
            assertThat(nonce.group(1)).isNotEqualTo(previous);
            previous = nonce.group(1);
            assertThat(csp).contains("object-src 'none'", "frame-ancestors 'none'", "style-src 'self';")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.body()).as(path).contains("<script src=\"/js/stocktrace.js\" nonce=\"" + nonce.group(1));
            assertThat(page.body()).as(path).doesNotContain("<script>", "style=\"");
            assertThat(INLINE_HANDLER.matcher(page.body()).find()).as("an inline handler on %s", path).isFalse();
        }
    }

    @Test
    void pages_and_the_api_send_referrer_permissions_and_nosniff_headers() {
        var page = new WebSession(port).get("/login");
        var api = admin.get("/api/v1/me");
        for (var headers : List.of(page.headers(), api.headers())) {
            assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
            assertThat(headers.get("permissions-policy")).contains("camera=()", "geolocation=()");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers).doesNotContainKey("strict-transport-security");
        }
        assertThat(api.headers().get("content-security-policy")).startsWith("default-src 'none'");
        assertThat(page.headers().get("set-cookie")).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behind_a_tls_proxy_cookies_are_secure_redirects_stay_on_https_and_hsts_is_sent() {
        WebSession browser = new WebSession(port).header("X-Forwarded-Proto", "https");
        var redirect = browser.get("/lots");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith("https://");
        assertThat(redirect.headers().get("set-cookie")).contains("Secure", "SameSite=Lax", "HttpOnly");
        assertThat(redirect.headers().get("strict-transport-security")).contains("max-age=31536000");
        assertThat(admin.header("X-Forwarded-Proto", "https").get("/api/v1/me").headers())
                .containsKey("strict-transport-security");
    }

    @Test
    void the_import_takes_only_text_csv_which_a_cross_site_form_cannot_send() {
        String csv = "sku,name,tracking\nBOLT,Bolt,none\n";
        var plain = changesNothing(() -> Http.to(port).basic("admin", ADMIN_PASSWORD)
                .header("Origin", "https://evil.example").postRaw("/api/v1/imports/products", csv, "text/plain"));
        assertProblem(plain, 415, "unsupported-media-type", "text/csv");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single()).isZero();
        assertThat(admin.postRaw("/api/v1/imports/products", csv, "text/csv").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sends_no_basic_challenge_to_a_browser_page_or_script() {
        var page = anonymous().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get("/api/v1/products");
        assertProblem(page, 401, "unauthorized");
        assertThat(page.headers()).doesNotContainKey("www-authenticate");
        var script = anonymous().header("X-Requested-With", "XMLHttpRequest").get("/api/v1/products");
        assertProblem(script, 401, "unauthorized");
        assertThat(script.headers()).doesNotContainKey("www-authenticate");
        assertThat(anonymous().get("/api/v1/products").headers().get("www-authenticate")).startsWith("Basic");
    }

    @Test
    void error_asked_for_directly_is_404_not_500() {
        var json = anonymous().get("/error");
        assertThat(json.status()).as(json.body()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("999");
        var html = new WebSession(port).get("/error");
        assertThat(html.status()).isEqualTo(404);
        WebSession browser = new WebSession(port).loggedIn("admin", ADMIN_PASSWORD);
        assertThat(browser.get("/error").status()).isEqualTo(404);
    }
}
