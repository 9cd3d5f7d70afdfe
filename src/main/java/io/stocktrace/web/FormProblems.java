package io.stocktrace.web;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refused form shows: the problems the service reported under the request's field paths
 * ({@code lines[2].serials[0]}), each put next to the form's input or line it came from and worded with the input's
 * label, and the rest above the form. Templates read it as {@code errors}: {@code errors.has('lot')},
 * {@code errors.at('lot')}, {@code errors.row(2)}, {@code errors.summary}.
 */
public final class FormProblems {
    private static final Pattern LIST_ITEM = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](?:\\.(.*))?$");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern LEADING_PATH = Pattern.compile("^[A-Za-z]+(\\[\\d+])?(\\.[A-Za-z]+(\\[\\d+])?)*: ");

    private final FormFields fields;
    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final Map<Integer, List<String>> byRow = new LinkedHashMap<>();
    private final Map<String, List<String>> byRowInput = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private FormProblems(FormFields fields) {
        this.fields = fields;
    }

    /** No problem yet: a new form, or one to add problems to found by the page itself. */
    public static FormProblems none(FormFields fields) {
        return new FormProblems(fields);
    }

    /** The problems of a refused request, mapped to the form's inputs. */
    public static FormProblems of(StocktraceException e, FormFields fields) {
        FormProblems problems = new FormProblems(fields);
        if (e.errors().isEmpty()) {
            problems.general.add(problems.words(LEADING_PATH.matcher(e.getMessage()).replaceFirst("")));
        }
        for (FieldProblem p : e.errors()) {
            problems.add(p.field(), p.message());
        }
        return problems;
    }

    /** A problem at a field path of the request ({@code lines[0].quantity}) or at an input's name. */
    public FormProblems add(String path, String message) {
        Matcher item = LIST_ITEM.matcher(path);
        if (item.matches() && item.group(1).equals(fields.rowList())) {
            String inner = item.group(3) == null ? "" : INDEX.matcher(item.group(3)).replaceAll("");
            int row = fields.row(Integer.parseInt(item.group(2)));
            String text = worded(fields.label(inner), message);
            byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(text);
            String input = inner.contains(".") ? inner.substring(0, inner.indexOf('.')) : inner;
            byRowInput.computeIfAbsent(row + "." + input, r -> new ArrayList<>()).add(text);
            return this;
        }
        String input = fields.input(INDEX.matcher(path).replaceAll("[]"));
        if (input == null) {
            general.add(worded(fields.labelOfPath(path), message));
        } else {
            byInput.computeIfAbsent(input, i -> new ArrayList<>()).add(worded(fields.label(input), message));
        }
        return this;
    }

    /** A problem of the whole form, not of one input. */
    public FormProblems addGeneral(String message) {
        general.add(words(message));
        return this;
    }

    public boolean any() {
        return !byInput.isEmpty() || !byRow.isEmpty() || !general.isEmpty();
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** The problems of one input, in one text; null when it has none. */
    public String at(String input) {
        return has(input) ? String.join(" ", byInput.get(input)) : null;
    }

    /** The problems of a line of the form's table, by its place on the page; null when it has none. */
    public String row(int index) {
        return byRow.containsKey(index) ? String.join(" ", byRow.get(index)) : null;
    }

    /**
     * The problems of one input of a line of the form's table ({@code lines[2].serials[0]} is input {@code serials}
     * of row 2), or, with input {@code ""}, those of the whole line; null when it has none.
     */
    public String rowAt(int index, String input) {
        List<String> texts = byRowInput.get(index + "." + input);
        return texts == null ? null : String.join(" ", texts);
    }

    /** The problems that belong to no input, in one text; null when there are none. */
    public String getGeneral() {
        return general.isEmpty() ? null : String.join(" ", general);
    }

    /**
     * The problems as text by input, for a page that keeps them in a map (a redirect's flash attributes); those of no
     * input under {@code generalKey}.
     */
    public Map<String, String> byInput(String generalKey) {
        Map<String, String> texts = new LinkedHashMap<>();
        byInput.keySet().forEach(input -> texts.put(input, at(input)));
        if (!general.isEmpty()) {
            texts.merge(generalKey, getGeneral(), (a, b) -> a + " " + b);
        }
        return texts;
    }

    /** A sentence above the form: how many problems there are, or nothing when there are none. */
    public String getSummary() {
        int count = byInput.values().stream().mapToInt(List::size).sum()
                + byRow.values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            return getGeneral();
        }
        String shown = count == 1 ? "1 problem, shown next to its field" : count + " problems, shown next to their fields";
        return "Nothing was saved: " + shown + "." + (general.isEmpty() ? "" : " " + getGeneral());
    }

    /**
     * A fragment of the service ({@code is required}, {@code ISO 3166 two-letter code}) after its label; a sentence of
     * its own (a capital first, a full stop last) stays as it is.
     */
    private String worded(String label, String message) {
        String text = words(message);
        if (label == null || text.isEmpty() || Character.isUpperCase(text.charAt(0)) && text.endsWith(".")) {
            return text;
        }
        return label + ": " + text + (text.endsWith(".") ? "" : ".");
    }

    private String words(String message) {
        return fields.words(message);
    }
}
