package id.lintas.sandbox.siak.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kabupaten Blora (regency 33.16, province Jawa Tengah 33) with its sixteen kecamatan and their
 * villages, the geography every sandbox resident lives in.
 *
 * <p>The district codes follow the Kemendagri order 33.16.01 Jati ... 33.16.16 Japah (the code of
 * Blora district, 331609, matches the brief and a public copy of the Kemendagri region table
 * shows 331601 Jati to 331615 Bogorejo in this order). The number of villages per district adds
 * up to Blora's 295 (271 desa, 24 kelurahan) but the split per district and the kelurahan counts
 * are from memory; the postal codes are the district's main code (58211 Blora, 58311 Cepu, ...),
 * recalled, not checked, and real kelurahan of Blora and Cepu have several. Village names are
 * generated (Javanese place-name parts) except the twelve kelurahan of Blora district and the
 * district towns; dukuh and street names are generated too. Confirm with the office before
 * using any of these as reference data.
 *
 * <p>The villages are generated from a fixed seed: the same for every population seed.
 */
public final class Blora {
    public static final String PROVINCE_CODE = "33";
    public static final String PROVINCE_NAME = "JAWA TENGAH";
    /** The regency's number within the province ({@code NO_KAB}). */
    public static final String REGENCY_NUMBER = "16";
    /** The four-digit regency code that starts every NIK, KK and akta number of Blora. */
    public static final String REGENCY_CODE = PROVINCE_CODE + REGENCY_NUMBER;
    public static final String REGENCY_NAME = "BLORA";

    private static final List<District> DISTRICTS = List.of(
            new District(1, "JATI", "58384", 0, 12),
            new District(2, "RANDUBLATUNG", "58382", 2, 18),
            new District(3, "KRADENAN", "58383", 0, 10),
            new District(4, "KEDUNGTUBAN", "58381", 0, 17),
            new District(5, "CEPU", "58311", 6, 17),
            new District(6, "SAMBONG", "58371", 0, 10),
            new District(7, "JIKEN", "58372", 0, 11),
            new District(8, "JEPON", "58261", 1, 25),
            new District(9, "BLORA", "58211", 12, 28),
            new District(10, "TUNJUNGAN", "58252", 0, 15),
            new District(11, "BANJAREJO", "58253", 0, 20),
            new District(12, "NGAWEN", "58254", 1, 29),
            new District(13, "KUNDURAN", "58255", 0, 26),
            new District(14, "TODANAN", "58256", 0, 25),
            new District(15, "BOGOREJO", "58262", 0, 14),
            new District(16, "JAPAH", "58257", 0, 18));

    private static final List<String> BLORA_KELURAHAN = List.of("KUNDEN", "KAUMAN", "TEMPELAN", "JETIS", "MLANGSEN",
            "BANGKLE", "BERAN", "KARANGJATI", "KEDUNGJENAR", "TEGALGUNUNG", "SONOREJO", "TAMBAHREJO");
    private static final String[] PLACE_STARTS = {"SUMBER", "KARANG", "TEGAL", "SIDO", "KEDUNG", "BANJAR", "WONO",
        "TAMBAK", "SENDANG", "GUNUNG", "PURWO", "JATI", "GEDANG", "KEMBANG", "PLOSO", "TLOGO", "WATU", "GAYAM",
        "SAMBI", "MOJO", "KALI", "RANDU", "PUCANG", "NGAMPEL", "NGRAWAN", "BOGO", "SURO", "PANDAN", "TAWANG", "NGLORO"};
    private static final String[] PLACE_ENDS = {"REJO", "MULYO", "ANYAR", "SARI", "WUNGU", "AGUNG", "HARJO", "KULON",
        "WETAN", "LOR", "KIDUL", "TENGAH", "ASRI", "JATI", "MAKMUR", "GEDE", "DOWO", "ARUM", "UTOMO", "JOYO"};
    private static final String[] STREETS = {"JL. PEMUDA", "JL. A. YANI", "JL. GATOT SUBROTO", "JL. SUDIRMAN",
        "JL. DIPONEGORO", "JL. PATIMURA", "JL. RA KARTINI", "JL. TAMAN BAHAGIA", "JL. MR. ISKANDAR", "JL. NUSANTARA",
        "JL. KAPTEN TENDEAN", "JL. GAJAH MADA", "JL. SUROPATI", "JL. HASYIM ASYARI", "JL. ARIF RAHMAN HAKIM",
        "JL. SUMODARSONO", "JL. RAYA BLORA-CEPU", "JL. PANGLIMA SUDIRMAN", "JL. DR. SUTOMO", "JL. MAWAR"};
    private static final long GEOGRAPHY_SEED = 3316L;

