package id.lintas.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import javax.security.auth.login.FailedLoginException;

/**
 * A key on a PKCS#11 token through the JDK's {@code SunPKCS11} provider (tested with Debian's
 * softhsm2), the passphrase being the token's user PIN. The configuration is a SunPKCS11 file
 * ({@code name = ...}, {@code library = /usr/lib/softhsm/libsofthsm2.so}); a slot given here
 * replaces the file's {@code slot}/{@code slotListIndex}. Each session logs in on its own
 * provider instance and logs out when closed.
 */
public final class Pkcs11KeySource implements KeySource {
    private final String configuration;
    private final String alias;
    private final String description;

    public Pkcs11KeySource(Path configurationFile, Long slot, String alias) throws IOException {
        this(Files.readString(configurationFile), slot, alias, "PKCS#11 " + configurationFile
                + (slot == null ? "" : " slot " + slot));
    }

    /** From the configuration's text itself. */
    public static Pkcs11KeySource ofConfiguration(String configuration, Long slot, String alias) {
        return new Pkcs11KeySource(configuration, slot, alias, "PKCS#11" + (slot == null ? "" : " slot " + slot));
    }

    private Pkcs11KeySource(String configuration, Long slot, String alias, String description) {
        StringBuilder text = new StringBuilder();
        for (String line : configuration.split("\\R")) {
            String key = line.strip().split("[\\s=]", 2)[0];
            if (slot == null || !(key.equals("slot") || key.equals("slotListIndex"))) {
                text.append(line).append('\n');
            }
        }
        if (slot != null) {
            text.append("slot = ").append(slot).append('\n');
        }
        this.configuration = text.toString();
        this.alias = alias;
        this.description = description;
    }

    @Override
    public SigningSession open(char[] passphrase) {
        Provider provider;
        KeyStore store;
        try {
            Provider prototype = Security.getProvider("SunPKCS11");
            if (prototype == null) {
                throw new SigningException("Java ini tidak memiliki SunPKCS11", "This Java has no SunPKCS11");
            }
            provider = prototype.configure("--" + configuration);
            store = KeyStore.getInstance("PKCS11", provider);
        } catch (ProviderException | GeneralSecurityException | IllegalArgumentException e) {
            throw new SigningException("Token PKCS#11 tidak dapat dipakai (" + description + ")",
                    "The PKCS#11 token cannot be used (" + description + ")", e);
        }
        try {
            store.load(null, passphrase);
        } catch (IOException e) {
            if (causedBy(e, FailedLoginException.class) || String.valueOf(e.getMessage()).contains("PIN_INCORRECT")
                    || String.valueOf(e.getCause()).contains("PIN_INCORRECT")) {
                throw new WrongPassphraseException(description, e);
            }
            throw new SigningException("Token PKCS#11 tidak dapat dibuka (" + description + ")",
                    "The PKCS#11 token cannot be opened (" + description + ")", e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Token PKCS#11 tidak dapat dibuka (" + description + ")",
                    "The PKCS#11 token cannot be opened (" + description + ")", e);
        }
        SigningSession session = KeyStores.session(store, alias, passphrase, provider, description);
        return session.onClose(() -> {
            if (provider instanceof AuthProvider auth) {
                try {
                    auth.logout();
                } catch (javax.security.auth.login.LoginException ignored) {
                    // already logged out
                }
            }
        });
    }

    @Override
    public String describe() {
        return description;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
