package id.lintas.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes the PAdES signature revision: the signature dictionary ({@code ETSI.CAdES.detached}, the
 * claimed time in {@code /M}), the widget and its appearance, and the CMS signature with exactly
 * the signed attributes PAdES baseline wants (content-type, message-digest,
 * signing-certificate-v2; no signing-time), the signature timestamp from B-T; then the {@code /DSS}
 * (B-LT) and the document timestamp (B-LTA), each as a further incremental update.
 */
final class PadesSigner {
    static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Room in {@code /Contents} beyond the signer's chain: signature value and attributes; the B-T token (with the TSA's chain). */
    private static final int ROOM_B_B = 4 * 1024;
    private static final int ROOM_TIMESTAMP = 12 * 1024;
    private static final DigestCalculatorProvider DIGESTS = digests();

    private PadesSigner() {
    }

    static byte[] sign(byte[] pdf, SignatureRequest request, SigningSession session) {
        Instant at = request.signingTime() == null ? Instant.now() : request.signingTime();
        int room = chainLength(session) + (request.level().atLeast(PadesLevel.B_T) ? ROOM_TIMESTAMP : ROOM_B_B);
        byte[] signed;
        try {
            try {
                signed = signatureRevision(pdf, request, session, at, room);
            } catch (TooLarge e) {
                signed = signatureRevision(pdf, request, session, at, e.needed + 2048); // rare: a large TSA chain
            }
        } catch (IOException e) {
            throw new SigningException("Dokumen PDF tidak dapat ditandatangani", "The PDF cannot be signed", e);
        }
        if (request.level().atLeast(PadesLevel.B_LT)) {
            signed = PadesExtension.addValidationData(signed, request.crls());
        }
        if (request.level().atLeast(PadesLevel.B_LTA)) {
            signed = PadesExtension.addDocumentTimestamp(signed, request.timestamps());
        }
        return signed;
    }

    /** The CMS did not fit the room reserved for it. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int needed;

        TooLarge(int needed) {
            super(null, null, false, false);
            this.needed = needed;
        }
    }

    private static int chainLength(SigningSession session) {
        int length = 0;
        for (X509Certificate certificate : session.chain()) {
            length += PadesExtension.encoded(certificate).length;
        }
        return length;
    }

    private static byte[] signatureRevision(byte[] pdf, SignatureRequest request, SigningSession session, Instant at,
            int room) throws IOException {
        X509Certificate certificate = session.certificate();
        boolean timestamped = request.level().atLeast(PadesLevel.B_T);
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(Names.commonName(certificate.getSubjectX500Principal()));
            if (request.reason() != null) {
                signature.setReason(request.reason());
            }
            if (request.location() != null) {
                signature.setLocation(request.location());
            }
            signature.setSignDate(GregorianCalendar.from(at.atZone(JAKARTA)));
            options.setPreferredSignatureSize(room);
            int pages = document.getNumberOfPages();
            int page = request.appearance() instanceof Appearance.Visible visible && visible.page() >= 0
                    ? Math.min(visible.page(), pages - 1) : pages - 1;
            options.setPage(page);
            document.addSignature(signature, options);
            if (request.appearance() instanceof Appearance.Visible visible) {
                VisibleSignature.draw(document, signature, document.getPage(page), visible, certificate, at);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * room + 32 * 1024);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            byte[] cms = cms(content, session, timestamped ? request.timestamps() : null);
            if (cms.length > room) {
                throw new TooLarge(cms.length);
            }
            external.setSignature(cms);
            return out.toByteArray();
        }
    }

    /** The detached CMS SignedData over {@code content}, DER. */
    static byte[] cms(byte[] content, SigningSession session, TimestampClient timestamps) {
        try {
            X509Certificate certificate = session.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(DIGESTS)
                    .setSignedAttributeGenerator(new PadesSignedAttributes(certificate))
                    .build(session.contentSigner(), certificate));
            generator.addCertificates(new JcaCertStore(session.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            if (timestamps != null) {
                data = withSignatureTimestamp(data, timestamps);
            }
            return data.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new SigningException("Tanda tangan CMS tidak dapat dibuat", "The CMS signature could not be made", e);
        }
    }

    private static CMSSignedData withSignatureTimestamp(CMSSignedData data, TimestampClient timestamps) throws IOException {
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestamps.timestamp(sha256(signer.getSignature())).getEncoded();
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content-type, message-digest and ESS signing-certificate-v2 (SHA-256, with issuer and serial): no signing-time. */
    private record PadesSignedAttributes(X509Certificate certificate) implements CMSAttributeTableGenerator {
        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            try {
                ASN1EncodableVector attributes = new ASN1EncodableVector();
                attributes.add(new Attribute(CMSAttributes.contentType,
                        new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
                attributes.add(new Attribute(CMSAttributes.messageDigest,
                        new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
                IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                        certificate.getSerialNumber());
                attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(
                        new SigningCertificateV2(new ESSCertIDv2(sha256(certificate.getEncoded()), issuerSerial)))));
                return new AttributeTable(attributes);
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
