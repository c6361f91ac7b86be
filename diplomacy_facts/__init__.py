"""diplomacy_facts: structured, explained facts about diplomacy and arms from news text.

>>> import diplomacy_facts as dfx
>>> art = dfx.parse_article("France has closed its embassy in Niger.", published="2023-12-26")
>>> [c.mission.host for c in art.closures]
['NE']
"""

from diplomacy_facts.article import Article, parse_article
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

__version__ = "0.1.0"

__all__ = [
    "ArmsCategory",
    "ArmsTransfer",
    "Article",
    "Bound",
    "Closure",
    "Evidence",
    "Fact",
    "Mission",
    "MissionCount",
    "MissionKind",
    "Opening",
    "Period",
    "Precision",
    "Quantity",
    "Status",
    "TransferStatus",
    "__version__",
    "parse_article",
]
