package io.stocktrace.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authorization point, proved on the bytecode: every public service method that writes declares the role it
 * needs ({@link Requires}) or says why it needs none ({@link AnyCaller}), and the annotation is nowhere it would be
 * ignored. A method writes when it opens a read-write transaction, by annotation or with a TransactionTemplate.
 */
class AuthorizationPointTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.stocktrace");

    private static final DescribedPredicate<JavaMethod> PUBLIC_METHOD_OF_A_SERVICE = DescribedPredicate.describe(
            "public methods of *Service classes",
            m -> m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC)
                    && m.getOwner().getSimpleName().endsWith("Service") && !m.getOwner().isNestedClass());

    private static final DescribedPredicate<JavaMethod> WRITES = DescribedPredicate.describe(
            "that open a read-write transaction (@Transactional or a TransactionTemplate)",
            m -> readWriteTransactional(m) || m.getMethodCallsFromSelf().stream().anyMatch(call ->
                    call.getTargetOwner().isAssignableTo("org.springframework.transaction.support.TransactionOperations")
                            && call.getName().startsWith("execute")));

    private static final ArchCondition<JavaMethod> DECLARE_A_ROLE = new ArchCondition<>(
            "declare the role they need with @Requires, or why they need none with @AnyCaller") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean declared = method.isAnnotatedWith(Requires.class) || method.isAnnotatedWith(AnyCaller.class);
            events.add(new SimpleConditionEvent(method, declared, method.getFullName()
                    + (declared ? " declares its role" : " writes without @Requires or @AnyCaller")));
        }
    };

    @Test
    void every_public_service_method_that_writes_declares_its_role() {
        methods().that(PUBLIC_METHOD_OF_A_SERVICE).and(WRITES).should(DECLARE_A_ROLE).check(MAIN);
    }

    @Test
    void role_rules_sit_only_on_public_service_methods_where_the_authorization_point_sees_them() {
        methods().that().areAnnotatedWith(Requires.class).or().areAnnotatedWith(AnyCaller.class)
                .should().bePublic().andShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .check(MAIN);
    }

    @Test
    void no_adapter_makes_its_own_role_rule() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Api")
                .or().areDeclaredInClassesThat().haveSimpleNameEndingWith("Pages")
                .should().notBeAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .andShould().notBeAnnotatedWith("org.springframework.security.access.annotation.Secured")
                .check(MAIN);
    }

    private static boolean readWriteTransactional(JavaMethod method) {
        return method.tryGetAnnotationOfType(Transactional.class).map(t -> !t.readOnly()).orElse(false);
    }
}
