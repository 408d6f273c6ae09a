#!/usr/bin/env python3
"""Breaks down the execution samples of a JFR recording by what the thread was doing.

Usage: jfr print --stack-depth 256 --events jdk.ExecutionSample x.jfr | scripts/jfr-breakdown.py [thread-substring]
Each sample is classified by phase (which repository call or loop) and layer (database, JSON, hashing,
transactions, domain), the first rule of each list that matches any of its frames;
record with -XX:FlightRecorderOptions:stackdepth=256 so that stacks are not truncated.
"""
import re
import sys
from collections import Counter

PHASES = [
    ("seeding (warm-up data)", ["org.amicable.bench.Seed."]),
    ("startup", ["io.micronaut.context.DefaultApplicationContext.start", "flyway"]),
    ("findDue", ["JdbcDisputeRepository.findDue", "JdbcDisputeRepository.lambda$findDue"]),
    ("findAll (chunk read)", ["JdbcDisputeRepository.findAll", "JdbcDisputeRepository.lambda$findAll"]),
    ("find", ["JdbcDisputeRepository.find(", "JdbcDisputeRepository.lambda$find$"]),
    ("save", ["JdbcDisputeRepository.save", "JdbcDisputeRepository.lambda$save"]),
    ("escalate", [".escalate("]),
    ("plain JDBC", ["PlainJdbcEscalation.run"]),
]
LAYERS = [
    ("database (H2 engine / PG driver)", ["org.h2.", "org.postgresql."]),
    ("JSON (Jackson)", ["com.fasterxml.jackson"]),
    ("hash chain (Canonical, SHA-256)", ["Canonical.", "Timeline.hash", "SHA2"]),
    ("transactions/connections (Micronaut, Hikari)", ["io.micronaut.transaction", "io.micronaut.data.connection",
                                                     "com.zaxxer.hikari"]),
    ("timeline cache", ["TimelineCache."]),
    ("domain", ["org.amicable.dispute.domain"]),
]
HTTP_PHASES = [
    ("find (load + replay)", ["JdbcDisputeRepository.find(", "JdbcDisputeRepository.lambda$find$"]),
    ("outbox", ["JdbcLetterOutbox"]),
    ("save", ["JdbcDisputeRepository.save", "JdbcDisputeRepository.lambda$save"]),
    ("use case (domain)", ["Dispute.record", "UnpaidClaim.recordPayment"]),
    ("view (balance, deadlines)", ["Disputes.view"]),
    ("response (Mapping + JSON)", ["adapter.web.Mapping", "io.micronaut.serde", "io.micronaut.json"]),
    ("transaction around the use case", ["DomainFactory.lambda$transactional"]),
    ("baseline controller", ["BaselineController"]),
    ("bearer token check", ["ConfiguredTokenValidator"]),
    ("HTTP (Netty, routing)", ["io.netty", "io.micronaut.http"]),
]
PAGE_PHASES = [
    ("find (load + replay)", ["JdbcDisputeRepository.find(", "JdbcDisputeRepository.lambda$find$"]),
    ("view (balance, deadlines)", ["Disputes.view"]),
    ("page model (tasks, letters, chronology)", ["OfficeDisputeModel."]),
    ("rendering (Thymeleaf)", ["org.thymeleaf.", "ognl."]),
    ("session and form token", ["SessionCookie", "FormTokens", "io.micronaut.security"]),
    ("HTTP (Netty, routing)", ["io.netty", "io.micronaut.http"]),
]
PAGE_LAYERS = [
    ("OGNL expressions", ["ognl."]),
    ("Thymeleaf expressions (Spring-less standard dialect)", ["org.thymeleaf.standard.expression"]),
    ("output writing (encoder, buffer)", ["org.thymeleaf.engine.TemplateHandlerAdapterMarkupHandler",
                                          "java.io.BufferedWriter", "sun.nio.cs", "io.micronaut.http.server.netty"]),
    ("template engine", ["org.thymeleaf."]),
] + LAYERS
HTTP = len(sys.argv) > 1 and sys.argv[1] in ("http", "page")
if HTTP:
    PHASES = HTTP_PHASES if sys.argv[1] == "http" else PAGE_PHASES
    LAYERS = LAYERS if sys.argv[1] == "http" else PAGE_LAYERS
    sys.argv = sys.argv[:1]

want = sys.argv[1] if len(sys.argv) > 1 else None
samples, current, thread = [], [], None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        if current:
            samples.append((thread, current))
        current, thread = [], None
    m = re.search(r'sampledThread = "([^"]*)"', line)
    if m:
        thread = m.group(1)
    m = re.match(r"\s+([\w$.<>/]+)\(", line)
    if m and "line:" in line:
        current.append(m.group(1) + "(")
if current:
    samples.append((thread, current))
counts = Counter()
for thread, frames in samples:
    if want and (thread is None or want not in thread):
        continue
    text = "\n".join(frames)
    phase = next((name for name, needles in PHASES if any(n in text for n in needles)), "other")
    layer = next((name for name, needles in LAYERS if any(n in text for n in needles)), "other: " + frames[0])
    counts[phase + " / " + layer] += 1
total = sum(counts.values())
print(f"{total} samples")
phases = Counter()
for name, n in counts.items():
    phases[name.split(" / ")[0]] += n
print("by phase: " + ", ".join(f"{p} {100.0 * n / total:.0f} %" for p, n in phases.most_common()))
for name, n in counts.most_common(25):
    print(f"{100.0 * n / total:5.1f} %  {n:6d}  {name}")
