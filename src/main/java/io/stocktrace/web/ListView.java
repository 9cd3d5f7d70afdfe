package io.stocktrace.web;

import java.util.List;
import org.springframework.ui.Model;

/** A plain list page: a title, column labels and rows of text (escaped when drawn), for the simpler menus. */
public record ListView(String title, List<String> columns, List<List<String>> rows) {

    /** Puts the list and its breadcrumbs in the model and names the template. */
    public static String page(Model model, String section, String title, List<String> columns, List<List<String>> rows) {
        model.addAttribute("list", new ListView(title, columns, rows));
        model.addAttribute("breadcrumbs", Crumb.trail(section, null, title, null));
        return "list";
    }
}
