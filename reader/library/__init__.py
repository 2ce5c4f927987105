"""The persistent library: articles (parsed, with their originals), bookmarks, edits and full-text search.

One SQLite file (`paths.library_path()`: `$QINGDU_DATA_DIR/library.sqlite3`, else the platform's user
data folder for "Qingdu"). API for the UI, all on `Library` (see `store.py` for the threading rules):

Threads: one `Library` per thread, never shared (sqlite3 connections are per thread). The GUI thread
keeps one for reading and small writes; an import worker opens its own `Library(path)`.
Opening migrates an older file: `Library.needs_upgrade(path)` says whether that will happen (it can
take minutes on 100,000 articles, so then open it first in a worker and show "Upgrading library…").

Importing (worker thread):
    library.import_paths(paths, runner=BatchRunner(jobs=2))  -> Iterator[ImportResult]  (path, id, title, new, error)
    library.add_parsed_file(path, articles)                   store what a BatchRunner worker parsed
    library.import_file(path) / add_parsed(data, name, articles)
    The same bytes again give the same ids (new=False); a removed article comes back.

The lazy list model (GUI thread):
    library.count(query="", bookmarked_only=False) -> int
    library.rows(offset, limit, sort="date"|"title"|"imported", bookmarked_only, query) -> list[ArticleRow]
        ArticleRow = (id, title, site, published, bookmarked, imported_at), a NamedTuple.
    library.row(id) -> ArticleRow   (repaint one row after a toggle or an edit)
    A model keeps the rows fetched so far; canFetchMore = the last page was full; fetchMore = rows(len(fetched), 200).

Reading and search:
    library.article(id) -> Article          effective article (metadata edits applied)
    library.get(id) -> StoredArticle        + imported_at (the citation access date), bookmarked, overrides
    library.search(query, limit=20, bookmarked_only=False) -> list[SearchHit]  (snippet, snippet_spans)
    highlights(article, query) -> Highlights(title spans, (block index, span) pairs)  for the reading pane

Bookmarks:  toggle_bookmark(id) -> bool, set_bookmarked(id, on), add_passage(id, quote, start, end, note)
    (offsets into `article.text`), set_passage_note, remove_passage, passages(id | None),
    locate_passage(text, passage) -> (start, end) | None, export_bookmarks("json"|"markdown"),
    import_bookmarks(text) -> BookmarkImport.
Edits:      set_metadata(id, title=…, site=…, author=…, published=…, url=…, accessed=…) -> Article,
    reset_metadata(id, fields=None), set_imported_at(id, "2024-05-01").
Removal:    token = remove(ids); restore(token) (undo); removed(); purge_removed() (no undo).
Re-parse:   outdated() -> int; reparse_outdated() -> (re-parsed, failed), from the stored originals.

Every error is a `LibraryError` (a `reader.errors.ReaderError`).
"""

from reader.library.bookmarks import locate as locate_passage
from reader.library.paths import DATA_DIR_ENV, data_dir, library_path
from reader.library.records import (
    ArticleRow,
    BookmarkImport,
    ImportResult,
    LibraryError,
    Passage,
    RemovalToken,
    SearchHit,
    StoredArticle,
)
from reader.library.search import Highlights, find_spans, highlights
from reader.library.store import PARSER_VERSION, Library

__all__ = [
    "DATA_DIR_ENV",
    "PARSER_VERSION",
    "ArticleRow",
    "BookmarkImport",
    "Highlights",
    "ImportResult",
    "Library",
    "LibraryError",
    "Passage",
    "RemovalToken",
    "SearchHit",
    "StoredArticle",
    "data_dir",
    "find_spans",
    "highlights",
    "library_path",
    "locate_passage",
]
