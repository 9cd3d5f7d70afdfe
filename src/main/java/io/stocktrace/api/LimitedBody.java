package io.stocktrace.api;

import io.stocktrace.RequestLimits;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * A request body read through the limits: it counts the bytes and the time since the first read, and turns
 * the servlet container's read timeout into the same 408 problem.
 */
final class LimitedBody extends ServletInputStream {
    private final ServletInputStream in;
    private final RequestLimits limits;
    private long deadline;
    private long read;

    LimitedBody(ServletInputStream in, RequestLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    static String stalled() {
        return "The client stopped sending the request body. Send the whole body without pauses.";
    }

    static String tooLarge(RequestLimits limits) {
        return "The request body is larger than the limit of " + limits.maxBodySize().toBytes()
                + " bytes; send fewer lines per request.";
    }

    @Override
    public int read() throws IOException {
        int b = guarded(in::read);
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = guarded(() -> in.read(buffer, offset, length));
        return n < 0 ? n : counted(n);
    }

    private int counted(int n) {
        if (read == 0) {
            deadline = System.nanoTime() + limits.bodyReadTimeout().toNanos();
        }
        read += n;
        if (read > limits.maxBodySize().toBytes()) {
            throw new StocktraceException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limits));
        }
        if (System.nanoTime() > deadline) {
            throw timeout("The request body did not arrive within " + limits.bodyReadTimeout().toSeconds()
                    + " seconds.");
        }
        return n;
    }

    private interface Read {
        int next() throws IOException;
    }

    private static int guarded(Read read) throws IOException {
        try {
            return read.next();
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SocketTimeoutException) {
                    throw new StocktraceException(ProblemType.REQUEST_TIMEOUT, stalled());
                }
            }
            throw e;
        }
    }

    private static StocktraceException timeout(String detail) {
        return new StocktraceException(ProblemType.REQUEST_TIMEOUT, detail + " Send the whole body without pauses.");
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
