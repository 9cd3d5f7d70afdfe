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
 * GS1's official EPCIS 2.0 JSON Schema, read from {@code ../shared/research/epcis/} (GS1 terms: it stays there, it
 * is not copied into the project). Without the file a test is skipped and says why, except under {@code CI=true},
 * where that is a failure.
 */
public final class EpcisSchema {
    public static final Path FILE = Path.of("..", "shared", "research", "epcis", "EPCIS-JSON-Schema.json");
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
