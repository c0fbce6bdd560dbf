package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin's failed-sends page ({@code /admin/dead-letters.xhtml}) as the admin uses it: one of
 * its tables (a form and its data table), the row of a case, its replay and discard buttons. Other
 * tests' dead entries may be listed too, so a row is found by its case number, not its position.
 */
record DeadLetterPage(PortalClient admin, String form, String table) {
    static final String PATH = "admin/dead-letters.xhtml";
    private static final Pattern ROW = Pattern.compile("<tr data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

    /** The failed birth reports. */
    static DeadLetterPage reports(CasePortal portal) throws Exception {
        return new DeadLetterPage(portal.as("admin"), "reports", "failedReports");
    }

    /** The dead courier legs. */
    static DeadLetterPage shipments(CasePortal portal) throws Exception {
        return new DeadLetterPage(portal.as("admin"), "couriers", "shipments");
    }

    /** The WhatsApp messages given up. */
    static DeadLetterPage whatsApp(CasePortal portal) throws Exception {
        return new DeadLetterPage(portal.as("admin"), "whatsapp", "messages");
    }

    /** The emailed applications that opened no case (failed or refused). */
    static DeadLetterPage mails(CasePortal portal) throws Exception {
        return new DeadLetterPage(portal.as("admin"), "mail", "mails");
    }

    /** The page now. */
    String html() throws Exception {
        return admin.get(PATH).body();
    }

    /** The row of the table listing {@code caseNumber} (or showing all of {@code shown}), as HTML; empty when it is not listed. */
    String row(String... shown) throws Exception {
        Matcher m = find(html(), shown);
        return m == null ? "" : m.group(2);
    }

    /** Presses {@code button} ("replay", "discard") on the row of {@code caseNumber}; returns the messages shown. */
    List<String> press(String caseNumber, String button) throws Exception {
        return press(List.of(caseNumber), button);
    }

    /** Presses {@code button} on the row showing all of {@code shown}; returns the messages shown. */
    List<String> press(List<String> shown, String button) throws Exception {
        String html = html();
        Matcher m = find(html, shown.toArray(String[]::new));
        assertThat(m).as(shown + " listed in " + table).isNotNull();
        return CasePortal.messages(admin.post(PATH, Map.of(form, form, form + ":" + table + ":" + m.group(1) + ":" + button, "",
                "jakarta.faces.ViewState", PortalClient.viewState(html))).body());
    }

    /** The row showing all of {@code shown} in the table (group 1 its index, group 2 its cells), or null. */
    private Matcher find(String html, String... shown) {
        int start = html.indexOf("id=\"" + form + ":" + table + "\"");
        assertThat(start).as("table " + table + " on the page").isNotNegative();
        int end = html.indexOf("</table>", start);
        Matcher m = ROW.matcher(html.substring(start, end < 0 ? html.length() : end));
        while (m.find()) {
            String cells = m.group(2);
            if (java.util.Arrays.stream(shown).allMatch(cells::contains)) {
                return m;
            }
        }
        return null;
    }
}
