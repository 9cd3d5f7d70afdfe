package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

class SubmitOnceFieldsTest {
    /** Spring Security's processor as the forms see it: a CSRF field in every form. */
    private final SubmitOnceFields fields = new SubmitOnceFields(new RequestDataValueProcessor() {
        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            return action;
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return value;
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            return Map.of("_csrf", "csrf-token");
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return url;
        }
    });
    private final MockHttpServletRequest page = new MockHttpServletRequest("GET", "/receipts/new");

    private Map<String, String> hiddenFieldsOfA(String method) {
        assertThat(fields.processAction(page, "/receipts", method)).isEqualTo("/receipts");
        return fields.getExtraHiddenFields(page);
    }

    @Test
    void a_post_form_gets_a_one_time_token_beside_the_csrf_field() {
        Map<String, String> hidden = hiddenFieldsOfA("post");
        assertThat(hidden).containsEntry("_csrf", "csrf-token").containsKey(SubmitOnceFields.PARAMETER);
        assertThat(SubmitOnceFields.wellFormed(hidden.get(SubmitOnceFields.PARAMETER))).isTrue();
    }

    @Test
    void a_get_form_gets_no_token_even_after_a_post_form_on_the_same_page() {
        hiddenFieldsOfA("POST");
        assertThat(hiddenFieldsOfA("get")).containsOnlyKeys("_csrf");
        assertThat(fields.getExtraHiddenFields(page)).as("a form without th:action's method").containsOnlyKeys("_csrf");
    }

    @Test
    void every_post_form_gets_its_own_token() {
        assertThat(hiddenFieldsOfA("post").get(SubmitOnceFields.PARAMETER))
                .isNotEqualTo(hiddenFieldsOfA("post").get(SubmitOnceFields.PARAMETER));
    }

    @Test
    void only_tokens_of_the_given_shape_are_well_formed() {
        assertThat(SubmitOnceFields.wellFormed(SubmitOnceFields.fresh())).isTrue();
        assertThat(SubmitOnceFields.wellFormed("")).isFalse();
        assertThat(SubmitOnceFields.wellFormed("<script>alert(1)</script>")).isFalse();
        assertThat(SubmitOnceFields.wellFormed("a".repeat(23))).isFalse();
        assertThat(SubmitOnceFields.wellFormed("a".repeat(10_000))).isFalse();
    }
}
