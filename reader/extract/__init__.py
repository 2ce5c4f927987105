"""Article extraction from HTML: clean the DOM, cut it into text blocks, find the article's container."""

from reader.extract.blocks import TextBlock, linearize
from reader.extract.content import Extraction, extract_content
from reader.extract.dom import PageHints, clean_tree, parse_document

__all__ = ["Extraction", "PageHints", "TextBlock", "clean_tree", "extract_content", "linearize", "parse_document"]
