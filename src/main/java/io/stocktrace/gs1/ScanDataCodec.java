package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes scanner output: a symbology identifier followed by the data, with GS as FNC1 separator. */
final class ScanDataCodec {

    private static final char GS = ElementStringParser.GS;
    private static final String COMPOSITE = "|]e0";

    private static final Map<String, Symbology> GS1_IDENTIFIERS = Map.of("]C1", Symbology.GS1_128_CCA,
            "]e0", Symbology.DATABAR_EXPANDED, "]d2", Symbology.DATAMATRIX, "]Q3", Symbology.QR,
            "]J1", Symbology.DOTCODE);
    private static final Map<String, Symbology> PLAIN_IDENTIFIERS = Map.of("]d1", Symbology.DATAMATRIX,
            "]Q1", Symbology.QR, "]J0", Symbology.DOTCODE);

    private final Gs1SyntaxEngine engine;

    ScanDataCodec(Gs1SyntaxEngine engine) {
        this.engine = engine;
    }

    ScanData parse(String scan) {
        if (scan.length() < 3 || scan.charAt(0) != ']') {
            throw Gs1SyntaxException.at(0, "scan data must start with a symbology identifier such as ]C1 or ]d2");
        }
        String identifier = scan.substring(0, 3);
        Symbology gs1Symbology = GS1_IDENTIFIERS.get(identifier);
        if (gs1Symbology != null) {
            Gs1Data data = engine.validated(ElementStringParser.parseAfterFnc1(scan, 3, engine.resolver(), false));
            return new ScanData(gs1Symbology, "^" + scan.substring(3).replace(GS, '^'), Optional.of(data));
        }
        Symbology plainSymbology = PLAIN_IDENTIFIERS.get(identifier);
        if (plainSymbology != null) {
            return parsePlain(plainSymbology, scan.substring(3));
        }
        if (identifier.equals("]E0") || identifier.equals("]E4")) {
            return parseEanUpc(identifier.equals("]E0") ? Symbology.EAN13 : Symbology.EAN8, scan);
        }
        throw Gs1SyntaxException.at(0, "the symbology identifier '" + Text.printable(identifier)
                + "' is not supported");
    }

    private ScanData parsePlain(Symbology symbology, String data) {
        if (DigitalLinks.looksLikeUri(data)) {
            return new ScanData(symbology, data, Optional.of(engine.parseDigitalLinkAt(data, 3)));
        }
        return new ScanData(symbology, PlainData.escape(data), Optional.empty());
    }

    private ScanData parseEanUpc(Symbology symbology, String scan) {
        int bar = scan.indexOf('|');
        String number = scan.substring(3, bar < 0 ? scan.length() : bar);
        int digits = symbology == Symbology.EAN13 ? 13 : 8;
        if (number.length() != digits || !CheckDigit.isValid(number)) {
            throw Gs1SyntaxException.forAi("01", 3, "an " + symbology + " scan must carry " + digits
                    + " digits ending in a valid check digit");
        }
        List<ParsedElement> elements = new ArrayList<>();
        String gtin = "0".repeat(14 - digits) + number;
        elements.add(ParsedElement.attribute(engine.resolver().resolve("01"), "01", gtin, 3, 3));
        String data = number;
        if (bar >= 0) {
            if (!scan.startsWith(COMPOSITE, bar)) {
                throw Gs1SyntaxException.at(bar, "a composite component must start with ]e0");
            }
            elements.addAll(ElementStringParser.parseAfterFnc1(scan, bar + COMPOSITE.length(), engine.resolver(), false));
            data = number + "|^" + scan.substring(bar + COMPOSITE.length()).replace(GS, '^');
        }
        return new ScanData(symbology, data, Optional.of(engine.validated(elements)));
    }

