package ca.quebec.catalogue.publiccode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns bytes into a {@link YamlNode} tree, refusing hostile input early and cheaply.
 *
 * <p>Why events rather than snakeyaml-engine's composer or loader: the tree is built here
 * one event at a time, so each limit is checked the moment it is crossed (the file size
 * before decoding, nesting depth at each collection, anchors and aliases as they appear,
 * and the size of the document as if every alias were expanded, counted without expanding
 * anything). An alias bomb or a deeply nested file is thus refused after reading a few of
 * its events, with memory proportional to what was read. Keys are checked the same way:
 * only string keys, no duplicates (YAML forbids them; a loader would silently keep one).
 *
 * <p>Scalars are resolved with the YAML 1.2 Core schema: {@code yes}, {@code no},
 * {@code on} and unquoted dates are strings; {@code 0.4} is a float.
 */
final class YamlReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PubliccodeLimits limits;
    private final ScalarResolver resolver = new CoreSchema().getScalarResolver();

    YamlReader(PubliccodeLimits limits) {
        this.limits = limits;
    }

    /** A document, or the reason there is none (exactly one of the two is set). */
    record Result(YamlNode.Mapping root, PubliccodeIssue error) {

        static Result refused(PubliccodeIssue error) {
            return new Result(null, error);
        }
    }

    /** Why reading stopped: carried out of the event loop, never out of this class. */
    private static final class Refusal extends Exception {
        final transient PubliccodeIssue issue;

        Refusal(PubliccodeIssue issue) {
            super(issue.code(), null, false, false);
            this.issue = issue;
        }
    }

    Result read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused(PubliccodeIssue.error("", 0, 0, "yaml-empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            return Result.refused(PubliccodeIssue.error("", 0, 0, "yaml-too-large", limits.maxBytes() / 1024));
        }
        int start = startsWith(bytes, BOM) ? BOM.length : 0;
        String text;
        try {
            text = decode(bytes, start);
        } catch (Refusal refusal) {
            return Result.refused(refusal.issue);
        }
        try {
            YamlNode root = new Builder().build(text);
            if (root == null) {
                return Result.refused(PubliccodeIssue.error("", 0, 0, "yaml-empty"));
            }
            if (!(root instanceof YamlNode.Mapping mapping)) {
                return Result.refused(PubliccodeIssue.error("", root.line(), root.column(), "yaml-root-not-mapping"));
            }
            return new Result(mapping, null);
        } catch (Refusal refusal) {
            return Result.refused(refusal.issue);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            return Result.refused(PubliccodeIssue.error("", mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "yaml-syntax", problem(e)));
        } catch (YamlEngineException e) {
            // The parser's own refusals without a place (e.g. an unsupported %YAML version).
            return Result.refused(PubliccodeIssue.error("", 0, 0, "yaml-syntax", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            // A fault inside the parser on some input we did not foresee: the promise is a
            // report, never an exception, so the file is refused as unreadable.
            return Result.refused(PubliccodeIssue.error("", 0, 0, "yaml-syntax", e.getClass().getSimpleName()));
        }
    }

    private static String problem(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        return problem == null || problem.isBlank() ? String.valueOf(e.getContext()) : problem.strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8: the standard requires it, and a replacement character would hide the damage. */
    private static String decode(byte[] bytes, int start) throws Refusal {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // The bytes before the bad one decode fine: count their code points for the column.
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            throw new Refusal(PubliccodeIssue.error("", line, before.codePointCount(0, before.length()) + 1,
                    "yaml-encoding", offset));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** An open collection while its events arrive. */
    private static final class Frame {
        final boolean mapping;
        final int line;
        final int column;
        final String anchor;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlNode.Entry> entries = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        YamlNode.Scalar pendingKey;

        Frame(boolean mapping, int line, int column, String anchor) {
            this.mapping = mapping;
            this.line = line;
            this.column = column;
            this.anchor = anchor;
        }
    }

    private final class Builder {
        private final Deque<Frame> open = new ArrayDeque<>();
        private final Map<String, YamlNode> anchored = new HashMap<>();
        /** The expanded size of each anchored node, so an alias can be counted without being walked. */
        private final Map<String, Long> anchoredSize = new HashMap<>();
        private final Set<String> openAnchors = new HashSet<>();
        /** The start of the expanded count when each open frame began, to size anchored collections. */
        private final Deque<Long> frameStarts = new ArrayDeque<>();
        private long expanded;
        private int anchors;
        private int aliases;
        private int documents;
        private YamlNode root;

        YamlNode build(String text) throws Refusal {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel("publiccode.yml")
                    .setSchema(new CoreSchema())
                    .setUseMarks(true)
                    .setParseComments(false)
                    .setCodePointLimit(limits.maxBytes())
                    // One buffer for the whole (already size-checked) text: snakeyaml-engine 2.10
                    // fails with an IndexOutOfBoundsException when a surrogate pair (an emoji)
                    // straddles the end of its default 1,024-character buffer.
                    .setBufferSize(text.length() + 2)
                    .build();
            for (Event event : new Parse(settings).parseString(text)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw refusal(event, "yaml-multiple-documents");
                        }
                    }
                    case MappingStart, SequenceStart -> start((CollectionStartEvent) event);
                    case MappingEnd, SequenceEnd -> end();
                    case Scalar -> scalar((ScalarEvent) event);
                    case Alias -> alias((AliasEvent) event);
                    default -> {
                        // Stream and document ends, comments: nothing to build.
                    }
                }
            }
            return root;
        }

        private void start(CollectionStartEvent event) throws Refusal {
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && !tag.get().equals("!")
                    && !tag.get().equals((mapping ? Tag.MAP : Tag.SEQ).getValue())) {
                throw refusal(event, "yaml-tag", tag.get());
            }
            if (open.size() + 1 > limits.maxDepth()) {
                throw refusal(event, "yaml-too-deep", limits.maxDepth());
            }
            String anchor = anchor(event);
            if (anchor != null) {
                openAnchors.add(anchor);
            }
            int[] at = position(event);
            open.push(new Frame(mapping, at[0], at[1], anchor));
            frameStarts.push(expanded);
            count(event, 1);
        }

        private void end() throws Refusal {
            Frame frame = open.pop();
            long size = expanded - frameStarts.pop();
            YamlNode node = frame.mapping
                    ? new YamlNode.Mapping(frame.entries, frame.line, frame.column)
                    : new YamlNode.Sequence(frame.items, frame.line, frame.column);
            if (frame.anchor != null) {
                openAnchors.remove(frame.anchor);
                anchored.put(frame.anchor, node);
                anchoredSize.put(frame.anchor, size);
            }
            add(node, null);
        }

        private void scalar(ScalarEvent event) throws Refusal {
            int[] at = position(event);
            YamlNode.Scalar scalar = new YamlNode.Scalar(event.getValue(), type(event), at[0], at[1]);
            String anchor = anchor(event);
            if (anchor != null) {
                anchored.put(anchor, scalar);
                anchoredSize.put(anchor, 1L);
            }
            count(event, 1);
            add(scalar, event);
        }

        private void alias(AliasEvent event) throws Refusal {
            if (++aliases > limits.maxAliases()) {
                throw refusal(event, "yaml-aliases", limits.maxAliases());
            }
            String name = event.getAlias().getValue();
            if (openAnchors.contains(name)) {
                throw refusal(event, "yaml-recursive", name);
            }
            YamlNode target = anchored.get(name);
            if (target == null) {
                throw refusal(event, "yaml-alias-undefined", name);
            }
            count(event, anchoredSize.get(name));
            add(target, event);
        }

        private String anchor(NodeEvent event) throws Refusal {
            Optional<Anchor> anchor = event.getAnchor();
            if (anchor.isEmpty()) {
                return null;
            }
            if (++anchors > limits.maxAliases()) {
                throw refusal(event, "yaml-aliases", limits.maxAliases());
            }
            return anchor.get().getValue();
        }

        private void count(Event event, long nodes) throws Refusal {
            expanded += nodes;
            if (expanded > limits.maxNodes()) {
                throw refusal(event, "yaml-too-many-nodes", limits.maxNodes());
            }
        }

        /** Places a finished node in its parent: as a key, as a key's value, or as a list item. */
        private void add(YamlNode node, Event event) throws Refusal {
            Frame parent = open.peek();
            if (parent == null) {
                root = node;
                return;
            }
            if (!parent.mapping) {
                parent.items.add(node);
                return;
            }
            if (parent.pendingKey == null) {
                if (!(node instanceof YamlNode.Scalar key) || key.type() != YamlNode.Type.STRING) {
                    throw new Refusal(PubliccodeIssue.error(path(), node.line(), node.column(), "yaml-key-not-string",
                            node instanceof YamlNode.Scalar scalar ? scalar.text() : "…"));
                }
                if (!parent.keys.add(key.text())) {
                    int[] at = event == null ? new int[] {key.line(), key.column()} : position(event);
                    throw new Refusal(PubliccodeIssue.error(child(path(), key.text()), at[0], at[1], "yaml-duplicate-key",
                            key.text()));
                }
                parent.pendingKey = event == null ? key
                        : new YamlNode.Scalar(key.text(), key.type(), position(event)[0], position(event)[1]);
                return;
            }
            YamlNode.Scalar key = parent.pendingKey;
            parent.entries.add(new YamlNode.Entry(key.text(), key.line(), key.column(), node));
            parent.pendingKey = null;
        }

        /**
         * Core-schema resolution for plain scalars; quoted and block scalars are strings.
         * Explicit tags are accepted only for the Core schema's own types: any other tag
         * asks for a type this format does not have.
         */
        private YamlNode.Type type(ScalarEvent event) throws Refusal {
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && !tag.get().equals("!")) {
                String value = tag.get();
                if (value.equals(Tag.STR.getValue())) {
                    return YamlNode.Type.STRING;
                }
                if (value.equals(Tag.INT.getValue())) {
                    return YamlNode.Type.INT;
                }
                if (value.equals(Tag.FLOAT.getValue())) {
                    return YamlNode.Type.FLOAT;
                }
                if (value.equals(Tag.BOOL.getValue())) {
                    return YamlNode.Type.BOOL;
                }
                if (value.equals(Tag.NULL.getValue())) {
                    return YamlNode.Type.NULL;
                }
                throw refusal(event, "yaml-tag", value);
            }
            if (!event.isPlain() || tag.isPresent()) {
                return YamlNode.Type.STRING;
            }
            Tag resolved = resolver.resolve(event.getValue(), true);
            if (resolved.equals(Tag.INT)) {
                return YamlNode.Type.INT;
            }
            if (resolved.equals(Tag.FLOAT)) {
                return YamlNode.Type.FLOAT;
            }
            if (resolved.equals(Tag.BOOL)) {
                return YamlNode.Type.BOOL;
            }
            if (resolved.equals(Tag.NULL)) {
                return YamlNode.Type.NULL;
            }
            return YamlNode.Type.STRING;
        }

        private int[] position(Event event) {
            return event.getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
        }

        private Refusal refusal(Event event, String code, Object... args) {
            int[] at = position(event);
            return new Refusal(PubliccodeIssue.error(path(), at[0], at[1], code, args));
        }

        /** The dotted path of the place being read: each open mapping's current key, each list's next index. */
        private String path() {
            String path = "";
            var frames = open.descendingIterator();
            while (frames.hasNext()) {
                Frame frame = frames.next();
                if (frame.mapping) {
                    if (frame.pendingKey != null) {
                        path = child(path, frame.pendingKey.text());
                    }
                } else {
                    path = path + "[" + frame.items.size() + "]";
                }
            }
            return path;
        }

        private static String child(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
