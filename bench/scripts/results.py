#!/usr/bin/env python3
"""Writes bench/RESULTS.md from the committed results: each benchmark's CSV (the rows of its last run)
and its run record (results/NAME.run: the tree measured, the command, the machine, the load).

Usage: bench/scripts/results.py [--check]
  --check  fails when RESULTS.md is not what the committed results give (nothing is written).

One short table per benchmark, each ratio computed here from the rows, never typed by hand. A benchmark
without its CSV or its run record is left out, named on stderr.
"""
import csv
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
RESULTS = BENCH / "results"


def rows(name):
    with open(RESULTS / f"{name}.csv", newline="") as f:
        return list(csv.DictReader(f))


def run_record(name):
    record = {}
    for line in (RESULTS / f"{name}.run").read_text().splitlines():
        key, _, value = line.partition(": ")
        record[key.strip()] = value.strip()
    return record


def num(value):
    return float(str(value).rstrip("ms").rstrip("s")) if value not in (None, "") else None


def fmt(value, digits=0):
    return f"{value:,.{digits}f}"


def verdict(ratio, target):
    """target is ('>=', 0.5) or ('<=', 2.0)."""
    op, bound = target
    met = ratio >= bound if op == ">=" else ratio <= bound
    return f"{'≥' if op == '>=' else '≤'} {bound:g}: {'met' if met else 'missed'}"


def paired(data, key, baseline, candidate, value, group):
    """Sums `value` over the baseline's and the candidate's rows of each group (runs alternate
    baseline, candidate, candidate, baseline); returns [(group, [baseline values], [candidate values])]."""
    groups = []
    for row in data:
        g = tuple(row[k] for k in group)
        if g not in groups:
            groups.append(g)
    out = []
    for g in groups:
        mine = [r for r in data if tuple(r[k] for k in group) == g]
        b = [num(r[value]) for r in mine if r[key] == baseline]
        c = [num(r[value]) for r in mine if r[key] == candidate]
        if b and c:
            out.append((g, b, c))
    return out


def plus(values):
    return " + ".join(fmt(v) for v in values)


def tasks():
    header = ["page", "connections", "baseline, req/s", "application, req/s", "ratio", "target"]
    out = []
    data = rows("tasks")
    pages = sorted({r["endpoint"].split("-page")[1] for r in data}, key=int)
    for page in pages:
        for g, b, c in paired(data, "endpoint", f"baseline-page{page}", f"app-page{page}", "req_per_s", ["connections"]):
            ratio = sum(c) / sum(b)
            out.append([page, g[0], plus(b), plus(c), f"**{ratio:.2f}**", verdict(ratio, (">=", 0.5))])
    return header, out


def dispute_page():
    header = ["connections", "JSON, req/s", "page, req/s", "ratio", "target"]
    out = []
    for g, b, c in paired(rows("dispute-page"), "endpoint", "json", "page", "req_per_s", ["connections"]):
        ratio = sum(c) / sum(b)
        out.append([g[0], plus(b), plus(c), f"**{ratio:.2f}**", verdict(ratio, (">=", 0.5))])
    return header, out


def reports():
    header = ["report", "bare SQL, ms", "use case, ms", "ratio", "target"]
    out = []
    for r in rows("reports"):
        ratio = num(r["use_case_ms_median"]) / num(r["bare_ms_median"])
        out.append([r["report"], r["bare_ms_median"], r["use_case_ms_median"], f"**{ratio:.2f}**",
                    verdict(ratio, ("<=", 2.0))])
    return header, out


def customer():
    targets = {"import": 0.3, "webhooks": 0.5}
    header = ["benchmark", "rows", "baseline, per s", "application, per s", "ratio", "target"]
    out = []
    for r in rows("customer"):
        ratio = num(r["app_per_s"]) / num(r["baseline_per_s"])
        out.append([r["benchmark"], fmt(num(r["rows"])), fmt(num(r["baseline_per_s"])), fmt(num(r["app_per_s"])),
                    f"**{ratio:.2f}**", verdict(ratio, (">=", targets[r["benchmark"]]))])
    return header, out


