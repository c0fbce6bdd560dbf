package id.lintas.domain.model.courier;

/** Blank-to-null and clipping of what outside parties write into a shipment's columns. */
final class Texts {
    private Texts() {
    }

    /** {@code text} stripped, {@code null} when blank, at most {@code max} characters. */
    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }
}
