package id.lintas.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 client over HTTP ({@code application/timestamp-query}), asking for the TSA's
 * certificate in the token and a nonce, and checking the answer against its request. Thread-safe;
 * connections are kept alive.
 */
public final class HttpTimestampClient implements TimestampClient {
    private static final SecureRandom NONCES = new SecureRandom();
    private final URI url;
    private final HttpClient http;
    private final Duration timeout;

    public HttpTimestampClient(URI url) {
        this(url, Duration.ofSeconds(10));
    }

    public HttpTimestampClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI url() {
        return url;
    }

    @Override
    public TimeStampToken timestamp(byte[] sha256Digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, sha256Digest,
                new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new SigningException("Otoritas cap waktu " + url + " menjawab HTTP " + answer.statusCode(),
                        "The timestamp authority " + url + " answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new SigningException("Otoritas cap waktu menolak: " + response.getStatusString(),
                        "The timestamp authority refused: " + response.getStatusString());
            }
            return token;
        } catch (IOException | TSPException e) {
            throw new SigningException("Otoritas cap waktu " + url + " tidak dapat dipakai",
                    "The timestamp authority " + url + " could not be used", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException("Permintaan cap waktu terputus", "The timestamp request was interrupted", e);
        }
    }
}
