package id.lintas.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.FieldError;
import id.lintas.domain.shared.InvalidInput;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {
    @Test
    void fieldPathsBecomeJsonPointers() {
        assertThat(ProblemResponses.pointer("mother.nik")).isEqualTo("/mother/nik");
        assertThat(ProblemResponses.pointer("witnesses[1].nik")).isEqualTo("/witnesses/1/nik");
        assertThat(ProblemResponses.pointer("scans[0]")).isEqualTo("/scans/0");
        assertThat(ProblemResponses.pointer("")).isEmpty();
    }

    @Test
    void refusalsGetTheirStatus() {
        assertThat(ProblemResponses.statusOf(new InvalidInput(List.of(FieldError.of("x", "report.required"))))).isEqualTo(422);
        assertThat(ProblemResponses.statusOf(new BusinessException("report.notFound", "RM-1"))).isEqualTo(404);
        assertThat(ProblemResponses.statusOf(new BusinessException("report.referenceConflict", "RM-1", "C"))).isEqualTo(409);
        assertThat(ProblemResponses.statusOf(new BusinessException("report.body.tooLarge", 24))).isEqualTo(413);
        assertThat(ProblemResponses.statusOf(new BusinessException("transport.httpsRequired", "https://x"))).isEqualTo(403);
    }

    @Test
    void theRefusalOfPlainHttpNamesTheHttpsAddressInBothLanguages() {
        JsonObject p = jakarta.json.Json.createReader(new java.io.StringReader(ProblemResponses.json(
                new BusinessException("transport.httpsRequired", "https://localhost:8181/api/v1/hospital/births"),
                "/api/v1/hospital/births"))).readObject();
        assertThat(p.getInt("status")).isEqualTo(403);
        assertThat(p.getString("type")).isEqualTo("urn:lintas:problem:transport.httpsRequired");
        assertThat(p.getString("title")).isEqualTo("Tidak diizinkan");
        assertThat(p.getString("detail")).startsWith("Gunakan HTTPS").contains("https://localhost:8181/api/v1/hospital/births");
        assertThat(p.getString("detailEn")).startsWith("Use HTTPS").contains("https://localhost:8181/api/v1/hospital/births");
    }

    @Test
    void aProblemSpeaksBothLanguagesPerField() {
        JsonObject p = ProblemResponses.body(new InvalidInput(List.of(FieldError.of("mother.nik", "report.mother.notFemale"))),
                "/api/v1/hospital/births");
        assertThat(p.getInt("status")).isEqualTo(422);
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getString("detailEn")).isNotBlank();
        assertThat(p.getString("type")).isEqualTo("urn:lintas:problem:input.invalid");
        assertThat(p.getString("instance")).isEqualTo("/api/v1/hospital/births");
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertThat(e.getString("pointer")).isEqualTo("/mother/nik");
        assertThat(e.getString("message")).contains("laki-laki");
        assertThat(e.getString("messageEn")).contains("man");
    }
}
