"""The import wizard: choose a file, see the first rows and correct how columns are read,
read the problems (row as Excel numbers it, column, reason), then import with progress on a
background thread. Nothing is saved before the last step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.domain.errors import WijkhuisError
from app.importers.volunteers import field_labels
from ui.style import set_role
from ui.tasks import run_task, show_error


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file with one volunteer per row. A title "
                                 "above the headings is fine."))
        layout = QHBoxLayout(self)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._browse)
        layout.addWidget(self.path)
        layout.addWidget(browse)

    def _browse(self) -> None:
        filename, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), "",
                                                   self.tr("Spreadsheets (*.xlsx *.csv)"))
        if filename:
            self.path.setText(filename)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        return self.wizard_.read(Path(self.path.text().strip()))


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("The first rows of the file. Under each heading: how Wijkhuis reads that column. "
                                 "Correct it where it guessed wrong; “not imported” skips a column."))
        layout = QVBoxLayout(self)
        self.info = set_role(QLabel(), "hint")
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        layout.addWidget(self.table)
        self.combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        plan = self.wizard_.plan
        labels = field_labels()
        columns = plan.columns
        self.info.setText(self.tr("Sheet {sheet}: headings found on row {row}; {n} rows with data.").format(
            sheet=plan.sheet, row=plan.header_row, n=len(plan.rows)))
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(plan.preview) + 1)
        self.table.setHorizontalHeaderLabels([f"{c.letter}: {c.heading}" for c in columns])
        self.table.setVerticalHeaderLabels([self.tr("read as")] + [str(n) for n, _v in plan.preview])
        self.combos = {}
        for position, column in enumerate(columns):
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column.letter}")
            combo.addItem(self.tr("not imported"), None)
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            self.table.setCellWidget(0, position, combo)
            self.combos[column.index] = combo
        for row, (_number, values) in enumerate(plan.preview, start=1):
            for position, value in enumerate(values):
                self.table.setItem(row, position, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in self.combos.items()}

    def validatePage(self) -> bool:  # noqa: N802
        return self.wizard_.remap(self.mapping())


class ProblemsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Problems"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the refused ones"))
        self.skip_invalid.setObjectName("skipInvalid")
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:  # noqa: N802
        report = self.wizard_.trial
        self.summary.setText("\n".join(report.lines()[:4 if report.refused else None]))
        lines = [str(p) for p in report.problems]
        self.problems.setPlainText("\n".join(lines) or self.tr("No problems found."))
        self.skip_invalid.setVisible(report.refused)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.result = QPlainTextEdit()
        self.result.setObjectName("importResult")
        self.result.setReadOnly(True)
        layout.addWidget(self.result)
        self.done = False

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        self.result.setPlainText(self.tr("Importing…"))
        self.wizard_.start_import(self._finished)

    def _finished(self, report) -> None:
        self.done = True
        self.result.setPlainText("\n".join(report.lines()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import volunteers"))
        self.context = context
        self.service = context.services.volunteer_imports
        self.sheet = None
        self.plan = None
        self.trial = None
        self.file_name = ""
        self.imported = False
        self.task = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.problems_page = ProblemsPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.problems_page, self.import_page):
            self.addPage(page)
        self.resize(900, 560)

    def read(self, path: Path) -> bool:
        try:
            self.sheet, self.plan = self.service.read(self.context.actor, path)
        except WijkhuisError as error:
            show_error(self, error)
            return False
        self.file_name = path.name
        return True

    def remap(self, mapping: dict[int, str | None]) -> bool:
        try:
            self.plan = self.service.remap(self.context.actor, self.sheet, mapping)
            self.trial = self.service.run(self.context.actor, self.plan, file_name=self.file_name, dry_run=True,
                                          skip_invalid=True)
            self.trial.skip_invalid = False
        except WijkhuisError as error:
            show_error(self, error)
            return False
        return True

    def start_import(self, on_done) -> None:
        skip = self.problems_page.skip_invalid.isChecked()
        plan, name, actor = self.plan, self.file_name, self.context.actor

        def finished(report) -> None:
            self.imported = report.committed
            if report.committed:
                self.context.bus.changed.emit("volunteers")
            on_done(report)

        self.task = run_task(
            self, self.tr("Importing volunteers…"),
            lambda progress: self.service.run(actor, plan, file_name=name, skip_invalid=skip, progress=progress),
            finished,
        )
