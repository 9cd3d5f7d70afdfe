package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.PageSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's rule for the page forms' one-time tokens, through HTTP as a browser sends them: a token is carried out
 * once per user, repeats (at once or later) are led to what the first made, a refused form does not use its token up,
 * and a token that is malformed or belongs to another form runs nothing.
 */
abstract class SubmitOnceTests extends ApiTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"_once\" value=\"([^\"]+)\"");
    private PageSession page;
    private long flour;

    @BeforeEach
    void an_operator_on_new_receipt() {
        flour = given.product("FLOUR", "lot");
        page = PageSession.logIn(port, "admin", ADMIN_PASSWORD);
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a one-time token in the form").isTrue();
        return m.group(1);
    }

    private String receipt(String token, String quantity) {
        return "_once=" + token + "&productId=" + flour + "&lot=F-1&quantity=" + quantity;
    }

    private long receipts() {
        return jdbc.sql("SELECT count(*) FROM transfers WHERE type = 'receipt'").query(Long.class).single();
    }

    @Test
    void every_post_form_of_a_page_carries_a_fresh_token_and_a_get_form_none() {
        String form = page.get("/receipts/new").body();
        assertThat(token(form)).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(token(page.get("/receipts/new").body()));
        String count = page.get("/inventory-count").body();
        int getForm = count.indexOf("method=\"get\"");
        assertThat(getForm).as("the count's filter form").isPositive();
        assertThat(count.substring(getForm, count.indexOf("</form>", getForm))).doesNotContain("_once");
    }

    @Test
    void a_form_sent_twice_makes_one_receipt_and_both_answers_lead_to_it() {
        String token = token(page.get("/receipts/new").body());
        HttpResponse<String> first = page.post("/receipts", receipt(token, "5"));
        HttpResponse<String> second = page.post("/receipts", receipt(token, "5"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).matches(".*/transfers/\\d+"));
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void repeats_sent_at_the_same_instant_make_one_receipt_and_all_lead_to_it() throws Exception {
        String token = token(page.get("/receipts/new").body());
        List<HttpResponse<String>> answers = atOnce(4, () -> page.post("/receipts", receipt(token, "5")));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).extracting(a -> a.headers().firstValue("Location").orElseThrow()).containsOnly(
                answers.get(0).headers().firstValue("Location").orElseThrow());
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void a_refused_form_comes_back_with_a_fresh_token_and_its_own_token_still_sends_the_corrected_form() {
        String token = token(page.get("/receipts/new").body());
        HttpResponse<String> refused = page.post("/receipts", receipt(token, "-1"));
        assertThat(refused.statusCode()).isIn(200, 422);
        assertThat(refused.body()).contains("Nothing was saved");
        assertThat(token(refused.body())).isNotEqualTo(token);
        assertThat(receipts()).isZero();

        HttpResponse<String> corrected = page.post("/receipts", receipt(token, "5"));
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(receipts()).isEqualTo(1);
    }

    @Test
    void a_malformed_token_is_a_400_page_and_runs_nothing() {
        HttpResponse<String> answer = page.post("/receipts", receipt("%3Cscript%3E", "5"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body()).contains("one-time token is not valid");
        assertThat(page.post("/receipts", receipt("x".repeat(5000), "5")).statusCode()).isEqualTo(400);
        assertThat(receipts()).isZero();
    }

    @Test
    void a_token_sent_with_another_form_than_its_own_runs_nothing() {
        String token = token(page.get("/receipts/new").body());
        assertThat(page.post("/receipts", receipt(token, "5")).statusCode()).isEqualTo(302);
        HttpResponse<String> other = page.post("/partners/new", "_once=" + token + "&name=Mill");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("belongs to another form");
        assertThat(jdbc.sql("SELECT count(*) FROM partners").query(Long.class).single()).isZero();
    }

    @Test
    void a_form_carried_out_before_its_answer_was_kept_is_not_run_again_and_a_page_says_so() throws Exception {
        String token = token(page.get("/receipts/new").body());
        Instant committed = Instant.now().minusSeconds(60);
        jdbc.sql("""
                        INSERT INTO idempotency_keys (username, idempotency_key, request_hash, state, lease_token,
                                                      lease_expires_at, work_committed_at, created_at)
                        VALUES ('admin', :key, :hash, 'in-flight', 'lost', :past, :past, :past)
                        """)
                .param("key", "form:" + token)
                .param("hash", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("form /receipts".getBytes(StandardCharsets.UTF_8))))
                .param("past", committed.atOffset(ZoneOffset.UTC))
                .update();
        HttpResponse<String> answer = page.post("/receipts", receipt(token, "5"));
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Already submitted").contains("already submitted and carried out");
        assertThat(receipts()).isZero();
    }

    @Test
    void a_post_without_a_token_runs_as_before() {
        assertThat(page.post("/receipts", "productId=" + flour + "&lot=F-1&quantity=5").statusCode()).isEqualTo(302);
        assertThat(page.post("/receipts", "productId=" + flour + "&lot=F-2&quantity=5").statusCode()).isEqualTo(302);
        assertThat(receipts()).isEqualTo(2);
    }

    private static <T> List<T> atOnce(int threads, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
