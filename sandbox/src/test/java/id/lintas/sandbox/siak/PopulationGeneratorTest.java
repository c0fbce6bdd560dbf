package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.siak.population.Population;
import id.lintas.sandbox.siak.population.PopulationGenerator;
import org.junit.jupiter.api.Test;

/** The generator itself: same seed same data, exact size, fast enough to start a sandbox per test class. */
class PopulationGeneratorTest {

    @Test
    void theSameSeedGeneratesEqualPopulationsQuickly() {
        PopulationGenerator.generate(1, 10_000);
        Population first = PopulationGenerator.generate(3316, 100_000);
        Population second = PopulationGenerator.generate(3316, 100_000);

        assertThat(first.residents()).hasSize(100_000).isEqualTo(second.residents());
        assertThat(first.families()).isEqualTo(second.families());
        assertThat(PopulationGenerator.generate(3317, 100_000).residents()).isNotEqualTo(first.residents());
        assertThat(first.millis()).isLessThan(3_000);
        System.out.printf("[PopulationGeneratorTest] 100,000 residents in %,d families generated in %d ms%n",
                first.families().size(), second.millis());
    }

    @Test
    void anySizeIsExact() {
        assertThat(PopulationGenerator.generate(5, 1).residents()).hasSize(1);
        assertThat(PopulationGenerator.generate(5, 7).residents()).hasSize(7);
        assertThat(PopulationGenerator.generate(5, 250_000).residents()).hasSize(250_000);
    }
}
