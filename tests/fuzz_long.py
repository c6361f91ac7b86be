#!/usr/bin/env python3
"""The long fuzz run: ``python tests/fuzz_long.py --n 100000`` (not collected by pytest).

Parses random strings (any code point, lone surrogates, controls, news words), mutated
slices of the corpus articles and whole mutated articles (tests/mutations.py), and checks
every result with `check_article`: no exception, evidence spans inside the text and their
sentence, strict JSON, `from_dict(to_dict())` round trip. A runaway input is stopped by
parse_article's own time limit (``--timeout`` seconds) and counted as a failure.

Input i is made from ``random.Random(f"{seed}:{i}")`` alone, so a failure is replayed with
``--seed S --start i --n 1``; failing inputs are written as JSON lines to ``--failures``.
Prints the count, failures and elapsed time; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from mutations import article_slice, check_article, mutate, random_text  # noqa: E402

from diplomacy_facts import parse_article  # noqa: E402


def make_input(
    seed: int, i: int, texts: list[str], full_share: float, slice_share: float
) -> tuple[str, str, str | None]:
    """(kind, text, published) of input i: a random string, a mutated slice or a mutated article."""
    rng = random.Random(f"{seed}:{i}")
    published = rng.choice((None, "2023-11-03", "2024-02-29"))
    pick = rng.random()
    if pick < full_share:
        return "article", mutate(rng.choice(texts), rng), published
    if pick < full_share + slice_share:
        return "slice", mutate(article_slice(rng.choice(texts), rng), rng), published
    return "random", random_text(rng, rng.choice((40, 200, 800))), published


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Long fuzz run of parse_article.")
    ap.add_argument("--n", type=int, default=100_000, help="inputs to parse")
    ap.add_argument("--start", type=int, default=0, help="index of the first input")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--full-share", type=float, default=0.2, help="share of whole mutated articles")
    ap.add_argument("--slice-share", type=float, default=0.3, help="share of mutated article slices")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per input")
    ap.add_argument("--failures", type=Path, default=Path("fuzz_failures.jsonl"))
    ap.add_argument("--every", type=int, default=5000, help="progress line every N inputs")
    args = ap.parse_args(argv)
    corpus = HERE / "corpus"
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(corpus.glob("*/*.json"))]
    kinds: Counter[str] = Counter()
    facts = 0
    failures: list[dict[str, object]] = []
    slowest = (0.0, -1)
    began = time.perf_counter()
    for i in range(args.start, args.start + args.n):
        kind, text, published = make_input(args.seed, i, texts, args.full_share, args.slice_share)
        kinds[kind] += 1
        t0 = time.perf_counter()
        try:
            art = parse_article(text, published=published, timeout=args.timeout)
            check_article(text, art)
            facts += len(art.facts)
        except Exception as exc:  # every failure is recorded, none stops the run
            failures.append({"seed": args.seed, "index": i, "kind": kind, "error": f"{type(exc).__name__}: {exc}",
                             "trace": traceback.format_exc(limit=4), "published": published, "text": text})
            print(f"FAIL seed {args.seed} input {i} ({kind}): {type(exc).__name__}: {str(exc)[:200]}", flush=True)
        slowest = max(slowest, (time.perf_counter() - t0, i))
        done = i - args.start + 1
        if args.every and done % args.every == 0:
            elapsed = time.perf_counter() - began
            print(f"{done:,} inputs, {len(failures)} failures, {elapsed:,.0f} s ({done / elapsed:,.0f}/s)", flush=True)
    elapsed = time.perf_counter() - began
    if failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f) + "\n")
    mix = ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
    print(f"{args.n:,} inputs ({mix}), {facts:,} facts, {len(failures)} failures, {elapsed:,.1f} s elapsed; "
          f"slowest input {slowest[1]} took {slowest[0]:.2f} s")
    if failures:
        print(f"failing inputs written to {args.failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
