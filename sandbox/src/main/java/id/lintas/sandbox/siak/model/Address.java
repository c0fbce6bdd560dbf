package id.lintas.sandbox.siak.model;

/**
 * The address of a KK as SIAK holds it: {@code ALAMAT} (a dukuh, "DK. KRAJAN", or a street,
 * "JL. PEMUDA NO. 12"), RT and RW numbers and the village.
 */
public record Address(String street, int rt, int rw, Village village) {

    /** {@code NO_RT}: three digits, as printed on the KK. */
    public String rtNumber() {
        return threeDigits(rt);
    }

    /** {@code NO_RW}: three digits, as printed on the KK. */
    public String rwNumber() {
        return threeDigits(rw);
    }

    public District district() {
        return village.district();
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
