package io.stocktrace.security;

import static io.stocktrace.security.Role.ADMIN;
import static io.stocktrace.security.Role.MANAGER;
import static io.stocktrace.security.Role.OPERATOR;
import static io.stocktrace.security.Role.VIEWER;

import io.stocktrace.location.Locations;
import java.util.List;
import java.util.function.Function;

/**
 * The one table of role rules for every write endpoint: each POST, PUT, PATCH and DELETE handler of the REST API and
 * of the web pages, the lowest role that may call it, and a request that reaches the service method behind it. The
 * service's {@code @Requires} is the rule; this table is what the tests hold both adapters to, and a handler missing
 * from it fails them.
 */
final class WriteRules {
    /** The ids a request needs: built once per test through the API, as the admin. */
    record Fixture(long lotProduct, long serialProduct, long plainProduct, long lot, long recallLot, long doneReceipt,
                   long draftTransfer, long user, long token, long partner) {
    }

    /** One rule: the handler's method and path pattern as Spring maps it, the role, and a request that reaches it. */
    record Rule(String method, String pattern, Role role, Function<Fixture, Call> call) {
        String key() {
            return method + " " + pattern;
        }

        boolean page() {
            return !pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return key() + " needs " + role.wire();
        }
    }

    /** A request: JSON or CSV for the API, form fields ({@code a=1&b=2}, URL-encoded by the caller) for the pages. */
    record Call(String path, String contentType, String body) {
        static Call json(String path, String body) {
            return new Call(path, "application/json", body);
        }

        static Call form(String path, String fields) {
            return new Call(path, "application/x-www-form-urlencoded", fields);
        }
    }

    private static final long STOCK = Locations.STOCK;
    private static final long NO_SUCH_ORDER = 999_999;

