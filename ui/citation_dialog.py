"""The "Edit details…" dialog: title, site, authors, date, URL and access date of one article's citation.

API for the UI engineer:

    values = edit_citation_details(data, parent, style="apa")   # data: CitationData; None if cancelled
    library.set_metadata(article_id, **values)                   # keys: title, site, author, published,
                                                                 # url, accessed; None = field left empty
    data = data.with_overrides(values)                           # the edited citation data

The dialog previews the citation in `style` as the fields change, and refuses (OK disabled, message
shown) a date it cannot read. `published` comes back in ISO form ("2023-06-26", "2023", "--06-26");
`accessed` as a zoned time stamp at local noon ("2024-05-01T12:00:00+08:00"), so the library's UTC
storage gives back the same calendar day in every time zone.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

# The citation code loads when a dialog first opens, not when the main window imports this module at start.
if TYPE_CHECKING:
    from reader.citation import CitationData


class CitationDetailsDialog(QDialog):
    """Edits the citation fields of one article; `values()` returns what the user left in them."""

    def fields(self) -> tuple[tuple[str, str, str], ...]:
        """(key, label, placeholder), translated: keys are the library's editable fields plus the access date."""
        return (
            ("title", self.tr("&Title"), ""),
            ("site", self.tr("&Site"), self.tr("Website or publication")),
            ("author", self.tr("&Authors"), self.tr("张三、李四  or  Doe, Jane; Smith, John")),
            ("published", self.tr("&Date"), self.tr("2023-06-26, 2023-06, 2023 or --06-26")),
            ("url", self.tr("&URL"), "https://…"),
            ("accessed", self.tr("A&ccessed"), "2024-05-01"),
        )

    def __init__(self, data: CitationData, parent: QWidget | None = None, style: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Citation Details"))
        self.setObjectName("citationDetailsDialog")
        self._data = data
        self._style = style or data.default_style
        initial = data.to_fields()
        initial["author"] = initial.pop("authors")
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, placeholder in self.fields():
            editor = QLineEdit(initial.get(key, ""))
            editor.setObjectName(f"citation-{key}")
            editor.setPlaceholderText(placeholder)
            editor.setClearButtonEnabled(True)
            editor.textChanged.connect(self._refresh)
            form.addRow(label, editor)
            self.editors[key] = editor
        self.error = QLabel()
        self.error.setObjectName("citationError")
        self.error.setStyleSheet("color: #b00020")
        self.preview = QLabel()
        self.preview.setObjectName("citationPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._refresh()

    def _problems(self) -> list[str]:
        from reader.citation.dates import parse_full_date, parse_partial_date

        problems = []
        published = self.editors["published"].text().strip()
        if published and parse_partial_date(published) is None:
            message = self.tr("Date “{date}” is not a date (use 2023-06-26, 2023-06, 2023 or --06-26).")
            problems.append(message.replace("{date}", published))
        accessed = self.editors["accessed"].text().strip()
        if accessed and parse_full_date(accessed) is None:
            message = self.tr("Accessed “{date}” is not a full date (use 2024-05-01).")
            problems.append(message.replace("{date}", accessed))
        return problems

    def _refresh(self) -> None:
        problems = self._problems()
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        if not problems:
            from reader.citation import format_citation

            self.preview.setText(format_citation(self.citation_data(), self._style).html)

    def values(self) -> dict[str, str | None]:
        """The fields, trimmed; None for an empty one; dates in ISO form."""
        from reader.citation.dates import parse_full_date, parse_partial_date

        result: dict[str, str | None] = {}
        for key, editor in self.editors.items():
            text = " ".join(editor.text().split()) or None
            if text and key == "published":
                date = parse_partial_date(text)
                text = date.iso() if date else text
            elif text and key == "accessed":
                full = parse_full_date(text)
                text = _local_noon(full) if full else text
            result[key] = text
        return result

    def citation_data(self) -> CitationData:
        """The citation data with the dialog's values applied."""
        return self._data.with_overrides(self.values())


def _local_noon(day: date) -> str:
    """The access day as a zoned time stamp at local noon: the library keeps UTC times, and a bare
    date stored as midnight UTC would read back as the day before west of Greenwich."""
    return datetime.combine(day, time(12)).astimezone().isoformat(timespec="seconds")


def edit_citation_details(
    data: CitationData, parent: QWidget | None = None, style: str | None = None
) -> dict[str, str | None] | None:
    """Show the dialog modally; the edited values, or None when the user cancels."""
    dialog = CitationDetailsDialog(data, parent, style)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
