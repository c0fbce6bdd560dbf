package id.lintas.signing;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Parts of X.500 names, for the appearance and the reports. */
public final class Names {
    private Names() {
    }

    /** RFC 2253, with the title attribute named T rather than as an OID. */
    public static String distinguishedName(X500Principal name) {
        return name.getName(X500Principal.RFC2253, java.util.Map.of("2.5.4.12", "T"));
    }

    public static String commonName(X500Principal name) {
        return part(name, BCStyle.CN, name.getName());
    }

    public static String organisation(X500Principal name) {
        return part(name, BCStyle.O, commonName(name));
    }

    public static String title(X500Principal name) {
        return part(name, BCStyle.T, null);
    }

    private static String part(X500Principal principal, ASN1ObjectIdentifier type, String otherwise) {
        RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs(type);
        if (rdns.length == 0) {
            return otherwise;
        }
        var value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }
}
