package io.stocktrace.gs1;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class Gs1PackageDependenciesTest {

    @Test
    void the_gs1_engine_is_plain_java_without_spring_servlet_or_jdbc_only_its_rest_adapter_is_not() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.stocktrace.gs1");
        noClasses().that().resideInAPackage("io.stocktrace.gs1..").and().doNotHaveSimpleName("Gs1Api")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "javax.servlet..", "java.sql..", "javax.sql..")
                .check(classes);
    }
}
