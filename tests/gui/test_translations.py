"""The English translation is complete and shipped; the language is a setting read at start.

(a) every source text the extractors find today is translated in the committed loket_en.ts,
    and the .ts holds nothing else; (b) no visible literal bypasses tr()/_() (tests/i18n_lint.py);
(c) in English the main window (every page), login dialog and setup wizard show no Indonesian;
(d) the .qm inside resources_rc.py is what lrelease makes of the committed .ts.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFile, QModelIndex, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "loket_en.ts"
sys.path.insert(0, str(ROOT / "tests"))
import i18n_lint  # noqa: E402

# Words an English screen never shows; matched as whole words, case-insensitive. Function words
# and common UI verbs/nouns, none of which occurs in the seeded service names or test users.
INDONESIAN = (
    "yang dan untuk dengan tidak belum dari atau sudah akan pada simpan batal tutup cari semua "
    "pilih tambah hapus cetak ekspor impor pengaturan laporan permohonan petugas pengguna "
    "tanggal keluar masuk sandi berkas templat pejabat libur umum kantor entri salinan "
    "pindaian tampilkan sampai hari ini baru diproses menunggu selesai ditolak terlambat "
    "keperluan dokumen nomor alamat kota jenis kode halaman ubah buka kembali "
    "januari februari maret mei juni juli agustus oktober desember "
    "senin selasa rabu kamis jumat sabtu minggu"
).split()
WORD = re.compile(r"\b(" + "|".join(INDONESIAN) + r")\b", re.IGNORECASE)
# Indonesian on purpose: the language's own name in the language chooser, and the example of
# the office's official name (it is printed on Indonesian letterheads whatever the UI language).
ALLOWED = {"Bahasa Indonesia", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi"}


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_resources", ROOT / "resources" / "build_resources.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            # Plurals (tr(..., n)) keep one form per number in <numerusform>s: all must be there.
            forms = [form.text or "" for form in node.findall("numerusform")]
            text = " | ".join(forms) if forms and all(f.strip() for f in forms) else ""
            out[(name, message.findtext("source", ""))] = (
                text if forms else node.text or "",
                node.get("type"),
            )
    return out


# --- (a) the .ts is complete ------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    """Today's source texts: the real extractors (lupdate + ast) into a temporary .ts."""
    out = tmp_path_factory.mktemp("ts")
    build = _build_module()
    build.update_translations(out)
    return out / "loket_en.ts"


def test_every_source_text_is_translated(fresh_ts):
    committed = _messages(TS)
    problems = []
    for key in _messages(fresh_ts):
        if key not in committed:
            problems.append(f"missing   {key[0]}: {key[1]!r}")
            continue
        text, kind = committed[key]
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"untranslated {key[0]}: {key[1]!r}")
    assert not problems, (
        "run `python resources/build_resources.py`, translate in "
        "resources/translations/loket_en.ts, rebuild:\n" + "\n".join(problems)
    )


def test_ts_holds_no_stale_entries(fresh_ts):
    stale = sorted(set(_messages(TS)) - set(_messages(fresh_ts)))
    assert not stale, f"entries no source uses any more (rebuild the .ts): {stale}"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text.replace("{{", "").replace("}}", "")))


def test_translations_keep_placeholders_and_accelerators():
    """A translation that drops ``{name}`` crashes ``.format``; one that drops ``&`` loses
    the keyboard shortcut."""
    bad = []
    for (context, source), (text, _kind) in _messages(TS).items():
        if _placeholders(source) != _placeholders(text):
            bad.append((context, source, text))
        elif source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            bad.append((context, source, text))
    assert not bad


def test_document_texts_are_not_extracted():
    """Official documents stay Indonesian, so their texts are not offered for translation;
    the refusals the same modules raise are."""
    messages = _build_module().extract_core_messages()
    assert "SESUAI DENGAN ASLINYA" not in messages  # endorsement block (legal_print)
    assert "Pilih sedikitnya satu dokumen untuk dicetak." in messages  # raised by legal_print
    assert "Kartu Keluarga" in messages  # DOC_TYPES, reaching _() as _(DOC_TYPES.get(...))
    assert "Januari" in messages  # formatting.MONTHS
    assert "nama pemohon" in messages  # PLACEHOLDERS meanings


