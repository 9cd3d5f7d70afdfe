package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the text format of the GS1 Barcode Syntax Dictionary:
 * {@code AIs [Flags] Specification [Attributes...] [# Title]}, where AIs may be a range such as 3100-3105.
 */
final class DictionaryReader {

    private static final String FLAG_CHARACTERS = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";

    private DictionaryReader() {
    }

    static List<AiDefinition> parse(String text) {
        List<AiDefinition> definitions = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            int hash = line.indexOf('#');
            String body = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (body.isEmpty()) {
                continue;
            }
            String title = hash < 0 ? "" : line.substring(hash + 1).trim();
            try {
                definitions.addAll(parseEntry(body.split("\\s+"), title));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("syntax dictionary line " + lineNumber + " is malformed: " + line, e);
            }
        }
        return definitions;
    }

    private static List<AiDefinition> parseEntry(String[] tokens, String title) {
        int i = 1;
        String flags = "";
        if (i < tokens.length && isFlags(tokens[i])) {
            flags = tokens[i++];
        }
        List<AiComponent> components = new ArrayList<>();
        while (i < tokens.length && isComponent(tokens[i])) {
            components.add(parseComponent(tokens[i++]));
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException("no data specification");
        }
        Attributes attributes = parseAttributes(Arrays.copyOfRange(tokens, i, tokens.length));
        List<AiDefinition> definitions = new ArrayList<>();
        for (String ai : expandRange(tokens[0])) {
            definitions.add(new AiDefinition(ai, title, flags.indexOf('*') < 0, flags.indexOf('?') >= 0,
                    List.copyOf(components), attributes.requires, attributes.excludes,
                    attributes.keyQualifierSequences, true));
        }
        return definitions;
    }

    private static boolean isFlags(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (FLAG_CHARACTERS.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isComponent(String token) {
        char first = token.charAt(0);
        return first == '[' || first == 'N' || first == 'X' || first == 'Y' || first == 'Z';
    }

    /** {@code N13,csum,gcppos1}, {@code X..20}, {@code [X..17]} or {@code [N3],iso3166}. */
    static AiComponent parseComponent(String token) {
        boolean optional = token.startsWith("[");
        String type;
        String linterList;
        if (optional) {
            int close = token.indexOf(']');
            type = token.substring(1, close);
            linterList = token.substring(close + 1);
        } else {
            int comma = token.indexOf(',');
            type = comma < 0 ? token : token.substring(0, comma);
            linterList = comma < 0 ? "" : token.substring(comma);
        }
        CharacterSet characterSet = CharacterSet.valueOf(type.substring(0, 1));
        boolean variable = type.startsWith("..", 1);
        int max = Integer.parseInt(type.substring(variable ? 3 : 1));
        List<String> names = new ArrayList<>();
        for (String name : linterList.split(",")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        List<Linter> linters = names.stream().map(Linters::named).toList();
        return new AiComponent(characterSet, variable ? 1 : max, max, optional, List.copyOf(names), linters);
    }

    private static List<String> expandRange(String token) {
        int dash = token.indexOf('-');
        if (dash < 0) {
            return List.of(token);
        }
        String first = token.substring(0, dash);
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(token.substring(dash + 1));
        List<String> ais = new ArrayList<>();
        for (int code = from; code <= to; code++) {
            ais.add(String.format("%0" + first.length() + "d", code));
        }
        return ais;
    }

    private static Attributes parseAttributes(String[] tokens) {
        Attributes attributes = new Attributes();
        for (String token : tokens) {
            if (token.startsWith("req=")) {
                List<List<String>> alternatives = new ArrayList<>();
                for (String alternative : token.substring(4).split(",")) {
                    alternatives.add(List.of(alternative.split("\\+")));
                }
                attributes.requires.add(List.copyOf(alternatives));
            } else if (token.startsWith("ex=")) {
                attributes.excludes.addAll(List.of(token.substring(3).split(",")));
            } else if (token.equals("dlpkey")) {
                attributes.keyQualifierSequences.add(List.of());
            } else if (token.startsWith("dlpkey=")) {
                for (String sequence : token.substring(7).split("\\|")) {
                    attributes.keyQualifierSequences.add(List.of(sequence.split(",")));
                }
            }
        }
        return attributes;
    }

    private static final class Attributes {
        final List<List<List<String>>> requires = new ArrayList<>();
        final List<String> excludes = new ArrayList<>();
        final List<List<String>> keyQualifierSequences = new ArrayList<>();
    }
}
