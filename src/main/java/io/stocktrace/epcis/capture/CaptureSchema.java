package io.stocktrace.epcis.capture;

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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GS1's EPCIS 2.0 JSON Schema, read once from the first of {@link CaptureSettings#schemaFiles()} that exists (GS1's
 * terms keep the file out of the jar). Without it, captures are checked by {@link EventIndex} alone; the start logs
 * that.
 */
@Component
class CaptureSchema {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureSchema.class);

    private final Optional<Schema> schema;
    private final Optional<Path> file;
    private final CaptureSettings settings;

    CaptureSchema(CaptureSettings settings) {
        this.settings = settings;
        this.file = settings.schemaFiles().stream().map(Path::of).filter(Files::isRegularFile).findFirst();
        this.schema = file.map(CaptureSchema::load);
        if (file.isEmpty()) {
            LOG.warn("The EPCIS JSON Schema is at none of {} (stocktrace.epcis.capture.schema-files): captured documents "
                    + "are checked by Stocktrace's own rules only", settings.schemaFiles());
        }
    }

    private static Schema load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the EPCIS JSON Schema at " + path, e);
        }
    }

    /** The schema's complaints about a document, each with where it is; empty when valid or without the schema. */
    List<String> errors(JsonNode document) {
        return schema.map(s -> s.validate(document).stream().map(Error::toString)
                .map(e -> e.startsWith(":") ? "document" + e : e).toList()).orElse(List.of());
    }

    Optional<Path> file() {
        return file;
    }

    /** The limits of one capture, beside the schema that checks it. */
    CaptureSettings settings() {
        return settings;
    }
}