# --- (b) nothing visible bypasses the translator ---------------------------------------------


def test_gui_has_no_untranslated_visible_literal():
    findings = i18n_lint.check_files(i18n_lint.gui_files())
    assert not findings, "wrap in self.tr(...):\n" + "\n".join(map(str, findings))


def test_core_messages_go_through_underscore():
    findings = i18n_lint.check_core_files()
    assert not findings, "wrap in _(...):\n" + "\n".join(map(str, findings))


def test_checker_catches_the_usual_mistakes(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class W:\n"
        "    def f(self, parent, n):\n"
        "        self.label.setText('Simpan')\n"
        "        QLabel(f'{n} entri')\n"
        "        text = 'Batal'\n"
        "        self.button.setText(text)\n"
        "        QMessageBox.warning(self, 'Judul', self.tr('ok'))\n"
        "        self.combo.addItems(['Satu', self.tr('Dua')])\n"
        "        parent.tr('Halo')\n"
        "        self.w.setToolTip(self.tr(f'{n} x'))\n"
        "        self.ok.setText(self.tr('Simpan'))\n"
        "        self.name.setText(user.full_name)\n",
        encoding="utf-8",
    )
    i18n_lint_root = i18n_lint.ROOT
    try:
        i18n_lint.ROOT = tmp_path
        lines = sorted(f.line for f in i18n_lint.check_files([sample]))
    finally:
        i18n_lint.ROOT = i18n_lint_root
    assert lines == [3, 4, 5, 7, 8, 9, 10]


# --- (d) the shipped .qm is built from the committed .ts --------------------------------------


def test_compiled_translation_is_up_to_date(tmp_path):
    from desktop_app.gui import resources_rc  # noqa: F401 - registers :/translations

    build = _build_module()
    qm = tmp_path / "loket_en.qm"
    subprocess.run([build.tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    shipped = QFile(":/translations/loket_en.qm")
    assert shipped.open(QFile.OpenModeFlag.ReadOnly), "loket_en.qm missing from resources_rc"
    try:
        data = bytes(shipped.readAll().data())
    finally:
        shipped.close()
    assert data == qm.read_bytes(), "resources_rc.py is stale: run resources/build_resources.py"


# --- (c) the English screens ------------------------------------------------------------------


@pytest.fixture
def english(qapp):
    from desktop_app.gui import app as gui_app

    assert gui_app.install_translator(qapp, "en")
    yield
    gui_app.install_translator(qapp, "id")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root`` and its children."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__}({widget.objectName()}).{what}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        elif isinstance(w, QMenu):
            add(w, "title", w.title())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, f"row{i}", w.item(i).text())
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount(QModelIndex())):
                add(w, f"header{section}", str(model.headerData(section, _horizontal()) or ""))
        for action in w.actions():
            add(w, f"action[{action.objectName()}]", action.text())
            add(w, f"action[{action.objectName()}].toolTip", action.toolTip())
    return out


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _citizen_texts(root: QWidget) -> set[str]:
    """Texts that are Indonesian on purpose: the preview of the WhatsApp reply to a citizen."""
    from desktop_app.gui.pages.settings.templates import TemplatesTab

    return {tab.preview.text() for tab in root.findChildren(TemplatesTab)}


def indonesian_in(root: QWidget) -> list[str]:
    found = []
    citizen = _citizen_texts(root)
    for where, text in visible_texts(root):
        if text in citizen and where.endswith(".text"):
            continue
        clean = text.replace("&", "")
        if clean in ALLOWED:
            continue
        match = WORD.search(clean)
        if match:
            found.append(f"{where}: {text!r} ({match.group(0)})")
    return found


