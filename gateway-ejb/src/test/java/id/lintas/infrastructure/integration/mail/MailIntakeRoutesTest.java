package id.lintas.infrastructure.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.lintas.domain.model.mail.IncomingMail;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mailbox route against a real IMAP server (GreenMail): an email is handed over once and marked
 * read; one whose storing failed stays unread and is handed over again at the next poll.
 */
class MailIntakeRoutesTest {
    private static final String OFFICE = "layanan@blora.test";
    private GreenMail greenMail;
    private CamelContext camel;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(OFFICE, OFFICE, "secret"));
        greenMail.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        greenMail.stop();
    }

    private void poll(Consumer<IncomingMail> store) throws Exception {
        Mailbox mailbox = new Mailbox("127.0.0.1", greenMail.getImap().getPort(), OFFICE, "secret", "INBOX", "none",
                Duration.ofMillis(200));
        camel = new DefaultCamelContext();
        camel.addRoutes(new MailIntakeRoutes(mailbox, store));
        camel.start();
    }

    @Test
    void anEmailIsHandedOverOnceAndMarkedRead() throws Exception {
        GreenMailUtil.sendTextEmail(OFFICE, "siti@example.id", "Akta kelahiran", "terlampir", greenMail.getSmtp().getServerSetup());
        List<IncomingMail> stored = new CopyOnWriteArrayList<>();
        poll(stored::add);

        await(() -> stored.size() == 1 && seen());
        Thread.sleep(1000); // more polls
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).subject()).isEqualTo("Akta kelahiran");
        assertThat(stored.get(0).from()).contains("siti@example.id");
    }

    @Test
    void anEmailWhoseStoringFailedIsReadAgain() throws Exception {
        GreenMailUtil.sendTextEmail(OFFICE, "siti@example.id", "Akta kelahiran", "terlampir", greenMail.getSmtp().getServerSetup());
        AtomicInteger tries = new AtomicInteger();
        List<IncomingMail> stored = new CopyOnWriteArrayList<>();
        poll(mail -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is down");
            }
            stored.add(mail);
        });

        await(() -> stored.size() == 1 && seen());
        assertThat(tries.get()).isGreaterThanOrEqualTo(2);
    }

    private boolean seen() throws Exception {
        Store store = greenMail.getImap().createStore();
        store.connect(OFFICE, "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessage(1).isSet(Flags.Flag.SEEN);
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(100);
        }
    }
}
