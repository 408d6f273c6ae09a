#!/usr/bin/env python3
"""Attributes the execution samples of a startup recording to the bean being built, or to a library.

Usage: jfr print --stack-depth 256 --events jdk.ExecutionSample x.jfr | scripts/jfr-startup.py
For each sample, the innermost Micronaut bean definition frame ($...Definition) names the bean being
built; samples outside any bean build are attributed to the leaf frame's library (first 3 package parts).
"""
import re
import sys
from collections import Counter

samples, current = [], []
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        if current:
            samples.append(current)
        current = []
    m = re.match(r"\s+([\w$.<>/]+)\(", line)
    if m and "line:" in line:
        current.append(m.group(1))
if current:
    samples.append(current)
counts = Counter()
for frames in samples:
    label = None
    for f in frames:  # leaf first
        m = re.search(r"\$([\w$]+?)\$?Definition(\$\w+)?\.(build|instantiate|inject|initialize|doInstantiate)", f)
        if m:
            cls = f.rsplit(".", 2)[0]
            label = "bean " + cls.replace("$Definition", "").replace("$", "")
            break
    if label is None:
        parts = frames[0].split(".")
        label = "outside beans: " + ".".join(parts[:3])
    counts[label] += 1
total = sum(counts.values())
print(f"{total} samples")
for name, n in counts.most_common(30):
    print(f"{100.0 * n / total:5.1f} %  {n:5d}  {name}")
