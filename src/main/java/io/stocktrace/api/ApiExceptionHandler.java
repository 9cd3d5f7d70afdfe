package io.stocktrace.api;

import io.stocktrace.limits.Limits;
import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.db.CommittedWrites;
import io.stocktrace.db.DatabaseOutage;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.BoundedError;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.ErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** The one place where anything that goes wrong in the REST API becomes problem+json. */
// no package selector: it must also answer for requests that reach no controller (an unknown path under /api)
@RestControllerAdvice
class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final OperationalMetrics metrics;

    ApiExceptionHandler(OperationalMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(StocktraceException.class)
    ResponseEntity<Object> domain(StocktraceException e, HttpServletRequest request) {
        metrics.rejected(e.type().code());
        return ProblemResponses.entity(e, request.getRequestURI());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> invalidFields(BindException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return problem(ProblemType.VALIDATION_FAILED, errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.", errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(ProblemType.VALIDATION_FAILED, "Some parameters are invalid; see errors.", errors, request);
    }

    // Jackson's own messages name Java types and signatures: the caller gets the field and what it must be.
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StocktraceException limit) { // the body over the size or time limit (RequestBodyLimit)
                return domain(limit, request);
            }
        }
        if (e.getMostSpecificCause() instanceof StreamConstraintsException tooBig) {
            String reason = tooBig.getOriginalMessage();
            return domain(Limits.jsonLimitExceeded(reason == null ? "" : reason.lines().findFirst().orElse("")), request);
        }
        String field = fieldOf(e);
        if ("body".equals(field) || JsonInputProblems.isSyntax(e)) {
            return problem(ProblemType.VALIDATION_FAILED, "The request body is not valid JSON for this endpoint.",
                    List.of(new FieldProblem("body", "is not valid JSON for this endpoint")), request);
        }
        String message = JsonInputProblems.describe(e);
        return problem(ProblemType.VALIDATION_FAILED, field + ": " + message, List.of(new FieldProblem(field, message)),
                request);
    }

    /** The JSON path of the value Jackson could not read ({@code lines[1].quantity}), or {@code body}. */
    private static String fieldOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : j.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? "body" : path.toString();
            }
        }
        return "body";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = e.getRequiredType() == null ? "has a value of the wrong type"
                : JsonInputProblems.mustBe(e.getRequiredType());
        return problem(ProblemType.VALIDATION_FAILED, e.getName() + ": " + message,
                List.of(new FieldProblem(e.getName(), message)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(ProblemType.VALIDATION_FAILED, e.getParameterName() + " is required",
                List.of(new FieldProblem(e.getParameterName(), "is required")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problem(ProblemType.VALIDATION_FAILED, "Header " + e.getHeaderName() + " is required",
                List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(ProblemType.METHOD_NOT_ALLOWED, request.getMethod() + " is not supported here.", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as " + e.getSupportedMediaTypes() + ".",
                List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(ProblemType.NOT_ACCEPTABLE, "This resource is available as " + e.getSupportedMediaTypes() + ".",
                List.of(), request);
    }

    // Outside the API a person with a browser typed the address: answer with the HTML page.
    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return ErrorPage.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND.title(), "There is no page at this address.");
        }
        return problem(ProblemType.NOT_FOUND, "There is nothing at " + request.getRequestURI() + ".", List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this operation.", List.of(), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> constraint(DataIntegrityViolationException e, HttpServletRequest request) {
        return ConstraintProblems.find(e)
                .map(m -> problem(m.type(), m.detail(), List.of(), request))
                .orElseGet(() -> {
                    log.warn("Unmapped constraint violation on {}", request.getRequestURI(), BoundedError.of(e));
                    return problem(ProblemType.CONFLICT, "The request conflicts with stored data.", List.of(), request);
                });
    }

    @ExceptionHandler({PessimisticLockingFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> contention(RuntimeException e, HttpServletRequest request) {
        return ConstraintProblems.find(e)
                .map(m -> problem(m.type(), m.detail(), List.of(), request))
                .orElseGet(() -> problem(ProblemType.CONFLICT,
                        "Another request changed the same stock at the same time; nothing was written. Try again.",
                        List.of(), request));
    }

    /** The client went away before its answer was written (a broken pipe): nobody is left to answer, and no fault of ours. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientGone(Exception e, HttpServletRequest request) {
        log.debug("The client left before the answer to {} {} was written: {}", request.getMethod(),
                request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnreachable(RuntimeException e, HttpServletRequest request) {
        if (!DatabaseOutage.isOutage(e) && e instanceof TransientDataAccessException) {
            return contention(e, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.isOutage(e)) {
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ProblemResponses.databaseUnavailable(e, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), BoundedError.of(e));
        return problem(ProblemType.INTERNAL, CommittedWrites.anyIn(request)
                ? "Something went wrong on our side after a change was saved: look before repeating the request."
                : "Something went wrong on our side; nothing was written.", List.of(), request);
    }

    private ResponseEntity<Object> problem(ProblemType type, String detail, List<FieldProblem> errors,
                                           HttpServletRequest request) {
        metrics.rejected(type.code());
        return ResponseEntity.status(type.status())
                .contentType(ProblemResponses.PROBLEM_JSON)
                .body(ProblemResponses.body(type, detail, errors, Map.of(), request.getRequestURI()));
    }
}
