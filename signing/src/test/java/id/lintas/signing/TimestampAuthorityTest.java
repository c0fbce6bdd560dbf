package id.lintas.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

class TimestampAuthorityTest {
    @Test
    void stampsADigestOverHttpWithATokenSignedByTheTimestampingCertificate() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("akta".getBytes());
        TimeStampToken token = Fixtures.TSA_CLIENT.timestamp(digest);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        // validate() also insists on the TSA certificate's critical extendedKeyUsage timeStamping
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(Fixtures.PKI.tsa().certificate()));
        var tsa = Fixtures.PKI.tsa().certificate();
        assertThat(tsa.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        boolean[] usage = Fixtures.PKI.kadis().certificate().getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
    }

    @Test
    void answersGarbageWithARejection() throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Fixtures.TSA.url())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertThat(response.getStatus()).isEqualTo(2); // rejection
        assertThat(response.getTimeStampToken()).isNull();
        HttpResponse<Void> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Fixtures.TSA.url().toString())).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(get.statusCode()).isEqualTo(405);
    }
}
