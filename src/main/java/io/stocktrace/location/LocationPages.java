package io.stocktrace.location;

import io.stocktrace.api.Paging;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Inventory ‣ Configuration ‣ Locations. */
@PageController
class LocationPages {
    private final LocationService locations;

    LocationPages(LocationService locations) {
        this.locations = locations;
    }

    @GetMapping("/locations")
    String list(Model model) {
        return ListView.page(model, "Configuration", "Locations", List.of("Location", "Location Type"),
                locations.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                        .map(l -> List.of(l.fullName(), l.usage().wire())).toList());
    }
}
