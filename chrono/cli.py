"""chrono's command line: each command is a few lines over the package (the mkdocs way).

    chrono dates --dct 2024-03-25 "نص"     one JSON object per date expression
    chrono extract PATH                      one JSON object per article, with its date mentions
    chrono build CORPUS -o OUT               the chronology's data files and static site
    chrono serve OUT                         preview a built site on 127.0.0.1

Exit codes: 0 all inputs used; 1 some input files were skipped (each said so on stderr), the rest processed;
2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from chrono import __version__
from chrono.model import to_json
from chrono.temporal import find_dates


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return int(args.run(args) or 0)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chrono", description="Arabic news articles in, a sourced chronology out."
    )
    p.add_argument("--version", action="version", version=f"chrono {__version__}")
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    d = sub.add_parser("dates", help="find and resolve the date expressions of a text")
    d.add_argument("text", nargs="?", help="the text (default: standard input)")
    d.add_argument(
        "--dct", type=_iso_date, help="publication date to anchor relative expressions, YYYY-MM-DD"
    )
    d.add_argument("--full", action="store_true", help="print every field, not only the output contract's")
    d.set_defaults(run=_dates)

    e = sub.add_parser("extract", help="print each article of a file or folder with its date mentions")
    e.add_argument("path", type=Path)
    e.set_defaults(run=_extract)

    b = sub.add_parser("build", help="build the chronology's data and site from a corpus folder")
    b.add_argument("corpus", type=Path, nargs="?", default=Path("examples"))
    b.add_argument("-o", "--out", type=Path, default=Path("site"))
    b.add_argument("--since", type=int, default=2014, help="leave out events before this year (default 2014)")
    b.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
    b.add_argument("--cache", type=Path, help="cache directory (default: .chrono-cache beside the output)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(run=_build)

    s = sub.add_parser("serve", help="preview a built site locally")
    s.add_argument("site", type=Path, nargs="?", default=Path("site"))
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(run=_serve)
    return p


def _iso_date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from None


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _dates(args: argparse.Namespace) -> int:
    text = args.text if args.text is not None else sys.stdin.read()
    for m in find_dates(text, args.dct):
        row = to_json(m)
        if not args.full:
            row = {k: row[k] for k in ("start", "end", "text", "type", "value", "mod")}
        _print_json(row)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from chrono.pipeline import extract_corpus

    skipped = False
    for result in extract_corpus(args.path, report=_report):
        skipped |= result.skipped
        for article, mentions in zip(result.articles, result.mentions, strict=True):
            _print_json({**to_json(article), "mentions": [to_json(m) for m in mentions]})
    return 1 if skipped else 0


def _build(args: argparse.Namespace) -> int:
    from chrono.pipeline import build

    summary = build(
        args.corpus,
        args.out,
        since=args.since,
        jobs=args.jobs or None,
        cache_dir=args.cache,
        quiet=args.quiet,
        report=_report,
    )
    _report(summary.describe())
    return 1 if summary.skipped else 0


def _serve(args: argparse.Namespace) -> int:
    from chrono.render import serve

    serve(args.site, port=args.port)
    return 0


def _report(message: str) -> None:
    print(f"chrono: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
