package io.stocktrace.gs1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The AI table, read from the GS1 Barcode Syntax Dictionary text at start-up. Lookups are array-indexed by the
 * numeric AI so that parsing allocates nothing to find an AI.
 */
public final class Gs1Dictionary {

    static final String BUNDLED_RESOURCE = "/gs1/gs1-syntax-dictionary.txt";

    // GS1 General Specifications "pre-defined length" table by the first two AI digits; used only to vivify
    // AIs the dictionary does not list (0 = variable length).
    private static final int[] PREDEFINED_VALUE_LENGTH_BY_PREFIX = predefinedValueLengths();

    private final AiDefinition[][] byLength = {null, null, new AiDefinition[100], new AiDefinition[1000],
            new AiDefinition[10000]};
    private final int[] aiLengthByPrefix = new int[100];
    private final List<AiDefinition> definitions;

    private Gs1Dictionary(List<AiDefinition> definitions) {
        this.definitions = Collections.unmodifiableList(definitions);
        for (AiDefinition definition : definitions) {
            String ai = definition.ai();
            byLength[ai.length()][Integer.parseInt(ai)] = definition;
            aiLengthByPrefix[Integer.parseInt(ai.substring(0, 2))] = ai.length();
        }
    }

    /** The dictionary shipped in this package (release 2026-01-27). */
    public static Gs1Dictionary bundled() {
        return Bundled.INSTANCE;
    }

    public static Gs1Dictionary read(InputStream in) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Gs1Dictionary(DictionaryReader.parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GS1 syntax dictionary", e);
        }
    }

    List<AiDefinition> definitions() {
        return definitions;
    }

    /** The definition of exactly this AI, or null. */
    AiDefinition find(String ai) {
        return find(ai, 0, ai.length());
    }

    AiDefinition find(String s, int start, int length) {
        if (length < 2 || length > 4 || start + length > s.length()) {
            return null;
        }
        int code = digits(s, start, length);
        return code < 0 ? null : byLength[length][code];
    }

    /** The definition of the AI that starts at {@code start}, chosen by the length its first two digits imply. */
    AiDefinition findAtStart(String s, int start) {
        int length = aiLengthAt(s, start);
        return length == 0 ? null : find(s, start, length);
    }

    /** AI length implied by the two digits at {@code start}, or 0 when no listed AI starts with them. */
    int aiLengthAt(String s, int start) {
        int prefix = digits(s, start, 2);
        return prefix < 0 ? 0 : aiLengthByPrefix[prefix];
    }

    /**
     * A permissive definition for an AI the dictionary does not list, or null when the AI cannot exist: it is not
     * 2 to 4 digits, its length contradicts the AIs sharing its first two digits, or it is a prefix of a listed AI.
     */
    AiDefinition vivify(String ai) {
        int length = ai.length();
        if (length < 2 || length > 4 || digits(ai, 0, length) < 0) {
            return null;
        }
        int prefix = digits(ai, 0, 2);
        int impliedLength = aiLengthByPrefix[prefix];
        if (impliedLength != 0 && impliedLength != length) {
            return null;
        }
        int valueLength = PREDEFINED_VALUE_LENGTH_BY_PREFIX[prefix];
        return AiDefinition.unknown(ai, impliedLength == 0 ? 0 : valueLength);
    }

    static int digits(String s, int start, int length) {
        if (start < 0 || start + length > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int[] predefinedValueLengths() {
        int[] lengths = new int[100];
        lengths[0] = 18;
        lengths[1] = 14;
        lengths[2] = 14;
        lengths[3] = 14;
        lengths[4] = 16;
        for (int prefix = 11; prefix <= 19; prefix++) {
            lengths[prefix] = 6;
        }
        lengths[20] = 2;
        for (int prefix = 31; prefix <= 36; prefix++) {
            lengths[prefix] = 6;
        }
        lengths[41] = 13;
        return lengths;
    }

    private static final class Bundled {
        static final Gs1Dictionary INSTANCE = load();

        private static Gs1Dictionary load() {
            try (InputStream in = Gs1Dictionary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
