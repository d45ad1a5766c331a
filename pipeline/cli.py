"""The ``vnreport`` command: one sub-command per module, imported only when used."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

# sub-command -> ("module" or "module:function", help); the module has add_arguments(parser),
# the function (default ``main``) takes the parsed args and returns the exit code.
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("pipeline.ingest", "read files and write the output tables"),
    "evaluate": ("pipeline.evaluate", "score output tables against gold JSON files"),
    "show": ("pipeline.show", "render one file as the pipeline sees it (terminal or --html)"),
    "sql": ("pipeline.query", "run SQL (DuckDB) over the output tables"),
    "export": ("pipeline.export", "export the tables to SQLite or the citation graph to GraphML"),
    "cites": ("pipeline.cites", "every report citing a document: sentence, relation, date, province"),
    "directive": ("pipeline.cites:directive_main", "the canonical record of a cited document and its citations"),
    "report": ("pipeline.report_view", "one report: what it cites, and who cites it back"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="vnreport", description="Vietnamese reports to normalized tables.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        if name == chosen:
            importlib.import_module(module.partition(":")[0]).add_arguments(p)
    args = parser.parse_args(argv)  # without a known command this prints usage and exits
    module, _, function = COMMANDS[args.command][0].partition(":")
    try:
        return int(getattr(importlib.import_module(module), function or "main")(args) or 0)
    except BrokenPipeError:  # ``vnreport cites … | head`` closed the pipe early: normal use, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl-C: what was committed stays, and the next run goes on from it
        print("\nvnreport: interrupted; run the same command again to go on from where it stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