    static final List<Rule> ALL = List.of(
            // catalog, lots and their sequences
            rule("POST", "/api/v1/products", MANAGER, f -> Call.json("/api/v1/products", "{}")),
            rule("PATCH", "/api/v1/products/{id}", MANAGER, f -> Call.json("/api/v1/products/" + f.plainProduct(),
                    "{\"name\":\"Bolts\"}")),
            rule("PUT", "/api/v1/products/{productId}/sequence", MANAGER, f -> Call.json(
                    "/api/v1/products/" + f.serialProduct() + "/sequence", "{\"prefix\":\"SN-\",\"padding\":4}")),
            rule("POST", "/api/v1/products/{productId}/next-names", OPERATOR, f -> Call.json(
                    "/api/v1/products/" + f.serialProduct() + "/next-names?count=1", "")),
            rule("POST", "/api/v1/products/{productId}/serial-numbers/generate", OPERATOR, f -> Call.json(
                    "/api/v1/products/" + f.serialProduct() + "/serial-numbers/generate", "{\"first\":\"G-1\",\"count\":2}")),
            rule("POST", "/api/v1/products/{productId}/lot-list/parse", VIEWER, f -> Call.json(
                    "/api/v1/products/" + f.lotProduct() + "/lot-list/parse", "{\"text\":\"L-9\"}")),
            rule("POST", "/api/v1/lots", MANAGER, f -> Call.json("/api/v1/lots", "{}")),
            rule("PATCH", "/api/v1/lots/{id}", MANAGER, f -> Call.json("/api/v1/lots/" + f.lot(),
                    "{\"expirationDate\":\"2099-12-31\"}")),
            rule("POST", "/api/v1/lots/{id}/quarantine", OPERATOR, f -> Call.json(
                    "/api/v1/lots/" + f.lot() + "/quarantine", "{\"reason\":\"Sample\"}")),
            rule("POST", "/api/v1/lots/{id}/release", MANAGER, f -> Call.json("/api/v1/lots/" + f.lot() + "/release",
                    "{\"reason\":\"Fine\"}")),
            rule("POST", "/api/v1/recalls", MANAGER, f -> Call.json("/api/v1/recalls",
                    "{\"lotId\":" + f.recallLot() + ",\"reason\":\"Sample failed\"}")),
            rule("POST", "/api/v1/gs1/parse", VIEWER, f -> Call.json("/api/v1/gs1/parse",
                    "{\"data\":\"(01)09506000134352(10)ABC\"}")),
            rule("POST", "/api/v1/locations", MANAGER, f -> Call.json("/api/v1/locations", "{}")),
            rule("POST", "/api/v1/partners", MANAGER, f -> Call.json("/api/v1/partners", "{}")),
            rule("PUT", "/api/v1/settings", MANAGER, f -> Call.json("/api/v1/settings",
                    "{\"lotsAndSerialNumbers\":true,\"expirationDates\":true}")),
            rule("POST", "/api/v1/imports/{kind}", MANAGER, f -> new Call("/api/v1/imports/products?dryRun=true",
                    "text/csv", "sku,name,tracking\nIMP-1,Imported,none\n")),
            // operations
            rule("POST", "/api/v1/transfers", OPERATOR, f -> Call.json("/api/v1/transfers", "{}")),
            rule("PUT", "/api/v1/transfers/{id}", OPERATOR, f -> Call.json("/api/v1/transfers/" + f.draftTransfer(), "{}")),
            rule("POST", "/api/v1/transfers/{id}/reserve", OPERATOR, f -> Call.json(
                    "/api/v1/transfers/" + f.draftTransfer() + "/reserve", "")),
            rule("POST", "/api/v1/transfers/{id}/validate", OPERATOR, f -> Call.json(
                    "/api/v1/transfers/" + f.draftTransfer() + "/validate", "")),
            rule("POST", "/api/v1/transfers/{id}/unreserve", OPERATOR, f -> Call.json(
                    "/api/v1/transfers/" + f.draftTransfer() + "/unreserve", "")),
            rule("POST", "/api/v1/transfers/{id}/cancel", OPERATOR, f -> Call.json(
                    "/api/v1/transfers/" + f.draftTransfer() + "/cancel", "")),
            rule("POST", "/api/v1/transfers/{id}/return", OPERATOR, f -> Call.json(
                    "/api/v1/transfers/" + f.doneReceipt() + "/return", "{\"lines\":[]}")),
            rule("POST", "/api/v1/scraps", OPERATOR, f -> Call.json("/api/v1/scraps", "{}")),
            rule("POST", "/api/v1/inventory-adjustments", MANAGER, f -> Call.json("/api/v1/inventory-adjustments",
                    "{\"dryRun\":true,\"lines\":[]}")),
            rule("POST", "/api/v1/manufacturing-orders", OPERATOR, f -> Call.json("/api/v1/manufacturing-orders", "{}")),
            rule("POST", "/api/v1/manufacturing-orders/{id}/validate", OPERATOR, f -> Call.json(
                    "/api/v1/manufacturing-orders/" + NO_SUCH_ORDER + "/validate", "")),
            // users
            rule("POST", "/api/v1/users", ADMIN, f -> Call.json("/api/v1/users", "{}")),
            rule("PATCH", "/api/v1/users/{id}", ADMIN, f -> Call.json("/api/v1/users/" + f.user(), "{\"active\":true}")),
            rule("POST", "/api/v1/users/{id}/tokens", ADMIN, f -> Call.json("/api/v1/users/" + f.user() + "/tokens",
                    "{\"name\":\"scanner\"}")),
            rule("DELETE", "/api/v1/users/{id}/tokens/{tokenId}", ADMIN, f -> new Call(
                    "/api/v1/users/" + f.user() + "/tokens/" + f.token(), null, null)),
            // operations: an online backup of the embedded database (409 on a database that has none)
            rule("POST", "/api/v1/backups", ADMIN, f -> Call.json("/api/v1/backups", "")),
            // EPCIS subscriptions (a subscription that does not exist: 404 for a role let through)
            rule("POST", "/api/v1/epcis/subscriptions", MANAGER, f -> Call.json("/api/v1/epcis/subscriptions", "{}")),
            rule("POST", "/api/v1/epcis/subscriptions/{id}/pause", MANAGER, f -> Call.json(
                    "/api/v1/epcis/subscriptions/" + NO_SUCH_ORDER + "/pause", "")),
            rule("POST", "/api/v1/epcis/subscriptions/{id}/resume", MANAGER, f -> Call.json(
                    "/api/v1/epcis/subscriptions/" + NO_SUCH_ORDER + "/resume", "")),
            rule("DELETE", "/api/v1/epcis/subscriptions/{id}", MANAGER, f -> new Call(
                    "/api/v1/epcis/subscriptions/" + NO_SUCH_ORDER, null, null)),

            // EPCIS capture (issue 20): a partner's document becomes a capture job
            rule("POST", "/api/v1/epcis/capture", OPERATOR, f -> Call.json("/api/v1/epcis/capture?partnerId=" + f.partner(),
                    "{\"type\":\"EPCISDocument\"}")),

            // packages (issue 19): refused while the Packages setting is off (409), after the role is checked
            rule("POST", "/api/v1/packages", OPERATOR, f -> Call.json("/api/v1/packages", "{}")),
            rule("POST", "/api/v1/packages/put-in-pack", OPERATOR, f -> Call.json("/api/v1/packages/put-in-pack", "{}")),
            rule("POST", "/api/v1/packages/put-in-pack/many", OPERATOR, f -> Call.json("/api/v1/packages/put-in-pack/many",
                    "{}")),
            rule("POST", "/api/v1/receipts/{id}/received-elsewhere", OPERATOR, f -> Call.json(
                    "/api/v1/receipts/" + f.draftTransfer() + "/received-elsewhere", "")),
            rule("POST", "/api/v1/receipts/asn", OPERATOR, f -> new Call("/api/v1/receipts/asn", "text/csv",
                    "sscc,type\nBOX-1,box\n")),
            rule("POST", "/api/v1/packages/{id}/unpack", OPERATOR, f -> Call.json("/api/v1/packages/999999/unpack",
                    "{}")),
            // the web pages
            rule("POST", "/products/new", MANAGER, f -> Call.form("/products/new",
                    "sku=NEW-1&name=New&tracking=none&uom=Units")),
            rule("POST", "/products/{id}", MANAGER, f -> Call.form("/products/" + f.plainProduct(), "name=Bolts&uom=Units")),
            rule("POST", "/partners/new", MANAGER, f -> Call.form("/partners/new", "name=Acme")),
            rule("POST", "/partners/{id}", MANAGER, f -> Call.form("/partners/" + f.partner(), "name=Acme")),
            rule("POST", "/locations/new", MANAGER, f -> Call.form("/locations/new",
                    "name=Shelf&parentId=" + STOCK + "&usage=internal")),
            rule("POST", "/users/new", ADMIN, f -> Call.form("/users/new",
                    "username=page-user&password=a-long-password-1&role=viewer")),
            rule("POST", "/users/{id}", ADMIN, f -> Call.form("/users/" + f.user(), "role=viewer&active=true")),
            rule("POST", "/locations/{id}", MANAGER, f -> Call.form("/locations/" + STOCK, "name=Stock&usage=internal")),
            rule("POST", "/lots/{id}/dates", MANAGER, f -> Call.form("/lots/" + f.lot() + "/dates",
                    "expirationDate=2099-12-31")),
            rule("POST", "/lots/{id}/quarantine", OPERATOR, f -> Call.form("/lots/" + f.lot() + "/quarantine",
                    "reason=Sample")),
            rule("POST", "/lots/{id}/release", MANAGER, f -> Call.form("/lots/" + f.lot() + "/release",
                    "reason=Fine")),
            rule("POST", "/lots/{id}/recall", MANAGER, f -> Call.form("/lots/" + f.recallLot() + "/recall",
                    "reason=Sample")),
            rule("POST", "/lots/{id}/scrap", OPERATOR, f -> Call.form("/lots/" + f.lot() + "/scrap",
                    "locationId=" + STOCK + "&quantity=1&reason=Broken")),
            rule("POST", "/receipts/new/generate-serials", OPERATOR, f -> Call.form("/receipts/new/generate-serials",
                    "productId=" + f.serialProduct() + "&first=G-1&count=2")),
            rule("POST", "/receipts/new/import-serials", VIEWER, f -> Call.form("/receipts/new/import-serials",
                    "productId=" + f.serialProduct() + "&text=S-1")),
            rule("POST", "/transfer-lines/scan", VIEWER, f -> Call.form("/transfer-lines/scan",
                    "scan=%2801%2909506000134352")),
            rule("POST", "/receipts", OPERATOR, f -> Call.form("/receipts", "productId=" + f.plainProduct()
                    + "&quantity=1")),
            rule("POST", "/deliveries", OPERATOR, f -> Call.form("/deliveries", "productId=" + f.plainProduct()
                    + "&quantity=1")),
            rule("POST", "/internal-transfers", OPERATOR, f -> Call.form("/internal-transfers",
                    "productId=" + f.plainProduct() + "&quantity=1")),
            rule("POST", "/transfers/{id}/edit", OPERATOR, f -> Call.form("/transfers/" + f.draftTransfer() + "/edit",
                    "productId=" + f.plainProduct() + "&quantity=1")),
            rule("POST", "/transfers/{id}/validate", OPERATOR, f -> Call.form(
                    "/transfers/" + f.draftTransfer() + "/validate", "")),
            rule("POST", "/transfers/{id}/reserve", OPERATOR, f -> Call.form(
                    "/transfers/" + f.draftTransfer() + "/reserve", "")),
            rule("POST", "/transfers/{id}/unreserve", OPERATOR, f -> Call.form(
                    "/transfers/" + f.draftTransfer() + "/unreserve", "")),
            rule("POST", "/transfers/{id}/cancel", OPERATOR, f -> Call.form(
                    "/transfers/" + f.draftTransfer() + "/cancel", "")),
            rule("POST", "/transfers/{id}/return", OPERATOR, f -> Call.form("/transfers/" + f.doneReceipt()
                    + "/return", "quantity=1")),
            rule("POST", "/manufacturing", OPERATOR, f -> Call.form("/manufacturing", "productId=" + f.lotProduct()
                    + "&quantity=1")),
            rule("POST", "/manufacturing/{id}/validate", OPERATOR, f -> Call.form(
                    "/manufacturing/" + NO_SUCH_ORDER + "/validate", "")),
            rule("POST", "/inventory-count", MANAGER, f -> Call.form("/inventory-count", "action=preview")),
            rule("POST", "/settings", MANAGER, f -> Call.form("/settings", "lotsAndSerialNumbers=true"
                    + "&expirationDates=true&gs1CompanyPrefixes=&siteGln=&epcisIdentifiers=urn&timeZone=UTC")),
            // the packages' pages (issue 19)
            rule("POST", "/packages/new", OPERATOR, f -> Call.form("/packages/new", "type=box&locationId=" + STOCK)),
            rule("POST", "/packages/put-in-pack", OPERATOR, f -> Call.form("/packages/put-in-pack",
                    "target=new&type=box&locationId=" + STOCK + "&packages=NO-SUCH-PACKAGE")),
            rule("POST", "/packages/{id}/unpack", OPERATOR, f -> Call.form("/packages/999999/unpack", "")),
            rule("POST", "/receipts/asn", OPERATOR, f -> Call.form("/receipts/asn", "csv=sscc%2Ctype%0ABOX-1%2Cbox%0A")),
            rule("POST", "/transfers/{id}/received-elsewhere", OPERATOR, f -> Call.form(
                    "/transfers/" + f.draftTransfer() + "/received-elsewhere", "")));

    private WriteRules() {
    }

    private static Rule rule(String method, String pattern, Role role, Function<Fixture, Call> call) {
        return new Rule(method, pattern, role, call);
    }
}
