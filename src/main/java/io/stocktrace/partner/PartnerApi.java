package io.stocktrace.partner;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partners")
class PartnerApi {
    record NewPartner(String name, String email, String phone, String address, String city, String region,
                      String postalCode, String country, String gln) {
    }

    private final PartnerService partners;

    PartnerApi(PartnerService partners) {
        this.partners = partners;
    }

    @PostMapping
    ResponseEntity<Partner> create(@RequestBody NewPartner b) {
        Partner created = partners.create(new Partner(0, b.name(), b.email(), b.phone(), b.address(), b.city(),
                b.region(), b.postalCode(), b.country(), b.gln()));
        return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    Partner get(@PathVariable long id) {
        return partners.get(id);
    }

    @GetMapping
    Page<Partner> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) Long offset) {
        return partners.list(q, Paging.of(limit, offset));
    }
}
