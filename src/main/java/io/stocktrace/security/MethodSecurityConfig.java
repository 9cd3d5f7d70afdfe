package io.stocktrace.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The one authorization point: every service method annotated {@link Requires} is checked against the caller's role
 * before it runs (and before its transaction starts), from whichever adapter the call comes. A refusal is Spring
 * Security's {@code AuthorizationDeniedException}: 403 problem+json on the API, the 403 page on the web pages.
 */
@Configuration
@EnableMethodSecurity(prePostEnabled = false)
class MethodSecurityConfig {

    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor requiredRoles() {
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new AnnotationMatchingPointcut(null, Requires.class, true), MethodSecurityConfig::authorize);
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return interceptor;
    }

    /** Granted when the caller's highest role is the one the method requires or a higher one; nobody is refused. */
    static AuthorizationResult authorize(Supplier<? extends Authentication> caller, MethodInvocation call) {
        Authentication who = caller.get();
        boolean granted = who != null && who.isAuthenticated()
                && Role.highestOf(who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
                .filter(role -> role.includes(required(call))).isPresent();
        return new AuthorizationDecision(granted);
    }

    /** The role each method requires, found once per method and class (the annotation search is not free). */
    private static final Map<MethodClassKey, Role> REQUIRED = new ConcurrentHashMap<>();

    private static Role required(MethodInvocation call) {
        Class<?> target = call.getThis() == null ? call.getMethod().getDeclaringClass() : call.getThis().getClass();
        return REQUIRED.computeIfAbsent(new MethodClassKey(call.getMethod(), target),
                key -> requiredOf(AopUtils.getMostSpecificMethod(call.getMethod(), target)));
    }

    private static Role requiredOf(Method method) {
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(method, Requires.class);
        if (requires == null) {
            throw new IllegalStateException("No @Requires on " + method);
        }
        return requires.value();
    }
}
