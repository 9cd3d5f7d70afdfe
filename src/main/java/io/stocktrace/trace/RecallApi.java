package io.stocktrace.trace;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recalls")
class RecallApi {
    record NewRecall(Long lotId, String reason) {
    }

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String[] CSV_HEADER = {"partner_id", "name", "email", "reference", "date", "product", "lot",
            "quantity", "sscc"};

    private final RecallService recalls;

    RecallApi(RecallService recalls) {
        this.recalls = recalls;
    }

    @PostMapping
    ResponseEntity<Recall> create(@RequestBody NewRecall body, Principal caller) {
        Recall r = recalls.recall(body.lotId(), body.reason(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/recalls/" + r.id())).body(r);
    }

    @GetMapping("/{id}")
    Recall get(@PathVariable long id) {
        return recalls.answer(id);
    }

    @GetMapping("/{id}/lots")
    Page<Recall.AffectedLot> lots(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Long offset) {
        return recalls.lots(id, Paging.of(limit, offset));
    }

    @GetMapping("/{id}/customers")
    Page<Recall.Customer> customers(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) Long offset) {
        return recalls.customers(id, Paging.of(limit, offset));
    }

    @GetMapping("/{id}/blocked-stock")
    Page<Recall.BlockedStock> blockedStock(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) Long offset) {
        return recalls.blockedStock(id, Paging.of(limit, offset));
    }

    /** One row per shipment of an affected lot: the list of customers to call. */
    @GetMapping("/{id}/customers.csv")
    ResponseEntity<String> customers(@PathVariable long id) {
        return customersCsv(recalls.get(id));
    }

    /**
     * The customers CSV, for this API and for the recall page alike; {@code sscc} names the packages each shipment
     * left in, innermost first (its case, then its pallet), separated by spaces: empty for loose stock.
     */
    static ResponseEntity<String> customersCsv(Recall r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (Recall.Customer c : r.customers()) {
                for (Recall.Shipment s : c.shipments()) {
                    SpreadsheetCells.print(csv, c.partnerId(), c.name(), c.email(), s.reference(), s.date(),
                            s.productName(), s.lotName(), s.quantity(), String.join(" ", s.packages()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"recall-" + r.id() + "-customers.csv\"")
                .body(out.toString());
    }
}
