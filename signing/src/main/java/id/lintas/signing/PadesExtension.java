package id.lintas.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Extends signed documents, each step an incremental update that leaves earlier signatures intact:
 * the {@code /DSS} dictionary with the certificates of every signature and timestamp in the
 * document and the given CRLs (B-LT), and a document timestamp over it (B-LTA). Also used later to
 * renew an archive's timestamp.
 */
public final class PadesExtension {
    public static final COSName DSS = COSName.getPDFName("DSS");
    public static final COSName CERTS = COSName.getPDFName("Certs");
    public static final COSName CRLS = COSName.getPDFName("CRLs");
    public static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private static final int SIZE_DOCUMENT_TIMESTAMP = 12 * 1024;

    private PadesExtension() {
    }

    /** Adds (or completes) the {@code /DSS}: certificates from every signature and timestamp token, and {@code crls}. */
    public static byte[] addValidationData(byte[] pdf, List<X509CRL> crls) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, byte[]> certificates = new LinkedHashMap<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                for (X509CertificateHolder holder : embeddedCertificates(signature)) {
                    byte[] der = holder.getEncoded();
                    certificates.putIfAbsent(java.util.HexFormat.of().formatHex(PadesSigner.sha256(der)), der);
                }
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(DSS);
            if (dss == null) {
                dss = new COSDictionary();
                dss.setItem(COSName.TYPE, DSS);
            }
            List<byte[]> crlBytes = new ArrayList<>();
            for (X509CRL crl : crls) {
                crlBytes.add(crl.getEncoded());
            }
            dss.setItem(CERTS, merged(document, dss.getCOSArray(CERTS), new ArrayList<>(certificates.values())));
            dss.setItem(CRLS, merged(document, dss.getCOSArray(CRLS), crlBytes));
            catalog.setItem(DSS, dss);
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            document.saveIncremental(out, Set.of(catalog, dss));
            return out.toByteArray();
        } catch (IOException | CRLException e) {
            throw new SigningException("Data validasi (DSS) tidak dapat ditambahkan",
                    "The validation data (DSS) could not be added", e);
        }
    }

    /** Adds a document timestamp ({@code /SubFilter /ETSI.RFC3161}) over the whole document as it is. */
    public static byte[] addDocumentTimestamp(byte[] pdf, TimestampClient timestamps) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(ETSI_RFC3161);
            options.setPreferredSignatureSize(SIZE_DOCUMENT_TIMESTAMP);
            document.addSignature(timestamp, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIZE_DOCUMENT_TIMESTAMP + 16 * 1024);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] digest = PadesSigner.sha256(external.getContent().readAllBytes());
            external.setSignature(timestamps.timestamp(digest).getEncoded());
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("Cap waktu dokumen tidak dapat ditambahkan",
                    "The document timestamp could not be added", e);
        }
    }

    /** The certificates a signature carries: the CMS's own and those of its timestamp tokens. */
    public static List<X509CertificateHolder> embeddedCertificates(PDSignature signature) {
        List<X509CertificateHolder> found = new ArrayList<>();
        try {
            CMSSignedData data = new CMSSignedData(withoutPadding(signature.getContents()));
            found.addAll(data.getCertificates().getMatches(null));
            for (SignerInformation signer : data.getSignerInfos()) {
                TimeStampToken token = signatureTimestamp(signer);
                if (token != null) {
                    found.addAll(token.getCertificates().getMatches(null));
                }
            }
        } catch (CMSException | IOException | TSPException | RuntimeException e) {
            // not a CMS we can read: nothing to collect from it
        }
        return found;
    }

    /**
     * The DER object at the start of a signature dictionary's {@code /Contents}, without the zero
     * padding after it (Bouncy Castle refuses trailing data).
     */
    public static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2) {
            return contents;
        }
        int first = contents[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else if (first == 0x80) {
            return contents; // indefinite length (BER): left to the parser
        } else {
            int count = first & 0x7f;
            if (count > 4 || 2 + count > contents.length) {
                return contents;
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (contents[2 + i] & 0xff);
            }
            header = 2 + count;
        }
        long total = header + length;
        return total >= contents.length ? contents : java.util.Arrays.copyOf(contents, (int) total);
    }

    /** The signature timestamp token in a signer's unsigned attributes, or null. */
    public static TimeStampToken signatureTimestamp(SignerInformation signer) throws IOException, TSPException, CMSException {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        if (unsigned == null) {
            return null;
        }
        var attribute = unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        return new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
    }

    /** The decoded bytes of every stream in a {@code /DSS} array. */
    public static List<byte[]> streams(COSArray array) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.getObject(i);
                if (item instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        contents.add(in.readAllBytes());
                    }
                }
            }
        }
        return contents;
    }

    private static COSArray merged(PDDocument document, COSArray existing, List<byte[]> additions) throws IOException {
        COSArray array = new COSArray();
        Set<String> present = new HashSet<>();
        if (existing != null) {
            for (int i = 0; i < existing.size(); i++) {
                COSBase item = existing.get(i);
                array.add(item);
                COSBase resolved = item instanceof COSObject object ? object.getObject() : item;
                if (resolved instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        present.add(java.util.HexFormat.of().formatHex(PadesSigner.sha256(in.readAllBytes())));
                    }
                }
            }
        }
        for (byte[] der : additions) {
            if (present.add(java.util.HexFormat.of().formatHex(PadesSigner.sha256(der)))) {
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(der);
                }
                array.add(stream);
            }
        }
        array.setNeedToBeUpdated(true);
        return array;
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
