package ca.quebec.catalogue.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConditionTest {

    /**
     * A visibility rule is an "or"; spliced after "r.id = :id and", it must not
     * turn into "(r.id = :id and public) or own", which let a contributor with a
     * submission of its own read every hidden record through the change feed.
     */
    @Test
    void aConditionKeepsItsMeaningWhereverItIsSpliced() {
        Condition visible = Condition.any(List.of(Condition.of("r.status = 'published'"),
                Condition.of("r.submittedBy = :org", "org", "mtess")));
        assertEquals("r.id = :id and ((r.status = 'published') or (r.submittedBy = :org))", "r.id = :id and " + visible.jpql());
        assertEquals(Map.of("org", "mtess"), visible.parameters());
    }

    @Test
    void conjunctionsAndDisjunctionsNest() {
        Condition a = Condition.of("a = 1");
        Condition b = Condition.of("b = 2 or c = 3");
        assertEquals("((a = 1) and (b = 2 or c = 3))", a.and(b).jpql());
        assertEquals(a, Condition.ALWAYS.and(a));
        assertEquals("(1 = 0)", Condition.any(List.of()).jpql());
    }
}
