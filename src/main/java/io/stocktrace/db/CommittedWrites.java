package io.stocktrace.db;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, per HTTP request, that a transaction of it committed: an error answered after that must not claim
 * that nothing was written (a commit followed by a failure while answering, a connection lost afterwards).
 */
@Component
public class CommittedWrites implements TransactionExecutionListener {
    private static final String ATTRIBUTE = CommittedWrites.class.getName();

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (commitFailure == null && !transaction.isReadOnly() && request != null) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static boolean anyIn(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
