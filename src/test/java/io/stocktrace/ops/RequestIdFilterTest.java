package io.stocktrace.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {
    private final AtomicReference<String> logged = new AtomicReference<>();

    private MockHttpServletResponse filter(String header) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/products");
        if (header != null) {
            request.addHeader(RequestIdFilter.HEADER, header);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestIdFilter().doFilter(request, response, (req, res) -> logged.set(MDC.get(RequestIdFilter.MDC_KEY)));
        return response;
    }

    @Test
    void keeps_a_plain_caller_id_for_the_logs_and_the_response_and_forgets_it_afterwards() throws Exception {
        MockHttpServletResponse response = filter("gateway-1:abc.42_x");
        assertThat(logged.get()).isEqualTo("gateway-1:abc.42_x");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("gateway-1:abc.42_x");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void replaces_an_id_that_could_forge_log_lines_or_is_too_long() throws Exception {
        for (String bad : new String[] {"a\nFAKE LOG LINE", "x".repeat(65), "", "<script>", "a\"b"}) {
            MockHttpServletResponse response = filter(bad);
            assertThat(logged.get()).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
            assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo(logged.get());
        }
    }

    @Test
    void generates_an_id_when_none_is_given() throws Exception {
        assertThat(filter(null).getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
    }
}
