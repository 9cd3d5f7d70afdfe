package io.stocktrace.lot;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dialogs of the receipt form that fill its list of serials: Generate Serials (from a first name, which the
 * product's sequence proposes; names that exist are reported, never used) and Import (a pasted or uploaded list read
 * by {@link LotList}, each bad line reported with its number). Both only fill the form: they save nothing.
 */
@PageController
class SerialEntryPages {
    static final int DEFAULT_COUNT = 10;

    private final LotService lots;
    private final LotSequenceService sequences;
    private final ProductService products;

    SerialEntryPages(LotService lots, LotSequenceService sequences, ProductService products) {
        this.lots = lots;
        this.sequences = sequences;
        this.products = products;
    }

    @GetMapping("/receipts/new/generate-serials")
    String generateDialog(@RequestParam(required = false) Long productId, Model model) {
        model.addAttribute("productId", productId);
        model.addAttribute("count", DEFAULT_COUNT);
        FormProblems errors = FormProblems.none(generateFields());
        model.addAttribute("errors", errors);
        if (productId == null) {
            errors.addGeneral("Choose a product first.");
        } else {
            try {
                model.addAttribute("first", sequences.propose(productId, 1).names().get(0));
            } catch (StocktraceException e) {
                errors.addGeneral(e.getMessage());
            }
        }
        return "lot/serial-dialogs :: generate";
    }

    @PostMapping("/receipts/new/generate-serials")
    String generate(@RequestParam(required = false) Long productId, @RequestParam(required = false) String first,
                    @RequestParam(required = false) String count, Model model) {
        model.addAttribute("productId", productId);
        model.addAttribute("first", first);
        model.addAttribute("count", count);
        FormProblems errors = FormProblems.none(generateFields());
        model.addAttribute("errors", errors);
        Integer howMany = wholeNumber(count, errors);
        if (first == null || first.isBlank()) {
            errors.add("first", "is required");
        }
        if (productId == null) {
            errors.addGeneral("Choose a product first.");
        }
        if (errors.any()) {
            return "lot/serial-dialogs :: generate";
        }
        try {
            LotService.ProposedNames proposed = lots.proposeNames(productId, first, howMany);
            if (!proposed.existing().isEmpty()) {
                errors.add("first", "These already exist: " + shortList(proposed.existing())
                        + ". Start from another number.");
                return "lot/serial-dialogs :: generate";
            }
            return filled(String.join("\n", proposed.names()), proposed.names().size(), model);
        } catch (StocktraceException e) {
            Product product = products.get(productId);
            model.addAttribute("errors", FormProblems.of(e, generateFields().products(Map.of(product.sku(), product.name()))));
            return "lot/serial-dialogs :: generate";
        }
    }

    private static FormFields generateFields() {
        return FormFields.form().input("first", "First Serial Number").input("count", "Count");
    }

    /** The count typed: a whole number, or null with its problem. */
    private static Integer wholeNumber(String count, FormProblems errors) {
        if (count == null || count.isBlank()) {
            errors.add("count", "is required");
            return null;
        }
        try {
            return Integer.valueOf(count.strip());
        } catch (NumberFormatException e) {
            errors.add("count", "must be a whole number from 1 to " + SerialNames.MAX_COUNT);
            return null;
        }
    }

    @GetMapping("/receipts/new/import-serials")
    String importDialog(@RequestParam(required = false) Long productId, Model model) {
        model.addAttribute("productId", productId);
        if (productId == null) {
            model.addAttribute("problem", "Choose a product first.");
        }
        return "lot/serial-dialogs :: import";
    }

    /** Reads the list, from the file when one is sent; a list with any bad line fills nothing. */
    @PostMapping("/receipts/new/import-serials")
    String importList(@RequestParam(required = false) Long productId, @RequestParam(required = false) String text,
                      @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        String list = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        model.addAttribute("productId", productId);
        model.addAttribute("text", list);
        if (productId == null) {
            model.addAttribute("problem", "Choose a product first.");
            return "lot/serial-dialogs :: import";
        }
        Product product = products.get(productId);
        LotList.Parsed parsed = LotList.parse(list, product.tracking() == Tracking.SERIAL);
        if (!parsed.problems().isEmpty() || parsed.entries().isEmpty()) {
            model.addAttribute("problems", parsed.problems());
            model.addAttribute("problem", parsed.entries().isEmpty() && parsed.problems().isEmpty()
                    ? "The list is empty." : "Nothing was imported: correct these lines and import again.");
            return "lot/serial-dialogs :: import";
        }
        return filled(parsed.entries().stream().map(SerialEntryPages::line).collect(Collectors.joining("\n")),
                parsed.entries().size(), model);
    }

    private static String filled(String lines, int count, Model model) {
        model.addAttribute("lines", lines);
        model.addAttribute("filledCount", count);
        return "lot/serial-dialogs :: filled";
    }

    /** An entry as the list's own format writes it: the name, then the quantity and date when they matter. */
    private static String line(LotList.Entry e) {
        boolean one = e.quantity().compareTo(BigDecimal.ONE) == 0;
        if (e.expirationDate() != null) {
            return e.name() + ";" + Quantities.plain(e.quantity()) + ";" + e.expirationDate();
        }
        return one ? e.name() : e.name() + ";" + Quantities.plain(e.quantity());
    }

    private static String shortList(List<String> names) {
        return names.size() <= 10 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
    }
}
