package io.stocktrace.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load balancer of a test: each request goes to the next node in turn, as it came (method, path, headers but the
 * hop-by-hop ones, body), and the node's answer goes back as it is, redirects unfollowed. Counts what each node served.
 */
final class RoundRobinProxy implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Integer> nodes;
    private final AtomicLong next = new AtomicLong();
    private final AtomicIntegerArray served;

    private RoundRobinProxy(List<Integer> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.served = new AtomicIntegerArray(nodes.size());
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    static RoundRobinProxy start(int... nodePorts) throws IOException {
        return new RoundRobinProxy(java.util.Arrays.stream(nodePorts).boxed().toList());
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many requests each node served, in the order the nodes were given. */
    int[] served() {
        int[] counts = new int[nodes.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = served.get(i);
        }
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        int node = (int) (next.getAndIncrement() % nodes.size());
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + nodes.get(node)
                    + exchange.getRequestURI())).timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            served.incrementAndGet(node);
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
