package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on RFC 9457 problem+json answers: status, media type, code, a detail that names things, fields. */
public final class Problems {
    private Problems() {
    }

    /** Asserts the answer is the problem with this status and code, and that its detail mentions every word given. */
    public static Http.Response assertProblem(Http.Response r, int status, String code, String... detailMentions) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("type").asString()).endsWith("/" + code);
        assertThat(r.json().path("title").asString()).isNotBlank();
        String detail = r.json().path("detail").asString();
        assertThat(detail).as(r.body()).isNotBlank();
        for (String mention : detailMentions) {
            assertThat(detail).as("detail of %s", r.body()).contains(mention);
        }
        return r;
    }

    /** The fields named in {@code errors}, in order. */
    public static List<String> fields(Http.Response r) {
        return r.json().path("errors").findValuesAsString("field");
    }
}
