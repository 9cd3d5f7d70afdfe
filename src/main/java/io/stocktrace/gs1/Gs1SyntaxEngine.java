package io.stocktrace.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses, validates and generates GS1 data in every form a scanner or person gives: bracketed AI data, element
 * strings (FNC1 as '^' or GS), scan data with a symbology identifier, and GS1 Digital Link URIs. Every parse
 * method returns validated data or throws {@link Gs1SyntaxException}; immutable and safe to share.
 */
public final class Gs1SyntaxEngine {

    /** At most this many AIs in one message, as in the GS1 Syntax Engine (MAX_AIS). */
    static final int MAX_AIS = 64;

    /**
     * The longest input parsed by default. A GS1 element string holds at most 64 AIs of at most 90 characters, but
     * the symbols that carry one hold far less (a DataMatrix at most 2,335 characters, a GS1-128 48), and real labels
     * a few dozen: 1,000 leaves room for any Digital Link URI a label prints and refuses a pasted file at once.
     */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 1000;

    private final Gs1Dictionary dictionary;
    private final Clock clock;
    private final Gs1Options options;
    private final AiResolver resolver;
    private final DigitalLinkParser digitalLinkParser;
    private final ScanDataCodec scanDataCodec;
    private final int maxInputLength;

    public Gs1SyntaxEngine(Clock clock) {
        this(Gs1Dictionary.bundled(), clock, Gs1Options.defaults());
    }

    public Gs1SyntaxEngine(Gs1Dictionary dictionary, Clock clock, Gs1Options options) {
        this(dictionary, clock, options, DEFAULT_MAX_INPUT_LENGTH);
    }

    private Gs1SyntaxEngine(Gs1Dictionary dictionary, Clock clock, Gs1Options options, int maxInputLength) {
        if (maxInputLength < 1) {
            throw new IllegalArgumentException("maxInputLength must be positive");
        }
        this.maxInputLength = maxInputLength;
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.resolver = new AiResolver(dictionary, options.permitUnknownAis());
        this.digitalLinkParser = new DigitalLinkParser(resolver, options);
        this.scanDataCodec = new ScanDataCodec(this);
    }

    public Gs1SyntaxEngine withOptions(Gs1Options newOptions) {
        return new Gs1SyntaxEngine(dictionary, clock, newOptions, maxInputLength);
    }

    /** The same engine refusing, before any parsing, input longer than {@code characters}. */
    public Gs1SyntaxEngine withMaxInputLength(int characters) {
        return new Gs1SyntaxEngine(dictionary, clock, options, characters);
    }

    public int maxInputLength() {
        return maxInputLength;
    }

    public Gs1Options options() {
        return options;
    }

    /**
     * Parses any supported form, told apart by its first character: '(' bracketed, ']' scan data, "http" a
     * Digital Link URI, '^' or GS an element string, a digit an element string whose leading FNC1 the scanner
     * dropped. Trailing CR/LF from keyboard-wedge scanners is ignored.
     */
    public Gs1Data parse(String input) {
        String text = stripLineEnd(required(input));
        if (text.isEmpty()) {
            throw Gs1SyntaxException.at(0, "the input is empty");
        }
        char first = text.charAt(0);
        if (first == '(') {
            return parseBracketed(text);
        }
        if (first == ']') {
            return parseScanData(text).gs1().orElseThrow(
                    () -> Gs1SyntaxException.at(3, "the scan carries plain data, not GS1 data"));
        }
        if (DigitalLinks.looksLikeUri(text)) {
            return parseDigitalLink(text);
        }
        if (first == '^' || first == ElementStringParser.GS) {
            return parseElementString(text);
        }
        if (first >= '0' && first <= '9') {
            return validated(ElementStringParser.parseAfterFnc1(text, 0, resolver, true));
        }
        throw Gs1SyntaxException.at(0, "the input is neither bracketed AI data, an element string, scan data"
                + " nor a Digital Link URI");
    }

    /** Like {@link #parse(String)}, returning the error instead of throwing it. */
    public Gs1ParseResult tryParse(String input) {
        try {
            return new Gs1ParseResult.Valid(parse(input));
        } catch (Gs1SyntaxException e) {
            return Gs1ParseResult.Invalid.of(e);
        }
    }

    /** {@code (01)09520123456788(10)ABC123}; a data bracket is escaped as {@code \(}. */
    public Gs1Data parseBracketed(String bracketed) {
        return validated(BracketedParser.parse(required(bracketed), resolver));
    }

