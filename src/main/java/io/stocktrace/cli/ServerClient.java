package io.stocktrace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API as the command line uses it: JSON in and out, credentials from the environment
 * ({@code STOCKTRACE_TOKEN}, or {@code STOCKTRACE_USER} and {@code STOCKTRACE_PASSWORD}), and every error
 * turned into a {@link CliFailure} whose message is the server's {@code title: detail}.
 */
final class ServerClient {
    static final String DEFAULT_SERVER = "http://localhost:8080";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private final String authorization;

    private ServerClient(String server, String authorization) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.authorization = authorization;
    }

    /** A client of the server named by {@code --server}, else {@code STOCKTRACE_SERVER}, else localhost:8080. */
    static ServerClient from(CliArguments args, Console console) {
        String server = args.option("server", console.env("STOCKTRACE_SERVER") == null ? DEFAULT_SERVER : console.env("STOCKTRACE_SERVER"));
        if (!server.startsWith("http://") && !server.startsWith("https://")) {
            throw CliFailure.usage("--server must be an http:// or https:// address, got '" + server + "'");
        }
        return new ServerClient(server, authorization(console));
    }

    private static String authorization(Console console) {
        String token = console.env("STOCKTRACE_TOKEN");
        if (token != null) {
            return "Bearer " + token;
        }
        String user = console.env("STOCKTRACE_USER");
        String password = console.env("STOCKTRACE_PASSWORD");
        if (user == null || password == null) {
            throw CliFailure.usage("no credentials: set STOCKTRACE_TOKEN, or STOCKTRACE_USER and STOCKTRACE_PASSWORD");
        }
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) {
        return JSON.readTree(send(request(path).GET(), "application/json"));
    }

    JsonNode post(String path, Object body) {
        String json = JSON.writeValueAsString(body);
        return JSON.readTree(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "application/json"));
    }

    /** A body sent as is, for CSV and other text the server reads whole. */
    JsonNode post(String path, String contentType, String body) {
        return JSON.readTree(send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "application/json"));
    }

    String getText(String path, String accept) {
        return send(request(path).GET(), accept);
    }

    /** A body that is not text (a spreadsheet), as bytes. */
    byte[] getBytes(String path, String accept) {
        HttpResponse<byte[]> response = exchange(request(path).GET(), accept, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw CliFailure.failed(problem(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.uri()));
        }
        return response.body();
    }

    /**
     * POSTs without a body and saves the answer, a file the server names in Content-Disposition, into the directory
     * (written under a temporary name first, so a broken transfer never leaves a file that looks whole).
     */
    Path postForFile(String path, Path directory) {
        HttpResponse<InputStream> response = exchange(request(path).POST(HttpRequest.BodyPublishers.noBody()),
                "application/zip", HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw CliFailure.failed(problem(response.statusCode(),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8), response.uri()));
            }
            Path target = directory.resolve(fileName(response));
            Path partial = Files.createTempFile(directory, ".download-", ".part");
            Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliFailure.failed("cannot save the answer of " + response.uri() + " in " + directory + ": " + e);
        }
    }

    private static String fileName(HttpResponse<?> response) {
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = Pattern.compile("filename=\"([A-Za-z0-9._-]+)\"").matcher(disposition);
        if (!name.find()) {
            throw CliFailure.failed("the server did not name the file it sent (" + response.uri() + ")");
        }
        return name.group(1);
    }

    static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + "/api/v1" + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization);
    }

    private String send(HttpRequest.Builder request, String accept) {
        HttpResponse<String> response = exchange(request, accept, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw CliFailure.failed(problem(response.statusCode(), response.body(), response.uri()));
        }
        return response.body();
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, String accept, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.header("Accept", accept + ", application/problem+json").build(), body);
        } catch (ConnectException e) {
            throw CliFailure.failed("cannot reach the server at " + server + " (is it running? --server sets its address)");
        } catch (IOException e) {
            throw CliFailure.failed("the server at " + server + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failed("interrupted");
        }
    }

    /** A field error or an import problem: {@code line 12, lot: message}. */
    static String describeProblem(JsonNode problem) {
        StringBuilder where = new StringBuilder();
        if (problem.has("line")) {
            where.append("line ").append(problem.path("line").asLong());
        }
        String field = problem.path("field").asString("");
        if (!field.isEmpty()) {
            where.append(where.isEmpty() ? "" : ", ").append(field);
        }
        return (where.isEmpty() ? "" : where + ": ") + problem.path("message").asString("");
    }

    /** {@code title: detail}, then one line per field error, as conventions.md asks of the CLI. */
    private static String problem(int status, String body, URI uri) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return "HTTP " + status + " from " + uri;
        }
        StringBuilder message = new StringBuilder(problem.path("title").asString("HTTP " + status));
        String detail = problem.path("detail").asString("");
        if (!detail.isEmpty()) {
            message.append(": ").append(detail);
        }
        for (JsonNode error : problem.path("errors")) {
            message.append(System.lineSeparator()).append("  ").append(describeProblem(error));
        }
        for (JsonNode lineProblem : problem.path("problems")) {
            message.append(System.lineSeparator()).append("  ").append(describeProblem(lineProblem));
        }
        if (status == 401) {
            message.append(System.lineSeparator())
                    .append("  check STOCKTRACE_TOKEN, or STOCKTRACE_USER and STOCKTRACE_PASSWORD");
        }
        return message.toString();
    }
}
