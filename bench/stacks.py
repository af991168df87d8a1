"""The hot spots of a py-spy recording (collapsed stacks, ``py-spy record -f raw``) as text: the share
of samples each of our functions is on the stack for (inclusive), and the leaf frames that take the
most samples (self), library frames included.

    python -m bench.stacks FILE [--top 25]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

OURS = re.compile(r"\((?:api|notifications)/")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    inclusive: Counter[str] = Counter()
    leaves: Counter[str] = Counter()
    total = 0
    for line in args.file.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        leaves[frames[-1]] += n
        for frame in set(frames):
            if OURS.search(frame):
                inclusive[frame] += n
    print(f"{total} samples")
    print("\nour functions, share of samples on the stack (inclusive):")
    for frame, n in inclusive.most_common(args.top):
        print(f"  {n / total:6.1%}  {frame}")
    print("\nleaf frames (self):")
    for frame, n in leaves.most_common(args.top):
        print(f"  {n / total:6.1%}  {frame}")


if __name__ == "__main__":
    main()
