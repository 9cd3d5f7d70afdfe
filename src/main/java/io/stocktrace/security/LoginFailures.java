package io.stocktrace.security;

import io.stocktrace.api.TooManyLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** The login form after a failure: the wrong password message, or the wait when the login is throttled. */
@Component
class LoginFailures implements AuthenticationFailureHandler {
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        redirect.sendRedirect(request, response, e instanceof TooManyLogins
                ? "/login?throttled" : "/login?error");
    }
}
