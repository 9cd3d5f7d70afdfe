package io.stocktrace.label;

import io.stocktrace.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Print Label on a package's form: the same PDF as the API's, for the logged-in user's session. */
@PageController
class PackageLabelPages {
    private final PackageLabelApi api;

    PackageLabelPages(PackageLabelApi api) {
        this.api = api;
    }

    @GetMapping("/packages/{id}/label.pdf")
    ResponseEntity<byte[]> label(@PathVariable long id) {
        return api.label(id);
    }
}
