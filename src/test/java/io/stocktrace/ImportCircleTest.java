package io.stocktrace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.stocktrace.security.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The application's package, the command line, the benchmarks and the jar's entry point sit in no import circle:
 * {@code launch} calls {@code cli}, {@code cli} calls {@code bench} and the features, and both start the application,
 * which knows none of them.
 */
class ImportCircleTest {
    private static final String ROOT = "io.stocktrace";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void the_root_package_depends_on_no_other_package_of_the_application() {
        noClasses().that().resideInAPackage(ROOT)
                .should().dependOnClassesThat(DescribedPredicate.describe("in a package under io.stocktrace",
                        (JavaClass c) -> c.getPackageName().startsWith(ROOT + ".")))
                .because("the commands and the benchmarks start the application: it must not know them")
                .check(MAIN);
    }

    @Test
    void no_import_circle_passes_through_the_root_package_cli_bench_or_launch() {
        Map<String, Set<String>> graph = packageGraph();
        for (String start : List.of("(root)", "cli", "bench", "launch")) {
            assertThat(circleThrough(graph, start)).as("import circle through %s", start).isEmpty();
        }
    }

    @Test
    void the_package_graph_sees_the_commands_calling_the_benchmarks_and_starting_the_application() {
        Map<String, Set<String>> graph = packageGraph();
        assertThat(graph.get("launch")).contains("cli", "(root)");
        assertThat(graph.get("cli")).contains("bench", "(root)");
        assertThat(graph.get("bench")).contains("(root)");
    }

    @Test
    void the_system_actor_has_the_admin_role() {
        assertThat(SystemActor.authentication().getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.ADMIN.authority());
    }

    /** Top-level package under io.stocktrace ("(root)" for the package itself) to the ones it imports. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : MAIN) {
            String from = top(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getBaseComponentType().getPackageName();
                if (target.equals(ROOT) || target.startsWith(ROOT + ".")) {
                    String to = top(target);
                    if (!to.equals(from)) {
                        graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        return graph;
    }

    /** A path from the package back to itself, if any (breadth first, so the shortest). */
    private static Optional<List<String>> circleThrough(Map<String, Set<String>> graph, String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(graph.getOrDefault(start, Set.of()));
        queue.forEach(p -> cameFrom.put(p, start));
        while (!queue.isEmpty()) {
            String p = queue.poll();
            if (p.equals(start)) {
                List<String> path = new ArrayList<>(List.of(start));
                for (String q = cameFrom.get(start); !q.equals(start); q = cameFrom.get(q)) {
                    path.add(0, q);
                }
                path.add(0, start);
                return Optional.of(path);
            }
            for (String next : graph.getOrDefault(p, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, p);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private static String top(String packageName) {
        return packageName.equals(ROOT) ? "(root)" : packageName.substring(ROOT.length() + 1).split("\\.")[0];
    }
}
