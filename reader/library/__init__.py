"""The persistent library: articles (parsed, with their originals), bookmarks, edits and full-text search.

Quick use (see `store.Library` for the threading rules: one `Library` per thread):

    from reader.library import Library
    with Library() as library:                      # $QINGDU_DATA_DIR or the user data folder
        for result in library.import_paths(["~/saved"]):
            print(result.id, result.title, result.error)
        n = library.count(query="经济", bookmarked_only=False)
        rows = library.rows(offset=0, limit=50, sort="date", query="经济")   # ArticleRow tuples
        hits = library.search("人工智能", limit=20)                         # SearchHit with snippet
        article = library.article(rows[0].id)                               # effective Article
        library.toggle_bookmark(rows[0].id)
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
