package io.stocktrace.lot;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.problem.Validation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lots as lists and groups (the dashboard, the API's list, exports), and where one lot is and what it went through. */
@Service
public class LotListService {
    private final LotService lots;
    private final LotListRepository list;
    private final LotGroupRepository groups;
    private final SiteCalendar calendar;

    LotListService(LotService lots, LotListRepository list, LotGroupRepository groups, SiteCalendar calendar) {
        this.lots = lots;
        this.list = list;
        this.groups = groups;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Page<LotSummary> list(LotFilter filter, Paging paging) {
        return new Page<>(list.list(filter, paging), list.count(filter));
    }

    /** A page of lots and how many match, counted up to {@code cap} (the total is the cap when there are more). */
    @Transactional(readOnly = true)
    public Page<LotSummary> page(LotFilter filter, Paging paging, long cap) {
        return list.page(filter, paging, cap);
    }

    /** A page of the products having lots that match, without their totals ({@link #groups} of one product gives them). */
    @Transactional(readOnly = true)
    public List<LotGroup> productGroups(LotFilter filter, Paging paging) {
        return groups.productGroups(filter, paging);
    }

    /**
     * A page of the groups having lots that match, without their totals (count -1) where counting them would read
     * every lot: {@link #groups} narrowed to one group gives its totals.
     */
    @Transactional(readOnly = true)
    public List<LotGroup> groupsWithoutTotals(String groupBy, LotFilter filter, Paging paging) {
        return groups.groupsWithoutTotals(groupBy, filter, paging);
    }

    /** Lots with stock whose alert date has come (today included), oldest alert first. */
    @Transactional(readOnly = true)
    public Page<LotSummary> alerts(Paging paging) {
        return new Page<>(list.alerts(calendar.today(), paging), list.countAlerts(calendar.today()));
    }

    @Transactional(readOnly = true)
    public List<LotGroup> groups(String groupBy, LotFilter filter, Paging paging) {
        if (!List.of("product", "lot", "location", "status", "created").contains(groupBy)) {
            new Validation().add("groupBy", "must be product, lot, location, status or created").throwIfAny();
        }
        return groups.groups(groupBy, filter, paging);
    }

    @Transactional(readOnly = true)
    public List<LotQuant> quants(long lotId) {
        lots.get(lotId);
        return list.quants(lotId);
    }

    @Transactional(readOnly = true)
    public Page<LotOperation> operations(long lotId, Paging paging) {
        lots.get(lotId);
        return new Page<>(list.operations(lotId, paging), list.countOperations(lotId));
    }

    /** Every lot the filter selects, oldest first, one at a time. */
    public void forEach(LotFilter filter, java.util.function.Consumer<LotSummary> each) {
        list.forEach(filter, each);
    }

    /** Today at the site (its time zone): the day the filters Expired and Expiration Alerts judge by. */
    public LocalDate today() {
        return calendar.today();
    }
}
