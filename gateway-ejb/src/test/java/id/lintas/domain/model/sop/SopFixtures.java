package id.lintas.domain.model.sop;

import id.lintas.domain.model.identity.Role;

/** Small steps and definitions for the domain tests. */
final class SopFixtures {
    private SopFixtures() {
    }

    static StepDefinition.Builder step(String key, int number, Role role) {
        return StepDefinition.builder(key).number(number)
                .activity(LocalizedText.of("Kegiatan " + key, "Activity " + key))
                .role(role, "test fixture")
                .checklistItem(new ChecklistItem("file", LocalizedText.of("Berkas", "File")))
                .standard(TimeStandard.minutes(5))
                .output(LocalizedText.of("Hasil " + key, "Result " + key));
    }

    static ReturnBranch returnTo(String key) {
        return new ReturnBranch(key, LocalizedText.of("Jika tidak sesuai, dikembalikan", "If wrong, returned"));
    }

    static SopDefinition.Builder sop(StepDefinition... steps) {
        SopDefinition.Builder builder = SopDefinition.builder("TEST_SOP")
                .title(LocalizedText.of("SOP uji", "Test SOP"))
                .serviceStandard(new ServiceStandard(TimeStandard.sameDay(), null, null, null, null));
        for (StepDefinition step : steps) {
            builder.step(step);
        }
        return builder;
    }
}
