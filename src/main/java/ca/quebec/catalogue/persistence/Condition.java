package ca.quebec.catalogue.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * A piece of a JPQL where clause with its named parameters, so that rules
 * written elsewhere (who may see which records) compose into a query without
 * string surgery. Parameter names must not clash: prefix them with the alias.
 */
public record Condition(String jpql, Map<String, Object> parameters) {

    public static final Condition ALWAYS = new Condition("1 = 1", Map.of());

    /** Parenthesized, so that a condition keeps its meaning wherever it is spliced ("a and " + b.jpql()). */
    public Condition {
        jpql = "(" + jpql + ")";
        parameters = Map.copyOf(parameters);
    }

    public static Condition of(String jpql) {
        return new Condition(jpql, Map.of());
    }

    public static Condition of(String jpql, String name, Object value) {
        return new Condition(jpql, Map.of(name, value));
    }

    public Condition and(Condition other) {
        if (this == ALWAYS) {
            return other;
        }
        if (other == ALWAYS) {
            return this;
        }
        Map<String, Object> both = new HashMap<>(parameters);
        both.putAll(other.parameters);
        return new Condition(jpql + " and " + other.jpql, both);
    }

    public static Condition all(List<Condition> conditions) {
        Condition result = ALWAYS;
        for (Condition c : conditions) {
            result = result.and(c);
        }
        return result;
    }

    public static Condition any(List<Condition> conditions) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (Condition c : conditions) {
            parts.add(c.jpql);
            parameters.putAll(c.parameters);
        }
        return parts.isEmpty() ? of("1 = 0") : new Condition(String.join(" or ", parts), parameters);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
