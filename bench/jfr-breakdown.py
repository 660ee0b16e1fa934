"""Reads `jfr print --json --events jdk.ExecutionSample` on stdin; prints where the samples
taken after a Unix time (argv[1]) went: each method of ours counted once per sample that has
it on the stack (inclusive), a few library areas the same way, and the leaf frames."""
import collections, datetime, json, sys

since = float(sys.argv[1]) if len(sys.argv) > 1 else 0
events = json.load(sys.stdin)["recording"]["events"]
ours = collections.Counter()
areas = collections.Counter()
leaves = collections.Counter()
AREAS = {
    "Lucene": "org.apache.lucene.", "Jackson": "com.fasterxml.jackson.", "Vert.x / Netty": ("io.vertx.", "io.netty."),
    "RESTEasy": "org.jboss.resteasy.", "Qute": "io.quarkus.qute.", "Hibernate / JDBC": ("org.hibernate.", "org.h2.", "io.agroal."),
    "regex": "java.util.regex.", "gzip": ("java.util.zip.", "io.netty.handler.codec.compression."),
}
n = 0
for e in events:
    v = e["values"]
    t = v["startTime"]
    when = datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp()
    if when < since:
        continue
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in v["stackTrace"]["frames"]]
    if not frames:
        continue
    n += 1
    leaves[frames[0]] += 1
    for m in set(f for f in frames if f.startswith("ca.quebec.catalogue.") and "$$Lambda" not in f):
        ours[m] += 1
    for area, prefix in AREAS.items():
        if any(f.startswith(prefix) for f in frames):
            areas[area] += 1
print(f"\n{n} CPU samples in the measured window")
print("\n== areas (a sample counts in each area on its stack)")
for a, c in areas.most_common():
    print(f"{100 * c / n:5.1f} %  {a}")
print("\n== methods of ours, inclusive")
for m, c in ours.most_common(40):
    print(f"{100 * c / n:5.1f} %  {m.removeprefix('ca.quebec.catalogue.')}")
print("\n== leaf frames")
for m, c in leaves.most_common(30):
    print(f"{100 * c / n:5.1f} %  {m}")
