package io.stocktrace.csv;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV of one kind in one transaction: every row is checked; a dry run reports every problem and writes
 * nothing, a real run writes every row or, with any problem, none (answering the problems as 422).
 */
@Service
public class ImportService {
    private final Map<CsvKind, Importer> importers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportService(List<Importer> importers, PlatformTransactionManager transactions, Clock clock) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public static CsvKind kind(String wire) {
        return CsvKind.fromWire(wire).orElseThrow(() -> new StocktraceException(ProblemType.NOT_FOUND,
                "There is no import or export of '" + wire + "'; the kinds are products, lots and stock."));
    }

    @Requires(Role.MANAGER)
    public ImportReport importCsv(CsvKind kind, byte[] body, boolean dryRun, String actor) {
        CsvTable.Read read = kind.read(body);
        return transactions.execute(status -> {
            List<ImportProblem> problems = new ArrayList<>(read.problems());
            Importer.Counts counts = importers.get(kind).importRows(read.rows(), problems,
                    !dryRun && problems.isEmpty(), actor, clock.instant());
            problems.sort(Comparator.comparingInt(ImportProblem::line));
            if (dryRun || !problems.isEmpty()) {
                status.setRollbackOnly();
            }
            if (!dryRun && !problems.isEmpty()) {
                throw new StocktraceException(ProblemType.VALIDATION_FAILED, problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + " in the " + kind.wire() + " CSV (first on line "
                        + problems.get(0).line() + "); nothing was imported.", List.of(),
                        Map.of("dryRun", false, "rows", read.rows().size(), "created", 0, "updated", 0,
                                "problems", problems));
            }
            return new ImportReport(dryRun, read.rows().size(), counts.created(), counts.updated(), problems);
        });
    }
}
