package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every vector of the GS1 Syntax Engine and linter unit tests (src/test/resources/gs1) as its own test case.
 * The vectors assume the current year is 2021 for the date century rule.
 */
class Gs1SyntaxEngineVectorsTest {

    static final Clock YEAR_2021 = Clock.fixed(Instant.parse("2021-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Boolean> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, Function<JsonNode, Executable>> SECTIONS = Map.of(
            "digital_link_parse", Gs1SyntaxEngineVectorsTest::digitalLinkParse,
            "digital_link_generate", Gs1SyntaxEngineVectorsTest::digitalLinkGenerate,
            "bracketed_to_element_string", Gs1SyntaxEngineVectorsTest::bracketedToElementString,
            "element_string_validation", Gs1SyntaxEngineVectorsTest::elementStringValidation,
            "ai_association_rules", Gs1SyntaxEngineVectorsTest::associationRules,
            "scan_data_parse", Gs1SyntaxEngineVectorsTest::scanDataParse,
            "scan_data_generate", Gs1SyntaxEngineVectorsTest::scanDataGenerate,
            "linter_csum_gs1_mod10", vector -> linter(vector, CheckDigit::lintMod10),
            "linter_yymmd0_date_day00_allowed", vector -> linter(vector, DateLinters::yymmd0),
            "linter_yymmdd_date", vector -> linter(vector, DateLinters::yymmdd));

    @TestFactory
    Stream<DynamicNode> every_gs1_vector_is_honoured() throws IOException {
        JsonNode root = readVectors("/gs1/gs1-syntax-engine-test-vectors.json");
        JsonNode runtimeInputs = readVectors("/gs1/gs1-syntax-engine-test-vectors-runtime-inputs.json");
        List<DynamicNode> sections = new ArrayList<>();
        for (String section : root.propertyNames()) {
            Function<JsonNode, Executable> runner = SECTIONS.get(section);
            if (runner == null) {
                continue;
            }
            List<DynamicTest> tests = new ArrayList<>();
            int index = 0;
            for (JsonNode vector : root.get(section)) {
                String name = section + " #" + (++index) + " (line " + vector.path("src_line").asInt() + "): "
                        + describe(vector);
                JsonNode literal = withRuntimeInputs(vector, runtimeInputs.path(section));
                tests.add(DynamicTest.dynamicTest(name, recorded(name, () -> runner.apply(literal).execute())));
            }
            sections.add(DynamicContainer.dynamicContainer(section, tests));
        }
        return sections.stream();
    }

    @AfterAll
    static void print_pass_rate() {
        long passed = OUTCOMES.values().stream().filter(Boolean::booleanValue).count();
        System.out.printf("GS1 vectors: %d of %d pass%n", passed, OUTCOMES.size());
        OUTCOMES.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).sorted()
                .forEach(name -> System.out.println("  failing: " + name));
    }

    private static Executable recorded(String name, Executable test) {
        return () -> {
            OUTCOMES.put(name, false);
            test.execute();
            OUTCOMES.put(name, true);
        };
    }

    private static Executable digitalLinkParse(JsonNode vector) {
        Gs1SyntaxEngine engine = engine(vector);
        String uri = text(vector, "dl_uri");
        return expect(vector, () -> engine.parseDigitalLink(uri).toElementString(), "expect_element_string");
    }

    private static Executable digitalLinkGenerate(JsonNode vector) {
        Gs1SyntaxEngine engine = engine(vector);
        String bracketed = text(vector, "bracketed_ais");
        String stem = vector.get("stem").isNull() ? null : vector.get("stem").asString();
        return expect(vector, () -> {
            List<Gs1Element> elements = engine.parseBracketed(bracketed).elements();
            return stem == null ? engine.toDigitalLinkUri(elements) : engine.toDigitalLinkUri(elements, stem);
        }, "expect_dl_uri");
    }

    // These vectors come from the C tests of the parsers alone (gs1_parseAIdata, gs1_processAIdata), which check
    // the syntax of each AI but not the rules between AIs: "(10)12345" parses though (10) requires a GTIN.
    private static Executable bracketedToElementString(JsonNode vector) {
        Gs1SyntaxEngine engine = syntaxOnly(engine(vector));
        String bracketed = text(vector, "bracketed_ais");
        return expect(vector, () -> engine.parseBracketed(bracketed).toElementString(), "expect_element_string");
    }

    private static Executable elementStringValidation(JsonNode vector) {
        Gs1SyntaxEngine engine = syntaxOnly(engine(vector));
        String elementString = text(vector, "element_string");
        return expect(vector, () -> engine.parseElementString(elementString).toElementString(), null);
    }

    private static Executable associationRules(JsonNode vector) {
        Gs1SyntaxEngine engine = engine(vector);
        String bracketed = text(vector, "bracketed_ais");
        return expect(vector, () -> engine.parseBracketed(bracketed).toBracketed(), null);
    }

