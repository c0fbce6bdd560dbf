package id.lintas.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HospitalApiTlsTest {
    private final HospitalApiTls direct = new HospitalApiTls(Set.of(), Optional.empty());
    private final HospitalApiTls proxied = new HospitalApiTls(Set.of("10.0.0.5"), Optional.of("https://dukcapil.example.go.id/"));

    @Test
    void theContainersHttpsListenerIsTls() {
        assertThat(direct.encrypted(true, "192.0.2.1", null)).isTrue();
        assertThat(direct.encrypted(false, "192.0.2.1", null)).isFalse();
    }

    @Test
    void forwardedProtoIsBelievedOnlyFromATrustedProxy() {
        assertThat(direct.encrypted(false, "10.0.0.5", "https")).as("no proxy configured").isFalse();
        assertThat(proxied.encrypted(false, "192.0.2.1", "https")).as("anybody can send the header").isFalse();
        assertThat(proxied.encrypted(false, "10.0.0.5", "HTTPS")).isTrue();
        assertThat(proxied.encrypted(false, "10.0.0.5", "http")).isFalse();
        assertThat(proxied.encrypted(false, "10.0.0.5", null)).isFalse();
        assertThat(proxied.encrypted(false, "10.0.0.5", "https, http")).as("the nearest proxy's value counts").isFalse();
    }

    @Test
    void theHttpsAddressIsTheConfiguredOneOrTheHostOnPayarasHttpsPort() {
        assertThat(direct.httpsAddress("localhost", "/api/v1/hospital/births", null))
                .isEqualTo("https://localhost:8181/api/v1/hospital/births");
        assertThat(direct.httpsAddress("rs.local", "/soap/BirthReport", "wsdl")).isEqualTo("https://rs.local:8181/soap/BirthReport?wsdl");
        assertThat(proxied.httpsAddress("10.0.0.9", "/api/v1/hospital/births/RM-1", ""))
                .isEqualTo("https://dukcapil.example.go.id/api/v1/hospital/births/RM-1");
    }
}
