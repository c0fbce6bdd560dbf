package id.lintas.sandbox.siak.population;

import id.lintas.sandbox.siak.model.Sex;
import java.util.SplittableRandom;

/**
 * Javanese and Indonesian names, upper case as SIAK stores them, by sex and generation. Javanese
 * families have no family name: people born before 1965 often carry one name (SUKIRNO, PARTINAH)
 * or two, those born 1965-1994 two (BUDI SANTOSO, SRI WAHYUNI), younger ones two or three with
 * Arabic and modern parts (MUHAMMAD RIZKY PRATAMA, AISYAH PUTRI RAMADHANI).
 */
final class NameBank {
    private static final String[] OLD_MEN = {"SUKIRNO", "SADIMAN", "KASMIN", "SARMIN", "PARDI", "SUPARNO", "SUMARNO",
        "KASTONO", "RASIMAN", "WARSITO", "SUDARNO", "SARJONO", "TUKIMAN", "SUWARNO", "RAKIMAN", "PAIMIN", "KARNO",
        "DARSONO", "MARJUKI", "SURIPTO", "SAKIRAN", "SUKIMIN", "NGATIMAN", "MUKIDI", "SAMIDI", "PARMIN", "SUMADI",
        "TASLIM", "KASBI", "JASMIN"};
    private static final String[] OLD_WOMEN = {"SUPARMI", "PARTINAH", "TUMINAH", "DARMI", "SUKINEM", "WAKIYEM",
        "SAINEM", "PAINEM", "KATMI", "SUMIRAH", "LASMI", "JUMINAH", "MARYAM", "SUWARNI", "TARMI", "SUMINI", "KASIH",
        "SAMINAH", "NGATINI", "WARSINAH", "KARMINAH", "SARMI", "RUKMINI", "TUKIYEM", "PARMI", "SUTINAH", "KASMINI",
        "SUPINAH", "JAMINAH", "MUNAH"};
    private static final String[] MEN_FIRST = {"BUDI", "AGUS", "SLAMET", "BAMBANG", "JOKO", "HERU", "WAHYU", "EKO",
        "DWI", "ARIF", "ADI", "RUDI", "HADI", "TEGUH", "AHMAD", "MUHAMMAD", "MOH.", "ANDI", "DEDI", "SUGENG", "YUSUF",
        "IMAM", "ABDUL", "NUR", "TRI", "EDY", "HENDRO", "ROHMAT", "SUPRI", "KUKUH"};
    private static final String[] MEN_SECOND = {"SANTOSO", "SUSANTO", "PRASETYO", "WIBOWO", "SETIAWAN", "HIDAYAT",
        "KURNIAWAN", "NUGROHO", "PURNOMO", "WIJAYA", "HARTONO", "RAHMAN", "FAUZI", "SUPRIYADI", "SUGIYANTO",
        "SUTRISNO", "WALUYO", "HARYANTO", "SUHARTO", "MULYONO", "SETIYONO", "SUSILO", "RIYADI", "HARIYANTO",
        "PRIYONO", "ISMAIL", "MUSTOFA", "ARIFIN", "HAKIM", "SAIFUDIN"};
    private static final String[] WOMEN_FIRST = {"SRI", "SITI", "DEWI", "ENDANG", "TRI", "RINI", "NUR", "ANI", "YULI",
        "PUJI", "DWI", "EKA", "SUSI", "ENY", "NINIK", "WIWIK", "TITIK", "LILIK", "UMI", "ISTI", "YAYUK", "ERNA",
        "RETNO", "KUSMI", "DIAN", "LINA", "NANIK", "SUMI", "WATI", "ATIK"};
    private static final String[] WOMEN_SECOND = {"WAHYUNI", "RAHAYU", "LESTARI", "HANDAYANI", "PURWANTI",
        "SUSILOWATI", "KURNIASIH", "WULANDARI", "MULYANI", "ASTUTI", "NINGSIH", "RAHMAWATI", "SUPRIYATI", "SUSANTI",
        "SETYOWATI", "HARTATI", "WIDAYATI", "SUMARNI", "KUSUMAWATI", "MARYATI", "WINARSIH", "SULISTYOWATI",
        "PUSPITASARI", "INDRIYANI", "YULIANTI", "FATIMAH", "KHOLIFAH", "MUNAWAROH", "ROHMAH", "AMINAH"};
    private static final String[] YOUNG_MEN_FIRST = {"MUHAMMAD", "MOCHAMAD", "AHMAD", "RIZKY", "FAJAR", "DANANG",
        "BAYU", "YOGA", "DIMAS", "ARDI", "ALIF", "FARHAN", "RAFI", "ILHAM", "AGUNG", "BIMA", "RANGGA", "GILANG",
        "ADITYA", "NAUFAL", "HAFIZ", "DAFFA", "ARKAN", "RAIHAN", "ZIDAN", "FIRMAN", "REZA", "DENI", "ANGGA", "GALIH"};
    private static final String[] YOUNG_MEN_LAST = {"PRATAMA", "SAPUTRA", "RAMADHAN", "MAULANA", "FIRMANSYAH",
        "NUGRAHA", "WIJAYA", "HIDAYAT", "AKBAR", "FAUZAN", "ALFARIZI", "PRASETYA", "SETIAWAN", "KURNIAWAN",
        "ARDIANSYAH", "SYAHPUTRA", "ANDIKA", "PERMANA", "HIDAYATULLAH", "RIZALDI"};
    private static final String[] YOUNG_WOMEN_FIRST = {"AISYAH", "PUTRI", "NUR", "SITI", "DEWI", "AYU", "INDAH",
        "FITRI", "NOVI", "DIAH", "ANISA", "NADIA", "SALSABILA", "ZAHRA", "KEYSHA", "NAYLA", "AULIA", "AMELIA", "DINDA",
        "RARA", "INTAN", "LAILA", "WULAN", "MAYA", "TIARA", "ALYA", "NABILA", "ANINDYA", "KIRANA", "SEKAR"};
    private static final String[] YOUNG_WOMEN_LAST = {"RAMADHANI", "PUSPITASARI", "WULANDARI", "LESTARI",
        "RAHMAWATI", "SAFITRI", "NURHALIZA", "AZZAHRA", "KHOIRUNNISA", "PRATIWI", "ANGGRAINI", "OKTAVIANI", "MAHARANI",
        "PERMATASARI", "FEBRIANTI", "KURNIASARI", "APRILIA", "NOVITASARI", "SAPUTRI", "HANDAYANI"};

    private final SplittableRandom random;

    NameBank(SplittableRandom random) {
        this.random = random;
    }

    /** A name for a person of {@code sex} born in {@code birthYear}. */
    String name(Sex sex, int birthYear) {
        boolean male = sex == Sex.MALE;
        if (birthYear < 1965) {
            String single = pick(male ? OLD_MEN : OLD_WOMEN);
            return random.nextInt(100) < 60 ? single : pick(male ? MEN_FIRST : WOMEN_FIRST) + " " + single;
        }
        if (birthYear < 1995) {
            return pick(male ? MEN_FIRST : WOMEN_FIRST) + " " + pick(male ? MEN_SECOND : WOMEN_SECOND);
        }
        String first = pick(male ? YOUNG_MEN_FIRST : YOUNG_WOMEN_FIRST);
        String last = pick(male ? YOUNG_MEN_LAST : YOUNG_WOMEN_LAST);
        if (random.nextInt(100) < 40) {
            String middle = pick(male ? YOUNG_MEN_FIRST : YOUNG_WOMEN_FIRST);
            if (!middle.equals(first)) {
                return first + " " + middle + " " + last;
            }
        }
        return first + " " + last;
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }
}
