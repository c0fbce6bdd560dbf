package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WhatsApp messages the Cloud API refused wait for the admin: while the sandbox's Graph API
 * answers every call with a 400, a resident's message is answered (a help text, the menu) and
 * both answers are DEAD at once; on the admin's failed-sends page, listed by the number's last
 * four digits, the help text is sent again and arrives on the phone, the menu is discarded and
 * never does. Both audited.
 */
@ExtendWith(ArquillianExtension.class)
class DeadWhatsAppMessageIT {
    private static final String HELP = "Maaf, kami tidak mengenali pesan itu.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void subscribed() {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
    }

    @AfterEach
    void graphWorksAgain() throws Exception {
        Sandbox.whatsAppFault("{\"mode\":\"NORMAL\"}");
    }

    @Test
    void refusedAnswersWaitForTheAdminWhoSendsOneAgainAndDiscardsTheOther() throws Exception {
        Phone phone = Phone.fresh("Wulan Sari");
        Sandbox.whatsAppFault("{\"mode\":\"ERROR\",\"status\":400,\"ratio\":1.0}");
        phone.text("minta formulir xyz dong");
        awaitDead(phone, 2);
        Sandbox.whatsAppFault("{\"mode\":\"NORMAL\"}");
        assertThat(phone.inbox()).as("nothing arrived").isEmpty();

        String number = "*".repeat(phone.waId().length() - 4) + phone.waId().substring(phone.waId().length() - 4);
        DeadLetterPage page = DeadLetterPage.whatsApp(new CasePortal());
        assertThat(page.row(number, HELP)).contains("TEXT", "400").doesNotContain(phone.waId());
        String menu = page.row(number, "LIST").isEmpty() ? "BUTTONS" : "LIST";
        assertThat(page.row(number, menu)).isNotEmpty();

        assertThat(page.press(List.of(number, HELP), "replay")).contains("Pesan WhatsApp dijadwalkan untuk dikirim ulang.");
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).startsWith(HELP);
        assertThat(page.row(number, HELP)).as("sent").isEmpty();

        assertThat(page.press(List.of(number, menu), "discard")).contains("Pesan WhatsApp diabaikan; tidak akan dikirim.");
        assertThat(page.row(number)).as("no longer waiting").isEmpty();
        assertThat(phone.repliesWithin(Duration.ofSeconds(2))).as("the menu never goes").isEmpty();
        List<String> statuses = Deployments.texts("select status from wa_outbound where to_wa = ? order by id", phone.waId());
        assertThat(statuses).hasSize(2).endsWith("DISCARDED");
        assertThat(statuses.get(0)).as("accepted, then as Meta reports").isIn("SENT", "DELIVERED", "READ");
        assertThat(Deployments.texts("select action from audit_entry where detail like 'whatsapp message %' and detail like ?"
                + " order by id", "%" + number)).containsExactly("DEAD_LETTER_REPLAYED", "DEAD_LETTER_DISCARDED");
    }

    private static void awaitDead(Phone phone, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> statuses;
        while ((statuses = Deployments.texts("select status from wa_outbound where to_wa = ? order by id", phone.waId())).size() < count
                || !statuses.stream().allMatch("DEAD"::equals)) {
            assertThat(System.nanoTime()).as(phone + "'s answers still " + statuses).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
