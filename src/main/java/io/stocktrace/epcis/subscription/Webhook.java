package io.stocktrace.epcis.subscription;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Posts a delivery to a subscriber's URL: a 2xx answer is delivered, anything else (another status, no answer within
 * the timeout, a refused connection) is a failure to retry. Redirects are not followed: the URL is the subscriber's.
 */
@Component
class Webhook {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR = 500;

    /** What came of one attempt: the status, if the webhook answered, and the error of a failure. */
    record Answer(Integer statusCode, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Answer post(URI url, byte[] body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/ld+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Answer(status, null)
                    : new Answer(status, "The webhook answered HTTP " + status + ".");
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(null, bounded("Could not reach the webhook: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "Interrupted while posting to the webhook.");
        }
    }

    private static String bounded(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
