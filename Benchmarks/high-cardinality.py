#!/usr/bin/env python3
"""High-cardinality data for the sort measurements of docs/PERFORMANCE.md ("Sorting at real
cardinality"): every name distinct (科普活动3f9a…第123期), 20 % of participants empty.
Seeded: the same sizes always give the same bytes.

    python3 Benchmarks/high-cardinality.py [--out DIR] [--sizes 1000000,5000000]
"""
import argparse
import os
import random

PREFIXES = ['科普', '青少年', '全民', '科技', '创新']


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="Benchmarks/data")
    parser.add_argument("--sizes", default="1000000,5000000")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        rng = random.Random(7)
        path = os.path.join(args.out, f"hc-{size}.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("id,name,participants\n")
            for i in range(size):
                name = f"{rng.choice(PREFIXES)}活动{rng.getrandbits(40):012x}第{i}期"
                participants = "" if rng.random() < 0.2 else str(rng.randint(0, 5_000_000))
                f.write(f"{i},{name},{participants}\n")
        print(path)


if __name__ == "__main__":
    main()
