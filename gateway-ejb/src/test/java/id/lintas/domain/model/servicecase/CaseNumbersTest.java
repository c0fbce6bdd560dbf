package id.lintas.domain.model.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.office.OfficeCode;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {
    @Test
    void officeSopYearInTheOfficesZoneAndASerialOfAtLeastSixDigits() {
        // 31 December 17:30 UTC is already New Year in Blora (UTC+7)
        String prefix = CaseNumbers.prefix(new OfficeCode("3316"), "SELINTAS", Instant.parse("2025-12-31T17:30:00Z"),
                ZoneId.of("Asia/Jakarta"));
        assertThat(prefix).isEqualTo("3316-SELINTAS-2026-");
        assertThat(CaseNumbers.of(prefix, 42)).isEqualTo("3316-SELINTAS-2026-000042");
        assertThat(CaseNumbers.of(prefix, 1_234_567)).isEqualTo("3316-SELINTAS-2026-1234567");
    }
}