def rounds_table(data, value, unit, target, extra=None):
    """Two-commit benchmarks: one row per round, then the means' ratio."""
    header = ["round", "baseline", "candidate", "ratio"] + ([h for h, _ in extra] if extra else [])
    out = []
    b_all, c_all = [], []
    for rnd in sorted({r["round"] for r in data}, key=int):
        b = [r for r in data if r["round"] == rnd and r["jar"] == "baseline"][0]
        c = [r for r in data if r["round"] == rnd and r["jar"] == "candidate"][0]
        bv, cv = num(b[value]), num(c[value])
        b_all.append(bv)
        c_all.append(cv)
        out.append([rnd, f"{fmt(bv)} {unit}", f"{fmt(cv)} {unit}", f"{cv / bv:.2f}"]
                   + ([f(b, c) for _, f in extra] if extra else []))
    bm, cm = statistics.mean(b_all), statistics.mean(c_all)
    out.append(["mean", f"{fmt(bm)} {unit}", f"{fmt(cm)} {unit}",
                f"**{cm / bm:.2f}** ({verdict(cm / bm, target)})"] + ([""] * len(extra) if extra else []))
    return header, out


def payments():
    return rounds_table(rows("payments-two-commits"), "req_per_s", "req/s", (">=", 0.95),
                        [("p99 baseline, ms", lambda b, c: b["p99_ms"]), ("p99 candidate, ms", lambda b, c: c["p99_ms"])])


def grouped_escalation():
    return rounds_table(rows("grouped-escalation"), "claims_per_s", "claims/s", (">=", 0.8))


def dispatch():
    header = ["round", "baseline, letters/s", "candidate, letters/s", "ratio"]
    data = rows("dispatch")
    out = [[r["round"], r["baseline_letters_per_s"], r["candidate_letters_per_s"], r["ratio"]] for r in data]
    b = statistics.mean(num(r["baseline_letters_per_s"]) for r in data)
    c = statistics.mean(num(r["candidate_letters_per_s"]) for r in data)
    out.append(["mean", f"{b:.1f}", f"{c:.1f}", f"**{c / b:.2f}** ({verdict(c / b, ('>=', 0.8))})"])
    return header, out


def evidence():
    header = ["benchmark", "measured", "baseline, same run", "ratio", "target"]
    chain = rows("evidence-chain")[0]
    pack = rows("evidence-pack")[0]
    mb = num(chain["bytes"]) / 1e6
    chain_ratio = num(chain["sha256sum_ms"]) / num(chain["verify_ms"])
    decode_ratio = num(chain["sha256sum_ms"]) / num(chain["decode_and_verify_ms"])
    pack_ratio = num(pack["pack_ms"]) / num(pack["timeline_ms"])
    fresh_ratio = num(pack["fresh_pack_ms"]) / num(pack["fresh_timeline_ms"])
    out = [
        [f"chain of {fmt(num(chain['entries']))} entries ({mb:.2f} MB) verified from its stored lines",
         f"{chain['verify_ms']} ms", f"`sha256sum` of the same file: {chain['sha256sum_ms']} ms",
         f"**{chain_ratio:.2f}**", verdict(chain_ratio, (">=", 0.5))],
        ["the same, decoding every entry first", f"{chain['decode_and_verify_ms']} ms",
         f"{chain['sha256sum_ms']} ms", f"{decode_ratio:.2f}", "(for comparison)"],
        [f"hand-over pack, {pack['entries']} entries and {pack['letters']} letters, asked again",
         f"{pack['pack_ms']} ms", f"its timeline: {pack['timeline_ms']} ms", f"**{pack_ratio:.2f} ×**",
         verdict(pack_ratio, ("<=", 3.0))],
        [f"the first pack after a new entry ({pack['fresh_rounds']} rounds)", f"{pack['fresh_pack_ms']} ms",
         f"its timeline: {pack['fresh_timeline_ms']} ms", f"**{fresh_ratio:.2f} ×**", verdict(fresh_ratio, ("<=", 3.0))],
    ]
    return header, out