    /** {@code ^010952012345678810ABC123^17201225}; FNC1 is '^' or GS and must come first. */
    public Gs1Data parseElementString(String elementString) {
        return validated(ElementStringParser.parse(required(elementString), resolver));
    }

    /** Scanner output such as {@code ]d2010952012345678810ABC123<GS>17201225} or {@code ]Q1https://...}. */
    public ScanData parseScanData(String scanData) {
        return scanDataCodec.parse(required(scanData));
    }

    /** {@code https://id.gs1.org/01/09520123456788/10/ABC123?17=201225}, on any domain and stem. */
    public Gs1Data parseDigitalLink(String uri) {
        return validated(digitalLinkParser.parse(required(uri)));
    }

    /** Validates elements given as a list; error positions are indexes into the list. */
    public Gs1Data validate(List<Gs1Element> elements) {
        return validated(toParsed(elements));
    }

    public String toBracketed(List<Gs1Element> elements) {
        return validate(elements).toBracketed();
    }

    /** Element string with '^' for FNC1 in first position and as separator. */
    public String toElementString(List<Gs1Element> elements) {
        return validate(elements).toElementString();
    }

    public String toDigitalLinkUri(List<Gs1Element> elements) {
        return toDigitalLinkUri(elements, options.digitalLinkStem());
    }

    public String toDigitalLinkUri(List<Gs1Element> elements, String stem) {
        List<ParsedElement> parsed = toParsed(elements);
        validated(parsed);
        return DigitalLinkWriter.write(parsed, stem == null ? Gs1Options.CANONICAL_STEM : stem, options);
    }

    /**
     * Scan data a reader would transmit for {@code data} in the engine's text form ('^' = FNC1, {@code |} before
     * a composite component, {@code \^} for a plain leading caret).
     */
    public String toScanData(Symbology symbology, String data) {
        return scanDataCodec.write(symbology, required(data));
    }

    Gs1Data parseDigitalLinkAt(String uri, int offset) {
        try {
            return parseDigitalLink(uri);
        } catch (Gs1SyntaxException e) {
            throw e.shifted(offset);
        }
    }

    Gs1Data validated(List<ParsedElement> elements) {
        if (elements.size() > MAX_AIS) {
            throw tooManyAis(elements.get(MAX_AIS), elements.size() + " AIs");
        }
        int currentYear = LocalDate.now(clock).getYear();
        for (ParsedElement element : elements) {
            ElementValidator.validate(element, currentYear);
        }
        if (options.checkAssociations()) {
            AssociationRules.validate(elements);
        }
        List<Gs1Element> result = new ArrayList<>(elements.size());
        for (ParsedElement element : elements) {
            result.add(new Gs1Element(element.ai(), element.value()));
        }
        return new Gs1Data(result, dictionary, currentYear);
    }

    /** Parsers add each element through this, so that an input of a million AIs stops at the 65th. */
    static void add(List<ParsedElement> elements, ParsedElement element) {
        if (elements.size() >= MAX_AIS) {
            throw tooManyAis(element, MAX_AIS + 1 + " AIs or more");
        }
        elements.add(element);
    }

    private static Gs1SyntaxException tooManyAis(ParsedElement extra, String count) {
        return Gs1SyntaxException.forAi(extra.ai(), extra.position(),
                "there are " + count + ", more than the " + MAX_AIS + " one message may carry");
    }

    AiResolver resolver() {
        return resolver;
    }

    Gs1Dictionary dictionary() {
        return dictionary;
    }

    private List<ParsedElement> toParsed(List<Gs1Element> elements) {
        if (elements == null || elements.isEmpty()) {
            throw Gs1SyntaxException.at(0, "no elements were given");
        }
        List<ParsedElement> parsed = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Gs1Element element = elements.get(i);
            AiDefinition definition = resolver.resolve(element.ai());
            if (definition == null) {
                throw Gs1SyntaxException.at(i, "(" + Text.printable(element.ai()) + ") is not a known AI");
            }
            parsed.add(ParsedElement.attribute(definition, element.ai(), element.value(), i, i));
        }
        return parsed;
    }

    private String required(String input) {
        if (input == null) {
            throw Gs1SyntaxException.at(0, "no input was given");
        }
        if (input.length() > maxInputLength) {
            throw Gs1SyntaxException.at(maxInputLength, "the input is " + input.length()
                    + " characters long, more than the " + maxInputLength + " a GS1 code may have here");
        }
        return input;
    }

    private static String stripLineEnd(String input) {
        int end = input.length();
        while (end > 0 && (input.charAt(end - 1) == '\n' || input.charAt(end - 1) == '\r')) {
            end--;
        }
        return input.substring(0, end);
    }
}
