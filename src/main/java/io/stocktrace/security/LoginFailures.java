package io.stocktrace.security;

import io.stocktrace.db.DatabaseOutage;
import io.stocktrace.api.TooManyLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * The login form after a failure: the wrong password message, the wait when the login is throttled, or, when the
 * password could not be checked because the database is not answering, that (not a wrong password, which would make
 * the user retype a right one).
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        String outcome = DatabaseOutage.isOutage(e) ? "unavailable" : e instanceof TooManyLogins ? "throttled" : "error";
        redirect.sendRedirect(request, response, "/login?" + outcome);
    }
}
