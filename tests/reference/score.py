#!/usr/bin/env python3
# Copy of the workplace's independent scorer (shared/eval/score.py), kept so the project
# can test that its own evaluator agrees with it without ../shared.
"""Score diplomacy_facts against annotated corpora (format: shared/corpus/SCHEMA.md).

usage: score.py [--json] [--show] CORPUS_DIR...   (run inside the project's checkout or venv)

It calls diplomacy_facts.parse_article(text, published=...) and reads the article's
to_dict() (keys of SCHEMA.md's gold). Prints per fact type precision / recall / F1 and,
on matched pairs, the accuracy of each attribute. Last line: 'overall F1 X.XXX'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

TYPES = ("closures", "openings", "mission_counts", "arms_transfers")


def qval(q):
    if not q:
        return None
    v = q.get("value")
    return None if v is None else round(float(v), 3)


def qbound(q):
    return (q or {}).get("bound")


def key(kind, f):
    if kind in ("closures", "openings"):
        return (f.get("sender"), f.get("host"), qval(f.get("count")))
    if kind == "mission_counts":
        return (f.get("sender"), f.get("kind"), qval(f.get("count")))
    return (f.get("supplier"), f.get("recipient"), f.get("category"))


def attrs_of(kind, f):
    if kind in ("closures", "openings"):
        return {"kind": f.get("kind"), "status": f.get("status"), "when": f.get("when"),
                "count_bound": qbound(f.get("count"))}
    if kind == "mission_counts":
        return {"count_bound": qbound(f.get("count"))}
    q = f.get("quantity")
    item = (f.get("item") or "").lower().split()
    return {"item": item[-1].rstrip("s") if item else None, "quantity": qval(q),  # head noun
            "bound": qbound(q), "unit": (q or {}).get("unit"), "since": f.get("since"),
            "when": f.get("when"), "status": f.get("status")}


def match(kind, gold, pred):
    """Greedy one-to-one matching on the key, preferring pairs that agree on more attributes."""
    pairs, used = [], set()
    for g in gold:
        best, best_score = None, -1
        for i, p in enumerate(pred):
            if i in used or key(kind, p) != key(kind, g):
                continue
            ga, pa = attrs_of(kind, g), attrs_of(kind, p)
            score = sum(ga[a] == pa.get(a) for a in ga)
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def norm_date(v):
    if v is None:
        return None
    if isinstance(v, dict):  # a period: take its ISO text or start
        v = v.get("iso") or v.get("text") or v.get("start")
    return str(v)


def normalise(kind, f):
    f = dict(f)
    for k in ("when", "since", "as_of"):
        if k in f:
            f[k] = norm_date(f[k])
    for k in ("sender", "host", "supplier", "recipient"):
        v = f.get(k)
        if isinstance(v, dict):  # a place object: take its code
            f[k] = v.get("code")
    return f


def score(dirs, show=False):
    sys.path.insert(0, str(Path.cwd()))  # the project's checkout, when not installed
    import diplomacy_facts as dfx

    tally = {t: {"tp": 0, "gold": 0, "pred": 0, "attr": {}} for t in TYPES}
    misses = []
    for d in dirs:
        paths = sorted(Path(d).glob("*.json"))
        if not paths:
            sys.exit(f"score.py: no *.json articles in {d}")
        for path in paths:
            doc = json.loads(path.read_text())
            art = dfx.parse_article(doc["text"], published=doc.get("published"))
            out = art.to_dict()
            for t in TYPES:
                gold = doc["gold"].get(t) or []
                pred = [normalise(t, f) for f in (out.get(t) or [])]
                pairs = match(t, gold, pred)
                s = tally[t]
                s["tp"] += len(pairs)
                s["gold"] += len(gold)
                s["pred"] += len(pred)
                for g, p in pairs:
                    ga, pa = attrs_of(t, g), attrs_of(t, p)
                    for a in ga:
                        ok, n = s["attr"].get(a, (0, 0))
                        s["attr"][a] = (ok + (ga[a] == pa.get(a)), n + 1)
                if show:
                    gk = [key(t, g) for g in gold]
                    pk = [key(t, p) for p in pred]
                    for k in gk:
                        if k not in pk:
                            misses.append(f"{path.name} {t} missed {k}")
                    for k in pk:
                        if k not in gk:
                            misses.append(f"{path.name} {t} spurious {k}")
    return tally, misses


def f1(tp, gold, pred):
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    as_json = "--json" in argv
    show = "--show" in argv
    dirs = [a for a in argv if not a.startswith("--")]
    tally, misses = score(dirs, show)
    report = {}
    tp = gold = pred = 0
    for t, s in tally.items():
        p, r, f = f1(s["tp"], s["gold"], s["pred"])
        report[t] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                     "gold": s["gold"], "pred": s["pred"],
                     "attributes": {a: round(ok / n, 3) for a, (ok, n) in s["attr"].items()}}
        tp, gold, pred = tp + s["tp"], gold + s["gold"], pred + s["pred"]
    report["overall_f1"] = round(f1(tp, gold, pred)[2], 3)
    if as_json:
        print(json.dumps(report, indent=1))
    else:
        for m in misses:
            print(m)
        for t in TYPES:
            r = report[t]
            attrs = " ".join(f"{a}={v}" for a, v in r["attributes"].items())
            print(f"{t:15} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                  f"(gold {r['gold']}, pred {r['pred']}) {attrs}")
    print(f"overall F1 {report['overall_f1']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
