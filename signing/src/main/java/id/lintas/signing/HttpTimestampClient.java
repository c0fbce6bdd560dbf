package id.lintas.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
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
 * connections are kept alive (the JDK's keep-alive cache; lower latency than java.net.http here).
 */
public final class HttpTimestampClient implements TimestampClient {
    private static final SecureRandom NONCES = new SecureRandom();
    private final URI url;
    private final Duration timeout;

    public HttpTimestampClient(URI url) {
        this(url, Duration.ofSeconds(10));
    }

    public HttpTimestampClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
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
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/timestamp-query");
            byte[] query = request.getEncoded();
            connection.setFixedLengthStreamingMode(query.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(query);
            }
            int status = connection.getResponseCode();
            if (status != 200) {
                if (connection.getErrorStream() != null) {
                    connection.getErrorStream().close();
                }
                throw new SigningException("Otoritas cap waktu " + url + " menjawab HTTP " + status,
                        "The timestamp authority " + url + " answered HTTP " + status);
            }
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = in.readAllBytes();
            }
            TimeStampResponse response = new TimeStampResponse(body);
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
        }
    }
}
