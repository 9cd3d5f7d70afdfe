package io.stocktrace.web;

import io.stocktrace.api.FormSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndViewDefiningException;

/**
 * A page form is carried out once per one-time token ({@link SubmitOnceFields}): before the page's handler runs, the
 * token is reserved for the user; a second sending (a double-click, a reload after the POST, Back then submit) gets the
 * first one's redirect to what it created instead of running again. A refused form shown again frees its token (and
 * comes back with a fresh one), so it can be corrected and sent. A POST without a token runs as before.
 */
final class SubmitOnce implements HandlerInterceptor {
    private static final String RUN = SubmitOnce.class.getName() + ".run";
    private final FormSubmissions submissions;

    SubmitOnce(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, ModelAndViewDefiningException {
        if (!"POST".equals(request.getMethod()) || !isPage(handler)) {
            return true; // the API's bodies are left unread: its requests use Idempotency-Key headers
        }
        String token = request.getParameter(SubmitOnceFields.PARAMETER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (token == null || caller == null || caller instanceof AnonymousAuthenticationToken) {
            return true;
        }
        if (!SubmitOnceFields.wellFormed(token)) {
            throw page(HttpStatus.BAD_REQUEST, "Bad request", "This form's one-time token is not valid. Open the "
                    + "form again and send it from its page.");
        }
        FormSubmissions.Claim claim = submissions.claim(caller.getName(), token, request.getRequestURI());
        if (claim instanceof FormSubmissions.Run run) {
            request.setAttribute(RUN, run);
            return true;
        }
        if (claim instanceof FormSubmissions.Done done) {
            response.sendRedirect(done.location());
            return false;
        }
        if (claim instanceof FormSubmissions.AlreadySent sent) {
            throw page(HttpStatus.CONFLICT, "Already submitted", sent.detail());
        }
        throw page(HttpStatus.BAD_REQUEST, "Bad request", "This form's one-time token belongs to another form. Open "
                + "the form again and send it from its page.");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(RUN) instanceof FormSubmissions.Run run) {
            request.removeAttribute(RUN);
            submissions.finish(run, response.getStatus(), response.getHeader("Location"), ex != null);
        }
    }

    private static boolean isPage(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class);
    }

    private static ModelAndViewDefiningException page(HttpStatus status, String title, String detail) {
        return new ModelAndViewDefiningException(ErrorPage.of(status, title, detail));
    }
}
