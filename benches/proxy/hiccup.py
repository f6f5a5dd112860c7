#!/usr/bin/env python3
"""Does the machine take a core away? Sleeps 0.5 ms in a loop for N seconds and counts how
often a sleep overran by more than 1 ms and 5 ms (the worst ten with their time). Run it pinned
beside the process under test: `taskset -c 1 python3 benches/proxy/hiccup.py 10`."""
import sys
import time

dur = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
t0 = time.perf_counter()
n = over1 = over5 = 0
worst = []
while time.perf_counter() - t0 < dur:
    a = time.perf_counter()
    time.sleep(0.0005)
    late = time.perf_counter() - a - 0.0005
    n += 1
    if late > 0.001:
        over1 += 1
    if late > 0.005:
        over5 += 1
        worst.append((round(a - t0, 3), round(late * 1000, 1)))
worst.sort(key=lambda w: -w[1])
print(f"sleeps {n}, late by > 1 ms: {over1}, by > 5 ms: {over5}, worst (s, ms late): {worst[:10]}")
