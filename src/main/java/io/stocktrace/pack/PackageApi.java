package io.stocktrace.pack;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/packages")
class PackageApi {
    record PackageView(long id, String name, boolean sscc, String type, Long parentId, String parent, long locationId,
                       String location, String createdBy, Instant createdAt) {
        static PackageView of(StockPackage p) {
            return new PackageView(p.id(), p.name(), p.isSscc(), p.type(), p.parentId(), p.parentName(),
                    p.locationId(), p.location(), p.createdBy(), p.createdAt());
        }
    }

    /** A package with what it holds and its child packages, each with theirs. */
    record ContentView(long id, String name, boolean sscc, String type, Long parentId, String parent, long locationId,
                       String location, BigDecimal totalQuantity, List<PackageContent.Item> items,
                       List<ContentView> packages) {
        static ContentView of(PackageContent c) {
            StockPackage p = c.pack();
            return new ContentView(p.id(), p.name(), p.isSscc(), p.type(), p.parentId(), p.parentName(),
                    p.locationId(), p.location(), c.totalQuantity(), c.items(),
                    c.children().stream().map(ContentView::of).toList());
        }
    }

    record OperationView(String reference, String type, PackageView pack, List<PackageContent.Item> items,
                         List<String> packages, BigDecimal quantity, Instant occurredAt, String actor) {
        static OperationView of(PackOperation o) {
            return new OperationView(o.reference(), o.type(), PackageView.of(o.pack()), o.items(), o.packages(),
                    o.quantity(), o.occurredAt(), o.actor());
        }
    }

    /** The Put in Packs of one bulk request, in the order done (each package's contents before it). */
    record ManyView(List<OperationView> operations) {
    }

    private final PackageService packages;
    private final PackManyService many;

    PackageApi(PackageService packages, PackManyService many) {
        this.packages = packages;
        this.many = many;
    }

    @PostMapping
    ResponseEntity<PackageView> create(@RequestBody PackageRequest request, Principal caller) {
        StockPackage p = packages.create(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/packages/" + p.id())).body(PackageView.of(p));
    }

    @GetMapping
    Page<PackageView> list(@RequestParam(required = false) String name, @RequestParam(required = false) Long locationId,
                           @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        return packages.list(name, locationId, Paging.of(limit, offset)).map(PackageView::of);
    }

    @GetMapping("/{id}")
    ContentView get(@PathVariable long id) {
        return ContentView.of(packages.content(id));
    }

    /** The package of this exact name or SSCC, as a scanner reads it. */
    @GetMapping("/by-name")
    ContentView byName(@RequestParam String name) {
        return ContentView.of(packages.content(packages.byName(name).id()));
    }

    @PostMapping("/put-in-pack")
    ResponseEntity<OperationView> putInPack(@RequestBody PackRequest request, Principal caller) {
        PackOperation done = packages.putInPack(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/packages/" + done.pack().id()))
                .body(OperationView.of(done));
    }

    /** Many Put in Packs, nested, in one transaction: a pallet of cases made and filled by one request. */
    @PostMapping("/put-in-pack/many")
    ManyView putInPackMany(@RequestBody PackManyRequest request, Principal caller) {
        return new ManyView(many.putInPack(request, caller.getName()).stream().map(OperationView::of).toList());
    }

    @PostMapping("/{id}/unpack")
    OperationView unpack(@PathVariable long id, @RequestBody(required = false) UnpackRequest request,
                         Principal caller) {
        return OperationView.of(packages.unpack(id, request, caller.getName()));
    }
}