def http():
    header = ["endpoint", "connections", "req/s", "ratio to bare", "p99, ms", "target", "resident, MB"]
    data = rows("http")
    targets = {"app-read": ("baseline-read", (">=", 0.7), 10), "app-payment": ("baseline-insert", (">=", 0.5), 15),
               "app-payment-key": ("baseline-insert", (">=", 0.4), 15)}
    out = []
    for r in data:
        rss = f"{num(r['rss_max_kb']) / 1024:.0f}"
        if r["endpoint"] in targets:
            base_name, target, p99_bound = targets[r["endpoint"]]
            base = [b for b in data if b["endpoint"] == base_name and b["connections"] == r["connections"]][0]
            ratio = num(r["req_per_s"]) / num(base["req_per_s"])
            p99_met = num(r["p99_ms"]) < p99_bound
            rss_met = num(r["rss_max_kb"]) / 1024 <= 400
            out.append([r["endpoint"], r["connections"], fmt(num(r["req_per_s"])), f"**{ratio:.2f}**", r["p99_ms"],
                        f"{verdict(ratio, target)}; p99 < {p99_bound} ms: {'met' if p99_met else 'missed'};"
                        f" resident ≤ 400 MB: {'met' if rss_met else 'missed'}", rss])
        else:
            out.append([r["endpoint"], r["connections"], fmt(num(r["req_per_s"])), "", r["p99_ms"], "", rss])
    return header, out


def escalation():
    header = ["database", "due", "plain JDBC, rows/s", "application, rows/s", "ratio", "target"]
    out = []
    for g, b, c in paired(rows("escalation"), "impl", "jdbc", "app", "rows_per_s", ["db", "due"]):
        ratio = sum(c) / sum(b)
        out.append([{"h2": "H2", "pg": "PostgreSQL"}.get(g[0], g[0]), fmt(num(g[1])), plus(b), plus(c),
                    f"**{ratio:.2f}**", verdict(ratio, (">=", 0.5))])
    return header, out


def startup_table(name, app, bare):
    data = rows(name)
    if not any(r["jar"] == app for r in data):
        return None
    med = {j: statistics.median(num(r["startup_ms"]) for r in data if r["jar"] == j) for j in (app, bare)}
    rss = {j: max(num(r["rss_kb_after_start"]) for r in data if r["jar"] == j) / 1024 for j in (app, bare)}
    ratio = med[app] / med[bare]
    runs = len([r for r in data if r["jar"] == app])
    header = ["runs", "bare application, ms", "application, ms", "ratio", "target", "resident after start, MB"]
    return header, [[str(runs), fmt(med[bare]), fmt(med[app]), f"**{ratio:.2f} ×**", verdict(ratio, ("<=", 1.3)),
                     f"{rss[app]:.0f} (bare {rss[bare]:.0f})"]]


