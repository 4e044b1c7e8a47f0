"""The Legalisir page: list and filters, print, reprint with a reason, revoke, export."""

from __future__ import annotations

import pytest
from legal_gui_support import add_entry, make_ctx, setup_office
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.core import legalization as legal
from desktop_app.core.errors import PermissionDenied
from desktop_app.gui import files, printing
from desktop_app.gui.pages import legalization as page_module
from desktop_app.gui.pages.legalization import LegalizationPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(db, supervisor):
    return setup_office(db)


def make_page(qtbot, db, actor) -> LegalizationPage:
    page = LegalizationPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


class FakePreviewDialog:
    """The user presses print in the preview; the printer writes a PDF file."""

    outputs: list = []
    folder = None

    def __init__(self, printer, parent=None):
        self.printer = printer
        self.handlers = []
        self.paintRequested = self

    def connect(self, handler):
        self.handlers.append(handler)

    def setWindowTitle(self, title):
        pass

    def exec(self):
        out = FakePreviewDialog.folder / f"print-{len(FakePreviewDialog.outputs)}.pdf"
        FakePreviewDialog.outputs.append(out)
        self.printer.setOutputFormat(printing.QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(out))
        for handler in self.handlers:
            handler(self.printer)
        return 1


@pytest.fixture
def fake_printer(monkeypatch, tmp_path):
    FakePreviewDialog.outputs = []
    FakePreviewDialog.folder = tmp_path
    monkeypatch.setattr(printing, "QPrintPreviewDialog", FakePreviewDialog)
    return FakePreviewDialog


def choose(monkeypatch, what="endorsement", paper="A4", action="print"):
    monkeypatch.setattr(
        printing.PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, parent, **kw: printing.PrintChoice(what, paper, action)),
    )


def test_lists_entries_with_masked_nik_and_filters(qtbot, db, legalisir, office):
    entries = [add_entry(db, legalisir, office, seed=s) for s in range(1, 5)]
    page = make_page(qtbot, db, legalisir)
    model = page.register.model
    assert model.rowCount() == 4
    first = model.entries[-1]
    assert model.index(3, 3).data() == first.nik_masked != first.nik
    assert model.index(3, 0).data() == entries[0].register_no  # newest on top
    page.register.purpose.setCurrentIndex(page.register.purpose.findData("polri"))
    assert {e.purpose for e in model.entries} == {"polri"}
    page.register.purpose.setCurrentIndex(0)
    qtbot.keyClicks(page.register.search, "dewi")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.entries[0].applicant_name == "Dewi Lestari"
    assert "1 entri" in page.register.summary.text()
    assert page.tabs.tabText(1) == "Verifikasi"


