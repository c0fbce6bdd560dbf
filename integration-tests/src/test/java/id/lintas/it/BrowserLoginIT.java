package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real login form in headless Chromium (Debian's chromium and chromium-driver). */
@ExtendWith(ArquillianExtension.class)
class BrowserLoginIT {
    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void kasiSignsInThroughTheFormAndSeesTheirHomePage() {
        browser.get(Deployments.BASE);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("kasi");
        browser.findElement(By.id("login:password")).sendKeys(Deployments.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.urlContains("/kasi/index.xhtml"));
        assertThat(browser.findElement(By.id("role-home")).getAttribute("data-role")).isEqualTo("KASI");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Selamat datang, Bambang Sutrisno");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).contains("Bambang Sutrisno");

        browser.findElement(By.id("languageForm:toEn")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Welcome, Bambang Sutrisno"));

        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.get(Deployments.BASE + "kasi/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheForm() {
        browser.get(Deployments.BASE + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("kadis");
        browser.findElement(By.id("login:password")).sendKeys("salah-sandi");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Nama pengguna atau kata sandi salah."));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }
}
