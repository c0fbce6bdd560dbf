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
 * replaces the file's {@code slot}/{@code slotListIndex}.
 *
 * <p>PKCS#11 login is per process and token, and SunPKCS11 takes an already logged-in token as
 * logged in whatever PIN it is given. So this class keeps count of its open sessions per token: the
 * first one logs out any earlier login and logs in afresh (the token checks the PIN); while it is
 * open, a further session must present the same PIN (compared with a salted digest kept in memory);
 * the last one to close logs out.
 */
public final class Pkcs11KeySource implements KeySource {
    /** Open sessions per token configuration, and the digest of the PIN they logged in with. */
    private static final java.util.Map<String, Login> LOGINS = new java.util.HashMap<>();
    private static final byte[] SALT = new java.security.SecureRandom().generateSeed(16);

    private record Login(int sessions, byte[] pin) {
    }

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
        synchronized (LOGINS) {
            byte[] pin = digest(passphrase);
            Login login = LOGINS.get(configuration);
            if (login != null && !java.security.MessageDigest.isEqual(login.pin(), pin)) {
                throw new WrongPassphraseException(description, null);
            }
            SigningSession session = login(passphrase, login == null);
            LOGINS.put(configuration, new Login(login == null ? 1 : login.sessions() + 1, pin));
            return session;
        }
    }

    private SigningSession login(char[] passphrase, boolean first) {
        Provider provider;
        KeyStore store;
        try {
            Provider prototype = Security.getProvider("SunPKCS11");
            if (prototype == null) {
                throw new SigningException("Java ini tidak memiliki SunPKCS11", "This Java has no SunPKCS11");
            }
            provider = prototype.configure("--" + configuration);
            store = KeyStore.getInstance("PKCS11", provider);
            if (first && provider instanceof AuthProvider auth) {
                auth.logout(); // a login left by someone else would let any PIN through
            }
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
        return session.onClose(() -> closed(provider));
    }

    private void closed(Provider provider) {
        synchronized (LOGINS) {
            Login login = LOGINS.get(configuration);
            if (login != null && login.sessions() > 1) {
                LOGINS.put(configuration, new Login(login.sessions() - 1, login.pin()));
                return;
            }
            LOGINS.remove(configuration);
            if (provider instanceof AuthProvider auth) {
                try {
                    auth.logout();
                } catch (javax.security.auth.login.LoginException ignored) {
                    // already logged out
                }
            }
        }
    }

    private static byte[] digest(char[] passphrase) {
        try {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            sha256.update(SALT);
            sha256.update(new String(passphrase).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
