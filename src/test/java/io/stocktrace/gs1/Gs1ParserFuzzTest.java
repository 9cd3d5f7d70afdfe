package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Whatever the input, the parsers return a result or throw {@link Gs1SyntaxException} with a message; nothing
 * else. Without JAZZER_FUZZ these run once over the seeds in Gs1ParserFuzzTestInputs.
 */
class Gs1ParserFuzzTest {

    private static final Gs1SyntaxEngine STRICT = new Gs1SyntaxEngine(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final Gs1SyntaxEngine LENIENT = STRICT.withOptions(Gs1Options.defaults()
            .withPermitUnknownAis(true).withUnknownAisAsDigitalLinkAttributes(true)
            .withPermitZeroSuppressedGtin(true).withPermitConvenienceAlphas(true));

    @FuzzTest
    void bracketed(byte[] input) {
        onlySyntaxErrors(text(input), STRICT::parseBracketed);
        onlySyntaxErrors(text(input), LENIENT::parseBracketed);
    }

    @FuzzTest
    void elementStringAndScanData(byte[] input) {
        String text = text(input);
        onlySyntaxErrors(text, STRICT::parseElementString);
        onlySyntaxErrors(text, STRICT::parseScanData);
        onlySyntaxErrors(text, LENIENT::parseScanData);
        onlySyntaxErrors(text, STRICT::parse);
    }

    @FuzzTest
    void digitalLink(byte[] input) {
        onlySyntaxErrors(text(input), STRICT::parseDigitalLink);
        onlySyntaxErrors(text(input), LENIENT::parseDigitalLink);
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
