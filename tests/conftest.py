"""Shared fixtures: the annotated corpora copied from shared/corpus (tests never need ../shared)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

CORPUS = Path(__file__).parent / "corpus"
SEEDS_DIR = Path(__file__).parent.parent / "seeds"

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def corpus_docs(name: str) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / name).glob("*.json"))]


@pytest.fixture(scope="session")
def seed_docs() -> list[dict[str, Any]]:
    return corpus_docs("seeds")


@pytest.fixture(scope="session")
def dev_docs() -> list[dict[str, Any]]:
    return corpus_docs("dev")
