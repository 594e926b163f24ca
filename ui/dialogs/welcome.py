"""First start on an empty database: the centre's name and the first administrator, or a
database full of demo data to try the program with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app import demo
from app.domain.errors import FieldProblem, ValidationError, WijkhuisError
from app.services import Services
from app.services.common.actor import Actor
from ui.style import set_role
from ui.tasks import run_task, show_error
from ui.widgets.form import ValidatedForm


class WelcomeDialog(QDialog):
    """Accepted with `self.actor` set (the new administrator), or with `self.demo_built`."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.demo_built = False
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Wijkhuis"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(set_role(QLabel(self.tr("Welcome to Wijkhuis")), "heading"))
        intro = QLabel(
            self.tr(
                "Set up your centre: its name and the first administrator's account. "
                "You can add the other details and accounts later under Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_layout = QFormLayout()
        form_layout.setHorizontalSpacing(14)
        self.form = ValidatedForm(form_layout)
        self.centre = self.form.add("centre", self.tr("Name of the centre"), QLineEdit())
        self.username = self.form.add("username", self.tr("User name"), QLineEdit())
        self.full_name = self.form.add("full_name", self.tr("Your name"), QLineEdit())
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password_repeat = self.form.add("password_repeat", self.tr("Password again"), QLineEdit())
        for editor in (self.password, self.password_repeat):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        layout.addLayout(form_layout)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("welcomeMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        demo_hint = set_role(QLabel(self.tr(
            "Just looking around? Demo data fills a database with a made-up centre, volunteers, rooms "
            "and subsidies; log in as beheerder, coordinator or penningmeester with password demo."
        )), "hint")
        demo_hint.setWordWrap(True)
        demo_hint.setObjectName("demoHint")
        layout.addWidget(demo_hint)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Try it with demo data"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.build_demo)
        self.create_button = QPushButton(self.tr("Set up"))
        self.create_button.setObjectName("createButton")
        set_role(self.create_button, "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)

    def create(self) -> None:
        from app.services.accounts import check_new_password

        problems = [FieldProblem(name, self.tr("is required")) for name, editor in (
            ("centre", self.centre), ("username", self.username), ("full_name", self.full_name))
            if not editor.text().strip()]  # every empty field at once, not only the password
        try:
            check_new_password(self.password.text(), self.password_repeat.text())
        except ValidationError as error:
            problems += error.problems
        if problems:
            self.form.report(ValidationError(problems), self.message)
            return
        try:
            self.actor = self.services.users.initialise(
                self.centre.text(), self.username.text(), self.full_name.text(), self.password.text()
            )
        except ValidationError as error:
            self.form.report(error, self.message)
            return
        except WijkhuisError as error:
            show_error(self, error)
            return
        self.accept()

    def build_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.create_button.setEnabled(False)

        def work(progress):
            return demo.build(self.services.db, size="small", progress=progress)

        def done(_summary) -> None:
            self.demo_built = True
            self.accept()

        task = run_task(self, self.tr("Building demo data…"), work, done)
        task.failed.connect(lambda _e: (self.demo_button.setEnabled(True), self.create_button.setEnabled(True)))
