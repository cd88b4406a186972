"""Ingest: corpus files in, articles out (title, outlet, publication date and the dateline it came from).

    files, problems = corpus_files(root)
    for path in files:
        loaded = load_file(path, root)  # read_file, then parse_file(data, corpus_name(path, root))

`parse_file` is pure (bytes and corpus name in, `Loaded` out), so a caller may hash what `read_file` gives and
cache `parse_file` by it, and run it in parallel.

Readers for .txt pages (decode.py, page.py with its head parts dateline.py and byline.py, and the data in
furniture.py and outlets.py) and for .jsonl and .json records (records.py). Bad input never raises: each
problem is one line in `Loaded.problems`, and `Loaded.skipped` says the whole file was unusable.
"""

from chrono.ingest.files import MAX_BYTES, corpus_files, corpus_listing, corpus_name, load_file, read_file
from chrono.ingest.parse import Loaded, parse_file

__all__ = [
    "MAX_BYTES",
    "Loaded",
    "corpus_files",
    "corpus_listing",
    "corpus_name",
    "load_file",
    "parse_file",
    "read_file",
]
