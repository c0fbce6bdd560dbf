package id.lintas.sandbox.courier.order;

import java.util.List;

/**
 * The driver allocated to an order: name, phone and motorbike plate. Picked from a small roster,
 * the same driver for the same order number, so a run is repeatable.
 */
public record Driver(String name, String phone, String vehicleNumber) {
    private static final List<String> NAMES = List.of("Budi Santoso", "Agus Setiawan", "Siti Rahmawati", "Joko Prasetyo",
            "Dwi Lestari", "Eko Wahyudi", "Rina Susanti", "Slamet Riyadi", "Teguh Haryanto", "Nur Hidayah", "Bambang Sutrisno",
            "Fajar Nugroho");
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /** The driver of the {@code sequence}-th order (from 1). */
    public static Driver forOrder(long sequence) {
        int index = (int) ((sequence - 1) % NAMES.size());
        long n = sequence * 7919 + index;
        String phone = String.format("+62812%08d", (n * 104_729) % 100_000_000);
        // Blora's plates: K (Pati region), four digits, two letters
        String plate = String.format("K %04d %c%c", 1000 + n % 9000, LETTERS.charAt((int) (n % LETTERS.length())),
                LETTERS.charAt((int) (n / LETTERS.length() % LETTERS.length())));
        return new Driver(NAMES.get(index), phone, plate);
    }
}
