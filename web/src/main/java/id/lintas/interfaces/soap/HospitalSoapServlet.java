package id.lintas.interfaces.soap;

import id.lintas.application.hospital.BirthIntake;
import id.lintas.interfaces.soap.contract.BirthReportPort;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.annotation.WebServlet;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * Publishes the hospitals' SOAP service with Apache CXF at {@code /soap/BirthReport}, its contract
 * at {@code /soap/BirthReport?wsdl} (the WSDL file itself: contract first). Sign-in is the
 * container's (HTTP Basic, {@code LintasAuthentication}); XML with a DTD (XXE) is refused by
 * CXF's parser, and text (a scan) longer than {@value #MAX_TEXT_CHARS} characters too.
 */
@WebServlet(urlPatterns = "/soap/*", loadOnStartup = 1)
public class HospitalSoapServlet extends CXFNonSpringServlet {
    private static final long serialVersionUID = 1L;
    static final String NAMESPACE = "http://lintas.id/hospital/birth-report/v1";
    /** A 5 MB scan in base64 with room to spare: anything longer is refused while parsing. */
    static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

    @EJB
    transient BirthIntake intake;

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        Bus bus = getBus();
        bus.setProperty("org.apache.cxf.stax.maxTextLength", MAX_TEXT_CHARS);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(BirthReportPort.class);
        factory.setServiceBean(new BirthReportEndpoint(intake));
        factory.setWsdlLocation("classpath:wsdl/BirthReport.wsdl");
        factory.setServiceName(new QName(NAMESPACE, "BirthReportService"));
        factory.setEndpointName(new QName(NAMESPACE, "BirthReportPort"));
        factory.setAddress("/BirthReport");
        factory.setProperties(Map.of("schema-validation-enabled", "false"));
        factory.create();
    }
}