BENCHMARKS = [
    ("http", "HTTP: a dispute read and a payment", http,
     "wrk against the running jar (`-Xmx256m`, H2 file): `GET /disputes/{id}` against a bare read by id, "
     "`POST /disputes/{id}/payments` (with and without an Idempotency-Key) against a bare transactional insert."),
    ("escalation", "Escalation among 1,000,000 disputes", escalation,
     "One `RunEscalationUseCase` run against a plain JDBC program reading the same dispute rows with their "
     "snapshots and writing in batches the same dispute rows (with a snapshot of the same size), timeline entries "
     "(with their personal values) and queued letters, each in its own JVM on a fresh copy of the seeded database, "
     "after a warm-up of 10,000 due disputes; "
     "PostgreSQL with fsync and synchronous_commit on. The seed holds every dispute's read models (open tasks, "
     "report row, balance movements) as a running system does; the application keeps them up to date and the "
     "program does not: the ratio charges that work to the application."),
    ("startup", "Startup", lambda: startup_table("startup", "app", "bare"),
     "\"Startup completed in\", median of the runs: the application against a bare Micronaut application "
     "with Hikari, H2 and Flyway."),
    ("startup-restart", "Startup on its own database (a restart)",
     lambda: startup_table("startup", "app-restart", "bare-restart"),
     "The same runs, each jar started again in the folder of its first start: the database is there and "
     "its migrations applied, as when a server restarts."),
    ("startup-cds", "Startup with AppCDS (not shipped)", lambda: startup_table("startup-cds", "app-cds", "bare-cds"),
     "The same, both jars with a class-data-sharing archive."),
    ("tasks", "Task list", tasks,
     "`GET /tasks?assignee=manager-0` (50,000 open tasks among 1,000,000 disputes) against `GET /baseline/tasks`, "
     "the same indexed SELECT with its rows straight to JSON; runs alternate baseline, app, app, baseline."),
    ("dispute-page", "Dispute page", dispute_page,
     "The back-office page of one dispute (manager's session) against the same dispute as JSON "
     "(`GET /disputes/{id}` with a token); runs alternate JSON, page, page, JSON."),
    ("reports", "Reports over 1,000,000 disputes", reports,
     "Each report through `ViewReportsUseCase` against a bare SQL aggregate of the same figures (embedded "
     "PostgreSQL); medians of alternating rounds."),
    ("customer", "Bulk import and webhooks", customer,
     "A CSV of claims through `POST /imports/unpaid-claims` against plain JDBC batches of the same rows; "
     "`claim.opened` messages delivered by the dispatcher against a bare HttpClient posting the same bodies."),
    ("payments-two-commits", "Payment, two commits", payments,
     "`POST /disputes/{id}/payments` at 16 connections, candidate against baseline commit, rounds alternating."),
    ("grouped-escalation", "Escalation with letters grouped per customer, two commits", grouped_escalation,
     "One escalation run over 100,000 due claims of 20,000 customers, candidate against baseline commit."),
    ("dispatch", "Letter dispatch", dispatch,
     "Letters per second from the outbox to an SMTP sink (aiosmtpd) through `POST /letters/dispatch`, "
     "candidate against baseline, rounds alternating."),
    ("evidence", "Evidence", evidence,
     "Chain verification against `sha256sum` of the same bytes; the hand-over pack against the timeline "
     "through the API."),
]


def table(header, body):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in body]
    return "\n".join(lines)


def render():
    parts = ["# Benchmark results", "",
             "The current figures only, written by `bench/scripts/results.py` from `results/*.csv` (the rows of each "
             "benchmark's last run) and `results/*.run` (what it measured, how, where); history is in git. Each "
             "ratio is against a baseline measured in the same run.", ""]
    for name, title, summarize, about in BENCHMARKS:
        record_name = {"startup-restart": "startup"}.get(name, name)
        csv_name = {"evidence": "evidence-chain", "startup-restart": "startup"}.get(name, name)
        if not (RESULTS / f"{record_name}.run").exists() or not (RESULTS / f"{csv_name}.csv").exists():
            print(f"left out: {name} (no results/{record_name}.run or results/{csv_name}.csv)", file=sys.stderr)
            continue
        record = run_record(record_name)
        summary = summarize()
        if summary is None:
            print(f"left out: {name} (no such rows in results/{csv_name}.csv)", file=sys.stderr)
            continue
        header, body = summary
        load = record.get("load_before", "?")
        if record.get("load_after"):
            load += f" to {record['load_after']}"
        parts += [f"## {title}", "",
                  f"Tree measured: {record['commit']}, on {record.get('date', '')}. Command: `{record['command']}`. "
                  f"Machine: {record.get('machine', '')}; load average {load}.", "", about, "",
                  table(header, body), ""]
        if record.get("note"):
            parts += [record["note"], ""]
    return "\n".join(parts)


def main():
    text = render()
    target = BENCH / "RESULTS.md"
    if "--check" in sys.argv:
        if target.read_text() != text:
            print("bench/RESULTS.md differs from what bench/scripts/results.py writes", file=sys.stderr)
            sys.exit(1)
        return
    target.write_text(text)


if __name__ == "__main__":
    main()
