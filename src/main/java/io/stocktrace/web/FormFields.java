package io.stocktrace.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form is made of, for {@link FormProblems}: its inputs with their labels and the request's field paths that
 * each shows ({@code lines[].lot} with any index as {@code []}), its table of lines if it has one, and the products it
 * may name (a problem names a product by its name, as the form does, not by its SKU).
 */
public final class FormFields {
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern LAST_SEGMENT = Pattern.compile("([A-Za-z]+)(\\[\\d*])?$");

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> inputByPath = new HashMap<>();
    private final Map<String, String> productNames = new LinkedHashMap<>();
    private String rowList;
    private List<FormRows.Row> rows;

    private FormFields() {
    }

    public static FormFields form() {
        return new FormFields();
    }

    /** An input and its label; it shows the problems of its own name and of every path given. */
    public FormFields input(String name, String label, String... paths) {
        labels.put(name, label);
        inputByPath.put(name, name);
        for (String path : paths) {
            inputByPath.put(path, name);
        }
        return this;
    }

    /**
     * The form's table of lines: problems of {@code list[i]...} show on the row the request's line {@code i} was
     * read from ({@code rows} null when line {@code i} is row {@code i}); the inputs of a row are given with
     * {@link #input}.
     */
    public FormFields rows(String list, List<FormRows.Row> rows) {
        this.rowList = list;
        this.rows = rows;
        return this;
    }

    /** The products the form may name: SKU to name. */
    public FormFields products(Map<String, String> namesBySku) {
        productNames.putAll(namesBySku);
        return this;
    }

    /** What a text input sent: blank means absent. */
    public static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    String rowList() {
        return rowList;
    }

    int row(int line) {
        return rows == null || line >= rows.size() ? line : rows.get(line).index();
    }

    /** The input that shows a path (its indexes written {@code []}), or that of the nearest enclosing path. */
    String input(String path) {
        String p = path;
        while (!p.isEmpty()) {
            if (inputByPath.containsKey(p)) {
                return inputByPath.get(p);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.endsWith("[]") ? p.length() - 2 : -1);
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }

    /** The label of an input, or words made of the name for one the form does not show. */
    String label(String input) {
        if (input == null || input.isEmpty()) {
            return null;
        }
        String base = input.replaceAll("\\[]", "");
        base = base.substring(base.lastIndexOf('.') + 1);
        if (labels.containsKey(base)) {
            return labels.get(base);
        }
        String words = CAMEL.matcher(base.replaceAll("Id$", "")).replaceAll(" ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String labelOfPath(String path) {
        Matcher m = LAST_SEGMENT.matcher(path);
        return m.find() ? label(m.group(1)) : null;
    }

    /** The text of a message as the form's user reads it: products by name. */
    String words(String message) {
        String text = message == null ? "" : message;
        for (var product : productNames.entrySet()) {
            text = text.replaceAll("(?<![\\w-])" + Pattern.quote(product.getKey()) + "(?![\\w-])",
                    Matcher.quoteReplacement(product.getValue()));
        }
        return text;
    }
}
