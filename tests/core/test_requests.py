"""Requests: catalog, intake validation, tickets, workflow, concurrency, queries, templates."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.core import requests as rq
from desktop_app.core import settings
from desktop_app.core.clock import ZONES
from desktop_app.core.db import Database
from desktop_app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop_app.core.models import AuditEntry, Request

WIB = ZONES["WIB"]
NIK = "3216064507880003"
NIK2 = "3216071203910002"
KK = "3216062201150009"
PHONE = "0812-8877-1203"  # a WhatsApp request needs the sender's number


def new(db, actor, **kw):
    fields = dict(channel="wa", service_code="KK", name="Sri Wahyuni", nik=NIK)
    fields.update(kw)
    if fields["channel"] == "wa":
        fields.setdefault("phone", PHONE)
    return rq.create_request(db, actor, **fields)


def actions(db, prefix):
    with db.read() as s:
        return [a.action for a in s.scalars(select(AuditEntry)) if a.action.startswith(prefix)]


# --- catalog ---------------------------------------------------------------------------------


def test_default_catalog_is_seeded(db):
    codes = [s.code for s in rq.list_services(db)]
    assert codes[:2] == ["KK", "LAHIR"]
    assert set(codes) == {"KK", "LAHIR", "PINDAH", "MATI", "KIA", "KAWIN", "NIK", "CERAI", "ADUAN"}
    assert all(s.target_days == 1 for s in rq.list_services(db))


def test_supervisor_edits_catalog_petugas_cannot(db, supervisor, petugas):
    rq.save_service(db, supervisor, "kk", "Kartu Keluarga", 3)
    assert {s.code: s.target_days for s in rq.list_services(db)}["KK"] == 3
    rq.save_service(db, supervisor, "SKTS", "Surat Keterangan Tinggal Sementara", 2)
    assert "SKTS" in [s.code for s in rq.list_services(db)]
    rq.save_service(db, supervisor, "SKTS", "Surat Keterangan Tinggal Sementara", 2, active=False)
    assert "SKTS" not in [s.code for s in rq.list_services(db)]
    assert "SKTS" in [s.code for s in rq.list_services(db, include_inactive=True)]
    with pytest.raises(PermissionDenied):
        rq.save_service(db, petugas, "KK", "Kartu Keluarga", 1)
    with pytest.raises(ValidationError, match="sudah dipakai"):
        rq.save_service(db, supervisor, "kk", "Duplikat", 1, new=True)
    assert {s.code: s.name for s in rq.list_services(db)}["KK"] == "Kartu Keluarga"
    with pytest.raises(ValidationError) as err:
        rq.save_service(db, supervisor, "k", "", 99)
    assert {f for f, _m in err.value.problems} == {"code", "name", "target_days"}


# --- intake ----------------------------------------------------------------------------------


def test_create_assigns_ticket_due_date_and_event(db, petugas):
    received = datetime(2026, 11, 27, 9, 15, tzinfo=WIB)  # Friday
    detail = new(
        db, petugas, received_at=received, kk="3216-0622-0115-0009", phone="0812-8877-1203"
    )
    assert detail.ticket == "KK-261127-0001"
    assert detail.due_at == datetime(2026, 11, 30, 23, 59, 59, tzinfo=WIB)
    assert detail.status == "baru" and detail.version == 1
    assert detail.kk == KK and detail.phone == "+6281288771203"
    assert [e.kind for e in detail.events] == ["create"]
    assert new(db, petugas, received_at=received, nik=NIK2).ticket == "KK-261127-0002"
    assert new(db, petugas, received_at=received, service_code="lahir").ticket == (
        "LAHIR-261127-0001"
    )
    assert actions(db, "request.create")


def test_ticket_day_is_wib_date(db, petugas):
    received = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)  # 27 Nov 03:00 WIB
    assert new(db, petugas, received_at=received).ticket.startswith("KK-261127-")


def test_holiday_moves_due_date(db, supervisor, petugas):
    settings.set_holiday(db, supervisor, date(2026, 11, 30), "Cuti bersama")
    received = datetime(2026, 11, 27, 9, 0, tzinfo=WIB)
    assert new(db, petugas, received_at=received).due_at.astimezone(WIB).date() == date(2026, 12, 1)


def test_every_bad_field_is_named(db, petugas):
    with pytest.raises(ValidationError) as err:
        rq.create_request(
            db, petugas, channel="fax", service_code="XX", name="  ", nik="1234",
            kk="12", phone="abc", email="bukan-email", notes="x" * 5001,
            received_at=datetime.now(UTC) + timedelta(days=2),
        )  # fmt: skip
    fields = {f for f, _m in err.value.problems}
    assert fields == {
        "channel", "service_code", "name", "nik", "kk", "phone", "email", "notes", "received_at",
    }  # fmt: skip
    with db.read() as s:
        assert s.scalar(select(Request.id)) is None


def test_names_with_apostrophes_and_accents(db, petugas):
    d = new(db, petugas, name="  Nur'aini   Hasibuan ")
    assert d.name == "Nur'aini Hasibuan"
    new(db, petugas, name="Ni Luh Putu Ayu Séptiani", nik=NIK2)
    assert rq.fold_name("Ni Luh Putu Ayu Séptiani") == "ni luh putu ayu septiani"
    with db.read() as s:
        assert s.scalar(select(Request.name_folded).where(Request.id == d.id)) == (
            "nuraini hasibuan"
        )


def test_open_duplicates_warns_same_nik_same_service(db, petugas):
    first = new(db, petugas)
    new(db, petugas, service_code="LAHIR")
    dups = rq.open_duplicates(db, petugas, "3216 0645 0788 0003", "kk")
    assert [d.ticket for d in dups] == [first.ticket]
    rq.change_status(db, petugas, first.id, first.version, "ditolak", reason="Ganda")
    assert rq.open_duplicates(db, petugas, NIK, "KK") == []


def test_legalisir_cannot_change_or_read_requests(db, legalisir, petugas):
    with pytest.raises(PermissionDenied):
        new(db, legalisir)
    d = new(db, petugas)
    with pytest.raises(PermissionDenied):
        rq.change_status(db, legalisir, d.id, d.version, "diproses")
    with pytest.raises(PermissionDenied):
        rq.list_ids(db, legalisir)
    assert actions(db, "permission.denied")


# --- workflow --------------------------------------------------------------------------------


def test_full_workflow_with_events_and_audit(db, petugas):
    d = new(db, petugas)
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    assert d.assigned_to == petugas.user_id  # the one who starts it takes it
    d = rq.change_status(
        db, petugas, d.id, d.version, "menunggu_berkas", note="Kirim akta",
        missing_documents=["Akta kelahiran"],
    )  # fmt: skip
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    d = rq.change_status(db, petugas, d.id, d.version, "selesai", document_no="3216-KK-0001")
    assert d.status == "selesai" and d.closed_at is not None
    assert d.document_no == "3216-KK-0001" and d.next_statuses == ("diproses",)
    moves = [(e.from_status, e.to_status) for e in d.events if e.kind == "status"]
    assert moves == [
        ("baru", "diproses"), ("diproses", "menunggu_berkas"),
        ("menunggu_berkas", "diproses"), ("diproses", "selesai"),
    ]  # fmt: skip
    assert all(e.user_name == "Budi" for e in d.events if e.kind == "status")
    assert len(actions(db, "request.status")) == 4


def test_invalid_transitions_and_reject_reason(db, petugas):
    d = new(db, petugas)
    with pytest.raises(ValidationError):
        rq.change_status(db, petugas, d.id, d.version, "selesai")  # baru -> selesai
    with pytest.raises(ValidationError) as err:
        rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="  ")
    assert err.value.problems[0][0] == "reason"
    d = rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="Berkas palsu")
    assert d.reject_reason == "Berkas palsu"
    with pytest.raises(ValidationError):
        rq.change_status(db, petugas, d.id, d.version, "bogus")


def test_reopen_is_supervisor_only(db, supervisor, petugas):
    d = new(db, petugas)
    d = rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="Tidak lengkap")
    with pytest.raises(PermissionDenied):
        rq.change_status(db, petugas, d.id, d.version, "diproses")
    d = rq.change_status(db, supervisor, d.id, d.version, "diproses", note="Salah tolak")
    assert d.status == "diproses" and d.closed_at is None and d.reject_reason is None
    assert actions(db, "request.reopen")


def test_stale_version_is_a_conflict_naming_who(db, supervisor, petugas):
    d = new(db, petugas)
    rq.change_status(db, supervisor, d.id, d.version, "diproses")
    with pytest.raises(Conflict) as err:
        rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="x")
    assert "Kepala Seksi" in err.value.message and "baru saja diubah" in err.value.message
    with pytest.raises(Conflict):
        rq.update_request(db, petugas, d.id, d.version, name="Orang Lain")
    fresh = rq.get_detail(db, petugas, d.id)
    assert fresh.status == "diproses" and fresh.name == "Sri Wahyuni"


def test_assign_and_edit(db, supervisor, petugas, legalisir):
    d = new(db, petugas)
    d = rq.assign(db, petugas, d.id, d.version, supervisor.user_id)
    assert d.officer_name == "Kepala Seksi" and d.events[-1].kind == "assign"
    with pytest.raises(ValidationError):
        rq.assign(db, petugas, d.id, d.version, legalisir.user_id)
    d = rq.update_request(
        db, petugas, d.id, d.version, name="Sri Wahyuningsih", service_code="LAHIR"
    )
    assert d.name == "Sri Wahyuningsih" and d.service_code == "LAHIR"
    assert d.ticket.startswith("KK-")  # the ticket never changes
    assert d.events[-1].kind == "edit" and "Nama" in d.events[-1].note  # labels, not names
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "request.edit")).one()
    assert "service_code" in entry.detail and "Sri Wahyuningsih" in entry.detail
    with pytest.raises(ValidationError):
        rq.update_request(db, petugas, d.id, d.version, nik="123")
    with pytest.raises(NotFound):
        rq.get_detail(db, petugas, 999_999)


def test_tickets_unique_under_concurrency(db_url, db, petugas):
    received = datetime(2026, 11, 27, 10, 0, tzinfo=WIB)
    tickets: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        own = Database.open(db_url)  # a separate counter PC
        try:
            for _ in range(5):
                tickets.append(new(own, petugas, received_at=received).ticket)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(tickets) == 20 and len(set(tickets)) == 20
    assert sorted(tickets)[-1] == "KK-261127-0020"


# --- queries ---------------------------------------------------------------------------------


@pytest.fixture
def sample(db, supervisor, petugas):
    base = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    made = [
        new(db, petugas, name="Sri Wahyuni", received_at=base, phone="0812-8877-1203", kk=KK),
        new(db, petugas, name="Nur'aini Hasibuan", nik=NIK2, channel="web", service_code="LAHIR",
            received_at=base + timedelta(hours=1), external_ref="ESIAK-2611-00017"),
        new(db, petugas, name="Ni Luh Putu Ayu", received_at=base + timedelta(days=1),
            phone="(021) 8997 0123", channel="telepon"),
        new(db, petugas, name="Dedi Kurniawan", received_at=datetime.now(UTC),
            phone="0857-1100-2345"),
    ]  # fmt: skip
    d = made[2]
    rq.change_status(db, petugas, d.id, d.version, "diproses")
    return made


def test_list_filters_and_sorts(db, petugas, sample):
    all_ids = rq.list_ids(db, petugas)
    assert all_ids == [m.id for m in reversed(sample)]  # newest first
    assert rq.list_ids(db, petugas, sort_key="name", descending=False)[0] == sample[3].id
    flt = rq.RequestFilter(date_from=date(2026, 11, 23), date_to=date(2026, 11, 23))
    assert set(rq.list_ids(db, petugas, flt)) == {sample[0].id, sample[1].id}
    assert rq.list_ids(db, petugas, rq.RequestFilter(services=("LAHIR",))) == [sample[1].id]
    assert rq.list_ids(db, petugas, rq.RequestFilter(channels=("web",))) == [sample[1].id]
    assert rq.list_ids(db, petugas, rq.RequestFilter(statuses=("diproses",))) == [sample[2].id]
    assert rq.list_ids(db, petugas, rq.RequestFilter(officer_id=petugas.user_id)) == [sample[2].id]
    assert rq.list_ids(db, petugas, limit=2, offset=1) == [sample[2].id, sample[1].id]
    assert rq.count_ids(db, petugas, rq.RequestFilter(queue="baru")) == 3
    for key in rq.SORT_KEYS:
        assert len(rq.list_ids(db, petugas, sort_key=key)) == 4


def test_queues_and_counts(db, petugas, supervisor, sample):
    counts = rq.queue_counts(db, petugas)
    assert counts["baru"] == 3 and counts["diproses"] == 1
    assert counts["overdue"] == 3  # the three November-23/24 requests are past due
    assert counts["mine"] == 1 and rq.queue_counts(db, supervisor)["mine"] == 0
    assert rq.list_ids(db, petugas, rq.RequestFilter(queue="mine")) == [sample[2].id]
    d = rq.get_detail(db, petugas, sample[3].id)
    assert not d.overdue
    rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="Ganda")
    assert rq.queue_counts(db, petugas)["done_today"] == 1
    rows = rq.fetch_rows(db, petugas, [sample[0].id, sample[3].id])
    assert rows[0].overdue and not rows[1].overdue
    assert rows[0].nik_masked == "321606******0003"
    assert rows[0].service_name == "Kartu Keluarga" and rows[1].officer_name == "Budi"


def test_search_exact_keys_and_name_parts(db, petugas, sample):
    def ids(text: str) -> list[int]:
        return rq.list_ids(db, petugas, rq.RequestFilter(text=text))

    assert ids(sample[1].ticket.lower()) == [sample[1].id]
    assert ids("3216 0645 0788 0003") == [sample[3].id, sample[2].id, sample[0].id]
    assert ids("3216-0622-0115-0009") == [sample[0].id]  # KK
    assert ids("+62 812 8877 1203") == [sample[0].id]
    assert ids("0812-8877-1203") == [sample[0].id]
    assert ids("ESIAK-2611-00017") == [sample[1].id]
    assert ids("aini") == [sample[1].id]
    assert ids("NUR'AINI") == [sample[1].id]
    assert ids("putu ayu") == [sample[2].id]
    # Two letters: the start of any word (an index serves it), accent-insensitive; one letter
    # searches nothing (the page says to type more).
    assert ids("dé") == [sample[3].id]
    assert ids("ha") == [sample[1].id]  # Nur'aini Hasibuan
    assert ids("ed") == []  # inside a word: three letters needed
    assert ids("d") == []
    assert rq.RequestList(db, petugas, rq.RequestFilter(text="d")).too_short
    assert ids("3216064507880004") == []  # exact, not a prefix
    assert rq.parse_search("0812 8877 1203").kind == "phone"
    assert rq.parse_search("Dedi").kind == "name"
    assert rq.search(db, petugas, "hasibuan") == [sample[1].id]


def test_name_search_follows_edits(db, petugas, sample):
    d = rq.get_detail(db, petugas, sample[0].id)
    rq.update_request(db, petugas, d.id, d.version, name="Wulan Sari")
    assert rq.list_ids(db, petugas, rq.RequestFilter(text="wulan")) == [d.id]
    assert rq.list_ids(db, petugas, rq.RequestFilter(text="wahyuni")) == []


# --- WhatsApp --------------------------------------------------------------------------------


def test_templates_render_and_link(db, supervisor, petugas, sample):
    text = rq.render_message(db, petugas, sample[0].id)
    assert "Sri Wahyuni" in text and sample[0].ticket in text and "Kartu Keluarga" in text
    assert "{" not in text
    msg = rq.wa_url(db, petugas, sample[0].id)
    assert msg.url.startswith("https://wa.me/6281288771203?text=") and not msg.problem
    landline = rq.wa_url(db, petugas, sample[2].id)
    assert landline.url is None and "bukan nomor HP" in landline.problem
    rq.record_whatsapp_sent(db, petugas, sample[0].id, text)
    assert rq.get_detail(db, petugas, sample[0].id).events[-1].kind == "whatsapp"


def test_template_editing_validates_placeholders(db, supervisor, petugas):
    rq.save_template(db, supervisor, "baru", "Halo {nama}, tiket {tiket}.")
    assert rq.list_templates(db)["baru"] == "Halo {nama}, tiket {tiket}."
    with pytest.raises(ValidationError) as err:
        rq.save_template(db, supervisor, "baru", "Halo {nama_lengkap}")
    assert "{nama_lengkap}" in err.value.message
    with pytest.raises(ValidationError):
        rq.save_template(db, supervisor, "baru", "Halo {nama")
    with pytest.raises(PermissionDenied):
        rq.save_template(db, petugas, "baru", "Halo {nama}")
    for status, body in rq.list_templates(db).items():
        assert rq.check_template(body), status


def test_sort_by_officer_pages_like_a_name_sort(db, supervisor, petugas):
    """Officer by officer in name order (ties by id), unassigned last; every page and offset
    agrees with sorting the whole list in Python, both directions."""
    from desktop_app.core import users
    from desktop_app.core.models import User
    from desktop_app.core.security import SYSTEM

    extra = users.create_user(db, SYSTEM, "ani", "Ani Rahma", "petugas", "rahasia123")
    officers = [petugas.user_id, supervisor.user_id, extra.id, None]
    made = []
    for i in range(14):
        d = new(db, petugas, name=f"Pemohon {i}", nik=NIK if i % 2 else NIK2)
        officer = officers[i % 4]
        if officer is not None:
            d = rq.assign(db, supervisor, d.id, d.version, officer)
        made.append((officer, d.id))
    with db.read() as s:
        names = dict(s.execute(select(User.id, User.full_name)).all())
    reference = [
        i for _o, i in sorted(made, key=lambda m: (m[0] is None, names.get(m[0], ""), m[0], m[1]))
    ]
    assert rq.list_ids(db, petugas, sort_key="officer", descending=False) == reference
    assert rq.list_ids(db, petugas, sort_key="officer", descending=True) == reference[::-1]
    for offset in (0, 2, 3, 5, 9, 13, 14):
        for desc, expected in ((False, reference), (True, reference[::-1])):
            page = rq.list_ids(
                db, petugas, sort_key="officer", descending=desc, limit=4, offset=offset
            )
            assert page == expected[offset : offset + 4]
    mine = rq.RequestFilter(officer_id=extra.id)
    assert (
        rq.list_ids(db, petugas, mine, sort_key="officer")
        == [i for o, i in made if o == extra.id][::-1]
    )


def test_a_whatsapp_request_needs_a_mobile_number(db, petugas):
    with pytest.raises(ValidationError) as refused:
        new(db, petugas, phone=None)
    assert [f for f, _m in refused.value.problems] == ["phone"]
    with pytest.raises(ValidationError) as landline:
        new(db, petugas, phone="(021) 8765432")
    assert "bukan telepon rumah" in landline.value.message
    web = new(db, petugas, channel="web", phone=None)  # other channels: the number is optional
    # Moving it to WhatsApp without a number is refused too; other edits of old rows are not.
    with pytest.raises(ValidationError):
        rq.update_request(db, petugas, web.id, web.version, channel="wa")
    assert rq.update_request(db, petugas, web.id, web.version, notes="ok").notes == "ok"


def test_a_complaint_needs_no_nik(db, petugas):
    complaint = new(db, petugas, service_code="ADUAN", nik="")
    assert complaint.nik == ""
    with pytest.raises(ValidationError) as refused:
        new(db, petugas, service_code="KK", nik="")
    assert [f for f, _m in refused.value.problems] == ["nik"]
    assert rq.search(db, petugas, complaint.ticket) is not None


def test_the_citizens_message_is_kept_in_the_history(db, petugas):
    chat = "[09.12, 29/11/2026] +62 812-8877-1203: mau ubah KK\nNIK 3216064507880003"
    created = new(db, petugas, message=chat)
    events = rq.get_detail(db, petugas, created.id).events
    kept = [e for e in events if e.kind == "message"]
    assert [e.note for e in kept] == [chat]
    with pytest.raises(ValidationError):
        new(db, petugas, message="x" * (rq.MAX_MESSAGE + 1))
