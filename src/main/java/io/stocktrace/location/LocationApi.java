package io.stocktrace.location;

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
@RequestMapping("/api/v1/locations")
class LocationApi {
    record LocationView(long id, String name, String fullName, String usage, Long parentId, String address, String city,
                        String region, String postalCode, String country, String phone, String gln) {
        static LocationView of(Location l) {
            LocationAddress a = l.address();
            return new LocationView(l.id(), l.name(), l.fullName(), l.usage().wire(), l.parentId(), a.address(), a.city(),
                    a.region(), a.postalCode(), a.country(), a.phone(), a.gln());
        }
    }

    record NewLocation(String name, Long parentId, String usage, String address, String city, String region,
                       String postalCode, String country, String phone, String gln) {
    }

    private final LocationService locations;

    LocationApi(LocationService locations) {
        this.locations = locations;
    }

    @GetMapping
    Page<LocationView> list(@RequestParam(required = false) String usage, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) Long offset) {
        return locations.list(usage, Paging.of(limit, offset)).map(LocationView::of);
    }

    @GetMapping("/{id}")
    LocationView get(@PathVariable long id) {
        return LocationView.of(locations.get(id));
    }

    @PostMapping
    ResponseEntity<LocationView> create(@RequestBody NewLocation body) {
        Location created = locations.create(body.name(), body.parentId(), body.usage(), new LocationAddress(body.address(),
                body.city(), body.region(), body.postalCode(), body.country(), body.phone(), body.gln()));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + created.id())).body(LocationView.of(created));
    }
}
