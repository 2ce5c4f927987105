"""The main window: article list on the left, reading pane on the right, menus, toolbar and import feedback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from reader.citation import STYLES  # the style names only: the formatters load when first used
from reader.library import Library, LibraryError, Passage, RemovalToken
from reader.library.search import split_terms
from ui import qt_fixes
from ui import settings as keys
from ui.article_list import SORT_KEYS, ArticleDelegate, ArticleListModel
from ui.article_view import BASE_POINT_SIZE, ArticleView, is_web_url
from ui.bookmarks_panel import BookmarksPanel, ask_passage_note, locate_quote, select_passage, selection_to_quote
from ui.import_panel import ImportProgress, ProblemsPanel
from ui.resources import app_icon
from ui.theme import THEMES, apply_theme, reading_colors, resolve

# Loaded on first use (here, and QFileDialog in the methods that open one): worker processes, PDF export, the About
# box and the file dialogs are not needed to start.
if TYPE_CHECKING:
    from reader.citation import CitationData
    from reader.document import Article
    from ui.about import AboutDialog
    from ui.importer import ImportJob

qt_fixes.install()

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching, so each keystroke stays instant
STATUS_TIMEOUT_MS = 8000
# While importing, the list is refreshed at most this often: new rows appear promptly, yet thousands of
# stored articles cost a handful of refreshes, not thousands.
LIST_REFRESH_MS = 700
YIELD_MS = 1  # a pause that lets the event loop handle input and paint between two long pieces of work
PROBLEMS_PANEL_HEIGHT = 150  # px: a few rows, leaving the reading pane most of the window


def edit_citation_details(data: CitationData, parent: QWidget, style: str | None) -> dict[str, str | None] | None:
    """The "Edit details…" dialog (ui.citation_dialog), loaded when first opened rather than at start."""
    from ui.citation_dialog import edit_citation_details as edit

    return edit(data, parent, style)


class MainWindow(QMainWindow):
    """Qingdu's window."""

    import_finished = Signal(int, int)  # imported, failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Qingdu"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self.settings = keys.app_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # style first: re-styling widgets already built costs more than styling once
            apply_theme(app, self._saved_theme())
        self.library = self._open_library()
        self.model = ArticleListModel(self.library, self)
        self.list_view = QListView()
        self.list_view.setObjectName("articleList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.installEventFilter(self)
        self.view = ArticleView()
        self.view.installEventFilter(self)
        self.view.web_link_clicked.connect(self._open_web_url)
        self.view.original_file_clicked.connect(self.open_original_file)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._reading_menu)
        self.empty_hint = QLabel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 840])
        self.setCentralWidget(self.splitter)
        self.import_progress = ImportProgress()
        self.import_progress.cancel_requested.connect(self.cancel_imports)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.import_progress)
        # The docks are built when first shown or used (see problems_panel, bookmarks_panel): most starts show neither.
        self._problems_panel: ProblemsPanel | None = None
        self._bookmarks_panel: BookmarksPanel | None = None
        self._jobs: list[ImportJob] = []
        self._removed: list[RemovalToken] = []  # undo stack
        self._pending_select: int | None = None  # first article of an import, shown when nothing else is
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(LIST_REFRESH_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh_list(imported=True, after=lambda: None))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.shown_id: int | None = None
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore_settings()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self._update_actions()
        self._show_welcome()
        if self.library_error:
            message = self.tr("The library could not be opened ({reason}); this session uses a temporary one.")
            self.status_label.setText(message.replace("{reason}", self.library_error))

    # --- construction -----------------------------------------------------------------------
    def _open_library(self) -> Library:
        self.library_error = ""
        try:
            return Library()
        except LibraryError as error:
            # A broken or too-new library must not keep the app from opening: read into a scratch one.
            self.library_error = str(error)
            import tempfile

            scratch = Path(tempfile.mkdtemp(prefix="qingdu-scratch-")) / "library.sqlite3"
            return Library(scratch)

    @property
    def problems_panel(self) -> ProblemsPanel:
        """The Import problems dock (built on first use)."""
        if self._problems_panel is None:
            panel = ProblemsPanel(self)
            self._problems_panel = panel
            self._add_panel(panel, Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_action)
        return self._problems_panel

    @property
    def bookmarks_panel(self) -> BookmarksPanel:
        """The Bookmarks dock (built on first use); it reloads its passages whenever it is shown."""
        if self._bookmarks_panel is None:
            panel = BookmarksPanel(self.library, self)
            self._bookmarks_panel = panel
            panel.passage_activated.connect(self.show_passage)
            panel.passage_removed.connect(lambda _p: self._status(self.tr("Passage bookmark removed.")))
            panel.visibilityChanged.connect(self._on_bookmarks_visible)
            self._add_panel(panel, Qt.DockWidgetArea.RightDockWidgetArea, self.bookmarks_action)
        return self._bookmarks_panel

    def _add_panel(self, panel: QDockWidget, area: Qt.DockWidgetArea, action: QAction) -> None:
        """Dock a panel built after the window: hidden, or where and as the user last left it (the window state
        restored at start keeps a place for it), with its menu action following it from now on."""
        if not self.restoreDockWidget(panel):
            panel.hide()
            self.addDockWidget(area, panel)
            if area == Qt.DockWidgetArea.BottomDockWidgetArea:
                self.resizeDocks([panel], [PROBLEMS_PANEL_HEIGHT], Qt.Orientation.Vertical)
        panel.toggleViewAction().toggled.connect(action.setChecked)
        action.setChecked(panel.isVisibleTo(self))

    def createPopupMenu(self) -> QMenu:
        """The toolbar's context menu: Qt lists only docks that exist, and these are built on first use."""
        menu = QMenu(self)
        menu.addActions([self.problems_action, self.bookmarks_action])
        menu.addSeparator()
        menu.addAction(self.toolbar.toggleViewAction())
        return menu

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("&Open Files…"), self.open_files, QKeySequence.StandardKey.Open)
        self.open_folder_action = self._action(self.tr("Open &Folder…"), self.open_folder, "Ctrl+Shift+O")
        self.export_actions: dict[str, QAction] = {}
        export_labels = {
            "markdown": self.tr("&Markdown…"),
            "text": self.tr("Plain &Text…"),
            "html": self.tr("&HTML…"),
            "pdf": self.tr("&PDF…"),
        }
        for fmt in export_labels:  # the File > Export submenu's order
            self.export_actions[fmt] = self._action(export_labels[fmt], lambda _=False, f=fmt: self.export_current(f))
        self.open_original_action = self._action(self.tr("Open Original &File"), self.open_original_file)
        self.open_source_action = self._action(self.tr("Open Source in &Browser"), self.open_source_url)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.remove_action = self._action(self.tr("&Remove from Library"), self.remove_current, "Delete")
        # Delete means "remove this article" only in the list and the reading pane; elsewhere (search box,
        # bookmarks panel) the key keeps its own meaning.
        self.removeAction(self.remove_action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_view.addAction(self.remove_action)
        self.view.addAction(self.remove_action)
        self.undo_remove_action = self._action(self.tr("&Undo Remove"), self.undo_remove, QKeySequence.StandardKey.Undo)
        self.bookmark_action = self._action(self.tr("&Bookmark"), self.toggle_bookmark, "Ctrl+D")
        self.bookmark_action.setCheckable(True)
        self.bookmarked_only_action = self._action(self.tr("Bookmarked &Only"), self._on_bookmarked_only)
        self.bookmarked_only_action.setCheckable(True)
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.zoom_out, "Ctrl+-")
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), lambda: self.set_zoom(0), "Ctrl+0")
        self.show_removed_action = self._action(self.tr("Show &Removed Content"), self._on_show_removed, "Ctrl+R")
        self.show_removed_action.setCheckable(True)
        self.theme_group = QActionGroup(self)
        theme_labels = {"system": self.tr("Follow &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = self._action(theme_labels[theme], lambda _=False, t=theme: self.set_theme(t))
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.sort_group = QActionGroup(self)
        self.sort_labels = {"imported": self.tr("Import Time"), "date": self.tr("Date"), "title": self.tr("Title")}
        self.sort_actions: dict[str, QAction] = {}
        for key in SORT_KEYS:
            action = self._action(self.sort_labels[key], lambda _=False, k=key: self.set_sort(k))
            action.setCheckable(True)
            self.sort_group.addAction(action)
            self.sort_actions[key] = action
        self.bookmark_passage_action = self._action(
            self.tr("Bookmark Selected &Passage…"), self.bookmark_passage, "Ctrl+Shift+D"
        )
        self.bookmark_passage_action.setEnabled(False)
        self.view.copyAvailable.connect(self._on_text_selected)
        self.bookmarks_action = self._action(
            self.tr("&Bookmarks Panel"), lambda on: self.bookmarks_panel.setVisible(on), "Ctrl+Shift+B"
        )
        self.bookmarks_action.setCheckable(True)
        self.export_bookmarks_action = self._action(self.tr("Export &Bookmarks…"), self.export_bookmarks)
        self.import_bookmarks_action = self._action(self.tr("&Import Bookmarks…"), self.import_bookmarks)
        self.copy_citation_action = self._action(self.tr("Copy as &Citation"), self.copy_citation, "Ctrl+Shift+C")
        self.copy_quote_action = self._action(
            self.tr("Copy &Quote with Citation"), self.copy_quote_with_citation, "Ctrl+Alt+C"
        )
        self.copy_quote_action.setEnabled(False)
        self.edit_details_action = self._action(self.tr("Edit &Details…"), self.edit_details)
        self.copy_style_actions: dict[str, QAction] = {}
        for style, label in STYLES.items():
            self.copy_style_actions[style] = self._action(label, lambda _=False, s=style: self.copy_citation(style=s))
        self.default_style_group = QActionGroup(self)
        self.default_style_actions: dict[str, QAction] = {}
        auto_label = self.tr("Automatic (GB/T 7714 for Chinese, APA otherwise)")
        for style, label in [("auto", auto_label), *STYLES.items()]:
            action = self._action(label, lambda _=False, s=style: self.set_default_style(s))
            action.setCheckable(True)
            self.default_style_group.addAction(action)
            self.default_style_actions[style] = action
        self.problems_action = self._action(self.tr("Import &Problems"), lambda on: self.problems_panel.setVisible(on))
        self.problems_action.setCheckable(True)
        self.about_action = self._action(self.tr("&About Qingdu"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.open_folder_action])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export Article As"))
        export_menu.addActions(list(self.export_actions.values()))
        self.export_menu = export_menu
        file_menu.addActions([self.open_original_action, self.open_source_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_bookmarks_action, self.import_bookmarks_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_citation_action)
        copy_as = edit_menu.addMenu(self.tr("Copy Citation &As"))
        copy_as.addActions(list(self.copy_style_actions.values()))
        edit_menu.addAction(self.copy_quote_action)
        default_style = edit_menu.addMenu(self.tr("Default Citation St&yle"))
        default_style.addActions(list(self.default_style_actions.values()))
        edit_menu.addAction(self.edit_details_action)
        self.copy_as_menu = copy_as
        edit_menu.addSeparator()
        edit_menu.addActions([self.bookmark_action, self.bookmark_passage_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.remove_action, self.undo_remove_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.show_removed_action)
        sort_menu = view_menu.addMenu(self.tr("&Sort By"))
        sort_menu.addActions(list(self.sort_actions.values()))
        view_menu.addAction(self.bookmarked_only_action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addSeparator()
        view_menu.addActions([self.bookmarks_action, self.problems_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.open_action.setIconText(self.tr("Open"))
        toolbar.addAction(self.open_action)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search titles and text (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(320)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._run_search)
        self.search_box.installEventFilter(self)
        toolbar.addWidget(self.search_box)
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        self.sort_combo.setToolTip(self.tr("Sort the list"))
        for key in SORT_KEYS:
            self.sort_combo.addItem(self.sort_labels[key], key)
        self.sort_combo.currentIndexChanged.connect(lambda i: self.set_sort(str(self.sort_combo.itemData(i))))
        toolbar.addWidget(self.sort_combo)
        self.bookmarked_only_action.setIconText(self.tr("★ Bookmarked"))
        toolbar.addAction(self.bookmarked_only_action)
        toolbar.addSeparator()
        self.bookmark_action.setIconText("☆")
        self.bookmark_action.setToolTip(self.tr("Bookmark this article (Ctrl+D)"))
        toolbar.addAction(self.bookmark_action)
        self.show_removed_action.setIconText(self.tr("Removed content"))
        toolbar.addAction(self.show_removed_action)
        self.toolbar = toolbar

    # --- settings ---------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        open_panels = keys.read_names(s, keys.OPEN_PANELS)
        if "problems" in open_panels:
            self.problems_panel.show()
        if "bookmarks" in open_panels:
            self.bookmarks_panel.show()
        splitter = s.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.view.set_zoom(keys.read_int(s, keys.ZOOM, 0))
        self.show_removed_action.setChecked(keys.read_bool(s, keys.SHOW_REMOVED, False))
        self.view.set_show_removed(self.show_removed_action.isChecked())
        sort_key = keys.read_str(s, keys.SORT_KEY, "imported")
        self.set_sort(sort_key if sort_key in SORT_KEYS else "imported")
        style = keys.read_str(s, keys.CITATION_STYLE, "auto")
        self.set_default_style(style if style in self.default_style_actions else "auto")
        self.set_theme(self._saved_theme())

    def _saved_theme(self) -> str:
        theme = keys.read_str(self.settings, keys.THEME, "system")
        return theme if theme in THEMES else "system"

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(keys.WINDOW_STATE, self.saveState())
        panels = (("problems", self._problems_panel), ("bookmarks", self._bookmarks_panel))
        shown = [name for name, panel in panels if panel is not None and panel.isVisibleTo(self)]
        s.setValue(keys.OPEN_PANELS, ",".join(shown))
        s.setValue(keys.SPLITTER, self.splitter.saveState())
        s.setValue(keys.ZOOM, self.view.zoom)
        s.setValue(keys.THEME, self.theme)
        s.setValue(keys.SHOW_REMOVED, self.view.show_removed)
        s.setValue(keys.SORT_KEY, self.model.sort_key)
        s.setValue(keys.CITATION_STYLE, self.default_style)
        s.sync()

    # --- appearance -------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.theme_actions[theme].setChecked(True)
        app = QApplication.instance()
        effective = apply_theme(app, theme) if isinstance(app, QApplication) else resolve(theme)
        self.effective_theme = effective
        self.view.set_colors(reading_colors(effective))

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.set_theme("system")

    def set_zoom(self, zoom: int) -> None:
        self.view.set_zoom(zoom)
        self._status(
            self.tr("Zoom: {percent}%").replace("{percent}", str(round(self.view.point_size() / BASE_POINT_SIZE * 100)))
        )

    def zoom_in(self) -> None:
        self.set_zoom(self.view.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.view.zoom - 1)

    def _on_show_removed(self) -> None:
        self.view.set_show_removed(self.show_removed_action.isChecked())

    # --- importing --------------------------------------------------------------------------
    def open_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open scraped files"))
        if paths:
            self.import_paths(paths)

    def open_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of scraped files"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[str]) -> ImportJob:
        """Parse these files and folders in the background; each article becomes a row."""
        from ui.importer import ImportJob

        job = ImportJob(paths, self.library.path, self)
        job.worker.started.connect(self.import_progress.start)
        job.worker.progress.connect(self.import_progress.update_progress)
        job.worker.stored.connect(self._on_stored)
        job.worker.failed.connect(self._add_problem)  # a method of the window: queued to the GUI thread
        job.finished.connect(lambda imported, failed: self._on_import_finished(job, imported, failed))
        self._jobs.append(job)
        self.import_progress.start(0)
        job.start()
        return job

    def _add_problem(self, path: str, reason: str, code: str, params: object) -> None:
        self.problems_panel.add_problem(path, reason, code, params if isinstance(params, dict) else None)

    def cancel_imports(self) -> None:
        self.import_progress.cancelling()
        for job in self._jobs:
            job.cancel()

    @property
    def problems(self) -> list[tuple[str, str]]:
        return self._problems_panel.problems() if self._problems_panel is not None else []

    def _on_stored(self, ids: list[int]) -> None:
        if self._pending_select is None and not self.list_view.currentIndex().isValid():
            self._pending_select = ids[0]
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_list(self, imported: bool = False, after: Callable[[], None] | None = None) -> None:
        """Reload the list from the library, keeping the article being read selected and the list where it was.

        `imported`: only articles were added (by an import), which the model can often insert without a reset.
        `after`: settle the selection (which may show an article) and then call this in a later turn of the event
        loop. Reloading rows and rendering an article take tens of ms each; during an import the window must not
        stop for their sum. Without it everything is done before returning.
        """
        self._refresh_timer.stop()
        current = self.current_article_id()
        bar = self.list_view.verticalScrollBar()
        position = bar.value()
        if imported:
            self.model.add_new()
        else:
            self.model.refresh(keep_loaded=True)

        def settle() -> None:
            if current is None or self.current_article_id() != current:  # else nothing moved for the reader
                wanted = current if current is not None else self._pending_select
                self._pending_select = None
                self._reselect(wanted, scroll=current is None)
                if current is not None:
                    bar.setValue(position)
            if after is not None:
                after()

        if after is None:
            settle()
        else:
            # A timer, not a zero-delay call: those run before the event loop looks at input and timers again.
            QTimer.singleShot(YIELD_MS, settle)

    def _on_import_finished(self, job: ImportJob, imported: int, failed: int) -> None:
        self._jobs.remove(job)
        self.refresh_list(imported=True, after=lambda: self._import_done(job, imported, failed))

    def _import_done(self, job: ImportJob, imported: int, failed: int) -> None:
        """The end of an import once the list has settled: progress, summary, problems, and the signal."""
        if not self._jobs:
            self.import_progress.stop()
        if job.cancelled:
            if imported == 1:
                message = self.tr("Import cancelled: 1 file imported before stopping.")
            else:
                message = self.tr("Import cancelled: {imported} files imported before stopping.")
        elif imported == 1:
            message = self.tr("Import finished: 1 file imported.")
        else:
            message = self.tr("Import finished: {imported} files imported.")
        message = message.replace("{imported}", str(imported))
        if failed:
            message += " " + self.tr("{failed} could not be read (see Import problems).").replace(
                "{failed}", str(failed)
            )
            self.problems_panel.show()
        self.last_import_summary = message
        self.status_label.setText(message)
        self._update_actions()
        self.import_finished.emit(imported, failed)

    # --- list and selection -----------------------------------------------------------------
    def current_article(self) -> Article | None:
        index = self.list_view.currentIndex()
        return self.model.article(index.row()) if index.isValid() else None

    def current_article_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return self.model.article_id(index.row()) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # a model reset (refresh, sort, filter): _reselect decides what to show next
        article_id = self.model.article_id(current.row())
        if article_id == self.shown_id:
            return  # rows moved around it: keep the reader's place
        self.shown_id = article_id
        self.view.show_article(self.model.article_by_id(article_id))
        if self.model.query:
            self.view.set_highlight_terms(list(split_terms(self.model.query)))
        self._update_actions()

    def _update_actions(self) -> None:
        article = self.current_article()
        has = article is not None
        article_actions = (
            *self.export_actions.values(),
            *self.copy_style_actions.values(),
            self.remove_action,
            self.bookmark_action,
            self.copy_citation_action,
            self.edit_details_action,
        )
        for action in article_actions:
            action.setEnabled(has)
        self.export_menu.setEnabled(has)
        self.copy_as_menu.setEnabled(has)
        self.open_original_action.setEnabled(has and bool(article and article.source.path))
        self.open_source_action.setEnabled(has and is_web_url(article.url if article else None))
        self.undo_remove_action.setEnabled(bool(self._removed))
        index = self.list_view.currentIndex()
        starred = index.isValid() and self.model.is_bookmarked(index.row())
        self.bookmark_action.setChecked(starred)
        self.bookmark_action.setIconText("★" if starred else "☆")
        app_name = self.tr("Qingdu")
        self.setWindowTitle(f"{article.title} — {app_name}" if article and article.title else app_name)
        if self.model.total() == 0 and not self._jobs:
            self._show_welcome()

    def _show_welcome(self) -> None:
        if self.view.article is None:
            drop_hint = self.tr("Drop scraped files or folders here")
            open_hint = self.tr("or use File ▸ Open Files… (Ctrl+O)")
            self.view.setHtml(
                "<div style='margin-top: 80px; text-align: center; color: #888888;'>"
                f"<p style='font-size: 20pt;'>{escape(drop_hint)}</p>"
                f"<p>{escape(open_hint)}</p></div>"
            )

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.list_view.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.list_view.setCurrentIndex(self.model.index(max(0, min(rows - 1, row))))

    def set_sort(self, key: str) -> None:
        current = self.current_article_id()
        self.model.set_sort_key(key)
        self.sort_actions[key].setChecked(True)
        combo_index = self.sort_combo.findData(key) if hasattr(self, "sort_combo") else -1
        if combo_index >= 0 and self.sort_combo.currentIndex() != combo_index:
            self.sort_combo.setCurrentIndex(combo_index)
        self._reselect(current)

    def _reselect(self, article_id: int | None, fallback: bool = True, scroll: bool = True) -> None:
        """Select this article again after the rows changed; else the first row (when `fallback`)."""
        row = self.model.row_of(article_id) if article_id is not None else -1
        if row < 0 and fallback and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))
            if scroll:
                self.list_view.scrollTo(self.model.index(row))
        elif self.model.rowCount() == 0:
            self.shown_id = None
            self.view.show_article(None)
        self._update_actions()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        self._search_timer.stop()
        if self.search_box.text().strip() == self.model.query:
            return
        current = self.current_article_id()
        self.model.set_query(self.search_box.text())
        self._reselect(current)
        self.view.set_highlight_terms(list(split_terms(self.model.query)))
        if self.model.query:
            self._status(self.tr("{count} articles match").replace("{count}", str(self.model.matching())))

    def _on_bookmarked_only(self) -> None:
        current = self.current_article_id()
        self.model.set_bookmarked_only(self.bookmarked_only_action.isChecked())
        self._reselect(current)

    # --- article actions --------------------------------------------------------------------
    def toggle_bookmark(self) -> None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        article_id = self.model.article_id(index.row())
        self.model.set_bookmarked(index.row(), not self.model.is_bookmarked(index.row()))
        self._reselect(article_id)

    def remove_current(self) -> None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        title = str(self.model.data(index) or "") or self.tr("(untitled)")
        self.shown_id = None
        self._removed.append(self.model.remove_row(row))
        self._status(self.tr("Removed “{title}”. Ctrl+Z brings it back.").replace("{title}", title))
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        else:
            self.view.show_article(None)
        self._update_actions()

    def undo_remove(self) -> None:
        if not self._removed:
            return
        token = self._removed.pop()
        self.model.restore(token)
        self._reselect(token.ids[0])

    def export_current(self, fmt: str) -> Path | None:
        article = self.current_article()
        if article is None:
            return None
        filters = {
            "markdown": self.tr("Markdown (*.md)"),
            "text": self.tr("Plain text (*.txt)"),
            "html": self.tr("HTML (*.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        from ui.exporting import EXPORT_FORMATS, export_article, suggested_name

        start = str(Path.home() / suggested_name(article, fmt))
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export article"), start, filters[fmt])
        if not path:
            return None
        if not Path(path).suffix:
            path += EXPORT_FORMATS[fmt]
        try:
            written = export_article(article, path, fmt)
        except OSError as error:
            self._status(self.tr("Could not export: {reason}").replace("{reason}", error.strerror or str(error)))
            return None
        self._status(self.tr("Exported to {path}").replace("{path}", str(written)))
        return written

    def open_original_file(self) -> None:
        article = self.current_article()
        if article is None or not article.source.path:
            return
        if not Path(article.source.path).is_file():
            self._status(self.tr("The original file was moved or deleted; the article stays readable here."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(article.source.path))

    def open_source_url(self) -> None:
        article = self.current_article()
        if article is not None and is_web_url(article.url):
            self._open_web_url(QUrl(article.url or ""))

    def _open_web_url(self, url: QUrl) -> None:
        """Only ever called from a user's click; only http(s) leaves the app."""
        if url.scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(url)

    # --- citations ----------------------------------------------------------------------------
    def set_default_style(self, style: str) -> None:
        """ "auto" (by the article's language) or a style id from reader.citation.STYLES."""
        self.default_style = style
        self.default_style_actions[style].setChecked(True)

    def _citation_style(self, style: str | None) -> str | None:
        chosen = style or self.default_style
        return None if chosen == "auto" else chosen

    def copy_citation(self, style: str | None = None) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        from ui.clipboard import copy_article_citation

        stored = self.library.get(article_id)
        citation = copy_article_citation(stored.article, self._citation_style(style), accessed=stored.imported_at)
        self._status(self.tr("Copied citation ({style}).").replace("{style}", STYLES.get(citation.style, "")))

    def copy_quote_with_citation(self) -> None:
        article_id = self.current_article_id()
        quote = selection_to_quote(self.view.textCursor().selectedText())
        if article_id is None or not quote:
            return
        from ui.clipboard import copy_quote_with_article_citation

        stored = self.library.get(article_id)
        copy_quote_with_article_citation(quote, stored.article, self._citation_style(None), accessed=stored.imported_at)
        self._status(self.tr("Copied the quote with its citation."))

    def edit_details(self) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        from reader.citation import CitationData

        stored = self.library.get(article_id)
        data = CitationData.from_article(stored.article, accessed=stored.imported_at)
        values = edit_citation_details(data, self, self._citation_style(None))
        if values is None:
            return
        self.library.set_metadata(article_id, **values)
        self.model.forget(article_id)
        self.shown_id = None  # show the edited header
        self.refresh_list()
        self._status(self.tr("Details saved."))

    # --- passages ---------------------------------------------------------------------------
    def _reading_menu(self, pos: QPoint) -> None:
        """The reading pane's context menu: Qt's copy/select-all plus bookmark and citation actions."""
        menu = self.view.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addActions([self.bookmark_passage_action, self.copy_quote_action, self.copy_citation_action])
        menu.addSeparator()
        menu.addAction(self.bookmark_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_bookmarks_visible(self, shown: bool) -> None:
        if shown:
            self.bookmarks_panel.reload()

    def _on_text_selected(self, available: bool) -> None:
        self.bookmark_passage_action.setEnabled(available)
        self.copy_quote_action.setEnabled(available)

    def bookmark_passage(self) -> Passage | None:
        """Bookmark the text selected in the reading pane, with an optional note."""
        article_id = self.current_article_id()
        article = self.view.article
        cursor = self.view.textCursor()
        quote = selection_to_quote(cursor.selectedText())
        if article_id is None or article is None or not quote:
            return None
        near = cursor.selectionStart() / max(1, self.view.document().characterCount())
        span = locate_quote(article, quote, near)
        if span is None:
            self._status(self.tr("Select text in the article's body to bookmark it."))
            return None
        note = ask_passage_note(self, article.text[span[0] : span[1]])
        if note is None:
            return None
        passage = self.library.add_passage(article_id, article.text[span[0] : span[1]], span[0], span[1], note)
        self.bookmarks_panel.reload()
        self.bookmarks_panel.show()
        self._status(self.tr("Passage bookmarked."))
        return passage

    def show_passage(self, passage: Passage) -> None:
        """Open the passage's article and select the passage in the reading pane."""
        row = self.model.row_of(passage.article_id)
        if row < 0:  # hidden by the search or the Bookmarked filter: show everything
            self.search_box.clear()
            self.bookmarked_only_action.setChecked(False)
            self.model.query = ""
            self.model.set_bookmarked_only(False)
            row = self.model.row_of(passage.article_id)
        if row < 0:
            return
        self.list_view.setCurrentIndex(self.model.index(row))
        self.list_view.scrollTo(self.model.index(row))
        cursor = select_passage(self.view.document(), passage.quote)
        if cursor is not None:
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_bookmarks(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bookmarks"),
            str(Path.home() / "qingdu-bookmarks.md"),
            self.tr("Markdown (*.md);;JSON (*.json)"),
        )
        if not path:
            return None
        fmt: Literal["json", "markdown"] = (
            "json" if path.lower().endswith(".json") or "json" in chosen.lower() else "markdown"
        )
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json" if fmt == "json" else ".md")
        try:
            target.write_text(self.library.export_bookmarks(fmt), encoding="utf-8")
        except OSError as error:
            self._status(self.tr("Could not export: {reason}").replace("{reason}", error.strerror or str(error)))
            return None
        self._status(self.tr("Exported to {path}").replace("{path}", str(target)))
        return target

    def import_bookmarks(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bookmarks"), str(Path.home()), self.tr("Bookmarks (*.md *.json)")
        )
        if not path:
            return
        try:
            result = self.library.import_bookmarks(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, LibraryError) as error:
            self._status(self.tr("Could not import bookmarks: {reason}").replace("{reason}", str(error)))
            return
        self.refresh_list()
        if self._bookmarks_panel is not None and self._bookmarks_panel.isVisible():
            self._bookmarks_panel.reload()  # a hidden panel reloads when it is shown
        message = self.tr(
            "Bookmarks imported: {articles} articles, {passages} passages; {missing} not in this library."
        )
        for key, value in (
            ("{articles}", result.articles_bookmarked),
            ("{passages}", result.passages_added),
            ("{missing}", result.missing),
        ):
            message = message.replace(key, str(value))
        self._status(message)

    def show_about(self) -> AboutDialog:
        from ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_box:
                return self._search_key(event)
            if watched in (self.list_view, self.view) and self._reading_key(watched, event):
                return True
        return super().eventFilter(watched, event)

    def _reading_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """j/k for next/previous in list and pane; Enter from the list moves focus to the reading pane."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_J:
            self.move_selection(1)
            return True
        if key == Qt.Key.Key_K:
            self.move_selection(-1)
            return True
        if watched is self.list_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.view and key == Qt.Key.Key_Escape:
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        """Down/Enter leave the search box for the list; Escape clears it."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._run_search()
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.search_box.clear()
            self._run_search()
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # --- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in list(self._jobs):
            job.wait()
        self.save_settings()
        self.library.close()
        super().closeEvent(event)
