package io.stocktrace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: domain types are plain Java, services know nothing of the REST adapters, and only the
 * application's entry point knows the command line.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.stocktrace");

    private static final Set<String> FEATURE_PACKAGES = Set.of("catalog", "partner", "location", "lot", "stock",
            "settings", "security", "problem", "gs1", "manufacturing", "trace", "inventory", "csv");
    private static final List<String> ADAPTER_SUFFIXES = List.of("Api", "Repository", "Service", "Pages");
    private static final String[] FRAMEWORK = {"org.springframework..", "jakarta.servlet..", "javax.servlet..",
            "java.sql.."};

    private static final DescribedPredicate<JavaClass> IN_A_FEATURE_PACKAGE = DescribedPredicate.describe(
            "in a feature package " + FEATURE_PACKAGES, c -> featurePackage(c.getPackageName()));

    private static final DescribedPredicate<JavaClass> ADAPTER_OR_SPRING_COMPONENT = DescribedPredicate.describe(
            "named or nested in *Api, *Repository, *Service, *Pages, or a Spring component",
            c -> isOrIsNestedIn(c, ArchitectureTest::isAdapter) || isSpringComponent(c));

    private static final DescribedPredicate<JavaClass> RECORD_OR_ENUM = DescribedPredicate.describe("records or enums",
            c -> c.isRecord() || c.isEnum());

    private static final DescribedPredicate<JavaClass> SERVLET_FILTER = DescribedPredicate.describe("servlet filters",
            c -> c.isAssignableTo("jakarta.servlet.Filter"));

    private static final DescribedPredicate<JavaClass> REST_API = DescribedPredicate.describe(
            "named or nested in *Api", c -> isOrIsNestedIn(c, k -> k.getSimpleName().endsWith("Api")));

    private static final DescribedPredicate<JavaClass> SERVICE = DescribedPredicate.describe(
            "named or nested in *Service, or annotated @Service",
            c -> isOrIsNestedIn(c, k -> k.getSimpleName().endsWith("Service")
                    || k.isAnnotatedWith("org.springframework.stereotype.Service")));

    private static final DescribedPredicate<JavaClass> WEB_ADAPTER = DescribedPredicate.describe(
            "web adapters (*Api, *Pages, controllers, controller advice, the api package)",
            c -> c.getPackageName().startsWith("io.stocktrace.api") || c.getPackageName().startsWith("io.stocktrace.web")
                    || isOrIsNestedIn(c, k -> k.getSimpleName().endsWith("Api") || k.getSimpleName().endsWith("Pages")
                    || k.isMetaAnnotatedWith("org.springframework.stereotype.Controller")
                    || k.isAnnotatedWith("org.springframework.stereotype.Controller")
                    || k.isMetaAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
                    || k.isAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")));

    @Test
    void domain_records_and_enums_depend_on_nothing_from_spring_servlet_or_jdbc() {
        classes().that(IN_A_FEATURE_PACKAGE).and(RECORD_OR_ENUM).and(DescribedPredicate.not(ADAPTER_OR_SPRING_COMPONENT))
                .should().onlyDependOnClassesThat(DescribedPredicate.not(framework()))
                .because("domain types (records, enums, policies) import nothing from Spring, servlet or java.sql")
                .check(MAIN);
    }

    @Test
    void plain_policy_classes_of_the_feature_packages_depend_on_nothing_from_spring_servlet_or_jdbc() {
        noClasses().that(IN_A_FEATURE_PACKAGE).and(DescribedPredicate.not(RECORD_OR_ENUM))
                .and(DescribedPredicate.not(ADAPTER_OR_SPRING_COMPONENT)).and(DescribedPredicate.not(SERVLET_FILTER))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .because("rules such as LotName, Gtin, LineRules and Validation are plain Java, tested without Spring")
                .check(MAIN);
    }

    @Test
    void the_rule_for_domain_types_covers_the_records_enums_and_policies_it_is_meant_for() {
        List<String> covered = MAIN.stream()
                .filter(c -> IN_A_FEATURE_PACKAGE.test(c) && !ADAPTER_OR_SPRING_COMPONENT.test(c))
                .map(JavaClass::getName).toList();
        org.assertj.core.api.Assertions.assertThat(covered).contains("io.stocktrace.lot.LotName",
                "io.stocktrace.lot.LotDates", "io.stocktrace.stock.LineRules", "io.stocktrace.stock.LineRules$Expanded",
                "io.stocktrace.stock.RemovalStrategy", "io.stocktrace.stock.TransferRequest$Line",
                "io.stocktrace.stock.LedgerCheck$Drift", "io.stocktrace.catalog.Gtin", "io.stocktrace.problem.ProblemType",
                "io.stocktrace.problem.StocktraceException", "io.stocktrace.security.Role",
                "io.stocktrace.settings.Settings", "io.stocktrace.location.LocationUsage", "io.stocktrace.gs1.Gs1Date");
        org.assertj.core.api.Assertions.assertThat(covered).doesNotContain("io.stocktrace.stock.TransferService",
                "io.stocktrace.stock.TransferApi$TransferView", "io.stocktrace.stock.QuantRepository$Presence",
                "io.stocktrace.stock.TransferDrafts", "io.stocktrace.catalog.ProductService$ProductChange");
    }

    @Test
    void services_do_not_depend_on_rest_api_classes() {
        noClasses().that(SERVICE).should().dependOnClassesThat(REST_API)
                .because("REST controllers call services, never the other way round")
                .check(MAIN);
    }

    @Test
    void nothing_but_web_adapters_depends_on_rest_api_classes() {
        noClasses().that(DescribedPredicate.not(WEB_ADAPTER)).should().dependOnClassesThat(REST_API)
                .because("services, repositories, components and domain types sit below the REST adapters")
                .check(MAIN);
    }

    @Test
    void only_the_application_entry_point_depends_on_the_command_line() {
        noClasses().that().resideOutsideOfPackage("io.stocktrace.cli..")
                .and().doNotHaveFullyQualifiedName("io.stocktrace.launch.Main")
                .should().dependOnClassesThat().resideInAPackage("io.stocktrace.cli..")
                .because("CLI commands call feature services; features never call the CLI")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> framework() {
        return DescribedPredicate.describe("in Spring, servlet or java.sql", c -> {
            String name = c.getPackageName();
            return name.startsWith("org.springframework") || name.startsWith("jakarta.servlet")
                    || name.startsWith("javax.servlet") || name.startsWith("java.sql");
        });
    }

    private static boolean featurePackage(String packageName) {
        if (!packageName.startsWith("io.stocktrace.")) {
            return false;
        }
        String feature = packageName.substring("io.stocktrace.".length()).split("\\.")[0];
        return FEATURE_PACKAGES.contains(feature);
    }

    private static boolean isAdapter(JavaClass c) {
        return ADAPTER_SUFFIXES.stream().anyMatch(s -> c.getSimpleName().endsWith(s));
    }

    /** A Spring component itself; records nested in one (LedgerCheck.Drift) are still domain types. */
    private static boolean isSpringComponent(JavaClass c) {
        return c.isAnnotatedWith("org.springframework.stereotype.Component")
                || c.isMetaAnnotatedWith("org.springframework.stereotype.Component");
    }

    private static boolean isOrIsNestedIn(JavaClass c, java.util.function.Predicate<JavaClass> test) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (test.test(k.get())) {
                return true;
            }
        }
        return false;
    }
}
