package id.lintas.infrastructure.documents;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.lintas.domain.model.person.Nik;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterRecordsTest {
    private static final BirthLetter SKL = SampleLetters.birthLetter();
    private static final CoverLetter COVER = SampleLetters.coverLetter();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aBirthLetterWithoutTheBabysNameIsRefused(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> SampleLetters.birthLetter(blank, "Siti Aminah"))
                .withMessage("babyName (nama bayi) is required");
    }

    @Test
    void requiredTextsAreRefusedWhenBlankAndTrimmedOtherwise() {
        assertThatIllegalArgumentException().isThrownBy(() -> SampleLetters.letter(" "))
                .withMessage("number (nomor surat) is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Letter.Institution(null, "RSUD", "", null, "Blora"))
                .withMessage("institution address (alamat instansi) is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Letter.Signer("Direktur", " ", null))
                .withMessage("signer name (nama penanda tangan) is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new BirthLetter.Attendant(null, "Bidan Sri"))
                .withMessage("attendant role (penolong kelahiran) is required");
        assertThat(new Letter.PersonRef("  Siti Aminah ", SampleLetters.MOTHER_NIK).name()).isEqualTo("Siti Aminah");
        assertThat(new Letter.Institution(" ", "RSUD", "Jl. A", "", "Blora").authority()).isNull();
    }

    @Test
    void aTextLongerThanAPageCanHoldIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleLetters.birthLetter("A".repeat(Checks.MAX_LENGTH + 1), "Siti Aminah"))
                .withMessage("babyName (nama bayi) must have at most 300 characters, not 301");
    }

    @ParameterizedTest
    @ValueSource(strings = {"331601570890001", "33160157089000012", "3316O15708900001"})
    void aMalformedNikIsRefusedWithTheDomainsMessage(String nik) {
        String key = nik.length() == 16 ? "nik.notDigits" : "nik.length";
        var refusal = assertRefused(() -> new Letter.PersonRef("Siti Aminah", nik), key);
        assertThat(refusal.getMessage()).contains(nik);
    }

    @Test
    void aMissingNikIsRefused() {
        assertRefused(() -> new Letter.PersonRef("Siti Aminah", (String) null), "nik.required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Letter.PersonRef("Siti Aminah", (Nik) null))
                .withMessage("NIK of Siti Aminah is required");
    }

    @Test
    void theParentsNiksMustFitTheirSex() {
        Letter.PersonRef man = new Letter.PersonRef("Budi Santoso", SampleLetters.FATHER_NIK);
        assertThatIllegalArgumentException().isThrownBy(() -> birthLetter(man, man))
                .withMessage("mother (ibu): the NIK " + SampleLetters.FATHER_NIK
                        + " of Budi Santoso is not a woman's (40 added to the day of birth)");
        assertThatIllegalArgumentException().isThrownBy(() -> birthLetter(SKL.mother(), SKL.mother()))
                .withMessageStartingWith("father (ayah): the NIK " + SampleLetters.MOTHER_NIK);
        assertThatIllegalArgumentException().isThrownBy(() -> birthLetter(null, man))
                .withMessage("mother (ibu) is required");
        assertThat(birthLetter(SKL.mother(), null).father()).isNull();
    }

    @Test
    void theBirthMustBeInAnIndonesianZoneAndNotAfterTheLetter() {
        ZonedDateTime utc = SKL.bornAt().withZoneSameInstant(ZoneId.of("UTC"));
        assertThatIllegalArgumentException().isThrownBy(() -> bornAt(utc))
                .withMessageContaining("not in an Indonesian time zone");
        assertThatIllegalArgumentException().isThrownBy(() -> bornAt(SKL.letter().issuedAt().plusMinutes(1)))
                .withMessageContaining("is after the letter's date");
        assertThat(bornAt(SKL.letter().issuedAt()).bornAt()).isEqualTo(SKL.letter().issuedAt());
    }

    @Test
    void theBirthsNumbersMustBePlausible() {
        assertThatIllegalArgumentException().isThrownBy(() -> measured(0, 3200, "49"))
                .withMessage("babiesBorn (jenis kelahiran) must be between 1 and 9, not 0");
        assertThatIllegalArgumentException().isThrownBy(() -> measured(1, 32000, "49"))
                .withMessage("weightGrams (berat bayi) must be between 200 and 9000, not 32000");
        assertThatIllegalArgumentException().isThrownBy(() -> measured(1, 3200, "490"))
                .withMessage("lengthCm (panjang bayi) must be between 15 and 80, not 490");
        assertThat(measured(1, 3200, "49").birthKind()).isEqualTo("Tunggal");
        assertThat(measured(3, 1800, "41.0").birthKind()).isEqualTo("Kembar 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://lintas.example/verifikasi/1", "/verifikasi/1", "https:verifikasi"})
    void theVerificationAddressMustBeAWebAddress(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Letter(SampleLetters.HOSPITAL, "1",
                        SKL.letter().issuedAt(), SampleLetters.DIRECTOR, URI.create(address)))
                .withMessageStartingWith("verificationUrl (alamat verifikasi) must be an http(s) address");
    }

    @Test
    void aNipHasEighteenDigits() {
        assertThat(new Letter.Signer("Direktur", "dr. A", "197503122003121004").nip()).isEqualTo("197503122003121004");
        assertThat(new Letter.Signer("Direktur", "dr. A", " ").nip()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Letter.Signer("Direktur", "dr. A", "1975031220031210"))
                .withMessage("NIP must have 18 digits, not \"1975031220031210\"");
    }

    @Test
    void aCoverLetterNeedsItsEnclosuresAndKeepsACopy() {
        assertThatIllegalArgumentException().isThrownBy(() -> enclosing(List.of()))
                .withMessage("enclosures (lampiran) must name at least one document");
        assertThatIllegalArgumentException().isThrownBy(() -> enclosing(List.of("KK asli", " ")))
                .withMessage("enclosure (lampiran) is required");
        List<String> enclosures = new ArrayList<>(List.of(" KK asli "));
        CoverLetter cover = enclosing(enclosures);
        enclosures.add("SPTJM");
        assertThat(cover.enclosures()).containsExactly("KK asli");
        assertThatIllegalArgumentException().isThrownBy(() -> new CoverLetter(COVER.letter(), COVER.addressee(),
                        COVER.caseNumber(), COVER.childName(), COVER.enclosures(), COVER.reporter(), null,
                        COVER.secondWitness()))
                .withMessage("firstWitness (saksi I) is required");
    }

    private static BirthLetter birthLetter(Letter.PersonRef mother, Letter.PersonRef father) {
        return new BirthLetter(SKL.letter(), SKL.babyName(), SKL.sex(), SKL.bornAt(), SKL.birthPlace(),
                SKL.babiesBorn(), SKL.birthOrder(), SKL.attendant(), SKL.weightGrams(), SKL.lengthCm(), mother, father,
                SKL.familyKk(), SKL.address());
    }

    private static BirthLetter bornAt(ZonedDateTime bornAt) {
        return new BirthLetter(SKL.letter(), SKL.babyName(), SKL.sex(), bornAt, SKL.birthPlace(), SKL.babiesBorn(),
                SKL.birthOrder(), SKL.attendant(), SKL.weightGrams(), SKL.lengthCm(), SKL.mother(), SKL.father(),
                SKL.familyKk(), SKL.address());
    }

    private static BirthLetter measured(int babiesBorn, int grams, String centimetres) {
        return new BirthLetter(SKL.letter(), SKL.babyName(), SKL.sex(), SKL.bornAt(), SKL.birthPlace(), babiesBorn,
                SKL.birthOrder(), SKL.attendant(), grams, new BigDecimal(centimetres), SKL.mother(), SKL.father(),
                SKL.familyKk(), SKL.address());
    }

    private static CoverLetter enclosing(List<String> enclosures) {
        return new CoverLetter(COVER.letter(), COVER.addressee(), COVER.caseNumber(), COVER.childName(), enclosures,
                COVER.reporter(), COVER.firstWitness(), COVER.secondWitness());
    }
}
