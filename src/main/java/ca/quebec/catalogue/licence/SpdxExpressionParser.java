package ca.quebec.catalogue.licence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses SPDX licence expressions (SPDX specification, annex D): licence ids
 * with an optional {@code +}, {@code LicenseRef-} and {@code DocumentRef-…:LicenseRef-}
 * references, {@code WITH} exceptions, {@code AND}, {@code OR} and parentheses,
 * with {@code WITH} binding tighter than {@code AND}, and {@code AND} tighter than {@code OR}.
 * Ids are matched without regard to case, as the specification asks; operators must be
 * written in capitals.
 *
 * <p>Written here rather than taken from the SPDX Java library, which brings a large
 * dependency tree and network look-ups for a grammar of a few rules.
 */
final class SpdxExpressionParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.\\-]+");
    private static final Pattern REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+");
    /** The longest expression accepted, as sent and as stored (the licence column's size). */
    static final int MAX_LENGTH = 500;

    /** Why an expression was refused: a message code and the offending token. */
    record Failure(String code, String token) {
    }

    static final class InvalidExpression extends Exception {
        final transient Failure failure;

        InvalidExpression(String code, String token) {
            super(code, null, false, false);
            this.failure = new Failure(code, token);
        }
    }

    /** A node's flags and how it is written (the caller's parentheses are kept as written). */
    private record Node(String text, Boolean osi, Boolean fsf) {
    }

    private final Function<String, SpdxLicence> licences;
    private final Function<String, SpdxLicence> exceptions;
    private final List<String> tokens;
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> deprecated = new LinkedHashSet<>();
    private int position;

    private SpdxExpressionParser(String expression, Function<String, SpdxLicence> licences,
            Function<String, SpdxLicence> exceptions) throws InvalidExpression {
        this.licences = licences;
        this.exceptions = exceptions;
        this.tokens = tokenize(expression);
    }

    record Result(LicenceExpression expression, Set<String> deprecatedIds) {
    }

    static Result parse(String expression, Function<String, SpdxLicence> licences, Function<String, SpdxLicence> exceptions)
            throws InvalidExpression {
        if (expression == null || expression.isBlank()) {
            throw new InvalidExpression("licence-empty", "");
        }
        if (expression.length() > MAX_LENGTH) {
            throw new InvalidExpression("licence-too-long", String.valueOf(MAX_LENGTH));
        }
        SpdxExpressionParser parser = new SpdxExpressionParser(expression, licences, exceptions);
        Node root = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw new InvalidExpression("licence-syntax", parser.tokens.get(parser.position));
        }
        return new Result(new LicenceExpression(root.text(), Set.copyOf(parser.ids), root.osi(), root.fsf()),
                Set.copyOf(parser.deprecated));
    }

    private static List<String> tokenize(String expression) throws InvalidExpression {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else if (c < 0x20 || c > 0x7e) {
                throw new InvalidExpression("licence-character", String.valueOf(c));
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private Node or() throws InvalidExpression {
        Node left = and();
        while (accept("OR")) {
            Node right = and();
            left = new Node(left.text() + " OR " + right.text(), anyTrue(left.osi(), right.osi()), anyTrue(left.fsf(), right.fsf()));
        }
        return left;
    }

    private Node and() throws InvalidExpression {
        Node left = term();
        while (accept("AND")) {
            Node right = term();
            left = new Node(left.text() + " AND " + right.text(), allTrue(left.osi(), right.osi()), allTrue(left.fsf(), right.fsf()));
        }
        return left;
    }

    private Node term() throws InvalidExpression {
        if (accept("(")) {
            Node inner = or();
            if (!accept(")")) {
                throw new InvalidExpression("licence-unbalanced", position < tokens.size() ? tokens.get(position) : "");
            }
            return new Node("(" + inner.text() + ")", inner.osi(), inner.fsf());
        }
        Node simple = simple();
        if (accept("WITH")) {
            String token = next("licence-missing-exception");
            SpdxLicence exception = exceptions.apply(token);
            if (exception == null) {
                throw new InvalidExpression("licence-unknown-exception", token);
            }
            if (exception.deprecated()) {
                deprecated.add(exception.id());
            }
            return new Node(simple.text() + " WITH " + exception.id(), simple.osi(), simple.fsf());
        }
        return simple;
    }

    private Node simple() throws InvalidExpression {
        String token = next("licence-missing-id");
        if (isOperator(token) || token.equals("(") || token.equals(")")) {
            throw new InvalidExpression("licence-syntax", token);
        }
        if (isOperator(token.toUpperCase(java.util.Locale.ROOT)) && !isOperator(token)) {
            throw new InvalidExpression("licence-operator-case", token);
        }
        if (REF.matcher(token).matches()) {
            return new Node(token, null, null);
        }
        boolean orLater = token.endsWith("+");
        String id = orLater ? token.substring(0, token.length() - 1) : token;
        if (!ID.matcher(id).matches()) {
            throw new InvalidExpression("licence-syntax", token);
        }
        SpdxLicence licence = licences.apply(id);
        if (licence == null) {
            if (exceptions.apply(id) != null) {
                throw new InvalidExpression("licence-exception-without-with", token);
            }
            throw new InvalidExpression("licence-unknown-id", token);
        }
        ids.add(licence.id());
        if (licence.deprecated()) {
            deprecated.add(licence.id());
        }
        return new Node(licence.id() + (orLater ? "+" : ""), licence.osiApproved(), licence.fsfLibre());
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private String next(String codeIfMissing) throws InvalidExpression {
        if (position >= tokens.size()) {
            throw new InvalidExpression(codeIfMissing, "");
        }
        return tokens.get(position++);
    }

    private static boolean isOperator(String token) {
        return token.equals("AND") || token.equals("OR") || token.equals("WITH");
    }

    private static Boolean anyTrue(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    private static Boolean allTrue(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }
}
