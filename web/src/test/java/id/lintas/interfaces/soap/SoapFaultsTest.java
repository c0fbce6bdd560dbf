package id.lintas.interfaces.soap;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SoapFaultsTest {
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    @Test
    void aRefusalIsAClientFaultWithTheServicesFaultDetail() throws Exception {
        String xml = SoapFaults.envelope(new BusinessException("transport.httpsRequired",
                "https://localhost:8181/soap/BirthReport?a=1&b=<2>"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element fault = (Element) doc.getElementsByTagNameNS(SOAP, "Fault").item(0);
        assertThat(fault).isNotNull();
        assertThat(fault.getElementsByTagName("faultcode").item(0).getTextContent()).isEqualTo("soap:Client");
        assertThat(fault.getElementsByTagName("faultstring").item(0).getTextContent())
                .startsWith("Gunakan HTTPS").contains(" / Use HTTPS").contains("https://localhost:8181/soap/BirthReport?a=1&b=<2>");
        Element detail = (Element) doc.getElementsByTagNameNS(HospitalSoapServlet.NAMESPACE, "birthReportFault").item(0);
        assertThat(detail.getParentNode().getLocalName()).isEqualTo("detail");
        assertThat(text(detail, "code")).isEqualTo("transport.httpsRequired");
        assertThat(text(detail, "status")).isEqualTo("403");
        assertThat(text(detail, "message")).startsWith("Gunakan HTTPS");
        assertThat(text(detail, "messageEn")).startsWith("Use HTTPS");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(HospitalSoapServlet.NAMESPACE, name).item(0).getTextContent();
    }
}
