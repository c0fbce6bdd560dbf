package id.lintas.domain.model.whatsapp;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A complaint goes to the kabid of its service's division, who answers it once. */
class LoggedComplaintTest {
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final WaId SITI = WaId.of("6281234567890");

    @Test
    void goesToTheKabidOfTheServicesDivision() {
        assertThat(new LoggedComplaint(1, 7L, new Complaint(SITI, "WA-7K3M9QPX", "BIRTH", "lama"), NOW).routedTo())
                .isEqualTo(Role.KABID_CAPIL);
        assertThat(new LoggedComplaint(1, 7L, new Complaint(SITI, null, "KTP_EL", "lama"), NOW).routedTo())
                .isEqualTo(Role.KABID_DAFDUK);
        assertThat(new LoggedComplaint(1, 7L, new Complaint(SITI, null, null, "lama"), NOW).routedTo())
                .as("before a service is chosen").isEqualTo(Role.KABID_CAPIL);
    }

    @Test
    void isAnsweredOnceWithSomethingToSay() {
        LoggedComplaint complaint = new LoggedComplaint(1, 7L, new Complaint(SITI, "WA-7K3M9QPX", "BIRTH", "berkas belum diproses"), NOW);
        assertRefused(() -> complaint.answer("kabid.capil", "  ", NOW), "complaint.answerEmpty");
        assertRefused(() -> complaint.answer("kabid.capil", "x".repeat(LoggedComplaint.MAX_ANSWER + 1), NOW), "complaint.answerTooLong");
        assertThat(complaint.answer()).isEmpty();

        complaint.answer("kabid.capil", " Berkas Anda sudah kami periksa hari ini. ", NOW);
        assertThat(complaint.answer()).contains("Berkas Anda sudah kami periksa hari ini.");
        assertThat(complaint.answeredBy()).contains("kabid.capil");
        assertThat(complaint.answeredAt()).contains(NOW);
        assertRefused(() -> complaint.answer("kabid.capil", "lagi", NOW), "complaint.answered");
    }
}
