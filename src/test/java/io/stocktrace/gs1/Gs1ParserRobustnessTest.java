package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A cheap, deterministic mutation run over valid inputs; Jazzer explores further when JAZZER_FUZZ is set. */
class Gs1ParserRobustnessTest {

    private static final List<String> SEEDS = List.of(
            "(01)09520123456788(10)ABC123(17)201225(21)S\\(1",
            "^010952012345678810ABC123^17201225\u001d3103000195",
            "]d2011231231231233310ABC123\u001d99TESTING",
            "]E02112345678900|]e099COMPOSITE\u001d98XYZ",
            "]Q1https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987",
            "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426&3103=000195#frag",
            "HTTP://[2001:db8::1]:8080/stem/414/9520123456788/254/32a%2Fb?&&x&02=09520123456788",
            "(8030)DIGSIG(8006)123456789012310102(21)ABC123(4309)18000000003600000000",
            "(8007)GB82WEST12345698765432(415)9520123456788(8020)REF1(8013)1987654Ad4X4bL5ttr2310c2K");
    private static final String ALPHABET = "()^\\/?&=%#+:.[]]0123456789AZaz\u001d\u0000\u00ff|-dQCEe";

    @Test
    void mutated_inputs_only_ever_raise_syntax_errors() {
        Gs1SyntaxEngine strict = new Gs1SyntaxEngine(Gs1SyntaxEngineVectorsTest.YEAR_2021);
        Gs1SyntaxEngine lenient = strict.withOptions(Gs1Options.defaults().withPermitUnknownAis(true)
                .withUnknownAisAsDigitalLinkAttributes(true).withPermitZeroSuppressedGtin(true)
                .withPermitConvenienceAlphas(true).withAddCheckDigit(true));
        Random random = new Random(20260127L);
        for (int round = 0; round < 4_000; round++) {
            String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            for (Gs1SyntaxEngine engine : List.of(strict, lenient)) {
                onlySyntaxErrors(input, engine::parse);
                onlySyntaxErrors(input, engine::parseBracketed);
                onlySyntaxErrors(input, engine::parseElementString);
                onlySyntaxErrors(input, engine::parseScanData);
                onlySyntaxErrors(input, engine::parseDigitalLink);
                for (Symbology symbology : Symbology.values()) {
                    onlySyntaxErrors(input, data -> engine.toScanData(symbology, data));
                }
            }
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, c);
                case 1 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (text.length() > 0) {
                        text.setCharAt(at, c);
                    }
                }
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    private static void onlySyntaxErrors(String input, Consumer<String> parser) {
        try {
            parser.accept(input);
        } catch (Gs1SyntaxException e) {
            assertThat(e.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            fail("unexpected " + e + " for input '" + Text.printable(input) + "'", e);
        }
    }
}
