package id.lintas.interfaces.soap;

import id.lintas.domain.shared.BusinessException;
import id.lintas.interfaces.soap.contract.BirthReportFault;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;

/**
 * A refusal made before CXF sees the request (a call over plain HTTP) as the SOAP 1.1 fault the
 * service itself would answer: HTTP 500 (WS-I Basic Profile), {@code faultcode} {@code soap:Client},
 * the message in Bahasa Indonesia and English, and a {@code birthReportFault} detail with its code
 * and status, so a client generated from the WSDL gets its usual fault exception.
 */
public final class SoapFaults {
    public static final int HTTP_STATUS = 500;
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    private static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapFaults() {
    }

    /** The whole SOAP envelope of the refusal. */
    public static String envelope(BusinessException refusal) {
        BirthReportFault info = BirthReportEndpoint.fault(refusal).getFaultInfo();
        StringWriter detail = new StringWriter();
        try {
            Marshaller marshaller = Contract.CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.marshal(info, detail);
        } catch (JAXBException e) {
            throw new IllegalStateException("the fault detail cannot be written", e);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + ENVELOPE + "\"><soap:Body>"
                + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>" + escape(info.getMessage() + " / "
                + info.getMessageEn()) + "</faultstring><detail>" + detail + "</detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** JAXB's context for the fault detail, made once when first needed. */
    private static final class Contract {
        static final JAXBContext CONTEXT;

        static {
            try {
                CONTEXT = JAXBContext.newInstance(BirthReportFault.class);
            } catch (JAXBException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
