package id.lintas.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a method and a path (a regular expression whose groups are the path parameters) to a
 * route. A known path with another method is 405, an unknown path 404.
 */
public final class Router {

    /** One operation: the request and the path parameters, in the order of the pattern's groups. */
    @FunctionalInterface
    public interface Route {
        Reply handle(Request request, List<String> pathParameters);
    }

    private record Entry(String method, Pattern pattern, Route route) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Router on(String method, String pathPattern, Route route) {
        entries.add(new Entry(method, Pattern.compile(pathPattern), route));
        return this;
    }

    /** Adds the routes of {@code routes}, their patterns prefixed by {@code prefix} (taken literally). */
    public Router include(String prefix, Router routes) {
        for (Entry entry : routes.entries) {
            entries.add(new Entry(entry.method(), Pattern.compile(Pattern.quote(prefix) + entry.pattern().pattern()), entry.route()));
        }
        return this;
    }

    public Reply dispatch(Request request) {
        boolean pathKnown = false;
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(request.path());
            if (!matcher.matches()) {
                continue;
            }
            pathKnown = true;
            if (entry.method().equals(request.method())) {
                List<String> parameters = new ArrayList<>(matcher.groupCount());
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    parameters.add(matcher.group(group));
                }
                return entry.route().handle(request, parameters);
            }
        }
        if (pathKnown) {
            throw ApiFailure.generic(ApiFailure.Generic.METHOD_NOT_ALLOWED, 405, "METODE_TIDAK_DIIZINKAN",
                    "Metode " + request.method() + " tidak diizinkan untuk " + request.path() + ".");
        }
        throw ApiFailure.generic(ApiFailure.Generic.UNKNOWN_PATH, 404, "LAYANAN_TIDAK_DITEMUKAN",
                "Layanan " + request.path() + " tidak ditemukan.");
    }
}
