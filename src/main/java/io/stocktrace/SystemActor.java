package io.stocktrace;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does on its own behalf, not for a request (demo data at start, benchmarks): it runs as the
 * user {@code system} with the admin role, said explicitly at the call, since a service method refuses a caller that
 * is nobody.
 */
public final class SystemActor {
    public static final String NAME = "system";
    /** {@code Role.ADMIN.authority()}, spelt out so that the root package depends on no feature (SystemActorTest). */
    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(authentication());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The system as a caller: the name {@code system}, the admin role. */
    public static Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(ADMIN_AUTHORITY)));
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
