package io.stocktrace.security;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.PageSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the API and of the web pages holds the role rule of {@link WriteRules}: each role below the
 * rule's is refused (403 problem+json on the API, the 403 page on the pages, a form posted with its CSRF token), the
 * rule's role is let through. The endpoints are found in Spring's handler mapping, so a new one without a rule fails.
 */
abstract class RoleRulesTests extends ApiTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void every_write_handler_of_the_api_and_the_pages_has_one_rule_and_every_rule_a_handler() {
        Set<String> handlers = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("io.stocktrace")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            // a handler mapped without a method answers every method, writes included
            Set<RequestMethod> writes = methods.isEmpty() ? WRITES : methods;
            for (RequestMethod m : writes) {
                if (WRITES.contains(m)) {
                    info.getPatternValues().forEach(p -> handlers.add(m.name() + " " + p));
                }
            }
        });
        Set<String> rules = new TreeSet<>(WriteRules.ALL.stream().map(WriteRules.Rule::key).toList());
        assertThat(rules).as("one rule per rule key").hasSameSizeAs(WriteRules.ALL);
        assertThat(handlers).as("write handlers without a rule in WriteRules (add one), or rules without a handler")
                .containsExactlyElementsOf(rules);
    }

    @TestFactory
    Stream<DynamicTest> each_role_below_a_rule_is_refused_and_the_rule_s_role_is_let_through() {
        WriteRules.Fixture fixture = fixture();
        Map<Role, Caller> callers = callers();
        return WriteRules.ALL.stream().flatMap(rule -> Stream.of(Role.values())
                .filter(role -> role.compareTo(rule.role()) <= 0)
                .map(role -> DynamicTest.dynamicTest(rule + ", as " + role.wire(), () -> {
                    var call = rule.call().apply(fixture);
                    HttpResponse<String> r = callers.get(role).send(rule, call);
                    if (role == rule.role()) {
                        assertThat(r.statusCode()).as("%s as %s: %s", rule.key(), role.wire(), r.body())
                                .isNotEqualTo(403);
                    } else {
                        assertThat(r.statusCode()).as("%s as %s: %s", rule.key(), role.wire(), r.body())
                                .isEqualTo(403);
                        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                                .startsWith(rule.page() ? "text/html" : "application/problem+json");
                    }
                })));
    }

    private WriteRules.Fixture fixture() {
        long lotProduct = given.product("MILK", "lot");
        long serialProduct = given.product("PHONE", "serial");
        long plainProduct = given.product("BOLTS", "none");
        var receipt = given.receivedLot(lotProduct, "L1", 10);
        given.receivedLot(lotProduct, "L2", 5);
        given.done(given.transfer("receipt", null, line(plainProduct, null, null, 50)));
        var draft = given.transfer("receipt", null, line(plainProduct, null, null, 1));
        long user = admin.post("/api/v1/users", Map.of("username", "someone", "password", "someone-password-1",
                "role", "viewer")).json().path("id").asLong();
        long token = admin.post("/api/v1/users/" + user + "/tokens", Map.of("name", "t")).json().path("id").asLong();
        return new WriteRules.Fixture(lotProduct, serialProduct, plainProduct, given.lotId(lotProduct, "L1"),
                given.lotId(lotProduct, "L2"), receipt.path("id").asLong(), draft.path("id").asLong(), user, token,
                given.partner("ACME"));
    }

    private Map<Role, Caller> callers() {
        Map<Role, Caller> callers = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String name = "as-" + role.wire();
            String password = "password-of-" + name;
            long id = admin.post("/api/v1/users", Map.of("username", name, "password", password, "role", role.wire()))
                    .json().path("id").asLong();
            String token = admin.post("/api/v1/users/" + id + "/tokens", Map.of("name", "rules"))
                    .json().path("token").asString();
            callers.put(role, new Caller(port, token, PageSession.logIn(port, name, password)));
        }
        return callers;
    }

    /** One user, on the API with a token and on the pages with a session. */
    private record Caller(int port, String token, PageSession pages) {
        HttpResponse<String> send(WriteRules.Rule rule, WriteRules.Call call) throws Exception {
            if (rule.page()) {
                return pages.post(call.path(), call.body());
            }
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
            var body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body());
            return CLIENT.send(request.method(rule.method(), body).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
