package id.lintas.signing.verify;

import id.lintas.signing.PadesExtension;
import id.lintas.signing.Names;
import id.lintas.signing.PadesLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks every signature and document timestamp of a PDF: signer, claimed and timestamped time,
 * PAdES level, whether the signed bytes are intact (byte range, digest, signature value), whether
 * the signature covers the whole file or what came after it, whether the signer's chain reaches one
 * of the trust anchors with nothing revoked (CRLs from the {@code /DSS} and those given), and the
 * timestamps. Works offline. Thread-safe.
 */
public final class PadesVerifier {
    private static final COSName CADES = COSName.getPDFName("ETSI.CAdES.detached");
    private final Chains chains;
    private final List<X509CRL> crls;

    /**
     * @param trustAnchors the certificates trusted as roots (e.g. the office's root CA)
     * @param crls CRLs to use besides those in the document's {@code /DSS}
     */
    public PadesVerifier(Collection<X509Certificate> trustAnchors, Collection<X509CRL> crls) {
        this.chains = new Chains(trustAnchors);
        this.crls = List.copyOf(crls);
    }

    public VerificationReport verify(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Dss dss = Dss.of(document.getDocumentCatalog().getCOSObject());
            List<Found> found = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null && signature.getByteRange().length == 4) {
                    found.add(new Found(field.getFullyQualifiedName(), signature));
                }
            }
            found.sort(Comparator.comparingLong(Found::end));
            List<SignatureReport> reports = new ArrayList<>();
            for (Found one : found) {
                reports.add(check(pdf, document, dss, one, found));
            }
            return new VerificationReport(reports);
        }
    }

    private record Found(String name, PDSignature signature) {
        long end() {
            int[] range = signature.getByteRange();
            return (long) range[2] + range[3];
        }

        boolean isDocumentTimestamp() {
            return PadesExtension.ETSI_RFC3161.equals(signature.getCOSObject().getCOSName(COSName.SUB_FILTER));
        }
    }

    private SignatureReport check(byte[] pdf, PDDocument document, Dss dss, Found one, List<Found> all) throws IOException {
        List<String> problems = new ArrayList<>();
        int[] range = one.signature().getByteRange();
        byte[] contents = contents(pdf, range, problems);
        byte[] signed = contents == null ? new byte[0] : signedBytes(pdf, range);
        int end = (int) one.end();

        SignatureReport.Coverage coverage = SignatureReport.Coverage.WHOLE_DOCUMENT;
        if (contents != null && end < pdf.length) {
            List<COSDictionary> later = all.stream().filter(f -> f.end() > end).map(f -> f.signature().getCOSObject()).toList();
            String change = RevisionChanges.unexpected(pdf, end, document, later);
            coverage = change == null ? SignatureReport.Coverage.EXTENDED_BY_SIGNATURES
                    : SignatureReport.Coverage.MODIFIED_AFTER_SIGNING;
            if (change != null) {
                problems.add("not the whole document: " + change);
            }
        }
        Instant claimed = Optional.ofNullable(one.signature().getSignDate()).map(Calendar::toInstant).orElse(null);
        if (one.isDocumentTimestamp()) {
            return documentTimestamp(one, contents, signed, coverage, problems, dss);
        }
        String signer = null;
        boolean intact = false;
        boolean trusted = false;
        PadesLevel level = null;
        Instant timestampTime = null;
        SignatureReport.TimestampState timestampState = SignatureReport.TimestampState.NONE;
        if (contents != null) {
            try {
                CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signed), PadesExtension.withoutPadding(contents));
                SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
                X509Certificate certificate = certificateOf(data.getCertificates().getMatches(info.getSID()));
                if (certificate == null) {
                    problems.add("the signer's certificate is not in the signature");
                } else {
                    signer = Names.distinguishedName(certificate.getSubjectX500Principal());
                    intact = verifySigner(info, certificate, problems);
                    List<X509Certificate> known = new ArrayList<>(dss.certificates());
                    known.addAll(certificates(data.getCertificates().getMatches(null)));
                    trusted = trust(certificate, known, dss, problems, "signer");
                    TimeStampToken token = PadesExtension.signatureTimestamp(info);
                    if (token != null) {
                        timestampTime = token.getTimeStampInfo().getGenTime().toInstant();
                        boolean valid = timestampValid(token, info.getSignature(), dss, problems, "signature timestamp");
                        timestampState = valid ? SignatureReport.TimestampState.VALID : SignatureReport.TimestampState.INVALID;
                    }
                    level = level(one, info, certificate, token, dss, pdf, all);
                }
            } catch (CMSException | IOException | TSPException | RuntimeException e) {
                problems.add("the signature cannot be read: " + e.getMessage());
                intact = false;
            }
        }
        return new SignatureReport(one.name(), SignatureReport.Kind.SIGNATURE, signer, claimed, timestampTime, level,
                intact, coverage, trusted, timestampState, problems);
    }

    private SignatureReport documentTimestamp(Found one, byte[] contents, byte[] signed,
            SignatureReport.Coverage coverage, List<String> problems, Dss dss) {
        String signer = null;
        Instant time = null;
        boolean intact = false;
        boolean trusted = false;
        if (contents != null) {
            try {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(PadesExtension.withoutPadding(contents)));
                time = token.getTimeStampInfo().getGenTime().toInstant();
                X509Certificate tsa = certificateOf(token.getCertificates().getMatches(token.getSID()));
                signer = tsa == null ? null : Names.distinguishedName(tsa.getSubjectX500Principal());
                intact = timestampIntact(token, signed, problems, "document timestamp");
                trusted = tsa != null && trust(tsa, certificates(token.getCertificates().getMatches(null)), dss, problems, "TSA");
            } catch (CMSException | IOException | TSPException | RuntimeException e) {
                problems.add("the document timestamp cannot be read: " + e.getMessage());
            }
        }
        return new SignatureReport(one.name(), SignatureReport.Kind.DOCUMENT_TIMESTAMP, signer, null, time, null,
                intact, coverage, trusted, intact && trusted ? SignatureReport.TimestampState.VALID
                        : SignatureReport.TimestampState.INVALID, problems);
    }

    /** The hex string between the two signed ranges, decoded; null (and a problem) when the byte range is unsound. */
    private static byte[] contents(byte[] pdf, int[] range, List<String> problems) {
        long end = (long) range[2] + range[3];
        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1 || range[3] < 0 || end > pdf.length
                || pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            problems.add("the byte range is unsound: " + Arrays.toString(range));
            return null;
        }
        String hex = new String(pdf, range[1] + 1, range[2] - range[1] - 2, java.nio.charset.StandardCharsets.US_ASCII)
                .replaceAll("\\s", "");
        try {
            return HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
        } catch (IllegalArgumentException e) {
            problems.add("the signature value is not hexadecimal");
            return null;
        }
    }

    private static byte[] signedBytes(byte[] pdf, int[] range) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        return signed;
    }

    private static boolean verifySigner(SignerInformation info, X509Certificate certificate, List<String> problems) {
        try {
            if (info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return true;
            }
            problems.add("the signature value does not match (signed attributes changed or wrong key)");
        } catch (CMSException e) {
            problems.add(e.getMessage() != null && e.getMessage().contains("digest")
                    ? "digest mismatch: the signed bytes were changed" : "signature check failed: " + e.getMessage());
        } catch (OperatorCreationException e) {
            problems.add("signature check failed: " + e.getMessage());
        }
        return false;
    }

    private boolean trust(X509Certificate certificate, Collection<X509Certificate> known, Dss dss, List<String> problems,
            String who) {
        List<X509CRL> allCrls = new ArrayList<>(dss.crls());
        allCrls.addAll(crls);
        Optional<String> problem = chains.problem(certificate, known, allCrls, new Date());
        problem.ifPresent(p -> problems.add(who + " not trusted: " + p));
        return problem.isEmpty();
    }

    private boolean timestampValid(TimeStampToken token, byte[] stamped, Dss dss, List<String> problems, String what) {
        boolean intact = timestampIntact(token, stamped, problems, what);
        X509Certificate tsa = certificateOf(token.getCertificates().getMatches(token.getSID()));
        return intact && tsa != null && trust(tsa, certificates(token.getCertificates().getMatches(null)), dss, problems, what + " TSA");
    }

    /** The token's imprint is the digest of {@code stamped} and its signature (by a timeStamping certificate) holds. */
    private static boolean timestampIntact(TimeStampToken token, byte[] stamped, List<String> problems, String what) {
        try {
            String algorithm = switch (token.getTimeStampInfo().getMessageImprintAlgOID().getId()) {
                case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
                case "2.16.840.1.101.3.4.2.2" -> "SHA-384";
                case "2.16.840.1.101.3.4.2.3" -> "SHA-512";
                default -> null;
            };
            if (algorithm == null || !MessageDigest.isEqual(MessageDigest.getInstance(algorithm).digest(stamped),
                    token.getTimeStampInfo().getMessageImprintDigest())) {
                problems.add(what + ": the imprint does not match what it stamps");
                return false;
            }
            X509Certificate tsa = certificateOf(token.getCertificates().getMatches(token.getSID()));
            if (tsa == null) {
                problems.add(what + ": the TSA certificate is not in the token");
                return false;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            return true;
        } catch (TSPException | OperatorCreationException | NoSuchAlgorithmException e) {
            problems.add(what + " invalid: " + e.getMessage());
            return false;
        }
    }

    private static PadesLevel level(Found one, SignerInformation info, X509Certificate certificate, TimeStampToken token,
            Dss dss, byte[] pdf, List<Found> all) throws IOException {
        AttributeTable signedAttributes = info.getSignedAttributes();
        if (!CADES.equals(one.signature().getCOSObject().getCOSName(COSName.SUB_FILTER)) || signedAttributes == null
                || signedAttributes.get(CMSAttributes.signingTime) != null
                || !signingCertificateMatches(signedAttributes, certificate)) {
            return null;
        }
        if (token == null) {
            return PadesLevel.B_B;
        }
        if (!dss.validates(certificate)) {
            return PadesLevel.B_T;
        }
        for (Found later : all) {
            if (later.isDocumentTimestamp() && later.end() > one.end()) {
                try (PDDocument revision = Loader.loadPDF(Arrays.copyOf(pdf, (int) later.end()))) {
                    if (Dss.of(revision.getDocumentCatalog().getCOSObject()).validates(certificate)) {
                        return PadesLevel.B_LTA;
                    }
                }
            }
        }
        return PadesLevel.B_LT;
    }

    private static boolean signingCertificateMatches(AttributeTable attributes, X509Certificate certificate) {
        var attribute = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            String algorithm = id.getHashAlgorithm().getAlgorithm().getId().equals("2.16.840.1.101.3.4.2.1") ? "SHA-256"
                    : id.getHashAlgorithm().getAlgorithm().getId().equals("2.16.840.1.101.3.4.2.3") ? "SHA-512" : "SHA-384";
            return MessageDigest.isEqual(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()), id.getCertHash());
        } catch (Exception e) {
            return false;
        }
    }

    private static X509Certificate certificateOf(Collection<X509CertificateHolder> holders) {
        List<X509Certificate> found = certificates(holders);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<X509Certificate> certificates(Collection<X509CertificateHolder> holders) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : holders) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                // unreadable certificate: left out
            }
        }
        return certificates;
    }

    /** The certificates and CRLs of a catalog's {@code /DSS}. */
    record Dss(List<X509Certificate> certificates, List<X509CRL> crls) {
        static Dss of(COSDictionary catalog) throws IOException {
            List<X509Certificate> certificates = new ArrayList<>();
            List<X509CRL> crls = new ArrayList<>();
            if (catalog.getDictionaryObject(PadesExtension.DSS) instanceof COSDictionary dss) {
                try {
                    CertificateFactory factory = CertificateFactory.getInstance("X.509");
                    for (byte[] der : PadesExtension.streams(dss.getCOSArray(PadesExtension.CERTS))) {
                        certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                    }
                    for (byte[] der : PadesExtension.streams(dss.getCOSArray(PadesExtension.CRLS))) {
                        crls.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(der)));
                    }
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException("The /DSS holds an unreadable certificate or CRL", e);
                }
            }
            return new Dss(certificates, crls);
        }

        /** Holds the certificate and a CRL from its issuer. */
        boolean validates(X509Certificate certificate) {
            return certificates.contains(certificate)
                    && crls.stream().anyMatch(crl -> crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()));
        }
    }
}
