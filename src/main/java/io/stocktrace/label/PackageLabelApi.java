package io.stocktrace.label;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/packages/{id}/label.pdf}: the GS1 logistic label of a package, its SSCC in GS1-128. */
@RestController
@RequestMapping("/api/v1/packages")
class PackageLabelApi {
    private final PackageLabels labels;

    PackageLabelApi(PackageLabels labels) {
        this.labels = labels;
    }

    @GetMapping(value = "/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> label(@PathVariable long id) {
        LogisticLabel label = labels.label(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("label-" + label.sscc() + ".pdf").build().toString())
                .body(LogisticLabelPdf.render(label));
    }
}
