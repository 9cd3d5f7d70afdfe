package io.stocktrace.pack;

import io.stocktrace.api.Paging;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Receipts ‣ Upload Shipping Notice: a supplier's advance shipping notice (CSV, SSCC → contents) kept as a draft
 * receipt of the pallets it announces; a refused notice comes back as typed with each problem on its line next to it,
 * nothing saved. At the dock, the receipt form asks {@code /receipts/pallet-scan} for the pallet a scanned SSCC
 * names, to fill itself with the pallet's whole content.
 */
@PageController
class AsnPages {
    private static final Pattern CSV_LINE = Pattern.compile("^line (\\d+)(?:\\.(\\w+))?$");

    /** A problem of the notice: its CSV line (0: the notice as a whole) and what is wrong. */
    record LineProblem(int line, String text) {
    }

    /** What the receipt form shows next to its pallet scan field. */
    record ScanProblem(String problem) {
    }

    private final AsnReceiptService asn;
    private final LocationService locations;
    private final PartnerService partners;

    AsnPages(AsnReceiptService asn, LocationService locations, PartnerService partners) {
        this.asn = asn;
        this.locations = locations;
        this.partners = partners;
    }

    @GetMapping("/receipts/asn")
    String form(Model model) {
        return page(null, null, Locations.STOCK, null, List.of(), model);
    }

    @PostMapping("/receipts/asn")
    String upload(@RequestParam(required = false) String csv, @RequestParam(required = false) String partnerId,
                  @RequestParam(required = false) String destinationLocationId, Principal caller, Model model) {
        FormProblems errors = FormProblems.none(fields());
        Long partner = id(partnerId, "partnerId", errors);
        Long destination = id(destinationLocationId, "destinationLocationId", errors);
        if (csv == null || csv.isBlank()) {
            errors.add("csv", "Choose the notice's CSV file, or paste it.");
        }
        if (!errors.any()) {
            try {
                return "redirect:/transfers/" + asn.receive(csv, partner, destination, caller.getName()).id();
            } catch (StocktraceException e) {
                List<LineProblem> lines = lineProblems(e);
                FormProblems header = FormProblems.none(fields());
                e.errors().stream().filter(f -> !isCsv(f)).forEach(f -> header.add(f.field(), f.message()));
                header.addGeneral("Nothing was saved: the notice has " + (lines.isEmpty() ? "problems"
                        : lines.size() == 1 ? "1 problem" : lines.size() + " problems") + ", by line below.");
                return page(csv, partner, destination, header, lines, model);
            }
        }
        return page(csv, partner, destination, errors, List.of(), model);
    }

    /** The pallet an open receipt expects under the scanned SSCC, as the receipt form's rows; or the problem. */
    @GetMapping("/receipts/pallet-scan")
    @ResponseBody
    ResponseEntity<?> scan(@RequestParam(required = false) String sscc) {
        try {
            return ResponseEntity.ok(asn.expected(sscc));
        } catch (StocktraceException e) {
            String problem = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return ResponseEntity.status(422).body(new ScanProblem(
                    Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + "."));
        }
    }

    /** Every problem of the CSV, by line; one without a line (a receipt's own) at line 0. */
    private static List<LineProblem> lineProblems(StocktraceException e) {
        List<LineProblem> lines = new ArrayList<>();
        for (FieldProblem f : e.errors()) {
            Matcher m = CSV_LINE.matcher(f.field() == null ? "" : f.field());
            if (m.matches()) {
                lines.add(new LineProblem(Integer.parseInt(m.group(1)), "Line " + m.group(1)
                        + (m.group(2) == null ? "" : ", " + m.group(2)) + ": " + f.message() + "."));
            } else if (isCsv(f)) {
                lines.add(new LineProblem(0, f.field() + ": " + f.message() + "."));
            }
        }
        if (e.errors().isEmpty()) {
            lines.add(new LineProblem(0, e.getMessage()));
        }
        lines.sort(Comparator.comparingInt(LineProblem::line));
        return lines;
    }

    private static boolean isCsv(FieldProblem f) {
        return f.field() == null || !f.field().equals("partnerId") && !f.field().equals("destinationLocationId");
    }

    private static FormFields fields() {
        return FormFields.form().input("partnerId", "Receive From").input("destinationLocationId",
                "Destination Location").input("csv", "Shipping Notice");
    }

    private static Long id(String typed, String name, FormProblems errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "Choose one of the list.");
            return null;
        }
    }

    private String page(String csv, Long partnerId, Long destination, FormProblems errors, List<LineProblem> lines,
                        Model model) {
        model.addAttribute("csv", csv);
        model.addAttribute("partnerId", partnerId);
        model.addAttribute("destinationLocationId", destination);
        model.addAttribute("errors", errors == null ? FormProblems.none(fields()) : errors);
        model.addAttribute("csvProblems", lines);
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("partners", partners.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail("Receipts", "/receipts", "Upload Shipping Notice", null));
        return "pack/asn";
    }
}
