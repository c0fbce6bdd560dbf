package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole SELINTAS case in the browser, each role signing in and doing its steps through the
 * portal: the puskesmas reports the birth with its scans, the courier takes the file to the
 * office, the office staff register, verify, enter and print, the kasi verifies, the kabid
 * validates, the kadis signs, the operator archives, and the courier brings the documents back.
 */
@ExtendWith(ArquillianExtension.class)
class SelintasBrowserIT {
    /** Who does each step after the report, in the SOP's order: step key and user. */
    static final List<String[]> OFFICE_LEGS = List.of(
            new String[] {"courier_pickup", "kurir", "courier"},
            new String[] {"register_at_office", "operator", "operator"},
            new String[] {"verify_file", "operator", "operator"},
            new String[] {"enter_nik_form", "operator", "operator"},
            new String[] {"enter_birth_certificate_form", "operator", "operator"},
            new String[] {"print_kia", "operator", "operator"},
            new String[] {"verify_documents", "kasi", "kasi"},
            new String[] {"validate_documents", "kabid.dafduk", "kabid-dafduk"},
            new String[] {"sign_documents", "kadis", "kadis"},
            new String[] {"hand_over_archive", "operator", "operator"},
            new String[] {"courier_delivery", "kurir", "courier"});

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBirthGoesFromThePuskesmasThroughEveryRoleToTheDocumentsDelivered() throws Exception {
        signIn(DemoUsers.SECOND_HOSPITAL);
        browser.findElement(By.id("birth-report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:reference")));
        JsonObject couple = Sandbox.sampleCouple();
        JsonObject mother = couple.getJsonObject("mother");
        JsonObject father = couple.getJsonObject("father");
        type("report:reference", HospitalRestIT.reference());
        type("report:dateTime", LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(3).truncatedTo(ChronoUnit.MINUTES).toString());
        type("report:place", "Puskesmas Cepu");
        choose("report:attendant", "MIDWIFE");
        type("report:attendantName", "Bidan Sri Rejeki");
        type("report:weight", "3050");
        type("report:length", "50");
        type("report:childName", "Bayi Ny. " + mother.getString("NAMA_LGKP"));
        choose("report:childSex", "MALE");
        type("report:motherNik", mother.getString("NIK"));
        type("report:motherName", mother.getString("NAMA_LGKP"));
        type("report:fatherNik", father.getString("NIK"));
        type("report:fatherName", father.getString("NAMA_LGKP"));
        type("report:familyKk", couple.getString("NO_KK"));
        choose("report:marriage", "SPTJM");
        type("report:reporterNik", father.getString("NIK"));
        type("report:reporterName", father.getString("NAMA_LGKP"));
        type("report:witness1Nik", "3316081203850002");
        type("report:witness1Name", "Ahmad Yani");
        type("report:witness2Nik", "3316084507880003");
        type("report:witness2Name", "Dewi Lestari");
        upload(0, "kk.pdf", HospitalRestIT.PDF);
        upload(1, "ktp-ibu.png", HospitalRestIT.PNG);
        upload(2, "ktp-ayah.png", HospitalRestIT.PNG);
        upload(4, "sptjm.pdf", HospitalRestIT.PDF);
        tickAll("report:checklist");
        browser.findElement(By.id("report:submit")).click();

        wait.until(ExpectedConditions.urlContains("/hospital/case.xhtml?id="));
        String caseId = browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        assertThat(browser.findElement(By.id("birthLetter")).getText()).contains("Surat Keterangan Kelahiran");
        signOut();

