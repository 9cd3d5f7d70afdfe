package io.stocktrace.csv;

import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** POST /imports/{kind}?dryRun=: a CSV (UTF-8, header row) of products, lots or opening stock. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {
    private final ImportService imports;

    ImportApi(ImportService imports) {
        this.imports = imports;
    }

    // the body is read as bytes: text/csv without a charset would otherwise be read as ISO-8859-1
    // text/csv only: a cross-site form can send text/plain, never text/csv
    @PostMapping(path = "/{kind}", consumes = "text/csv")
    ImportReport importCsv(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
                           @RequestBody(required = false) byte[] body, Principal caller) {
        CsvKind k = ImportService.kind(kind);
        return imports.importCsv(k, body == null ? new byte[0] : body, dryRun, caller.getName());
    }
}