def test_print_then_reprint_asks_a_reason_and_counts(
    qtbot, db, legalisir, office, fake_printer, monkeypatch
):
    entry = add_entry(db, legalisir, office)
    page = make_page(qtbot, db, legalisir)
    tab = page.register
    tab.select_entry(entry.id)
    assert not tab.reprint_button.isEnabled()  # nothing printed yet
    choose(monkeypatch, "endorsement", "F4")
    asked = []
    monkeypatch.setattr(
        page_module.ReasonDialog,
        "ask",
        classmethod(lambda cls, *a: asked.append(a) or "Kertas macet di printer"),
    )
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert asked == []  # a first print needs no reason
    info = legal.get_entry(db, legalisir, entry.id)
    assert (info.print_count, info.reprint_count) == (1, 0)
    first = PdfReader(str(fake_printer.outputs[0]))
    assert len(first.pages) == 3
    assert abs(float(first.pages[0].mediabox.height) * 25.4 / 72 - 330) < 0.5  # F4

    assert tab.reprint_button.isEnabled()
    qtbot.mouseClick(tab.reprint_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "sudah dicetak 1 kali" in asked[0][2]
    info = legal.get_entry(db, legalisir, entry.id)
    assert (info.print_count, info.reprint_count) == (2, 1)
    history = legal.print_history(db, legalisir, entry.id)
    assert history[-1]["kind"] == "reprint" and history[-1]["reason"] == "Kertas macet di printer"
    assert tab.model.index(0, 7).data() == "2 (ulang 1)"


def test_reprint_cancelled_at_the_reason_counts_nothing(
    qtbot, db, legalisir, office, fake_printer, monkeypatch
):
    entry = add_entry(db, legalisir, office)
    legal.record_print(db, legalisir, entry.id, "print", "endorsement")
    page = make_page(qtbot, db, legalisir)
    page.register.select_entry(entry.id)
    choose(monkeypatch)
    monkeypatch.setattr(page_module.ReasonDialog, "ask", classmethod(lambda cls, *a: None))
    qtbot.mouseClick(page.register.reprint_button, Qt.MouseButton.LeftButton)
    assert legal.get_entry(db, legalisir, entry.id).print_count == 1
    assert fake_printer.outputs == []


def test_reason_dialog_refuses_an_empty_reason(qtbot):
    dialog = page_module.ReasonDialog(None, "Alasan", "Mengapa?", "Cetak ulang")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and "wajib" in dialog.hint.text()
    qtbot.keyClicks(dialog.reason, "cetakan pudar")
    assert dialog.ok.isEnabled()


def test_reason_dialog_states_its_limits_and_refuses_a_short_reason(qtbot):
    dialog = page_module.ReasonDialog(
        None, "Alasan", "Mengapa?", "Cabut", "misalnya: dokumen asli bukan milik pemohon"
    )
    qtbot.addWidget(dialog)
    assert dialog.limits.text() == "Minimal 10 karakter, maksimal 500."  # before typing
    assert dialog.reason.placeholderText() == "misalnya: dokumen asli bukan milik pemohon"
    qtbot.keyClicks(dialog.reason, "x")
    assert not dialog.ok.isEnabled()
    assert dialog.limits.text() == "Minimal 10 karakter, maksimal 500. Sudah 1."
    dialog.accept()
    assert dialog.result() == 0 and "minimal 10 karakter" in dialog.hint.text()
    qtbot.keyClicks(dialog.reason, "alah nama")
    assert dialog.ok.isEnabled()


def test_reprint_and_revoke_give_their_own_examples(
    qtbot, db, supervisor, legalisir, office, fake_printer, monkeypatch
):
    entry = add_entry(db, legalisir, office)
    legal.record_print(db, legalisir, entry.id, "print", "endorsement")
    page = make_page(qtbot, db, supervisor)
    page.register.select_entry(entry.id)
    examples = []
    monkeypatch.setattr(
        page_module.ReasonDialog, "ask", classmethod(lambda cls, *a: examples.append(a[4]))
    )
    choose(monkeypatch)
    qtbot.mouseClick(page.register.reprint_button, Qt.MouseButton.LeftButton)
    page.register.select_entry(entry.id)
    qtbot.mouseClick(page.register.revoke_button, Qt.MouseButton.LeftButton)
    assert len(examples) == 2 and examples[0] != examples[1]
    assert "printer" in examples[0] and "pemohon" in examples[1]


def test_save_pdf_writes_the_core_pdf_and_counts_it(
    qtbot, db, legalisir, office, monkeypatch, tmp_path
):
    entry = add_entry(db, legalisir, office)
    page = make_page(qtbot, db, legalisir)
    page.register.select_entry(entry.id)
    choose(monkeypatch, "receipt", "A4", "save")
    target = tmp_path / "tanda-terima.pdf"
    monkeypatch.setattr(printing, "save_pdf_path", lambda parent, name: target)
    monkeypatch.setattr(page_module.QMessageBox, "information", lambda *a: None)
    qtbot.mouseClick(page.register.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert legal.print_history(db, legalisir, entry.id)[0]["what"] == "receipt"


def test_revoke_is_hidden_and_refused_for_legalisir(qtbot, db, legalisir, office):
    entry = add_entry(db, legalisir, office)
    page = make_page(qtbot, db, legalisir)
    assert page.register.revoke_button.isHidden()
    with pytest.raises(PermissionDenied):
        legal.revoke(db, legalisir, entry.id, "coba-coba")
    assert not legal.get_entry(db, legalisir, entry.id).revoked


def test_supervisor_revokes_with_a_reason(qtbot, db, supervisor, legalisir, office, monkeypatch):
    entry = add_entry(db, legalisir, office)
    page = make_page(qtbot, db, supervisor)
    tab = page.register
    assert not tab.revoke_button.isHidden()
    tab.select_entry(entry.id)
    monkeypatch.setattr(
        page_module.ReasonDialog, "ask", classmethod(lambda cls, *a: "Data pemohon keliru")
    )
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    info = legal.get_entry(db, supervisor, entry.id)
    assert info.revoked and info.revoke_reason == "Data pemohon keliru"
    assert tab.model.index(0, 8).data() == "Dicabut"
    assert tab.model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert not tab.print_button.isEnabled() and not tab.revoke_button.isEnabled()


def test_export_register_writes_pdf_and_xlsx(qtbot, db, legalisir, office, monkeypatch, tmp_path):
    for seed in (1, 2):
        add_entry(db, legalisir, office, seed=seed)
    page = make_page(qtbot, db, legalisir)
    target = tmp_path / "register.pdf"
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(page_module.QMessageBox, "information", lambda *a: None)
    with qtbot.waitSignal(page.register.export_finished, timeout=20000) as blocker:
        qtbot.mouseClick(page.register.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == [target, target.with_suffix(".xlsx")]
    assert len(PdfReader(str(target)).pages) >= 1
    assert target.with_suffix(".xlsx").stat().st_size > 0
    assert page.register.export_button.isEnabled()


def test_new_entry_shortcut_selects_and_offers_print(qtbot, db, legalisir, office, monkeypatch):
    entry = add_entry(db, legalisir, office, seed=2)
    page = make_page(qtbot, db, legalisir)
    monkeypatch.setattr(
        page_module.LegalEntryDialog, "ask", classmethod(lambda cls, ctx, parent: (entry, False))
    )
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.register.table.setFocus()
    qtbot.keyClick(page.register.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click: clicked comes ~100 ms later.
    qtbot.waitUntil(lambda: page.register.selected_entry() is not None)
    assert page.register.selected_entry().id == entry.id


def test_settings_tab_saves_and_prints_calibration_at_100_percent(
    qtbot, db, supervisor, office, fake_printer
):
    from desktop_app.gui.pages.settings.legalization import LegalSettingsTab

    tab = LegalSettingsTab(make_ctx(db, supervisor))
    qtbot.addWidget(tab)
    assert tab.tab_title() == "Legalisir"
    tab.register_format.setText("474/{seq}")  # no year: numbers would repeat next year
    assert not tab.save() and "{year}" in tab.field_errors.text("legal_register_format")
    assert tab.notice.property("role") == "error"
    tab.register_format.setText("474.1/{seq:04d}/Dukcapil/{year}")
    assert "474.1/0001/Dukcapil/" in tab.sample.text()
    tab.paper.setCurrentIndex(tab.paper.findData("F4"))
    tab.corner.setCurrentIndex(tab.corner.findData("top-left"))
    tab.x_mm.setValue(30)
    tab.y_mm.setValue(40)
    assert tab.save(), tab.notice.text()
    assert tab.notice.text() == "✓ Pengaturan legalisir tersimpan."
    assert tab.field_errors.text("legal_register_format") == ""  # the fixed error is gone
    from desktop_app.core import settings

    assert settings.get_value(db, "paper") == "F4"
    assert settings.get_value(db, "legal_endorse_x_mm") == 30
    qtbot.mouseClick(tab.calibrate_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(str(fake_printer.outputs[0]))
    assert abs(float(printed.pages[0].mediabox.height) * 25.4 / 72 - 330) < 0.5


def test_settings_tab_sets_the_orientation_and_the_printers_unprintable_edge(
    qtbot, db, supervisor, office, fake_printer, monkeypatch
):
    from desktop_app.core import settings
    from desktop_app.gui.pages.settings.legalization import LegalSettingsTab

    tab = LegalSettingsTab(make_ctx(db, supervisor))
    qtbot.addWidget(tab)
    assert tab.margin_mm.value() == 5.0 and tab.orientation.currentData() == "portrait"
    tab.corner.setCurrentIndex(tab.corner.findData("top-left"))
    tab.x_mm.setValue(6)
    tab.y_mm.setValue(30)
    tab.margin_mm.setValue(8)  # this printer clips 8 mm: 6 mm from the edge cannot print
    assert not tab.save()
    assert "tidak dapat dicetak printer" in tab.field_errors.text("legal_endorse_x_mm")
    assert settings.get_value(db, "print_margin_mm") == 5.0  # nothing half-saved
    tab.x_mm.setValue(12)
    tab.orientation.setCurrentIndex(tab.orientation.findData("landscape"))
    assert tab.save(), tab.notice.text()
    assert settings.get_value(db, "print_margin_mm") == 8.0
    assert settings.get_value(db, "legal_endorse_orientation") == "landscape"
    from desktop_app.core import legal_print

    made = []
    real = legal_print.calibration_pdf
    monkeypatch.setattr(
        legal_print, "calibration_pdf", lambda *a, **kw: made.append(real(*a, **kw)) or made[-1]
    )
    qtbot.mouseClick(tab.calibrate_button, Qt.MouseButton.LeftButton)
    page = PdfReader(str(fake_printer.outputs[0])).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    import io

    text = PdfReader(io.BytesIO(made[0])).pages[0].extract_text()
    assert "batas area cetak, 8 mm dari tepi kertas" in text and "mendatar" in text


def test_settings_page_shows_the_legalisir_tab(qtbot, db, supervisor, office):
    from desktop_app.gui.pages.settings import SettingsPage

    page = SettingsPage(make_ctx(db, supervisor))
    qtbot.addWidget(page)
    assert "Legalisir" in page.tab_titles()


def test_copy_of_a_scan_without_resolution_asks_it_then_where_the_block_goes(
    qtbot, db, legalisir, office, fake_printer, monkeypatch
):
    """A phone photo (no resolution) of an akta full to the bottom: the clerk gives the
    resolution, is told 100 % leaves no room for the block, chooses the back; the print is
    duplex with the copy at its real size."""
    from legal_helpers import document_scan

    photo = document_scan(210, 297, dpi=None, ink_bottom_mm=20, fmt="JPEG", title="AKTA")
    entry = add_entry(db, legalisir, office, scan=legal.check_scan(photo, "foto.jpg"))
    page = make_page(qtbot, db, legalisir)
    page.register.select_entry(entry.id)
    choose(monkeypatch, "copy", "A4")
    asked: dict[str, object] = {}

    def ask_dpi(cls, parent, **kw):
        asked["dpi"] = kw
        return 150.0

    def ask_place(cls, parent, **kw):
        asked["placement"] = kw
        return "back"

    monkeypatch.setattr(printing.ScanResolutionDialog, "ask", classmethod(ask_dpi))
    monkeypatch.setattr(printing.CopyPlacementDialog, "ask", classmethod(ask_place))
    jobs = []
    real_preview = printing.preview_and_print
    monkeypatch.setattr(
        printing,
        "preview_and_print",
        lambda parent, job, copies=1: jobs.append(job) or real_preview(parent, job, copies),
    )
    qtbot.mouseClick(page.register.print_button, Qt.MouseButton.LeftButton)
    assert asked["dpi"]["file_name"] == "foto.jpg" and asked["dpi"]["pixels"] == (1240, 1754)
    assert (
        asked["placement"]["back_possible"]
        and "Kartu Keluarga hal. 1" in asked["placement"]["pages"]
    )
    assert 50 < asked["placement"]["shrink_percent"] < 100
    assert legal.get_entry(db, legalisir, entry.id).print_count == 1
    printed = PdfReader(str(fake_printer.outputs[-1]))
    assert len(printed.pages) == 2 * 2  # 2 copies of the KK, each sheet with its back
    assert jobs[-1].duplex and jobs[-1].actual_size  # printed both sides where the printer can


def test_resolution_and_placement_dialogs(qtbot):
    dialog = printing.ScanResolutionDialog(
        None, document="Kartu Keluarga", file_name="kk.jpg", pixels=(3508, 2480)
    )
    qtbot.addWidget(dialog)
    dialog.dpi.setCurrentIndex(dialog.dpi.findData(300))
    assert dialog.value() == 300.0 and dialog.size_label.text() == "297 × 210 mm"
    place = printing.CopyPlacementDialog(
        None, pages=["Akta Kelahiran hal. 1"], shrink_percent=87, back_possible=False
    )
    qtbot.addWidget(place)
    assert not place.back.isEnabled() and place.shrink.isChecked() and place.value() == "shrink"
    assert "87%" in place.shrink.text()