        for (String[] leg : OFFICE_LEGS) {
            if (leg[0].equals("print_kia")) {
                Births.awaitSiakNumbers(Long.parseLong(caseId), 60); // the KIA carries the child's NIK from SIAK
            }
            signIn(leg[1]);
            if (leg[0].equals("sign_documents")) {
                signInTteInbox(Long.parseLong(caseId));
                signOut();
                continue;
            }
            browser.get(Deployments.BASE + leg[2] + "/case.xhtml?id=" + caseId);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:complete")));
            tickAll("act:checklist");
            browser.findElement(By.id("act:complete")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Langkah selesai."));
            signOut();
        }

        signIn("operator");
        browser.get(Deployments.BASE + "operator/case.xhtml?id=" + caseId);
        WebElement sameDay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("same-day")));
        assertThat(sameDay.getText()).contains("selesai pada hari yang sama");
        assertThat(browser.findElements(By.id("act:complete"))).as("no step left").isEmpty();
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='timeline_data'] > tr"));
        assertThat(rows).as("every step of the SOP on the timeline").hasSize(15);
        assertThat(rows.get(14).getText()).as("the courier brought the documents back").contains("kurir");
        assertThat(rows.get(12).getText()).as("the kadis's signing, recorded as the approval").contains("kadis")
                .contains("Disetujui");
        assertThat(browser.findElements(By.cssSelector(".lintas-document-status[data-status='SIGNED']")))
                .as("the akta, KK and KIA signed on the case page").hasSize(3);
        signOut();

        verifyInPublic(Long.parseLong(caseId));
    }

    /**
     * The kadis's TTE inbox: a wrong passphrase signs nothing; the right one signs the case's
     * akta, KK and KIA in one bulk run, followed by the progress bar.
     */
    private void signInTteInbox(long caseId) throws Exception {
        TteInbox.awaitDrafts(caseId, 3, 60);
        browser.get(Deployments.BASE + "kadis/tte.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tte:signAll")));
        assertThat(browser.findElements(By.cssSelector("a.lintas-preview"))).as("each document can be previewed").hasSizeGreaterThanOrEqualTo(3);
        browser.findElement(By.id("tte:passphrase")).sendKeys("salah-passphrase");
        browser.findElement(By.id("tte:signAll")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tte:tteMessages"), "Passphrase salah"));
        assertThat(Deployments.count("select count(*) from issued_document where case_id = " + caseId + " and status = 'SIGNED'"))
                .as("a wrong passphrase signs nothing").isZero();
        WebElement passphrase = browser.findElement(By.id("tte:passphrase"));
        passphrase.clear();
        passphrase.sendKeys(TteInbox.PASSPHRASE);
        browser.findElement(By.id("tte:signAll")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tte:tteMessages"), "Selesai:"));
        assertThat(browser.findElement(By.id("tte:tteMessages")).getText()).contains("ditandatangani, 0 gagal");
        assertThat(Deployments.count("select count(*) from issued_document where case_id = " + caseId + " and status = 'SIGNED'"))
                .isEqualTo(3);
        assertThat(Deployments.count("select count(*) from audit_entry where action = 'TTE_PASSPHRASE_WRONG'"))
                .as("the wrong passphrase audited").isPositive();
    }

    /** Anyone holding the QR code: the public page, then the signed PDF checked by upload, then a changed copy. */
    private void verifyInPublic(long caseId) throws Exception {
        String id = Deployments.text("select id from issued_document where case_id = ?::bigint and type = 'AKTA_KELAHIRAN'",
                Long.toString(caseId));
        browser.get(Deployments.BASE + "verifikasi/" + id);
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(status.getText()).contains("AKTIF");
        assertThat(browser.findElement(By.id("type")).getText()).isEqualTo("Akta Kelahiran");
        assertThat(browser.findElement(By.id("nik")).getText()).matches("\\d{6}\\*{8}\\d{2}");
        assertThat(browser.findElement(By.id("signer")).getText()).isNotBlank();
        byte[] signed;
        try (java.sql.Connection c = Deployments.database(); java.sql.PreparedStatement q = c.prepareStatement(
                "select signed_pdf from issued_document where id = ?")) {
            q.setString(1, id);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                signed = rs.getBytes(1);
            }
        }
        checkUpload("akta.pdf", signed);
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("ASLI");
        byte[] changed = signed.clone();
        int at = indexOf(changed, "Kelahiran".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        changed[at > 0 ? at : changed.length / 3] ^= 1;
        checkUpload("akta-diubah.pdf", changed);
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("TIDAK SAH");
        browser.get(Deployments.BASE + "verifikasi/00000000-0000-4000-8000-000000000000");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notFound"))).getText())
                .contains("Dokumen tidak ditemukan");
    }

    private void checkUpload(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("lintas-verify").resolve(name);
        Files.write(file, content);
        browser.findElement(By.cssSelector("form[id='upload'] input[type='file']")).sendKeys(file.toString());
        browser.findElement(By.id("upload:check")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void signIn(String user) {
        browser.get(Deployments.BASE + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(Deployments.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("role-home")));
    }

    private void signOut() {
        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses in a PrimeFaces selectOneMenu by opening it and clicking the item. */
    private void choose(String id, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "var s = document.getElementById(arguments[0] + '_input'); s.value = arguments[1];"
                        + " s.dispatchEvent(new Event('change'));", id, value);
    }

    private void upload(int position, String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("lintas-scan").resolve(name);
        Files.write(file, content);
        browser.findElement(By.cssSelector("input[type='file'][name='report:scans:" + position + ":scan']"))
                .sendKeys(file.toString());
    }

    private void tickAll(String id) {
        for (WebElement box : browser.findElements(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"))) {
            if (!box.getAttribute("class").contains("ui-state-active")) {
                box.click();
            }
        }
    }
}
