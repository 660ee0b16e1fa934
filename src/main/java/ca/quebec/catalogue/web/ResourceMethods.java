package ca.quebec.catalogue.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods each path of the API answers, read from the resources'
 * annotations: for the Allow header of a 405 and of an OPTIONS answer, which
 * must list the methods that really exist (the REST layer's default lists them all).
 */
@ApplicationScoped
public class ResourceMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Route(String template, Pattern pattern, Set<String> methods) {

        /** The template as metrics name it: parameters without their regular expressions. */
        String plain() {
            return PARAMETER.matcher(template).replaceAll(m -> "{" + m.group().substring(1).split("[:}]")[0].trim() + "}");
        }

        int literals() {
            return PARAMETER.matcher(template).replaceAll("").length();
        }
    }

    private final List<Route> routes;

    ResourceMethods(BeanManager beans) {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                methods.computeIfAbsent(join(root.value(), sub == null ? "" : sub.value()), t -> new TreeSet<>()).add(verb);
            }
        }
        List<Route> all = new ArrayList<>();
        methods.forEach((template, verbs) -> {
            if (verbs.contains("GET")) {
                verbs.add("HEAD");
            }
            verbs.add("OPTIONS");
            all.add(new Route(template, compile(template), Set.copyOf(verbs)));
        });
        this.routes = List.copyOf(all);
    }

    /**
     * The methods the path answers, or empty when no resource has that path. Every
     * template that matches counts: a method the most literal one lacks is served by
     * the next ({@code GET /solutions/import} is {@code GET /solutions/{id}}).
     */
    public Optional<Set<String>> allowed(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> allowed = new TreeSet<>();
        routes.stream().filter(r -> r.pattern().matcher(trimmed).matches()).forEach(r -> allowed.addAll(r.methods()));
        return allowed.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(allowed));
    }

    /**
     * The template a path matches, the most literal first ({@code /api/v1/solutions/import} before
     * {@code /api/v1/solutions/{id}}), with plain parameters: how HTTP metrics name a request that no
     * resource method serves (an OPTIONS answer, a CORS preflight). Empty when no resource has that path.
     */
    public Optional<String> template(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream().filter(r -> r.pattern().matcher(trimmed).matches())
                .max(java.util.Comparator.comparingInt(Route::literals)).map(Route::plain);
    }

    /** Every path template, with its methods: the contract lists an OPTIONS for each. */
    public Map<String, Set<String>> templates() {
        Map<String, Set<String>> all = new java.util.TreeMap<>();
        routes.forEach(r -> all.put(r.template(), r.methods()));
        return all;
    }

    /** The Allow header's value. */
    public static String header(Set<String> methods) {
        return String.join(", ", new TreeSet<>(methods));
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
