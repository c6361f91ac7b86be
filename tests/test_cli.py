"""The command line on every input kind, including bad files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS_DIR

from diplomacy_facts.__main__ import run

ARTICLE = "Embassy news\n\nFrance has closed its embassy in Niger, the foreign ministry said on Tuesday.\n"


def _run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_seeds_directory_table() -> None:
    code, out, err = _run([str(SEEDS_DIR)])
    assert code == 0
    assert out.count("== ") == 5
    assert err.strip().startswith("5 articles,") and err.strip().endswith("0 errors")


def test_txt_json_jsonl_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.json").write_text(
        json.dumps({"id": "b", "text": ARTICLE, "published": "2023-12-26"}), encoding="utf-8"
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": ARTICLE}) + "\n" + json.dumps({"id": "c2", "text": "Nothing here."}) + "\n",
        encoding="utf-8",
    )
    code, out, err = _run(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.json"), str(tmp_path / "c.jsonl"), "-"], stdin=ARTICLE
    )
    assert code == 0, err
    assert "5 articles" in err
    code, out, _ = _run([str(tmp_path / "c.jsonl"), "--format", "jsonl"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["c1", "c2"]
    assert set(rows[0]) >= {"title", "closures", "openings", "mission_counts", "arms_transfers"}


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 embassy closed.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "x"}\n{not json\n{"id": "nt"}\n', encoding="utf-8")
    code, _out, err = _run([str(tmp_path), str(tmp_path / "missing.txt")])
    assert code == 1
    assert "latin1.txt" in err and "not UTF-8" in err
    assert "utf16.txt" in err and "UTF-16" in err
    assert "bad.jsonl:2" in err and "invalid JSON" in err
    assert "bad.jsonl:3" in err and "no 'text'" in err
    assert "missing.txt: no such file" in err
    assert err.strip().splitlines()[-1] == "2 articles, " + err.strip().splitlines()[-1].split(", ", 1)[1]
    assert "5 errors" in err.strip().splitlines()[-1]  # latin1, utf16, bad.jsonl:2, bad.jsonl:3, missing


def test_empty_directory(tmp_path: Path) -> None:
    code, _, err = _run([str(tmp_path)])
    assert code == 1 and "holds no .txt" in err


def test_explain_and_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = _run([str(tmp_path / "a.txt"), "--format", "json"])
    assert code == 0 and json.loads(out)["title"] == "Embassy news"
    code, out, _ = _run([str(tmp_path / "a.txt"), "--explain"])
    assert code == 0 and "Embassy news" in out


@pytest.mark.parametrize("argv", [["--published", "2023-13-45"]])
def test_bad_published_is_a_reported_error(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run([str(tmp_path / "a.txt"), *argv])
    assert code == 1 and "2023-13-45" in err


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "diplomacy_facts", str(SEEDS_DIR / "003_270fd2b992802988.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Kim Jong Un sees bigger cash-cow" in proc.stdout