def test_word_list_catches_indonesian(qtbot):
    label = QLabel("Simpan perubahan")
    qtbot.addWidget(label)
    assert indonesian_in(label)
    label.setText("Save changes")
    assert not indonesian_in(label)


def test_main_window_in_english_on_every_page(english, qtbot, make_ctx, supervisor, db):
    from desktop_app.core.demo import fill_demo
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.pages import PAGES

    fill_demo(db, days=2, seed=1)  # tables with rows, combos with officers
    window = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(window)
    window.show()
    assert QCoreApplication.translate("pages", "Permohonan") == "Requests"
    for spec in PAGES:
        assert window.show_page(spec.key) is not None, spec.key
    found = indonesian_in(window)
    assert not found, "\n".join(found)


def test_login_dialog_in_english(english, qtbot, db, supervisor):
    from desktop_app.gui.login import LoginDialog

    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    found = indonesian_in(dialog)
    assert not found, "\n".join(found)
    assert dialog.windowTitle()


def test_setup_wizard_in_english(english, qtbot, db):
    from desktop_app.gui.wizard import SetupWizard

    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    found = indonesian_in(wizard)
    assert not found, "\n".join(found)


def test_request_and_legal_dialogs_in_english(english, qtbot, make_ctx, supervisor):
    from desktop_app.gui.legal_entry import LegalEntryDialog
    from desktop_app.gui.request_intake import RequestIntakeDialog
    from desktop_app.gui.request_transfer import ExportDialog

    ctx = make_ctx(supervisor)
    for dialog in (RequestIntakeDialog(ctx), LegalEntryDialog(ctx), ExportDialog(ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        found = [f for f in indonesian_in(dialog) if "pasteText" not in f]
        assert not found, "\n".join(found)


def test_core_messages_follow_the_translator(english):
    from desktop_app.core import identity
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.formatting import long_date

    with pytest.raises(ValidationError) as refused:
        identity.parse_kk("123")
    assert refused.value.message == "KK number must have 16 digits, found 3"
    from datetime import date

    assert long_date(date(2026, 11, 28), weekday=True) == "Saturday, 28 November 2026"


# --- the language setting takes effect at the next start ---------------------------------------


def test_language_setting_applies_at_next_start(
    qapp, qtbot, make_ctx, supervisor, qsettings, monkeypatch
):
    from desktop_app.gui import app as gui_app
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("pengaturan")
    tab = page.general_tab

    def texts():
        return [label.text() for label in tab.findChildren(QLabel) if label is not tab.notice]

    before = texts()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert QSettings().value("language", "id") == "id"

    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert tab.save()

    assert QSettings().value("language") == "en"
    assert texts() == before
    assert tab.notice.text() == (
        "✓ Pengaturan umum tersimpan. Bahasa baru dipakai setelah aplikasi dibuka ulang."
    )
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == titles
    assert "Permohonan" in titles
    assert QCoreApplication.translate("pages", "Permohonan") == "Permohonan"  # still Indonesian

    # The next start: create_application reads the setting and installs the translator
    # (same application name as the test's QSettings, so it reads the test's file).
    monkeypatch.setattr(gui_app, "APP_NAME", qapp.applicationName())
    try:
        gui_app.create_application()
        assert QCoreApplication.translate("pages", "Permohonan") == "Requests"
    finally:
        gui_app.install_translator(qapp, "id")
        qapp.setStyleSheet("")


def test_default_language_is_indonesian(qapp, qsettings, monkeypatch):
    from desktop_app.gui import app as gui_app

    monkeypatch.setattr(gui_app, "APP_NAME", qapp.applicationName())
    try:
        assert gui_app.create_application() is qapp
        assert QCoreApplication.translate("pages", "Permohonan") == "Permohonan"
        assert QCoreApplication.translate("LoginDialog", "Masuk") == "Masuk"
    finally:
        gui_app.install_translator(qapp, "id")
        qapp.setStyleSheet("")
