package id.lintas.devserver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.net.SocketFactory;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A closed-loop HTTP/1.1 load generator for the benchmarks: each connection is one thread that
 * writes a request as bytes, reads the whole answer and writes the next, over a kept-alive
 * socket. It does as little as an HTTP client can (no header maps, no futures, no selector
 * thread), so that on a small machine the figures are the server's, not the generator's: the
 * JDK's {@code HttpClient} took about as much CPU per request as the server's health endpoint.
 */
final class LoopbackLoad {
    /** One request: method, path, headers and body, written as is. */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {
        static Request get(String path) {
            return new Request("GET", path, Map.of(), new byte[0]);
        }
    }

    /** Latencies of one measured run. */
    record Run(String what, int connections, double seconds, long requests, long errors, String firstError, double[] sortedMs) {
        String describe() {
            return String.format("%s: %,d requests on %d connections in %.1f s = %.0f/s; latency median %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms; errors %d%s", what, requests, connections, seconds, perSecond(),
                    pct(0.50), pct(0.95), pct(0.99), sortedMs.length == 0 ? 0 : sortedMs[sortedMs.length - 1], errors,
                    firstError == null ? "" : " (first: " + firstError + ")");
        }

        double perSecond() {
            return requests / seconds;
        }

        double pct(double p) {
            return sortedMs.length == 0 ? 0 : sortedMs[(int) Math.min(sortedMs.length - 1, Math.ceil(sortedMs.length * p) - 1)];
        }
    }

    private final URI base;
    private final SocketFactory sockets;

    /**
     * @param base    the server, such as {@code http://localhost:8080/}
     * @param sockets plain sockets, or an {@code SSLSocketFactory} for an {@code https} base
     */
    LoopbackLoad(URI base, SocketFactory sockets) {
        this.base = base;
        this.sockets = sockets;
    }

    /** Runs {@code connections} closed loops for {@code seconds}; request {@code i} is {@code request.apply(i)}. */
    Run measure(String what, int connections, int seconds, IntFunction<Request> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long t0 = System.nanoTime();
        List<Future<double[]>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int worker = c;
            workers.add(pool.submit(() -> {
                double[] ms = new double[1 << 16];
                int n = 0;
                Connection connection = null;
                try {
                    for (int i = worker; System.nanoTime() < end; i += connections) {
                        byte[] bytes = serialize(request.apply(i));
                        if (connection == null) {
                            connection = connect();
                        }
                        long s = System.nanoTime();
                        Answer answer = connection.exchange(bytes);
                        double took = (System.nanoTime() - s) / 1e6;
                        if (answer.status / 100 != 2) {
                            if (errors.incrementAndGet() == 1) {
                                firstError[0] = answer.status + " " + new String(answer.body, 0,
                                        Math.min(answer.body.length, 300), StandardCharsets.UTF_8);
                            }
                        }
                        if (answer.close) {
                            connection.close();
                            connection = null;
                        }
                        if (n == ms.length) {
                            ms = Arrays.copyOf(ms, n * 2);
                        }
                        ms[n++] = took;
                    }
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
                return Arrays.copyOf(ms, n);
            }));
        }
        List<double[]> parts = new ArrayList<>();
        for (Future<double[]> w : workers) {
            parts.add(w.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double[] all = parts.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Run(what, connections, elapsed, all.length, errors.get(), firstError[0], all);
    }

    private byte[] serialize(Request r) {
        StringBuilder head = new StringBuilder(256).append(r.method()).append(' ').append(base.getRawPath().replaceAll("/$", ""))
                .append(r.path().startsWith("/") ? r.path() : "/" + r.path()).append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost()).append(':').append(port()).append("\r\n");
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (r.body().length > 0 || !r.method().equals("GET")) {
            head.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + r.body().length);
        System.arraycopy(r.body(), 0, all, h.length, r.body().length);
        return all;
    }

    private int port() {
        return base.getPort() > 0 ? base.getPort() : base.getScheme().equals("https") ? 443 : 80;
    }

    private Connection connect() throws IOException {
        Socket socket = sockets.createSocket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), port()), 5_000);
        socket.setSoTimeout(30_000);
        if (socket instanceof SSLSocket tls) {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.startHandshake();
        }
        return new Connection(socket);
    }

    private record Answer(int status, byte[] body, boolean close) {
    }

    /** One kept-alive connection: a request out, its whole answer in. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("the server closed the connection");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            byte[] body;
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                body = all.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
            } else {
                body = in.readAllBytes();
                close = true;
            }
            return new Answer(code, body, close);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    int last = line.length() - 1;
                    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing after the run
            }
        }
    }
}
