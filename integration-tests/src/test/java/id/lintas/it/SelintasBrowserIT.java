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
