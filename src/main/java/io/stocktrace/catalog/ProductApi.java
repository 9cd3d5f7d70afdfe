package io.stocktrace.catalog;

import io.stocktrace.api.Change;
import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.api.PatchBody;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/products")
class ProductApi {
    record ProductView(long id, String sku, String name, String tracking, String uom, String gtin, Expiry expiry,
                       boolean foodTraceabilityList, Instant createdAt) {
        static ProductView of(Product p) {
            return new ProductView(p.id(), p.sku(), p.name(), p.tracking().wire(), p.uom(), p.gtin(), p.expiry(),
                    p.foodTraceabilityList(), p.createdAt());
        }
    }

    record NewProduct(String sku, String name, String tracking, String uom, String gtin, Expiry expiry,
                      Boolean foodTraceabilityList) {
    }

    private final ProductService products;

    ProductApi(ProductService products) {
        this.products = products;
    }

    @PostMapping
    ResponseEntity<ProductView> create(@RequestBody NewProduct b) {
        Product p = products.create(b.sku(), b.name(), b.tracking(), b.uom(), b.gtin(), b.expiry(),
                b.foodTraceabilityList());
        return ResponseEntity.created(URI.create("/api/v1/products/" + p.id())).body(ProductView.of(p));
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable long id) {
        return ProductView.of(products.get(id));
    }

    @GetMapping
    Page<ProductView> list(@RequestParam(required = false) String tracking, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        return products.list(tracking, q, Paging.of(limit, offset)).map(ProductView::of);
    }

    @PatchMapping("/{id}")
    ProductView update(@PathVariable long id, @RequestBody JsonNode body) {
        PatchBody patch = new PatchBody(body);
        Change<Expiry> expiry = Change.unchanged();
        if (body.has("expiry")) {
            JsonNode e = body.get("expiry");
            expiry = e.isNull() ? Change.to(null) : Change.to(new Expiry(intOrNull(e, "expirationDays"),
                    intOrNull(e, "bestBeforeDays"), intOrNull(e, "removalDays"), intOrNull(e, "alertDays")));
        }
        var change = new ProductService.ProductChange(patch.text("name"), patch.text("tracking"), patch.text("uom"),
                patch.text("gtin"), expiry, patch.bool("foodTraceabilityList"));
        patch.done();
        return ProductView.of(products.update(id, change));
    }

    private static Integer intOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
