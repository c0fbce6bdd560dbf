package id.lintas.signing.tsa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.lintas.signing.SigningException;
import id.lintas.signing.TimestampClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small RFC 3161 timestamp authority on Bouncy Castle's TSP: answers DER timestamp queries for
 * SHA-256, SHA-384 and SHA-512 imprints with tokens signed by the TSA key (SHA-256 with RSA), the
 * TSA's certificate chain included when asked. Usable in process ({@link TimestampClient}) or over
 * HTTP ({@link #serve}); the sandbox runs it for B-T and later levels. Thread-safe.
 */
public final class TimestampAuthority implements TimestampClient {
    /** The policy under which the demo TSA issues its tokens (a private arc, demo only). */
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");
    private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);

    private final TimeStampResponseGenerator generator;
    private final List<X509Certificate> chain;
    private final AtomicLong serials = new AtomicLong(System.currentTimeMillis() * 1000);

    public TimestampAuthority(PrivateKey key, List<X509Certificate> chain) {
        this.chain = List.copyOf(chain);
        try {
            DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                            org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1));
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), chain.get(0));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo, sha1, POLICY);
            tokens.addCertificates(new JcaCertStore(chain));
            tokens.setAccuracyMillis(500);
            generator = new TimeStampResponseGenerator(tokens, ACCEPTED);
        } catch (OperatorCreationException | CertificateEncodingException | TSPException
                 | IllegalArgumentException e) {
            throw new IllegalStateException("The timestamp authority could not start", e);
        }
    }

    /**
     * The authority of the key and chain in a PKCS#12 file (its first key entry; the file's and the
     * key's password being {@code password}), e.g. {@code tsa/tsa.p12} of a TTE directory
     * ({@link id.lintas.signing.testpki.DemoPki#writeTteDirectory}).
     *
     * @throws SigningException when the file cannot be read, the password is wrong or it holds no key
     */
    public static TimestampAuthority fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new TimestampAuthority(key, chain);
                }
            }
            throw new SigningException("Tidak ada kunci TSA di " + file, "No TSA key in " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("Kunci TSA " + file + " tidak dapat dibuka", "The TSA key " + file + " cannot be opened", e);
        }
    }

    /** The TSA's certificate and its issuers, as its tokens carry them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * The DER answer to a DER timestamp query; a malformed query gets a rejection response
     * (failure info badDataFormat), one for an unaccepted digest algorithm badAlg (RFC 3161, 2.4.2).
     */
    public synchronized byte[] respond(byte[] query) {
        try {
            TimeStampResponse response;
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(query);
            } catch (IOException | RuntimeException e) {
                request = null;
            }
            if (request == null) {
                response = generator.generateRejectedResponse(new TSPValidationException(
                        "malformed timestamp query", PKIFailureInfo.badDataFormat));
            } else {
                try {
                    response = generator.generate(request, BigInteger.valueOf(serials.incrementAndGet()), new Date());
                } catch (IllegalArgumentException e) {
                    response = generator.generateRejectedResponse(new TSPException("bad request: " + e.getMessage(), e));
                }
            }
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("The timestamp authority could not answer", e);
        }
    }

    @Override
    public TimeStampToken timestamp(byte[] sha256Digest) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        try {
            TimeStampRequest request = requests.generate(NISTObjectIdentifiers.id_sha256, sha256Digest);
            TimeStampResponse response = new TimeStampResponse(respond(request.getEncoded()));
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new SigningException("Cap waktu ditolak: " + response.getStatusString(),
                        "Timestamp refused: " + response.getStatusString());
            }
            return response.getTimeStampToken();
        } catch (IOException | TSPException e) {
            throw new SigningException("Cap waktu gagal", "Timestamping failed", e);
        }
    }

    /**
     * Serves the authority over HTTP: {@code POST} a timestamp query (any path) and get the reply
     * as {@code application/timestamp-reply}. Port 0 picks a free port; see {@link Server#url()}.
     */
    public Server serve(InetSocketAddress address) throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK: 40 ms per timestamp instead of 2 (read once, when the first server starts)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer http = HttpServer.create(address, 64);
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "tsa-http");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
        http.start();
        return new Server(http, workers);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] query;
            try (InputStream in = exchange.getRequestBody()) {
                query = in.readNBytes(64 * 1024);
            }
            byte[] reply = respond(query);
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    /** A running HTTP timestamp authority. */
    public static final class Server implements AutoCloseable {
        private final HttpServer http;
        private final ExecutorService workers;

        private Server(HttpServer http, ExecutorService workers) {
            this.http = http;
            this.workers = workers;
        }

        public URI url() {
            InetSocketAddress address = http.getAddress();
            String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
            return URI.create("http://" + host + ":" + address.getPort() + "/tsa");
        }

        @Override
        public void close() {
            http.stop(0);
            workers.shutdownNow();
        }
    }
}
