package id.lintas.domain.model.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The services offered over WhatsApp, in menu order (data: {@code whatsapp/services.json}). A
 * resident names one by tapping its row, by its number in the menu, or by writing its title or
 * one of its keywords.
 */
public record ServiceCatalog(List<WaService> services) {
    public ServiceCatalog {
        services = List.copyOf(services);
        if (services.isEmpty() || services.size() > 10) {
            throw new IllegalArgumentException("1-10 services (one WhatsApp list), not " + services.size());
        }
        if (services.stream().map(WaService::code).distinct().count() != services.size()) {
            throw new IllegalArgumentException("a service code twice");
        }
    }

    public Optional<WaService> byCode(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The service a resident's words name: its number in the menu, its code, title, or a keyword. */
    public Optional<WaService> named(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(w);
            return n >= 1 && n <= services.size() ? Optional.of(services.get(n - 1)) : Optional.empty();
        }
        for (WaService s : services) {
            if (s.code().equalsIgnoreCase(w) || s.title().id().equalsIgnoreCase(w) || s.title().en().equalsIgnoreCase(w)
                    || s.keywords().contains(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
