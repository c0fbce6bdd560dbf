package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scans attached to a case through the portal: checked by content, downloadable by who may see the case, audited. */
@ExtendWith(ArquillianExtension.class)
class CaseAttachmentIT {
    private static final Pattern LINK = Pattern.compile("/attachment\\?case=(\\d+)&amp;id=(\\d+)");
    /** The link of the scan this test attaches (the report's own scans are attached already). */
    private static final Pattern SCAN_LINK = Pattern.compile(
            "/attachment\\?case=(\\d+)&amp;id=(\\d+)\"[^>]*>[^<]*</a>\\s*<small> \\(scan skl\\.pdf\\)");
    private static final byte[] PDF = "%PDF-1.4\n% surat keterangan lahir\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHospitalAttachesAScanThatOnlyItsCaseReadersCanDownload() throws Exception {
        CasePortal portal = new CasePortal();
        Births.Reported birth = Births.report(); // a SELINTAS case, opened by the hospital's report with its scans
        long id = birth.caseId();
        long scans = LINK.matcher(portal.page("rs.blora", "hospital", id).body()).results().count();
        assertThat(scans).as("the report's scans").isEqualTo(4);

        String refused = upload(portal, id, "skl.pdf", "MZ this is not a PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(CasePortal.messages(refused)).contains(
                "Lampiran harus berupa PDF, JPEG atau PNG (isi berkas diperiksa, bukan namanya).");
        assertThat(LINK.matcher(refused).results().count()).as("nothing added").isEqualTo(scans);

        String accepted = upload(portal, id, "scan skl.pdf", PDF);
        assertThat(CasePortal.messages(accepted)).contains("Lampiran disimpan.");
        assertThat(LINK.matcher(accepted).results().count()).isEqualTo(scans + 1);
        Matcher link = SCAN_LINK.matcher(accepted);
        assertThat(link.find()).isTrue();
        String path = "attachment?case=" + link.group(1) + "&id=" + link.group(2);

        HttpResponse<byte[]> file = portal.as("rs.blora").download(path);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(portal.as("operator").download(path).statusCode()).isEqualTo(200);
        assertThat(portal.as("sekolah").download(path).statusCode()).isEqualTo(404);
        assertThat(new PortalClient().download(path).statusCode()).isEqualTo(302);

        assertThat(CaseFlowIT.auditActions(birth.caseNumber())).contains("ATTACHMENT_ADDED").filteredOn("DOCUMENT_ACCESSED"::equals)
                .hasSize(2);
    }

    private static String upload(CasePortal portal, long id, String name, byte[] content) throws Exception {
        PortalClient hospital = portal.as("rs.blora");
        String page = portal.page("rs.blora", "hospital", id).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:label", "Surat keterangan lahir");
        fields.put("upload:send", "");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        HttpResponse<String> result = hospital.postFile("hospital/case.xhtml?id=" + id, fields, "upload:file_input", name,
                content);
        assertThat(result.statusCode()).isEqualTo(200);
        return result.body();
    }
}
