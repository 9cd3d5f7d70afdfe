package io.stocktrace.lot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Lots/Serial Numbers dashboard shows: the search text, the filters, the grouping and the page, as the
 * search bar's chips show them and as links keep them. A missing grouping means the default, by product; an empty
 * one, no grouping.
 */
public record LotSearch(String q, Set<String> filters, String groupBy, Long productId, String productLabel,
                        int limit, long offset) {
    /** The filters of the Filters menu, in its order, with their labels. */
    public static final Map<String, String> FILTERS = filterLabels();
    /** The Group By menu; Add Custom Group offers these too, and Lot/Serial Number and Creation Date. */
    public static final Map<String, String> GROUPS = groupLabels();

    public LotSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        filters = filters == null ? Set.of() : Set.copyOf(filters.stream().filter(FILTERS::containsKey).toList());
        groupBy = groupBy == null ? "product" : GROUPS.containsKey(groupBy) ? groupBy : "";
        limit = limit <= 0 ? 80 : Math.min(limit, 1000);
        offset = Math.max(offset, 0);
    }

    public LotFilter filter(LocalDate today) {
        LotStatus status = filters.contains("recalled") ? LotStatus.RECALLED
                : filters.contains("quarantine") ? LotStatus.QUARANTINE : null;
        return new LotFilter(productId, null, q, status, filters.contains("onhand"),
                filters.contains("expired") ? Boolean.TRUE : null, null, today, null, filters.contains("customer"), null,
                filters.contains("alerts"));
    }

    /** Filters of expiry, offered only while the Expiration Dates setting is on. */
    public static boolean isExpiryFilter(String filter) {
        return "expired".equals(filter) || "alerts".equals(filter);
    }

    public boolean grouped() {
        return !groupBy.isEmpty();
    }

    public String groupLabel() {
        return GROUPS.getOrDefault(groupBy, "");
    }

    /** The same search with a filter switched on or off; Quarantined and Recalled exclude each other. */
    public String toggle(String filter) {
        Set<String> next = new LinkedHashSet<>(filters);
        if (!next.remove(filter)) {
            next.add(filter);
            next.remove("quarantine".equals(filter) ? "recalled" : "recalled".equals(filter) ? "quarantine" : "");
        }
        return new LotSearch(q, next, groupBy, productId, productLabel, limit, 0).url();
    }

    public String groupedBy(String group) {
        return new LotSearch(q, filters, group, productId, productLabel, limit, 0).url();
    }

    public String withoutProduct() {
        return new LotSearch(q, filters, groupBy, null, null, limit, 0).url();
    }

    public String withoutText() {
        return new LotSearch(null, filters, groupBy, productId, productLabel, limit, 0).url();
    }

    public String page(long newOffset) {
        return new LotSearch(q, filters, groupBy, productId, productLabel, limit, Math.max(newOffset, 0)).url();
    }

    /** The query string of this search, for the links of its groups and pages. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (q != null) {
            parts.add("q=" + encode(q));
        }
        FILTERS.keySet().stream().filter(filters::contains).forEach(f -> parts.add("filter=" + f));
        parts.add("groupBy=" + groupBy);
        if (productId != null) {
            parts.add("product=" + productId);
        }
        if (limit != 80) {
            parts.add("limit=" + limit);
        }
        if (offset > 0) {
            parts.add("offset=" + offset);
        }
        return String.join("&", parts);
    }

    public String url() {
        return "/lots?" + query();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> filterLabels() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("onhand", "On Hand");
        f.put("customer", "At Customer");
        f.put("quarantine", "Quarantined");
        f.put("recalled", "Recalled");
        f.put("expired", "Expired");
        f.put("alerts", "Expiration Alerts");
        return java.util.Collections.unmodifiableMap(f);
    }

    private static Map<String, String> groupLabels() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("product", "Product");
        g.put("location", "Location");
        g.put("status", "Status");
        g.put("lot", "Lot/Serial Number");
        g.put("created", "Creation Date");
        return java.util.Collections.unmodifiableMap(g);
    }
}
