package io.stocktrace.location;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Configuration ‣ Locations: the tree, and the form that creates and edits a location (managers). */
@PageController
class LocationPages {
    /** The location form as typed; the parent is chosen when the location is created and stays. */
    record LocationForm(String name, String parentId, String usage, String address, String city, String region,
                        String postalCode, String country, String phone, String gln) {
        static LocationForm of(Location l) {
            LocationAddress a = l.address();
            return new LocationForm(l.name(), l.parentId() == null ? "" : l.parentId().toString(), l.usage().wire(),
                    a.address(), a.city(), a.region(), a.postalCode(), a.country(), a.phone(), a.gln());
        }

        LocationAddress locationAddress() {
            return new LocationAddress(FormFields.text(address), FormFields.text(city), FormFields.text(region),
                    FormFields.text(postalCode), FormFields.text(country), FormFields.text(phone),
                    FormFields.text(gln));
        }
    }

    private static final List<String> USAGES = Arrays.stream(LocationUsage.values()).map(LocationUsage::wire).toList();
    private static final FormFields FIELDS = FormFields.form().input("name", "Location Name")
            .input("parentId", "Parent Location").input("usage", "Location Type").input("gln", "GLN")
            .input("address", "Street").input("city", "City").input("region", "State").input("postalCode", "ZIP")
            .input("country", "Country").input("phone", "Phone");
    private final LocationService locations;

    LocationPages(LocationService locations) {
        this.locations = locations;
    }

    @GetMapping("/locations")
    String list(Model model) {
        List<Location> tree = all();
        return ListView.page(model, "Configuration", "Locations", List.of("Location", "Location Type"),
                tree.stream().map(l -> List.of(l.fullName(), l.usage().wire())).toList(),
                tree.stream().map(l -> "/locations/" + l.id()).toList(), "/locations/new");
    }

    @GetMapping("/locations/new")
    String blank(@RequestParam(required = false) Long parentId, Model model) {
        String parent = parentId == null ? String.valueOf(Locations.WAREHOUSE) : parentId.toString();
        return form(model, null, new LocationForm("", parent, "internal", "", "", "", "", "", "", ""), FormProblems.none(FIELDS));
    }

    @GetMapping("/locations/{id}")
    String show(@PathVariable long id, Model model) {
        Location location = locations.get(id);
        return form(model, location, LocationForm.of(location), FormProblems.none(FIELDS));
    }

    @PostMapping("/locations/new")
    String create(LocationForm typed, Model model) {
        Long parentId;
        try {
            parentId = typed.parentId() == null || typed.parentId().isBlank() ? null : Long.valueOf(typed.parentId());
        } catch (NumberFormatException e) {
            return form(model, null, typed, FormProblems.none(FIELDS).add("parentId", "choose a parent location"));
        }
        try {
            Location created = locations.create(typed.name(), parentId, typed.usage(), typed.locationAddress());
            return "redirect:/locations/" + created.id();
        } catch (StocktraceException e) {
            return form(model, null, typed, FormProblems.of(e, FIELDS));
        }
    }

    @PostMapping("/locations/{id}")
    String update(@PathVariable long id, LocationForm typed, Model model) {
        Location current = locations.get(id);
        try {
            locations.update(id, typed.name(), typed.usage(), typed.locationAddress());
            return "redirect:/locations/" + id + "?saved";
        } catch (StocktraceException e) {
            return form(model, current, typed, FormProblems.of(e, FIELDS));
        }
    }

    private List<Location> all() {
        return locations.list(null, Paging.of(Paging.MAX_LIMIT, 0L)).items();
    }

    private String form(Model model, Location location, LocationForm typed, FormProblems errors) {
        model.addAttribute("location", location);
        model.addAttribute("parent", location == null || location.parentId() == null ? null
                : locations.get(location.parentId()));
        model.addAttribute("parents", location == null ? all() : List.of());
        model.addAttribute("usages", USAGES);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", Crumb.trail("Configuration", null, "Locations", "/locations",
                location == null ? "New" : location.fullName(), null));
        return "location/location";
    }
}