    private static final List<Village> VILLAGES = generateVillages();
    private static final Map<String, District> BY_CODE = DISTRICTS.stream()
            .collect(Collectors.toUnmodifiableMap(District::code, Function.identity()));

    private Blora() {
    }

    public static List<District> districts() {
        return DISTRICTS;
    }

    /** The district of a six-digit code such as {@code 331609}, or {@code null}. */
    public static District district(String code) {
        return BY_CODE.get(code);
    }

    /** Every village of the regency, district by district. */
    public static List<Village> villages() {
        return VILLAGES;
    }

    private static List<Village> generateVillages() {
        SplittableRandom random = new SplittableRandom(GEOGRAPHY_SEED);
        Set<String> used = new HashSet<>(BLORA_KELURAHAN);
        DISTRICTS.forEach(d -> used.add(d.name()));
        List<Village> villages = new ArrayList<>();
        for (District district : DISTRICTS) {
            for (int i = 0; i < district.villages(); i++) {
                boolean urban = i < district.urbanVillages();
                String number = Integer.toString(urban ? 1001 + i : 2001 + i - district.urbanVillages());
                String name;
                if (district.number() == 9 && urban) {
                    name = BLORA_KELURAHAN.get(i);
                } else if (i == 0) {
                    name = district.name();
                } else {
                    name = uniquePlaceName(random, used);
                }
                villages.add(urban ? urbanVillage(random, district, number, name) : ruralVillage(random, district, number, name));
            }
        }
        return List.copyOf(villages);
    }

    private static Village ruralVillage(SplittableRandom random, District district, String number, String name) {
        int rwCount = 2 + random.nextInt(5);
        Set<String> hamlets = new HashSet<>();
        List<String> localities = new ArrayList<>();
        localities.add("DK. KRAJAN");
        hamlets.add("KRAJAN");
        while (localities.size() < rwCount) {
            localities.add("DK. " + uniquePlaceName(random, hamlets));
        }
        return new Village(district, number, name, false, localities, rtCounts(random, rwCount));
    }

    private static Village urbanVillage(SplittableRandom random, District district, String number, String name) {
        int rwCount = 3 + random.nextInt(5);
        Set<String> streets = new HashSet<>();
        List<String> localities = new ArrayList<>();
        while (localities.size() < rwCount) {
            String street = STREETS[random.nextInt(STREETS.length)];
            if (streets.add(street)) {
                localities.add(street);
            }
        }
        return new Village(district, number, name, true, localities, rtCounts(random, rwCount));
    }

    private static List<Integer> rtCounts(SplittableRandom random, int rwCount) {
        List<Integer> counts = new ArrayList<>(rwCount);
        for (int rw = 0; rw < rwCount; rw++) {
            counts.add(2 + random.nextInt(7));
        }
        return counts;
    }

    private static String uniquePlaceName(SplittableRandom random, Set<String> used) {
        while (true) {
            String start = PLACE_STARTS[random.nextInt(PLACE_STARTS.length)];
            String end = PLACE_ENDS[random.nextInt(PLACE_ENDS.length)];
            String name = start.charAt(start.length() - 1) == end.charAt(0) ? start + end.substring(1) : start + end;
            if (used.add(name)) {
                return name;
            }
        }
    }
}
