package io.stocktrace.web;

import io.stocktrace.problem.BoundedError;
import io.stocktrace.db.CommittedWrites;
import io.stocktrace.db.DatabaseOutage;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the web pages become an HTML page in the layout, never problem+json (that is the REST API's). */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(StocktraceException.class)
    ModelAndView problem(StocktraceException e) {
        return page(HttpStatus.valueOf(e.type().status()), e.type().title(), e.getMessage());
    }

    // a service's role rule refused the caller: the page says so instead of the generic error
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN.title(), "Your role does not allow this operation.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION_FAILED.title(),
                "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST.title(),
                "This page needs the parameter '" + e.getParameterName() + "' in its address.");
    }

    @ExceptionHandler(MissingPathVariableException.class)
    ModelAndView missingPathVariable(MissingPathVariableException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST.title(),
                "This page needs '" + e.getVariableName() + "' in its address.");
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badType(TypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST.title(),
                "'" + e.getValue() + "' is not a valid " + e.getPropertyName() + ".");
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class})
    ModelAndView wrongMethod(HttpRequestMethodNotSupportedException e) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, ProblemType.METHOD_NOT_ALLOWED.title(),
                "This page does not answer " + e.getMethod() + ".");
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    ModelAndView badValue(RuntimeException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION_FAILED.title(), "A value in the address is not valid.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseOutage.isOutage(e)) {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            return page(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DATABASE_UNAVAILABLE.title(),
                    DatabaseOutage.detail(e, CommittedWrites.anyIn(request)));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), BoundedError.of(e));
        return page(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL.title(),
                "Something went wrong on our side; nothing was written.");
    }

    private static ModelAndView page(HttpStatus status, String title, String detail) {
        return ErrorPage.of(status, title, detail);
    }
}
