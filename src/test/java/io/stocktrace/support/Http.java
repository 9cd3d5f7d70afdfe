package io.stocktrace.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests against the real server: JSON in, status, headers and JSON out. */
public final class Http {
    public record Response(int status, String contentType, Map<String, String> headers, String body, JsonNode json) {
        public JsonNode at(String pointer) {
            return json.at(pointer);
        }

        public String code() {
            return json.path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final Map<String, String> extraHeaders;

    private Http(String base, String authorization, Map<String, String> extraHeaders) {
        this.base = base;
        this.authorization = authorization;
        this.extraHeaders = extraHeaders;
    }

    public static Http to(int port) {
        return new Http("http://localhost:" + port, null, Map.of());
    }

    public Http basic(String user, String password) {
        return new Http(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)), extraHeaders);
    }

    public Http bearer(String token) {
        return new Http(base, "Bearer " + token, extraHeaders);
    }

    /** The same caller (credentials, headers) sent to the server on another port: another node of the site. */
    public Http at(int port) {
        return new Http("http://localhost:" + port, authorization, extraHeaders);
    }

    public Http anonymous() {
        return new Http(base, null, extraHeaders);
    }

    public Http header(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Http(base, authorization, headers);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    /** A body that is not text (a PDF, an image), as bytes. */
    public record Binary(int status, String contentType, byte[] body) {
    }

    public Binary getBinary(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("content-type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a body exactly as given, for malformed JSON and the like. */
    public Response postRaw(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    public static String json(Object value) {
        return value instanceof String s ? s : JSON.writeValueAsString(value);
    }

    private Response send(String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            String text = response.body();
            JsonNode json = text == null || text.isBlank() || !(text.startsWith("{") || text.startsWith("["))
                    ? JSON.missingNode() : JSON.readTree(text);
            return new Response(response.statusCode(), headers.getOrDefault("content-type", ""), headers, text, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
