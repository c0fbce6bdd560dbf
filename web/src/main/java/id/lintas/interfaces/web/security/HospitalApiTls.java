package id.lintas.interfaces.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The hospital API's rule: hospital systems send their password with every request (HTTP Basic),
 * so they call over TLS only, and a call over plain HTTP is refused before its credentials are
 * looked at ({@link LintasAuthentication}). Behind a reverse proxy that ends TLS, Payara sees plain
 * HTTP; the proxy's {@code X-Forwarded-Proto: https} is believed only from the addresses listed in
 * {@code lintas.trusted-proxies}, since anybody else can send that header too.
 *
 * @param trustedProxies the remote addresses (exactly as the container reports them) whose
 *        {@code X-Forwarded-Proto} is believed; empty: nobody's
 * @param httpsBase where the server answers over TLS ({@code https://host:port}, no trailing
 *        slash), named in the refusal; empty: the requested host on port {@value #DEFAULT_HTTPS_PORT}
 */
record HospitalApiTls(Set<String> trustedProxies, Optional<String> httpsBase) {
    /** Payara's https listener ({@code http-listener-2}). */
    static final int DEFAULT_HTTPS_PORT = 8181;

    HospitalApiTls {
        trustedProxies = Set.copyOf(trustedProxies);
        httpsBase = httpsBase.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""));
    }

    /**
     * From {@code lintas.trusted-proxies} ({@code LINTAS_TRUSTED_PROXIES}: addresses separated by
     * commas) and {@code lintas.https-url} ({@code LINTAS_HTTPS_URL}); without the latter,
     * {@code lintas.public-url} when it is an https address.
     */
    static HospitalApiTls configured(Config config) {
        String proxies = config.getOptionalValue("lintas.trusted-proxies", String.class).orElse("");
        Optional<String> https = config.getOptionalValue("lintas.https-url", String.class)
                .or(() -> config.getOptionalValue("lintas.public-url", String.class)
                        .filter(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")));
        return new HospitalApiTls(Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()), https);
    }

    /**
     * Whether a request came over TLS: the container's own https listener, or a trusted proxy's
     * {@code X-Forwarded-Proto: https} (the last value, the one the nearest proxy added).
     */
    boolean encrypted(boolean secure, String remoteAddress, String forwardedProto) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null || remoteAddress == null || !trustedProxies.contains(remoteAddress)) {
            return false;
        }
        String[] protos = forwardedProto.split(",");
        return protos[protos.length - 1].strip().equalsIgnoreCase("https");
    }

    /** The https address of a request that came over plain HTTP ({@code host} without its port). */
    String httpsAddress(String host, String requestUri, String query) {
        String base = httpsBase.orElseGet(() -> "https://" + host + ":" + DEFAULT_HTTPS_PORT);
        return base + requestUri + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
