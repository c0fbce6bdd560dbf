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
