package io.stocktrace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session made before its user's password, role or active flag changed: the session's principal
 * carries the security stamp of its login, the table the current one. It reads the principal from the security
 * context, not from the session, so it holds whatever stores the sessions. One indexed read per page request.
 */
class SessionStampCheck extends OncePerRequestFilter {
    private final UserRepository users;

    SessionStampCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !users.activeStamp(user.id()).map(stamp -> stamp == user.securityStamp()).orElse(false)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
