"""Backups (administrator): where the automatic copies go, a copy now, the list of copies with
a preview of what each holds, and restoring one (after which Wijkhuis closes, so that nothing
on screen belongs to the old data)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.errors import WijkhuisError
from app.services.maintenance import auto_backup
from app.services.maintenance.auto_backup import BackupFile, BackupPreview, main_counts
from ui.context import PageContext
from ui.models.row_table import ColumnSpec, RowTableModel
from ui.style import set_role
from ui.tasks import Task, run_task, show_error
from ui.widgets.buttons import action_button


KIND_NAMES = {
    auto_backup.DAILY: QT_TRANSLATE_NOOP("Backups", "daily"),
    auto_backup.BEFORE_UPDATE: QT_TRANSLATE_NOOP("Backups", "before an update"),
    auto_backup.MANUAL: QT_TRANSLATE_NOOP("Backups", "made by hand"),
    "": QT_TRANSLATE_NOOP("Backups", "other"),
}


def _kind_names() -> dict[str, str]:
    return {kind: QCoreApplication.translate("Backups", name) for kind, name in KIND_NAMES.items()}


class BackupsTab(QWidget):
    def __init__(self, context: PageContext, *, after_restore: Callable[[], None] | None = None):
        super().__init__()
        self.context = context
        self.setObjectName("backupsTab")
        self.after_restore = after_restore or (lambda: QApplication.exit(0))
        self.on_postgres = context.services.db.sqlite_path is None
        self.task: Task | None = None  # a backup or restore under way
        layout = QVBoxLayout(self)
        intro = set_role(QLabel(self.tr(
            "Wijkhuis copies the database at the first start of each day and before every update, "
            "and keeps 7 daily and 4 weekly copies. Choose a folder on a USB stick or a network drive, "
            "so that a copy survives when this computer does not."
        )), "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.warning = set_role(QLabel(), "error")
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder")))
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setReadOnly(True)
        folder_row.addWidget(self.folder, 1)
        self.choose_button = action_button(None, "chooseBackupFolder", self.tr("Choose folder…"), self.choose_folder)
        self.backup_button = action_button(None, "backupNow", self.tr("Back up now"), self.backup_now)
        set_role(self.backup_button, "primary")
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.backup_button)
        layout.addLayout(folder_row)

        kinds = _kind_names()
        self.model: RowTableModel[BackupFile] = RowTableModel([
            ColumnSpec(self.tr("Made on"), lambda b: formatting.datetime(b.made_at), sort_key=lambda b: b.made_at),
            ColumnSpec(self.tr("Kind"), lambda b: kinds.get(b.kind, b.kind)),
            ColumnSpec(self.tr("Size"), lambda b: f"{formatting.number(b.size / 1_048_576, 1)} MB", sort_key=lambda b: b.size,
                       align_right=True),
            ColumnSpec(self.tr("Copy"), lambda b: b.path.stem, tooltip=lambda b: str(b.path)),  # the name, not ".sqlite"
        ])
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("backupPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_label.setMinimumWidth(260)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_label, 1)
        self.restore_button = action_button(None, "restoreBackup", self.tr("Restore this backup…"), self.restore_selected)
        self.other_button = action_button(None, "restoreOtherFile", self.tr("Restore from another file…"), self.choose_other)
        right_layout.addWidget(self.restore_button)
        right_layout.addWidget(self.other_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_preview())
        self.preview: BackupPreview | None = None
        if self.on_postgres:
            self.warning.setText(self.tr(
                "This database is on a PostgreSQL server: it is backed up on the server (pg_dump), not by Wijkhuis."
            ))
            for button in (self.choose_button, self.backup_button, self.restore_button, self.other_button):
                button.setEnabled(False)
        self.restore_button.setEnabled(False)

    def refresh(self) -> None:
        if self.on_postgres:
            return
        services, actor = self.context.services, self.context.actor
        try:
            self.folder.setText(str(services.backups.folder(actor)))
            self.model.set_rows(services.backups.backups(actor))
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.warning.setText(auto_backup.last_result.problem)
        self.show_preview()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> bool:
        try:
            self.context.services.backups.set_folder(self.context.actor, folder)
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    def backup_now(self, on_done: Callable[[BackupFile], None] | None = None) -> Task:
        """On a background thread behind a progress bar: a large database takes a second or more
        to copy and check. A failure is shown as a message."""
        services, actor = self.context.services, self.context.actor

        def done(made: BackupFile) -> None:
            self.refresh()
            self.select_path(made.path)
            if on_done is not None:
                on_done(made)

        self.task = run_task(self, self.tr("Making a backup…"), lambda _progress: services.backups.backup_now(actor), done,
                             cancellable=False)
        return self.task

    def select_path(self, path: Path) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.path == path:
                self.table.selectRow(index)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def show_preview(self) -> None:
        selected = self.selected()
        if selected is None:
            self.preview = None
            self.preview_label.setText(self.tr("Choose a backup to see what it holds."))
            self.restore_button.setEnabled(False)
            return
        self.preview = self.context.services.backups.preview(self.context.actor, selected.path)
        self.preview_label.setText(self.describe(self.preview))
        self.restore_button.setEnabled(self.preview.restorable)

    def describe(self, preview: BackupPreview) -> str:
        if preview.problem:
            return preview.problem
        lines = [
            self.tr("Made on {when}").format(when=formatting.datetime(preview.made_at)),
            self.tr("Centre: {name}").format(name=preview.centre_name or "—"),
            "",
        ]
        lines += [f"{label}: {formatting.number(count)}" for label, count in main_counts(preview.counts)]
        return "\n".join(lines)

    def choose_other(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from another file"), self.folder.text(), self.tr("Wijkhuis backups (*.sqlite)")
        )
        if filename:
            self.restore(Path(filename))

    def restore_selected(self) -> bool:
        selected = self.selected()
        return self.restore(selected.path) if selected else False

    def confirm(self, preview: BackupPreview) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace ALL current data with this backup?\n\n{summary}\n\n"
                    "A copy of the current data is kept first. Wijkhuis closes afterwards; start it again.").format(
                summary=self.describe(preview)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, path: Path) -> bool:
        """Asks first (with what the copy holds); then restores on a background thread behind a
        progress bar, and closes Wijkhuis when done. False when refused or not confirmed."""
        services, actor = self.context.services, self.context.actor
        preview = services.backups.preview(actor, path)
        if preview.problem:
            QMessageBox.warning(self, "Wijkhuis", preview.problem)
            return False
        if not self.confirm(preview):
            return False

        def done(kept: Path) -> None:
            QMessageBox.information(self, "Wijkhuis", self.tr(
                "The backup is restored. The data you had before is kept in {kept}.\n\nWijkhuis closes now; start it "
                "again.").format(kept=kept))
            self.after_restore()

        self.task = run_task(self, self.tr("Restoring the backup…"), lambda _progress: services.backups.restore(actor, path),
                             done, cancellable=False)
        return True
