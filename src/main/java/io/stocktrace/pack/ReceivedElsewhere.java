package io.stocktrace.pack;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.stock.Transfer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A package an open receipt expects (an advance shipping notice's draft) that another receipt brings in leaves that
 * draft with its lines, in the draft's history, so the draft validates the rest (and is cancelled when nothing is
 * left, as Odoo cancels a picking whose moves are all cancelled). A draft that still names a package that exists (it
 * was being validated at the same moment) is refused with the package and the operation that took it, and its user
 * may take those packages out of it.
 */
@Component
class ReceivedElsewhere {
    private final ReceivedElsewhereRepository repository;
    private final Clock clock;

    ReceivedElsewhere(ReceivedElsewhereRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Before {@code receipt} creates these packages: every other open receipt that expects one no longer does. */
    void settle(Transfer receipt, Collection<String> names, String actor) {
        Instant now = clock.instant();
        for (long other : repository.lockExpecting(names, receipt.id())) {
            List<String> expected = repository.expected(other, names);
            Map<String, Integer> lines = repository.remove(other, expected);
            repository.record(other, expected.stream().map(name -> new ReceivedElsewhereRepository.Settled(name,
                    receipt.reference(), receipt.id(), lines.getOrDefault(name, 0), now, actor)).toList());
            repository.cancelIfEmpty(other);
        }
    }

    /** Refuses a receipt that would bring a package that exists, naming each such package and what brought it. */
    void refuseTaken(Transfer receipt, Collection<String> names) {
        Map<String, ReceivedElsewhereRepository.Taken> taken = repository.taken(names);
        if (taken.isEmpty()) {
            return;
        }
        List<Map<String, Object>> packages = new ArrayList<>();
        List<String> said = new ArrayList<>();
        taken.values().forEach(t -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", t.name());
            p.put("receivedBy", t.reference());
            packages.add(p);
            said.add(t.name() + (t.reference() == null ? "" : " (" + t.reference() + ")"));
        });
        boolean one = taken.size() == 1;
        throw new StocktraceException(ProblemType.DUPLICATE_PACKAGE_NAME, (one ? "Package " : "Packages ")
                + String.join(", ", said) + " came in already: " + receipt.reference() + " cannot bring "
                + (one ? "it. Take it" : "them. Take them") + " out of " + receipt.reference() + " with "
                + (one ? "its" : "their") + " lines (Remove Received Packages), then validate the rest.")
                .with("packages", packages);
    }

    void lock(long transferId) {
        repository.lock(transferId);
    }

    /** Of the receipt's packages, those that exist already, each with the operation that brought or made it. */
    List<ReceivedElsewhereRepository.Taken> taken(List<String> names) {
        Map<String, ReceivedElsewhereRepository.Taken> taken = repository.taken(names);
        return names.stream().filter(taken::containsKey).map(taken::get).toList();
    }

    /** Takes out of an open receipt, with their lines, the packages it names that exist already. */
    List<ReceivedElsewhereRepository.Settled> removeTaken(long transferId, List<String> names, String actor) {
        Map<String, ReceivedElsewhereRepository.Taken> taken = repository.taken(names);
        List<String> gone = names.stream().filter(taken::containsKey).toList();
        if (gone.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, Integer> lines = repository.remove(transferId, gone);
        List<ReceivedElsewhereRepository.Settled> settled = gone.stream().map(n -> new ReceivedElsewhereRepository
                .Settled(n, taken.get(n).reference(), taken.get(n).transferId(), lines.getOrDefault(n, 0), now, actor))
                .toList();
        repository.record(transferId, settled);
        repository.cancelIfEmpty(transferId);
        return settled;
    }

    List<ReceivedElsewhereRepository.Settled> history(long transferId) {
        return repository.history(transferId);
    }
}
