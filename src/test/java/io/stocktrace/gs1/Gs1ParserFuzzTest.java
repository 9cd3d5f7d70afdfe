package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stocktrace.support.LinearTime;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Whatever the input, the parsers return a result or throw {@link Gs1SyntaxException} with a message; nothing
 * else, and in time proportional to the input ({@link LinearTime}: the engines here have no input length cap, so
 * the parsers themselves are timed at a quarter of a million characters). Without JAZZER_FUZZ these run once over
 * the seeds in Gs1ParserFuzzTestInputs.
 */
class Gs1ParserFuzzTest {

    private static final Gs1SyntaxEngine CAPPED = new Gs1SyntaxEngine(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final Gs1SyntaxEngine STRICT = CAPPED.withMaxInputLength(Integer.MAX_VALUE);
    private static final Gs1SyntaxEngine LENIENT = STRICT.withOptions(Gs1Options.defaults()
            .withPermitUnknownAis(true).withUnknownAisAsDigitalLinkAttributes(true)
            .withPermitZeroSuppressedGtin(true).withPermitConvenienceAlphas(true));
    private static final List<String> SCAN_IDENTIFIERS =
            List.of("]C1", "]e0", "]d2", "]Q3", "]J1", "]d1", "]Q1", "]J0", "]E0", "]E4", "]E0|]e0", "]X9");

    @FuzzTest
    void bracketed(byte[] input) {
        LinearTime.check(text(input), text -> {
            onlySyntaxErrors(text, STRICT::parseBracketed);
            onlySyntaxErrors(text, LENIENT::parseBracketed);
        });
    }

    @FuzzTest
    void elementStringAndScanData(byte[] input) {
        LinearTime.check(text(input), text -> {
            onlySyntaxErrors(text, STRICT::parseElementString);
            onlySyntaxErrors(text, STRICT::parseScanData);
            onlySyntaxErrors(text, LENIENT::parseScanData);
            onlySyntaxErrors(text, STRICT::parse);
            onlySyntaxErrors(text, CAPPED::parse);
        });
    }

    /** Scan data as a reader sends it: a symbology identifier picked by the first byte, then anything. */
    @FuzzTest
    void scanData(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String identifier = SCAN_IDENTIFIERS.get(Byte.toUnsignedInt(input[0]) % SCAN_IDENTIFIERS.size());
        String data = text(input).substring(1);
        LinearTime.check(data, body -> {
            onlySyntaxErrors(identifier + body, STRICT::parseScanData);
            onlySyntaxErrors(identifier + body, LENIENT::parse);
        });
    }

    @FuzzTest
    void digitalLink(byte[] input) {
        LinearTime.check(text(input), text -> {
            onlySyntaxErrors(text, STRICT::parseDigitalLink);
            onlySyntaxErrors(text, LENIENT::parseDigitalLink);
        });
    }

    /** A Digital Link URI around the input: as a path after a primary key, and as a query string. */
    @FuzzTest
    void digitalLinkPathAndQuery(byte[] input) {
        LinearTime.check(text(input), text -> {
            onlySyntaxErrors("https://id.gs1.org/01/09520123456788/" + text, LENIENT::parseDigitalLink);
            onlySyntaxErrors("https://id.gs1.org/01/09520123456788?" + text, STRICT::parseDigitalLink);
            onlySyntaxErrors("https://example.com/" + text + "/01/09520123456788", STRICT::parse);
        });
    }

    // Latin-1 maps every byte to one char, so GS, NUL and bytes above 127 all reach the parser.
    private static String text(byte[] input) {
        return new String(input, StandardCharsets.ISO_8859_1);
    }

    private static void onlySyntaxErrors(String input, Consumer<String> parser) {
        try {
            parser.accept(input);
        } catch (Gs1SyntaxException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.position()).isBetween(0, input.length());
        }
    }
}
