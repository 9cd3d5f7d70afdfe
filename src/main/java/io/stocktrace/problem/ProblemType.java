package io.stocktrace.problem;

/** The table of truth for every error Stocktrace reports: stable code, HTTP status, title. */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 422, "Validation failed"),
    BAD_REQUEST("bad-request", 400, "Bad request"),
    NOT_FOUND("not-found", 404, "Not found"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    FEATURE_DISABLED("feature-disabled", 409, "Feature disabled"),
    LOT_REQUIRED("lot-required", 422, "Lot or serial number required"),
    LOT_NOT_ALLOWED("lot-not-allowed", 422, "Lot or serial number not allowed"),
    SERIAL_QUANTITY_NOT_ONE("serial-quantity-not-one", 422, "Serial quantity must be 1"),
    DUPLICATE_SERIAL_IN_TRANSFER("duplicate-serial-in-transfer", 422, "Serial number repeated"),
    SERIAL_ALREADY_IN_STOCK("serial-already-in-stock", 409, "Serial number already in stock"),
    DUPLICATE_LOT_NAME("duplicate-lot-name", 409, "Lot name already exists"),
    LOT_NOT_FOUND("lot-not-found", 422, "Lot not found"),
    INSUFFICIENT_STOCK("insufficient-stock", 409, "Insufficient stock"),
    LOT_BLOCKED("lot-blocked", 409, "Lot blocked"),
    LOT_EXPIRED("lot-expired", 409, "Lot expired"),
    INVALID_STATE("invalid-state", 409, "Invalid state"),
    TRACKING_LOCKED("tracking-locked", 409, "Tracking locked"),
    SERIAL_AT_CUSTOMER("serial-at-customer", 409, "Serial number at a customer"),
    RETURN_EXCEEDS_SENT("return-exceeds-sent", 422, "Return exceeds what was sent"),
    LIMIT_EXCEEDED("limit-exceeded", 422, "Limit exceeded"),
    CONFLICT("conflict", 409, "Conflict"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
    IDEMPOTENCY_KEY_IN_FLIGHT("idempotency-key-in-flight", 409, "Idempotency key in flight"),
    IDEMPOTENCY_KEY_ANSWER_LOST("idempotency-key-answer-lost", 409, "Request already done, answer not kept"),
    BACKUP_NOT_SUPPORTED("backup-not-supported", 409, "Backup not supported here"),
    TOO_MANY_ATTEMPTS("too-many-attempts", 429, "Too many attempts"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    REQUEST_TIMEOUT("request-timeout", 408, "Request timeout"),
    DATABASE_UNAVAILABLE("database-unavailable", 503, "Database unavailable"),
    INTERNAL("internal-error", 500, "Internal error"),
    // packages (issue 19)
    ALREADY_PACKED("already-packed", 409, "Already in a package"),
    PACKAGE_CYCLE("package-cycle", 422, "Package inside itself"),
    DUPLICATE_PACKAGE_NAME("duplicate-package-name", 409, "Package name already exists");

    private final String code;
    private final int status;
    private final String title;

    ProblemType(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String typeUri() {
        return "https://stocktrace.io/problems/" + code;
    }
}
