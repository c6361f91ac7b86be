"""Score the library against annotated corpora (format: shared/corpus/SCHEMA.md).

``python -m diplomacy_facts.evaluate [--show] [--json] DIR...`` prints precision, recall and
F1 per fact type and, on matched pairs, the accuracy of each attribute. Facts match on
(sender, host, count value) for closures and openings, (sender, kind, count value) for
mission counts and (supplier, recipient, category) for arms transfers, one-to-one, greedily
preferring the candidate that agrees on more attributes — the same rules as the
workplace's independent scorer, so the two agree on any corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from diplomacy_facts.article import Article, parse_article

__all__ = ["Report", "TypeScore", "evaluate", "main", "score_article"]

TYPES = ("closures", "openings", "mission_counts", "arms_transfers")
Key = tuple[Any, ...]


def _qvalue(q: dict[str, Any] | None) -> float | None:
    if not q or q.get("value") is None:
        return None
    return round(float(q["value"]), 3)


def _qbound(q: dict[str, Any] | None) -> str | None:
    return (q or {}).get("bound")


def fact_key(kind: str, fact: dict[str, Any]) -> Key:
    """The identity a fact is matched on."""
    if kind in ("closures", "openings"):
        return (fact.get("sender"), fact.get("host"), _qvalue(fact.get("count")))
    if kind == "mission_counts":
        return (fact.get("sender"), fact.get("kind"), _qvalue(fact.get("count")))
    return (fact.get("supplier"), fact.get("recipient"), fact.get("category"))


def fact_attributes(kind: str, fact: dict[str, Any]) -> dict[str, Any]:
    """The attributes whose accuracy is reported on matched pairs."""
    if kind in ("closures", "openings"):
        return {"kind": fact.get("kind"), "status": fact.get("status"), "when": fact.get("when"),
                "count_bound": _qbound(fact.get("count"))}
    if kind == "mission_counts":
        return {"count_bound": _qbound(fact.get("count"))}
    q = fact.get("quantity")
    words = (fact.get("item") or "").lower().split()
    return {"item": words[-1].rstrip("s") if words else None, "quantity": _qvalue(q), "bound": _qbound(q),
            "unit": (q or {}).get("unit"), "since": fact.get("since"), "when": fact.get("when"),
            "status": fact.get("status")}


def match(kind: str, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index) with equal keys."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        ga = fact_attributes(kind, g)
        best, best_score = None, -1
        for pi, p in enumerate(pred):
            if pi in used or fact_key(kind, p) != fact_key(kind, g):
                continue
            pa = fact_attributes(kind, p)
            agree = sum(ga[a] == pa.get(a) for a in ga)
            if agree > best_score:
                best, best_score = pi, agree
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


@attrs.define
class TypeScore:
    """Counts for one fact type; attribute accuracies as (agreeing, compared)."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    attributes: dict[str, tuple[int, int]] = attrs.field(factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute_accuracy(self) -> dict[str, float]:
        return {a: ok / n for a, (ok, n) in self.attributes.items()}


@attrs.define
class Report:
    """Scores per fact type plus every miss, spurious fact and wrong attribute (with --show)."""

    types: dict[str, TypeScore] = attrs.field(factory=lambda: {t: TypeScore() for t in TYPES})
    problems: list[str] = attrs.field(factory=list)

    @property
    def overall_f1(self) -> float:
        total = TypeScore(sum(s.tp for s in self.types.values()), sum(s.gold for s in self.types.values()),
                          sum(s.pred for s in self.types.values()))
        return total.f1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for t, s in self.types.items():
            out[t] = {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                      "gold": s.gold, "pred": s.pred,
                      "attributes": {a: round(v, 3) for a, v in s.attribute_accuracy().items()}}
        out["overall_f1"] = round(self.overall_f1, 3)
        return out

    def format(self, *, show: bool = False) -> str:
        lines = list(self.problems) if show else []
        for t, s in self.types.items():
            accs = " ".join(f"{a}={v:.3f}" for a, v in s.attribute_accuracy().items())
            lines.append(f"{t:15} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
                         f"(gold {s.gold}, pred {s.pred}) {accs}".rstrip())
        lines.append(f"overall F1 {self.overall_f1:.3f}")
        return "\n".join(lines)


def _normalise(fact: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fact.items() if k != "evidence"}


def score_article(report: Report, name: str, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    """Add one article's comparison (gold block vs `Article.to_dict()`) to `report`."""
    for t in TYPES:
        g = list(gold.get(t) or [])
        p = [_normalise(f) for f in predicted.get(t) or []]
        pairs = match(t, g, p)
        s = report.types[t]
        s.tp += len(pairs)
        s.gold += len(g)
        s.pred += len(p)
        for gi, pi in pairs:
            ga, pa = fact_attributes(t, g[gi]), fact_attributes(t, p[pi])
            for a in ga:
                ok, n = s.attributes.get(a, (0, 0))
                same = ga[a] == pa.get(a)
                s.attributes[a] = (ok + same, n + 1)
                if not same:
                    report.problems.append(
                        f"{name} {t} wrong {fact_key(t, g[gi])} {a}: gold {ga[a]!r}, got {pa.get(a)!r}"
                    )
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        report.problems.extend(f"{name} {t} missed {fact_key(t, f)}" for i, f in enumerate(g) if i not in matched_g)
        report.problems.extend(f"{name} {t} spurious {fact_key(t, f)}" for i, f in enumerate(p) if i not in matched_p)


def corpus_files(dirs: Iterable[str | Path]) -> list[Path]:
    """The annotated articles (*.json) under each directory; an error names an empty one."""
    files: list[Path] = []
    for d in dirs:
        found = sorted(Path(d).glob("*.json"))
        if not found:
            raise FileNotFoundError(f"no *.json articles in {d}")
        files.extend(found)
    return files


Parser = Callable[..., Article]


def evaluate(dirs: Iterable[str | Path], *, parser: Parser = parse_article) -> Report:
    """Parse every annotated article under `dirs` and score it against its gold facts."""
    report = Report()
    for path in corpus_files(dirs):
        doc = json.loads(path.read_text(encoding="utf-8"))
        article = parser(doc["text"], published=doc.get("published"))
        score_article(report, path.name, doc.get("gold") or {}, article.to_dict())
    return report


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m diplomacy_facts.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", help="corpus folders of *.json articles (SCHEMA.md format)")
    ap.add_argument(
        "--show", action="store_true", help="list every missed and spurious fact and every wrong attribute of a match"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    try:
        report = evaluate(args.dirs)
    except (OSError, ValueError, KeyError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.format(show=args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
