package id.lintas.sandbox.siak.population;

import java.util.SplittableRandom;

/** A fixed choice with weights, e.g. two-thirds ISLAM ... drawn with the generator's random. */
final class Weighted<T> {
    private final Object[] values;
    private final int[] cumulative;

    private Weighted(Object[] values, int[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Pairs of value and weight: {@code of(A, 70, B, 30)}. */
    static <T> Weighted<T> of(Object... valueWeightPairs) {
        int n = valueWeightPairs.length / 2;
        Object[] values = new Object[n];
        int[] cumulative = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            values[i] = valueWeightPairs[2 * i];
            total += (Integer) valueWeightPairs[2 * i + 1];
            cumulative[i] = total;
        }
        return new Weighted<>(values, cumulative);
    }

    @SuppressWarnings("unchecked")
    T pick(SplittableRandom random) {
        int roll = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (roll < cumulative[i]) {
                return (T) values[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
