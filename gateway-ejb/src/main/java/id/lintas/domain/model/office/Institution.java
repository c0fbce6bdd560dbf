package id.lintas.domain.model.office;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A hospital, puskesmas, courier, school or village office working with one Dukcapil office. */
@Entity
@Table(name = "institution")
public class Institution extends IdentifiedEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionType type;

    /** The office's own code for the institution (e.g. the hospital's registration code). */
    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @jakarta.persistence.Column(length = 200)
    private String address;

    /** Where the status callbacks of its cases go; none until an admin sets it. */
    @Column(name = "callback_url", length = 500)
    private String callbackUrl;

    /** The secret the callbacks' bodies are signed with (HMAC-SHA256). */
    @Column(name = "callback_secret", length = 100)
    private String callbackSecret;

    @Column(length = 30)
    private String phone;

    protected Institution() {
    }

    public Institution(Office office, InstitutionType type, String code, String name) {
        this.office = Objects.requireNonNull(office);
        this.type = Objects.requireNonNull(type);
        this.code = Objects.requireNonNull(code).strip();
        this.name = Objects.requireNonNull(name).strip();
    }

    /** Its postal address, as its letterhead (kop surat) shows it; empty until recorded. */
    public java.util.Optional<String> address() {
        return java.util.Optional.ofNullable(address);
    }

    /** Its telephone, for the courier who collects or delivers a file there; empty until recorded. */
    public java.util.Optional<String> phone() {
        return java.util.Optional.ofNullable(phone);
    }

    /** Records its telephone (up to 30 characters). */
    public void callableAt(String telephone) {
        if (telephone == null || telephone.isBlank() || telephone.length() > 30) {
            throw new IllegalArgumentException("a telephone of 1-30 characters");
        }
        this.phone = telephone.strip();
    }

    /** Records where it is. */
    public void locatedAt(String postalAddress) {
        if (postalAddress == null || postalAddress.isBlank() || postalAddress.length() > 200) {
            throw new IllegalArgumentException("an address of 1-200 characters");
        }
        this.address = postalAddress.strip();
    }

    /** Where its status callbacks go and the secret they are signed with; empty when it takes none. */
    public java.util.Optional<Callback> callback() {
        return callbackUrl == null ? java.util.Optional.empty() : java.util.Optional.of(new Callback(callbackUrl, callbackSecret));
    }

    /** Where its status callbacks go and the secret they are signed with. */
    public record Callback(String url, String secret) {
        public Callback {
            java.util.Objects.requireNonNull(url);
            java.util.Objects.requireNonNull(secret);
        }

        @Override
        public String toString() {
            return "Callback[" + url + "]"; // never the secret
        }
    }

    /**
     * Sends its status callbacks to {@code url} (an absolute http or https URL), or none when
     * blank. The first URL comes with a new secret, returned (it is shown once); changing the URL
     * keeps the secret (empty).
     */
    public java.util.Optional<String> callbackTo(String url) {
        if (url == null || url.isBlank()) {
            callbackUrl = null;
            callbackSecret = null;
            return java.util.Optional.empty();
        }
        callbackUrl = checkedUrl(url.strip());
        if (callbackSecret == null) {
            return java.util.Optional.of(newCallbackSecret());
        }
        return java.util.Optional.empty();
    }

    /** A new secret for its callbacks, returned once; the old one stops working. */
    public String newCallbackSecret() {
        if (callbackUrl == null) {
            throw new id.lintas.domain.shared.BusinessException("partner.callback.noUrl");
        }
        callbackSecret = id.lintas.domain.model.notification.CallbackSignature.newSecret();
        return callbackSecret;
    }

    private static String checkedUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (url.length() > 500 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new id.lintas.domain.shared.BusinessException("partner.callback.url", url);
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new id.lintas.domain.shared.BusinessException("partner.callback.url", url);
        }
    }

    public Office office() {
        return office;
    }

    public InstitutionType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
