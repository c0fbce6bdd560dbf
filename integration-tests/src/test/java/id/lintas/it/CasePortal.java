package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives cases through the portal's forms, as the staff would with a browser. */
final class CasePortal {
    private static final Pattern CASE_ID = Pattern.compile("case\\.xhtml\\?id=(\\d+)");
    private static final Pattern CURRENT_ROLES = Pattern.compile("id=\"current-role\">[^\\[]*\\[([A-Z_, ]+)\\]");
    private static final Pattern SUMMARY = Pattern.compile("summary\">([^<]*)<");

    private final Map<String, PortalClient> clients = new LinkedHashMap<>();

    /** A signed-in client for a demo user. */
    PortalClient as(String username) throws Exception {
        if (!clients.containsKey(username)) {
            PortalClient client = new PortalClient();
            assertThat(client.login(username, Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
            clients.put(username, client);
        }
        return clients.get(username);
    }

    /** Opens a case through the new-case form; returns its id. */
    long open(String username, String folder, String sop, String institutionId, String subject, String items)
            throws Exception {
        return open(username, folder, sop, institutionId, subject, "", items);
    }

    /** Opens a case with the applicant's NIK. */
    long open(String username, String folder, String sop, String institutionId, String subject, String nik, String items)
            throws Exception {
        return open(username, folder, sop, institutionId, subject, nik, items, Map.of());
    }

    /** Opens a case with more fields of the form (e.g. the birth data: "newCase:childName" ...). */
    long open(String username, String folder, String sop, String institutionId, String subject, String nik, String items,
            Map<String, String> more) throws Exception {
        PortalClient client = as(username);
        HttpResponse<String> form = client.get(folder + "/new-case.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("newCase", "newCase");
        fields.put("newCase:sop_input", sop);
        if (institutionId != null) {
            fields.put("newCase:institution_input", institutionId);
        }
        fields.put("newCase:subject", subject);
        fields.put("newCase:nik", nik);
        fields.put("newCase:items", items == null ? "" : items);
        fields.putAll(more);
        fields.put("newCase:open", "");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(form.body()));
        HttpResponse<String> opened = client.post(folder + "/new-case.xhtml", fields);
        assertThat(opened.statusCode()).as(messages(opened.body()).toString()).isEqualTo(302);
        Matcher m = CASE_ID.matcher(opened.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    HttpResponse<String> page(String username, String folder, long caseId) throws Exception {
        HttpResponse<String> page = as(username).get(folder + "/case.xhtml?id=" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        return page;
    }

    /** The roles that perform the current step, as shown on the case page; empty when the case is finished. */
    List<String> currentRoles(String username, String folder, long caseId) throws Exception {
        Matcher m = CURRENT_ROLES.matcher(page(username, folder, caseId).body());
        return m.find() ? List.of(m.group(1).split(",\\s*")) : List.of();
    }

    /** Completes the current step with its whole checklist (and all its waiting items); returns the messages shown. */
    List<String> complete(String username, String folder, long caseId) throws Exception {
        return submit(username, folder, caseId, "act:complete", Map.of());
    }

    /** Compares the case with SIAK at a comparison step; returns the messages shown. */
    List<String> compare(String username, String folder, long caseId) throws Exception {
        return submit(username, folder, caseId, "act:compare", Map.of());
    }

    /** Returns the current step to its (first) return target with a reason. */
    List<String> sendBack(String username, String folder, long caseId, String reason) throws Exception {
        return submit(username, folder, caseId, "act:return", Map.of("act:reason", reason));
    }

    /** Presses a button of the current step's form (e.g. "act:confirmPickup") with more fields; returns the messages shown. */
    List<String> press(String username, String folder, long caseId, String button, Map<String, String> extra) throws Exception {
        return submit(username, folder, caseId, button, extra);
    }

    private List<String> submit(String username, String folder, long caseId, String button, Map<String, String> extra)
            throws Exception {
        String html = page(username, folder, caseId).body();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"act", "act"});
        fields.add(new String[] {button, ""});
        fields.add(new String[] {"jakarta.faces.ViewState", PortalClient.viewState(html)});
        for (String name : List.of("act:checklist", "act:items")) {
            Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
            while (m.find()) {
                fields.add(new String[] {name, m.group(1)});
            }
        }
        Matcher target = Pattern.compile("<option value=\"([a-z_]+)\"").matcher(html.substring(Math.max(0, html.indexOf("act:target"))));
        if (button.equals("act:return") && target.find()) {
            fields.add(new String[] {"act:target_input", target.group(1)});
        }
        extra.forEach((k, v) -> fields.add(new String[] {k, v}));
        HttpResponse<String> result = as(username).postAll(folder + "/case.xhtml?id=" + caseId, fields);
        assertThat(result.statusCode()).isEqualTo(200);
        return messages(result.body());
    }

    static List<String> messages(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = SUMMARY.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
