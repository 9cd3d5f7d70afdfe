package io.stocktrace.cli;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.stock.LedgerCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify [--backup FILE.zip] [--spring.datasource.url=...]}: against the configured database, a live
 * PostgreSQL or a copy of a backup opened in a temporary directory, runs every check and prints what it finds.
 * Exit codes: 0 clean, 1 drift found, 2 could not run (database in use or unreachable, wrong command line).
 */
final class VerifyCommand {
    static final String USAGE = "verify [--backup FILE.zip] [--spring.datasource.url=...]   exit 0 clean, 1 drift, 2 could not run";
    static final int CLEAN = 0;
    static final int DRIFT = 1;
    static final int COULD_NOT_RUN = 2;

    /** One thing verify proves about a database; its lines are printed, and any unclean result means exit 1. */
    interface Check {
        Outcome run(ApplicationContext context);
    }

    record Outcome(boolean clean, List<String> lines) {
    }

    private static final List<Check> CHECKS = List.of(VerifyCommand::quantsEqualTheLedger);

    private VerifyCommand() {
    }

    static int run(List<String> words, Console console) {
        List<String> springArgs = new ArrayList<>();
        String backup = backupOption(words, springArgs);
        if (backup == null) {
            return verify(springArgs, console);
        }
        if (springArgs.stream().anyMatch(a -> a.startsWith("--spring.datasource.url"))) {
            throw CliFailure.usage("--backup opens the backup's copy; it cannot be combined with --spring.datasource.url");
        }
        Path copy = null;
        try {
            copy = Files.createTempDirectory("stocktrace-verify-");
            H2BackupFile.extractTo(Path.of(backup), copy.resolve(H2BackupFile.DATABASE_FILE));
            springArgs.add("--spring.datasource.url=" + H2BackupFile.url(copy));
            springArgs.add("--stocktrace.data-dir=" + copy);
            return verify(springArgs, console);
        } catch (IOException e) {
            console.err().println("verify could not run: cannot open the backup " + backup + ": " + e.getMessage());
            return COULD_NOT_RUN;
        } finally {
            deleteQuietly(copy);
        }
    }

    /** Takes {@code --backup FILE} out of the words; the others go to Spring as they are. */
    private static String backupOption(List<String> words, List<String> springArgs) {
        String backup = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--backup=")) {
                backup = word.substring("--backup=".length());
            } else if (word.equals("--backup")) {
                if (i + 1 >= words.size()) {
                    throw CliFailure.usage("--backup needs a file");
                }
                backup = words.get(++i);
            } else {
                springArgs.add(word);
            }
        }
        return backup;
    }

    private static int verify(List<String> springArgs, Console console) {
        SpringApplication app = new SpringApplication(StocktraceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("logging.level.root", "warn"));
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            console.err().println("verify could not run: " + whyNotOpened(e));
            return COULD_NOT_RUN;
        }
        try (context) {
            boolean clean = true;
            for (Check check : CHECKS) {
                Outcome outcome = check.run(context);
                outcome.lines().forEach(console.out()::println);
                clean &= outcome.clean();
            }
            return clean ? CLEAN : DRIFT;
        } catch (RuntimeException e) {
            console.err().println("verify could not run: " + e.getMessage());
            return COULD_NOT_RUN;
        }
    }

    private static Outcome quantsEqualTheLedger(ApplicationContext context) {
        LedgerCheck.Report report = context.getBean(LedgerCheck.class).verify();
        List<String> lines = new ArrayList<>();
        report.drifts().forEach(d -> lines.add("DRIFT " + d));
        lines.add(report.summary());
        return new Outcome(report.isClean(), lines);
    }

    private static String whyNotOpened(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            // H2's "Database may be already in use": the embedded file is held by a running server
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return "the embedded database is open in a running server, which holds its file alone. Stop the server,"
                        + " or take a copy with `backup DIR` and run `verify --backup DIR/<file>.zip`.";
            }
        }
        return "cannot open the database: " + root.getMessage();
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind is harmless
        }
    }
}
