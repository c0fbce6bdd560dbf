package id.lintas.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;

/** A key and its chain in a PKCS#12 file, the file's and the key's password being the passphrase. */
public final class Pkcs12KeySource implements KeySource {
    private final Path file;
    private final String alias;

    /** The first key entry in {@code file}. */
    public Pkcs12KeySource(Path file) {
        this(file, null);
    }

    public Pkcs12KeySource(Path file, String alias) {
        this.file = file;
        this.alias = alias;
    }

    @Override
    public SigningSession open(char[] passphrase) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, passphrase);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPassphraseException(describe(), e);
            }
            throw new SigningException("Berkas kunci " + file + " tidak dapat dibaca",
                    "The key file " + file + " cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Berkas kunci " + file + " tidak dapat dibaca",
                    "The key file " + file + " cannot be read", e);
        }
        return KeyStores.session(store, alias, passphrase, null, describe());
    }

    @Override
    public String describe() {
        return "PKCS#12 " + file;
    }
}
