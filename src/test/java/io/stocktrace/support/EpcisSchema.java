package io.stocktrace.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * GS1's official EPCIS 2.0 JSON Schema, read from {@code shared/research/epcis/} (GS1 terms: it stays there, it
 * is not copied into the project). Without the file a test is skipped and says why, except under {@code CI=true},
 * where that is a failure.
 */
public final class EpcisSchema {
    private static final Path IN_SHARED = Path.of("research", "epcis", "EPCIS-JSON-Schema.json");
    /**
     * Where shared/ is: {@code STOCKTRACE_SHARED_DIR}, else beside the checkout ({@code ../shared}), else the
     * workspace's {@code /work/shared}, which CI's fresh clone in a temporary directory has no sibling of.
     */
    public static final Path FILE = java.util.stream.Stream.of(System.getenv("STOCKTRACE_SHARED_DIR"), "../shared", "/work/shared")
            .filter(java.util.Objects::nonNull)
            .map(dir -> Path.of(dir).resolve(IN_SHARED))
            .filter(Files::exists)
            .findFirst()
            .orElse(Path.of("..", "shared").resolve(IN_SHARED));
    private static Schema schema;

    private EpcisSchema() {
    }

    /** The schema's complaints about a document; empty when it is valid. */
    public static synchronized List<String> errors(JsonNode document) {
        if (schema == null) {
            if (!Files.exists(FILE)) {
                String why = "the EPCIS JSON Schema is not at " + FILE.toAbsolutePath() + " (check out shared/ beside the project)";
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(why);
                }
                Assumptions.abort(why);
            }
            try (InputStream in = Files.newInputStream(FILE)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(document).stream().map(Error::toString).toList();
    }
}
