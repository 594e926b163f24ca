"""The funder's decision: granted (amount, conditions, decision date, report dates), rejected
(date, reason) or settled (the final amount). The service checks; this dialog shows its
messages next to the fields and stays open until the step succeeds or is cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.services.subsidies import ApplicationDetail
from ui.pages.subsidies.widgets import DateField, MoneyEdit
from ui.style import set_role
from ui.widgets.form import ValidatedForm


class DecisionDialog(QDialog):
    def __init__(self, mode: str, detail: ApplicationDetail, apply: Callable[[dict], ApplicationDetail],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        self.result_detail: ApplicationDetail | None = None
        self._apply = apply
        self.setObjectName(f"decisionDialog_{mode}")
        titles = {"grant": self.tr("Application granted"), "reject": self.tr("Application rejected"),
                  "settle": self.tr("Grant settled")}
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{detail.title}</b> — {detail.funder_name}"))
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("decisionMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.fields: dict[str, QWidget] = {}
        today = dt.date.today()
        if mode in ("grant", "settle"):
            name = "granted_amount" if mode == "grant" else "settled_amount"
            amount = self.form.add(name, self.tr("Amount"), MoneyEdit())
            amount.set_value(detail.requested_amount if mode == "grant" else detail.granted_amount)
            self.fields["amount"] = amount
        date_name = "settled_on" if mode == "settle" else "decided_on"
        day = self.form.add(date_name, self.tr("Date of the decision"), DateField())
        day.set_value(today)
        self.fields["day"] = day
        if mode == "grant":
            self.fields["conditions"] = self.form.add("conditions", self.tr("Conditions"), QPlainTextEdit())
            self.fields["interim"] = self.form.add("interim_report_due", self.tr("Interim report due"), DateField())
            final = self.form.add("final_report_due", self.tr("Final report due"), DateField())
            if detail.period_end:
                final.set_value(dt.date(detail.period_end.year + 1, 4, 1))
            self.fields["final"] = final
        if mode == "reject":
            self.fields["reason"] = self.form.add("reason", self.tr("Reason given"), QPlainTextEdit())
        layout.addLayout(form_layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("decisionButtons")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        problems = []
        result: dict = {}
        for key, widget in self.fields.items():
            try:
                if isinstance(widget, (MoneyEdit, DateField)):
                    result[key] = widget.value()
                else:
                    result[key] = widget.toPlainText()
            except ValueError:
                problems.append(FieldProblem(widget.objectName(), self.tr("{text} cannot be read").format(
                    text=widget.text())))
        if problems:
            raise ValidationError(problems)
        return result

    def set_values(self, **values) -> None:
        """For tests and for pre-filling: amount, day, conditions, interim, final, reason."""
        for key, value in values.items():
            widget = self.fields[key]
            if isinstance(widget, MoneyEdit):
                widget.set_value(value)
            elif isinstance(widget, DateField):
                widget.set_value(value)
            else:
                widget.setPlainText(value)

    def try_accept(self) -> None:
        try:
            self.result_detail = self._apply(self.values())
        except ValidationError as error:
            self.form.report(error, self.message)
            return
        except WijkhuisError as error:
            self.message.setText(str(error))
            return
        self.accept()
