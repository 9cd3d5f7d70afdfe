package io.stocktrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.OnH2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md is the contract: its route table lists every route the server publishes in its OpenAPI document, and
 * nothing else under /api; its error table lists every problem code with its status. The rule is written at the top
 * of docs/api.md.
 */
@OnH2
class ApiContractDocumentedH2IT extends ApiTest {
    private static final Path CONTRACT = Path.of("docs", "api.md");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    // | GET | `/api/v1/lots/{id}` | ...  (a row of the route table)
    private static final Pattern ROUTE_ROW = Pattern.compile(
            "^\\|\\s*(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)\\s*\\|\\s*`(/[^`\\s]*)`\\s*\\|.*$", Pattern.MULTILINE);
    // | `lot-blocked` | 409 | ...  (a row of the error table)
    private static final Pattern PROBLEM_ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|\\s*(\\d{3})\\s*\\|",
            Pattern.MULTILINE);

    @Test
    void every_route_of_the_openapi_document_is_in_the_route_table_of_the_contract() throws IOException {
        Set<String> missing = new TreeSet<>(publishedRoutes());
        missing.removeAll(documentedRoutes());
        assertThat(missing)
                .as("routes of /v3/api-docs missing from the route table of docs/api.md (add a row per route:"
                        + " | METHOD | `path as in OpenAPI` | role | where |)")
                .isEmpty();
    }

    @Test
    void the_route_table_of_the_contract_lists_no_route_the_server_does_not_publish() throws IOException {
        Set<String> stale = new TreeSet<>(documentedRoutes());
        stale.removeAll(publishedRoutes());
        stale.removeIf(route -> !route.split(" ", 2)[1].startsWith("/api/"));
        assertThat(stale).as("rows of the route table of docs/api.md that /v3/api-docs does not publish").isEmpty();
    }

    @Test
    void every_problem_code_is_in_the_error_table_of_the_contract_with_its_status() throws IOException {
        Set<String> documented = new LinkedHashSet<>();
        Matcher row = PROBLEM_ROW.matcher(contract());
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        Set<String> missing = new TreeSet<>();
        Arrays.stream(ProblemType.values()).map(t -> t.code() + " " + t.status())
                .filter(codeAndStatus -> !documented.contains(codeAndStatus)).forEach(missing::add);
        assertThat(missing)
                .as("problem codes (with their status) missing from the error table of docs/api.md (| `code` | status | when |)")
                .isEmpty();
    }

    private Set<String> publishedRoutes() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        Set<String> routes = new TreeSet<>();
        docs.json().path("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(routes).as("routes of /v3/api-docs").isNotEmpty();
        return routes;
    }

    private static Set<String> documentedRoutes() throws IOException {
        Set<String> routes = new TreeSet<>();
        Matcher row = ROUTE_ROW.matcher(contract());
        while (row.find()) {
            routes.add(row.group(1) + " " + row.group(2));
        }
        return routes;
    }

    private static String contract() throws IOException {
        assertThat(CONTRACT).as("the HTTP contract, from the project's root").exists();
        return Files.readString(CONTRACT, StandardCharsets.UTF_8);
    }
}