    String write(Symbology symbology, String data) {
        if (symbology == null) {
            throw Gs1SyntaxException.at(0, "a symbology is required to generate scan data");
        }
        if (symbology.isTwoDimensional()) {
            if (data.startsWith("^")) {
                engine.parseElementString(data);
                return symbology.gs1Identifier() + data.substring(1).replace('^', GS);
            }
            return symbology.plainIdentifier() + PlainData.unescape(data);
        }
        int bar = data.indexOf('|');
        String primary = bar < 0 ? data : data.substring(0, bar);
        String composite = bar < 0 ? null : data.substring(bar + 1);
        return switch (symbology) {
            case GS1_128_CCA, GS1_128_CCC, DATABAR_EXPANDED -> writeLinearGs1(symbology, primary, composite);
            case DATABAR_OMNI, DATABAR_LIMITED -> writeDataBarGtin(symbology, primary, composite);
            default -> writeEanUpc(symbology, primary, composite);
        };
    }

    private String writeLinearGs1(Symbology symbology, String primary, String composite) {
        if (!primary.startsWith("^")) {
            throw Gs1SyntaxException.at(0, symbology + " carries GS1 AI data only, which must start with '^'");
        }
        List<ParsedElement> elements = new ArrayList<>(ElementStringParser.parse(primary, engine.resolver()));
        if (composite == null) {
            engine.validated(elements);
            return symbology.gs1Identifier() + primary.substring(1).replace('^', GS);
        }
        String lastAi = elements.get(elements.size() - 1).ai();
        String joint = ElementStrings.needsSeparator(lastAi, engine.dictionary()) ? String.valueOf(GS) : "";
        return "]e0" + primary.substring(1).replace('^', GS) + joint + compositeBody(elements, composite);
    }

    private String writeDataBarGtin(Symbology symbology, String primary, String composite) {
        String gtin = gtin14(primary, 14);
        if (symbology == Symbology.DATABAR_LIMITED && gtin.charAt(0) > '1') {
            throw Gs1SyntaxException.forAi("01", 0, "GS1 DataBar Limited carries only GTINs starting with 0 or 1");
        }
        List<ParsedElement> elements = new ArrayList<>();
        elements.add(ParsedElement.attribute(engine.resolver().resolve("01"), "01", gtin, 0, 0));
        String body = composite == null ? "" : compositeBody(elements, composite);
        engine.validated(elements);
        return "]e001" + gtin + body;
    }

    private String writeEanUpc(Symbology symbology, String primary, String composite) {
        int digits = switch (symbology) {
            case EAN8 -> 8;
            case EAN13 -> 13;
            default -> 12;
        };
        String gtin = gtin14(primary, digits);
        int carried = symbology == Symbology.EAN8 ? 8 : 13;
        if (!gtin.startsWith("0".repeat(14 - carried))) {
            throw Gs1SyntaxException.forAi("01", 0, "the GTIN has too many digits for " + symbology);
        }
        List<ParsedElement> elements = new ArrayList<>();
        elements.add(ParsedElement.attribute(engine.resolver().resolve("01"), "01", gtin, 0, 0));
        String body = composite == null ? "" : "|]e0" + compositeBody(elements, composite);
        engine.validated(elements);
        String number = symbology == Symbology.EAN8 ? gtin.substring(6) : gtin.substring(1);
        return symbology.gs1Identifier() + number + body;
    }

    /** Parses the composite into {@code elements} and returns it with GS separators and no leading FNC1. */
    private String compositeBody(List<ParsedElement> elements, String composite) {
        elements.addAll(ElementStringParser.parse(composite, engine.resolver()));
        engine.validated(elements);
        return composite.substring(1).replace('^', GS);
    }

    /** A GTIN given as {@code ^01} + 14 digits or as its plain digits, padded to 14 and check-digit verified. */
    private String gtin14(String primary, int plainDigits) {
        String digits;
        if (primary.startsWith("^01")) {
            digits = primary.substring(3);
            if (digits.length() != 14) {
                throw Gs1SyntaxException.forAi("01", 3, "a GTIN must have 14 digits");
            }
        } else {
            int expected = engine.options().addCheckDigit() ? plainDigits - 1 : plainDigits;
            if (primary.length() != expected || !primary.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw Gs1SyntaxException.at(0, "the number must have " + expected + " digits");
            }
            digits = engine.options().addCheckDigit() ? primary + CheckDigit.compute(primary) : primary;
        }
        String gtin = "0".repeat(14 - digits.length()) + digits;
        if (!CheckDigit.isValid(gtin)) {
            throw Gs1SyntaxException.forAi("01", 0, "the check digit is incorrect");
        }
        return gtin;
    }
}
