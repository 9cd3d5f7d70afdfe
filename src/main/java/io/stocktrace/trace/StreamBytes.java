package io.stocktrace.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The bytes of a streamed trace, written straight into one buffer as UTF-8: numbers as digits, instants as ISO-8601
 * ({@link Instant#toString()}'s text), texts as JSON strings or CSV cells. A trace of 94,000 rows is written without
 * a JSON or CSV library per row, without a character encoder and without a string per value.
 */
final class StreamBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    StreamBytes(OutputStream out) {
        this.out = out;
    }

    StreamBytes ascii(char c) {
        room(1);
        buffer[size++] = (byte) c;
        return this;
    }

    /** Bytes already encoded (a name written before, kept by {@link TraceStreamWriter}). */
    StreamBytes bytes(byte[] encoded) {
        if (encoded.length > buffer.length - size) {
            flush();
            if (encoded.length > buffer.length) {
                write(encoded);
                return this;
            }
        }
        System.arraycopy(encoded, 0, buffer, size, encoded.length);
        size += encoded.length;
        return this;
    }

    /** A text known to be ASCII with nothing to escape (names of fields, numbers as text). */
    StreamBytes ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    StreamBytes number(long value) {
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        room(20);
        if (value < 0) {
            buffer[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** The instant as {@link Instant#toString()} writes it (ISO-8601 in UTC, the fraction in groups of 3 digits). */
    StreamBytes instant(Instant instant) {
        if (!fourDigitYear(instant)) {
            return ascii(instant.toString());
        }
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        // civil from days (H. Hinnant)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        room(30);
        digits(year, 4).ascii('-');
        digits(month, 2).ascii('-');
        digits(day, 2).ascii('T');
        digits(secondOfDay / 3600, 2).ascii(':');
        digits(secondOfDay / 60 % 60, 2).ascii(':');
        digits(secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            ascii('.');
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(nano / 1000, 6);
            } else {
                digits(nano, 9);
            }
        }
        return ascii('Z');
    }

    /** Whether the instant is in the years 0000 to 9999, which {@link Instant#toString()} writes with four digits. */
    static boolean fourDigitYear(Instant instant) {
        return instant.getEpochSecond() >= -62_167_219_200L && instant.getEpochSecond() <= 253_402_300_799L;
    }

    private StreamBytes digits(long value, int count) {
        for (int i = size + count - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += count;
        return this;
    }

    /** A JSON string (quotes, backslashes and control characters escaped), or {@code null}. */
    StreamBytes jsonString(String text) {
        if (text == null) {
            return ascii("null");
        }
        ascii('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                room(1);
                buffer[size++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                ascii('\\').ascii(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> ascii("\\n");
                    case '\r' -> ascii("\\r");
                    case '\t' -> ascii("\\t");
                    case '\b' -> ascii("\\b");
                    case '\f' -> ascii("\\f");
                    default -> ascii("\\u00").ascii((char) HEX[c >> 4]).ascii((char) HEX[c & 15]);
                }
            } else {
                i = utf8(text, i);
            }
        }
        return ascii('"');
    }

    /**
     * A CSV cell as Commons CSV's RFC 4180 format prints it (quoted when it holds a comma, a quote or a line break,
     * starts with a character up to {@code #} or ends with one up to a space; quotes doubled), the text already made
     * safe for a spreadsheet by the caller. Null is an empty cell.
     */
    StreamBytes csvCell(String text) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        boolean quote = text.charAt(0) <= '#' || text.charAt(text.length() - 1) <= ' ';
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            ascii('"');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    ascii('"');
                }
                ascii(c);
            } else {
                i = utf8(text, i);
            }
        }
        if (quote) {
            ascii('"');
        }
        return this;
    }

    /** Writes the non-ASCII character at {@code i} (a pair of surrogates as one) and answers the index it ended on. */
    private int utf8(String text, int i) {
        char c = text.charAt(i);
        room(4);
        if (c < 0x800) {
            buffer[size++] = (byte) (0xC0 | c >> 6);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            buffer[size++] = (byte) (0xF0 | cp >> 18);
            buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            buffer[size++] = '?';
        } else {
            buffer[size++] = (byte) (0xE0 | c >> 12);
            buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    private void room(int bytes) {
        if (size + bytes > buffer.length) {
            flush();
        }
    }

    /** Sends what the buffer holds on (the output itself is flushed by {@link #close}). */
    void flush() {
        try {
            out.write(buffer, 0, size);
            size = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(byte[] encoded) {
        try {
            out.write(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() throws IOException {
        flush();
        out.close();
    }
}
