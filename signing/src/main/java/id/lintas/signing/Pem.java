package id.lintas.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificates and CRLs to and from PEM (reading also takes DER). */
public final class Pem {
    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return armour("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String crl(X509CRL crl) {
        try {
            return armour("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every certificate in a PEM or DER file. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : factory().generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IOException("Berkas " + file + " bukan sertifikat X.509 / not an X.509 certificate file", e);
        }
    }

    /** Every CRL in a PEM or DER file. */
    public static List<X509CRL> readCrls(Path file) throws IOException {
        try {
            List<X509CRL> crls = new ArrayList<>();
            for (var crl : factory().generateCRLs(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                crls.add((X509CRL) crl);
            }
            return crls;
        } catch (CRLException e) {
            throw new IOException("Berkas " + file + " bukan CRL X.509 / not an X.509 CRL file", e);
        }
    }

    private static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String armour(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
