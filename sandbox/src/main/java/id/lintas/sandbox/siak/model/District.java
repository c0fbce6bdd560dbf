package id.lintas.sandbox.siak.model;

/**
 * A kecamatan (district) of the regency: its number within the regency (the last two digits of
 * the Kemendagri code, e.g. 09 in 33.16.09), its name, the postal code the sandbox gives all its
 * addresses, and how many of its villages are kelurahan (urban) and how many there are in all.
 */
public record District(int number, String name, String postalCode, int urbanVillages, int villages) {

    /** The six-digit code that starts a NIK or KK number, e.g. {@code 331609}. */
    public String code() {
        return Blora.REGENCY_CODE + twoDigits();
    }

    /** The Kemendagri code with dots, e.g. {@code 33.16.09}. */
    public String kemendagriCode() {
        return Blora.PROVINCE_CODE + "." + Blora.REGENCY_NUMBER + "." + twoDigits();
    }

    /** The number as {@code NO_KEC}: two digits, e.g. {@code 09}. */
    public String twoDigits() {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
