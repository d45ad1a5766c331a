"""The README is the contract people read: its schema and commands must be the real ones."""
from __future__ import annotations

from conftest import ROOT
from pipeline.schema import markdown

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"


def test_readme_documents_every_column_of_every_table():
    assert markdown() in README, "README's Output section is stale: regenerate with `python -m pipeline.schema`"


def test_ci_runs_the_readme_test_command():
    first_block = README.split("```")[1]
    assert "vnreport ingest corpora/ --out outputs/" in first_block
    assert TEST_COMMAND in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND.replace("pip install -e", "pip install -q -e") in ci


def test_readme_explains_every_runtime_dependency():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    section = README.split("## Why each dependency is here", 1)[1]
    for dep in deps:
        name = dep.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip()
        assert name.lower() in section.lower(), f"README does not say why {name} is a dependency"
