package id.lintas.signing.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PKIX path building to the given trust anchors from the certificates at hand, then validation of
 * that path with revocation checked against the CRLs at hand (no network: a certificate without a
 * CRL from its issuer is "revocation unknown", which is not trusted).
 */
final class Chains {
    private final Set<TrustAnchor> anchors = new HashSet<>();

    Chains(Collection<X509Certificate> trustAnchors) {
        for (X509Certificate anchor : trustAnchors) {
            anchors.add(new TrustAnchor(anchor, null));
        }
    }

    /** Empty when {@code certificate} chains to an anchor and nothing on the way is revoked; else why not. */
    Optional<String> problem(X509Certificate certificate, Collection<X509Certificate> intermediates,
            Collection<X509CRL> crls, Date at) {
        if (anchors.isEmpty()) {
            return Optional.of("no trust anchor given");
        }
        try {
            List<Object> material = new ArrayList<>(intermediates);
            material.addAll(crls);
            CertStore store = CertStore.getInstance("Collection", new CollectionCertStoreParameters(material));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters building = new PKIXBuilderParameters(anchors, target);
            building.addCertStore(store);
            building.setRevocationEnabled(false);
            building.setDate(at);
            CertPath path;
            TrustAnchor anchor;
            try {
                PKIXCertPathBuilderResult built = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(building);
                path = built.getCertPath();
                anchor = built.getTrustAnchor();
            } catch (GeneralSecurityException e) {
                return Optional.of("no path to a trust anchor (" + e.getMessage() + ")");
            }
            PKIXParameters validating = new PKIXParameters(Set.of(anchor));
            validating.addCertStore(store);
            validating.setRevocationEnabled(true);
            validating.setDate(at);
            try {
                CertPathValidator.getInstance("PKIX").validate(path, validating);
            } catch (CertPathValidatorException e) {
                String which = e.getIndex() >= 0 && e.getIndex() < path.getCertificates().size()
                        ? " (" + ((X509Certificate) path.getCertificates().get(e.getIndex())).getSubjectX500Principal().getName() + ")"
                        : "";
                return Optional.of(reason(e) + which);
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("chain not checkable: " + e.getMessage());
        }
    }

    private static String reason(CertPathValidatorException e) {
        if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
            return "certificate revoked";
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return "revocation status unknown (no CRL)";
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
            return "certificate expired";
        }
        return "chain invalid: " + e.getMessage();
    }
}
