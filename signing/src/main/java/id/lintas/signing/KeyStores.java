package id.lintas.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds the signing key and its chain in an unlocked key store. */
final class KeyStores {
    private KeyStores() {
    }

    static SigningSession session(KeyStore store, String alias, char[] passphrase, Provider provider, String source) {
        try {
            String chosen = alias;
            if (chosen == null) {
                for (String candidate : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(candidate)) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            if (chosen == null || !store.isKeyEntry(chosen)) {
                throw new SigningException("Tidak ada kunci penandatangan di " + source,
                        "No signing key in " + source);
            }
            Key key = store.getKey(chosen, passphrase);
            if (!(key instanceof PrivateKey)) {
                throw new SigningException("Entri " + chosen + " di " + source + " bukan kunci privat",
                        "Entry " + chosen + " in " + source + " is no private key");
            }
            Certificate[] certificates = store.getCertificateChain(chosen);
            if (certificates == null || certificates.length == 0) {
                throw new SigningException("Kunci di " + source + " tidak memiliki sertifikat",
                        "The key in " + source + " has no certificate");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            return new SigningSession((PrivateKey) key, provider, chain);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException(source, e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Kunci di " + source + " tidak dapat dibuka",
                    "The key in " + source + " cannot be opened", e);
        }
    }
}
