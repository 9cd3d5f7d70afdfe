package io.stocktrace.web;

import java.util.List;
import org.springframework.ui.Model;

/**
 * A plain list page: a title, column labels and rows of text (escaped when drawn), for the simpler menus; optionally
 * each row's first cell links to the row's page, and a New button leads to a form.
 */
public record ListView(String title, List<String> columns, List<List<String>> rows, List<String> links,
                       String newUrl) {

    /** Puts the list and its breadcrumbs in the model and names the template. */
    public static String page(Model model, String section, String title, List<String> columns, List<List<String>> rows) {
        return page(model, section, title, columns, rows, null, null);
    }

    /** The same, with a link per row (in the order of the rows) and the address of the New form. */
    public static String page(Model model, String section, String title, List<String> columns, List<List<String>> rows,
                              List<String> links, String newUrl) {
        model.addAttribute("list", new ListView(title, columns, rows, links, newUrl));
        model.addAttribute("breadcrumbs", Crumb.trail(section, null, title, null));
        return "list";
    }
}