    private static Executable scanDataParse(JsonNode vector) {
        Gs1SyntaxEngine engine = engine(vector);
        String scan = text(vector, "scan_data");
        return expect(vector, () -> {
            ScanData data = engine.parseScanData(scan);
            assertThat(data.symbology()).isEqualTo(symbology(text(vector, "expect_symbology")));
            return data.data();
        }, "expect_data");
    }

    private static Executable scanDataGenerate(JsonNode vector) {
        Gs1SyntaxEngine engine = engine(vector);
        Symbology symbology = symbology(text(vector, "symbology"));
        String data = text(vector, "data");
        return expect(vector, () -> engine.toScanData(symbology, data), "expect_scan_data");
    }

    private static Executable linter(JsonNode vector, Linter linter) {
        String data = text(vector, "data");
        return () -> {
            LintFailure failure = linter.lint(data, 2021);
            if (vector.get("valid").asBoolean()) {
                assertThat(failure).isNull();
            } else {
                assertThat(failure).isNotNull();
                assertThat("GS1_LINTER_" + failure.error().name()).isEqualTo(text(vector, "error"));
            }
        };
    }

    private interface Outcome {
        String produce();
    }

    private static Executable expect(JsonNode vector, Outcome outcome, String expectedField) {
        return () -> {
            if (vector.get("valid").asBoolean()) {
                String actual = outcome.produce();
                if (expectedField != null) {
                    assertThat(actual).isEqualTo(text(vector, expectedField));
                }
            } else {
                assertThatThrownBy(outcome::produce).isInstanceOf(Gs1SyntaxException.class)
                        .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
            }
        };
    }

    /**
     * Six vectors hold a C identifier (["IDENT", "inbuf"]) instead of data: the C test built that input in a
     * buffer at run time and the extraction kept only the variable name. The runtime-inputs file rebuilds each
     * buffer as literal data, found by the vector's section and src_line; the test keeps the vector's name.
     */
    private static JsonNode withRuntimeInputs(JsonNode vector, JsonNode sectionInputs) {
        List<String> identifiers = vector.propertyNames().stream().filter(field -> vector.get(field).isArray()).toList();
        if (identifiers.isEmpty()) {
            return vector;
        }
        int line = vector.path("src_line").asInt();
        JsonNode rebuilt = null;
        for (JsonNode input : sectionInputs) {
            if (input.path("src_line").asInt() == line) {
                rebuilt = input;
            }
        }
        ObjectNode literal = (ObjectNode) vector.deepCopy();
        for (String field : identifiers) {
            if (rebuilt != null && rebuilt.path(field).isString()) {
                literal.put(field, rebuilt.get(field).asString());
            }
        }
        return literal;
    }

    private static String text(JsonNode vector, String field) {
        JsonNode node = vector.get(field);
        if (node == null || !node.isString()) {
            fail("the vector has no " + field);
        }
        return node.asString();
    }

    private static Gs1SyntaxEngine engine(JsonNode vector) {
        JsonNode settings = vector.path("settings");
        Gs1Options options = Gs1Options.defaults()
                .withPermitUnknownAis(settings.path("permitUnknownAIs").asBoolean(false))
                .withUnknownAisAsDigitalLinkAttributes(!settings.path("validation_UNKNOWN_AI_NOT_DL_ATTR").asBoolean(true))
                .withPermitZeroSuppressedGtin(settings.path("permitZeroSuppressedGTINinDLuris").asBoolean(false))
                .withPermitConvenienceAlphas(settings.path("permitConvenienceAlphas").asBoolean(false))
                .withAddCheckDigit(settings.path("addCheckDigit").asBoolean(false));
        return new Gs1SyntaxEngine(Gs1Dictionary.bundled(), YEAR_2021, options);
    }

    private static Gs1SyntaxEngine syntaxOnly(Gs1SyntaxEngine engine) {
        return engine.withOptions(engine.options().withCheckAssociations(false));
    }

    private static Symbology symbology(String name) {
        return switch (name) {
            case "NONE" -> null;
            case "DM" -> Symbology.DATAMATRIX;
            case "DotCode" -> Symbology.DOTCODE;
            case "DataBarExpanded" -> Symbology.DATABAR_EXPANDED;
            case "DataBarOmni" -> Symbology.DATABAR_OMNI;
            case "DataBarLimited" -> Symbology.DATABAR_LIMITED;
            default -> Symbology.valueOf(name);
        };
    }

    private static String describe(JsonNode vector) {
        for (String field : List.of("dl_uri", "bracketed_ais", "element_string", "scan_data", "data")) {
            if (vector.has(field)) {
                String prefix = vector.has("symbology") ? vector.get("symbology").asString() + " " : "";
                return prefix + Text.printable(vector.get(field).toString()) + " is "
                        + (vector.get("valid").asBoolean() ? "valid" : "invalid");
            }
        }
        return vector.toString();
    }

    private static JsonNode readVectors(String resource) throws IOException {
        try (InputStream in = Gs1SyntaxEngineVectorsTest.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
