"""The documentation stays true: the example notebooks run, every example is executed, links resolve.

The examples in README.md and docs/*.md are doctests, run by pytest's ``--doctest-glob=*.md``
(pyproject.toml). This module adds what doctest cannot check: that the notebooks in
docs/examples run from top to bottom (with nbclient and the ipykernel of this environment,
offline), that no ``python`` code block in the docs escapes execution, and that the pages link
to files that exist and are all reachable from docs/index.md.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTEBOOKS = sorted((DOCS / "examples").glob("*.ipynb"))
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

_FENCE = regex.compile(r"^```(\w*)\n(.*?)^```", regex.MULTILINE | regex.DOTALL)
_LINK = regex.compile(r"\]\(([^)\s#]+)(?:#[^)\s]*)?\)")


def _needs(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # the dev extra lists it: a missing one is a broken set-up, not a skip
        pytest.fail(f"{module} is missing: pip install -e '.[dev]' ({exc})")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path) -> None:
    nbformat = _needs("nbformat")
    nbclient = _needs("nbclient")
    _needs("ipykernel")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any(o.get("data", {}).get("image/png") for o in outputs), "the notebook should draw its plot"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_stored_without_outputs(path: Path) -> None:
    nbformat = _needs("nbformat")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"clear the outputs of {path.name}"


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_python_blocks_are_doctests(path: Path) -> None:
    """A ```python block without ``>>>`` would never run: write examples as doctests."""
    text = path.read_text(encoding="utf-8")
    for lang, body in _FENCE.findall(text):
        if lang in ("python", "py", "pycon"):
            assert body.lstrip().startswith(">>>"), f"{path.name}: python block not written as a doctest:\n{body}"


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_relative_links_resolve(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for target in _LINK.findall(text):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (path.parent / target).exists(), f"{path.name} links to a missing file: {target}"


def test_index_links_every_page() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    linked = set(_LINK.findall(index))
    for page in [*DOCS.glob("*.md"), *NOTEBOOKS]:
        if page.name != "index.md":
            assert str(page.relative_to(DOCS)) in linked, f"docs/index.md does not link {page.name}"
