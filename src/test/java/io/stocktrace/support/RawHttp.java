package io.stocktrace.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One HTTP/1.1 connection written byte by byte, for what a well-behaved client cannot do: declare a body it never
 * sends, trickle it, stall in the headers. Every request asks the server to close the connection after answering.
 */
public final class RawHttp implements AutoCloseable {
    /** What came back: the status (0 when the server closed without answering) and everything after the headers. */
    public record Answer(int status, String head, String body) {
        /** The JSON object of the body, whatever the transfer coding. */
        public String json() {
            int start = body.indexOf('{');
            int end = body.lastIndexOf('}');
            return start < 0 || end < start ? "" : body.substring(start, end + 1);
        }
    }

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    public static RawHttp open(int port) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout((int) Duration.ofSeconds(15).toMillis());
        return new RawHttp(socket);
    }

    /** The request line and headers of a POST as the admin, with these extra header lines (each ending CRLF). */
    public static String post(String path, String extraHeaders) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ApiTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Basic " + basic
                + "\r\nContent-Type: application/json\r\n" + extraHeaders + "\r\n";
    }

    public RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawHttp send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Whether the server has started to answer (or closed), without waiting. */
    public boolean answered() throws IOException {
        return socket.getInputStream().available() > 0 || socket.isInputShutdown();
    }

    /** Reads until the server closes the connection (or 15 s pass). */
    public Answer answer() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException stillOpenOrReset) {
            // what arrived so far is the answer
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
            return new Answer(0, text, "");
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, headEnd), text.substring(headEnd + 4));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
