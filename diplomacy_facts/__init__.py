"""diplomacy_facts: structured, explained facts about diplomacy and arms from news text.

>>> import diplomacy_facts as dfx
>>> art = dfx.parse_article("France has closed its embassy in Niger.", published="2023-12-26")
>>> [c.mission.host for c in art.closures]
['NE']
"""

from diplomacy_facts.aggregate import aggregate
from diplomacy_facts.article import Article, ParseTimeout, parse_article
from diplomacy_facts.batch import ParseError, parse_articles, read_jsonl, write_jsonl
from diplomacy_facts.findings import Finding, Findings
from diplomacy_facts.model import (
    ArmsCategory,
    ArmsTransfer,
    Bound,
    Closure,
    Evidence,
    Fact,
    Mission,
    MissionCount,
    MissionKind,
    Opening,
    Period,
    Precision,
    Quantity,
    Status,
    TransferStatus,
)
from diplomacy_facts.network import NetworkView, network
from diplomacy_facts.timeline import TimelineEntry, timeline

__version__ = "0.1.0"

__all__ = [
    "ArmsCategory",
    "ArmsTransfer",
    "Article",
    "Bound",
    "Closure",
    "Evidence",
    "Fact",
    "Finding",
    "Findings",
    "Mission",
    "MissionCount",
    "MissionKind",
    "NetworkView",
    "Opening",
    "ParseError",
    "ParseTimeout",
    "Period",
    "Precision",
    "Quantity",
    "Status",
    "TimelineEntry",
    "TransferStatus",
    "__version__",
    "aggregate",
    "network",
    "parse_article",
    "parse_articles",
    "read_jsonl",
    "timeline",
    "write_jsonl",
]
