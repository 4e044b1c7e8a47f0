"""The audit log in words a supervisor reads: an action's name ("Status permohonan diubah", not
``request.status``), the object it touched and its details ("Status: Baru → Diproses"), never
a code, a ``None`` or a Python representation.

The log itself keeps the codes (they are what the keyed chain seals and what a filter by
prefix finds); these functions only describe them. An action or detail this module does not
know yet is still shown, under its code, rather than hidden.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from typing import Any

from . import options
from .formatting import format_decimal, format_int
from .i18n import N_, _
from .legalization.common import PRINT_WHATS, PURPOSES
from .requests.common import EDITED_FIELD_LABELS, FIELD_LABELS, channel_label, status_label
from .requests.messages import delivery_label
from .security import role_label

ACTION_LABELS: dict[str, str] = {
    "login": N_("Masuk"),
    "login.failed": N_("Gagal masuk"),
    "permission.denied": N_("Ditolak: tidak berwenang"),
    "user.create": N_("Akun dibuat"),
    "user.enable": N_("Akun diaktifkan"),
    "user.disable": N_("Akun dinonaktifkan"),
    "user.password_change": N_("Kata sandi diganti"),
    "user.password_reset": N_("Kata sandi diatur ulang"),
    "user.role": N_("Peran akun diubah"),
    "user.seal": N_("Segel akun diperbarui"),
    "user.set_nip": N_("NIP diubah"),
    "settings.change": N_("Pengaturan diubah"),
    "settings.office": N_("Data kantor diubah"),
    "settings.official": N_("Data pejabat diubah"),
    "settings.holiday.set": N_("Hari libur ditetapkan"),
    "settings.holiday.remove": N_("Hari libur dihapus"),
    "services.save": N_("Layanan disimpan"),
    "templates.save": N_("Templat pesan disimpan"),
    "request.create": N_("Permohonan dicatat"),
    "request.edit": N_("Data permohonan diubah"),
    "request.status": N_("Status permohonan diubah"),
    "request.reopen": N_("Permohonan dibuka kembali"),
    "request.assign": N_("Petugas permohonan diatur"),
    "request.whatsapp": N_("Balasan WhatsApp dicatat"),
    "requests.import": N_("Permohonan diimpor"),
    "requests.export": N_("Permohonan diekspor"),
    "report.export": N_("Laporan harian diekspor"),
    "report.performance.export": N_("Laporan kinerja diekspor"),
    "legal.create": N_("Legalisir dicatat"),
    "legal.sign": N_("Legalisir ditandatangani"),
    "legal.resign": N_("Legalisir ditandatangani ulang"),
    "legal.revoke": N_("Legalisir dicabut"),
    "legal.verify": N_("Keaslian legalisir diperiksa"),
    "legal.verify_page": N_("Halaman verifikasi diterbitkan"),
    "legal.print": N_("Legalisir dicetak"),
    "legal.reprint": N_("Legalisir dicetak ulang"),
    "legal.export": N_("Legalisir disimpan sebagai PDF"),
    "legal.register.export": N_("Buku register legalisir diekspor"),
    "legal.key.create": N_("Kunci tanda tangan dibuat"),
    "legal.key.rotate": N_("Kunci tanda tangan diganti"),
    "legal.key.revoke": N_("Kunci tanda tangan dicabut"),
    "legal.key.backup": N_("Kunci tanda tangan dicadangkan"),
    "legal.key.export_public": N_("Kunci publik diekspor"),
    "legal.key.install": N_("Kunci tanda tangan dipasang"),
    "legal.key.install_public": N_("Kunci publik dipasang"),
    "legal.key.pin": N_("Kunci kantor dicatat sebagai tepercaya"),
    "legal.key.pin_refused": N_("Kunci tak dikenal ditolak"),
    "backup.create": N_("Cadangan dibuat"),
    "backup.auto": N_("Cadangan otomatis dibuat"),
    "backup.restore": N_("Data dipulihkan dari cadangan"),
    "demo.fill": N_("Data contoh diisi"),
}

ENTITY_LABELS: dict[str, str] = {
    "request": N_("Permohonan"),
    "legal_entry": N_("Legalisir"),
    "legal_key": N_("Kunci tanda tangan"),
    "legal_keys": N_("Kunci tanda tangan"),
    "legal_register": N_("Buku register legalisir"),
    "user": N_("Akun"),
    "settings": N_("Pengaturan"),
    "official": N_("Pejabat"),
    "holiday": N_("Hari libur"),
    "service": N_("Layanan"),
    "template": N_("Templat pesan"),
    "backup": N_("Cadangan"),
    "report": N_("Laporan"),
    "export": N_("Ekspor permohonan"),
    "import": N_("Impor permohonan"),
    "demo": N_("Data contoh"),
}

# Detail keys -> their label. Keys left out here are shown in the object column or not at all.
DETAIL_LABELS: dict[str, str] = {
    "username": N_("Nama pengguna"),
    "role": N_("Peran"),
    "first": N_("Akun pertama"),
    "users": N_("Akun"),
    "nip": N_("NIP"),
    "name": N_("Nama"),
    "title": N_("Jabatan"),
    "rank": N_("Pangkat/golongan"),
    "active": N_("Aktif"),
    "logo": N_("Logo"),
    "regency": N_("Kabupaten/kota"),
    "regency_code": N_("Kode wilayah"),
    "address": N_("Alamat"),
    "phone": N_("Telepon"),
    "whatsapp": N_("WhatsApp"),
    "website": N_("Situs web"),
    "email": N_("E-mail"),
    "city": N_("Kota tempat tanda tangan"),
    "target_days": N_("Standar waktu (hari kerja)"),
    "length": N_("Panjang teks (karakter)"),
    "service": N_("Layanan"),
    "channel": N_("Kanal"),
    "reason": N_("Alasan"),
    "document_no": N_("Nomor dokumen"),
    "delivery": N_("Dikirim lewat"),
    "missing_documents": N_("Berkas kurang"),
    "permission": N_("Wewenang"),
    "file": N_("Berkas"),
    "size": N_("Ukuran"),
    "bytes": N_("Ukuran"),
    "sha256": N_("SHA-256"),
    "kind": N_("Jenis"),
    "removed": N_("Cadangan lama dihapus"),
    "previous": N_("Basis data sebelumnya disimpan di"),
    "revision": N_("Versi skema"),
    "audit_anchor": N_("Jejak audit"),
    "date_from": N_("Dari tanggal"),
    "date_to": N_("Sampai tanggal"),
    "rows": N_("Baris"),
    "added": N_("Ditambahkan"),
    "skipped": N_("Dilewati"),
    "invalid": N_("Tidak sah"),
    "format": N_("Format"),
    "unmasked": N_("NIK/KK lengkap"),
    "officers": N_("Dengan nama petugas"),
    "days": N_("Hari"),
    "requests": N_("Permohonan"),
    "nik": N_("NIK"),
    "purpose": N_("Keperluan"),
    "documents": N_("Dokumen"),
    "copies": N_("Salinan"),
    "official": N_("Pejabat"),
    "signed_with": N_("Ditandatangani dengan kunci"),
    "tte_reminded": N_("Dokumen TTE ke-"),
    "what": N_("Yang dicoba"),
    "reprint_no": N_("Cetak ulang ke-"),
    "status": N_("Hasil"),
    "scheme": N_("Skema"),
    "key": N_("Kunci"),
    "seq": N_("Nomor register"),
    "input": N_("Teks yang diperiksa"),
    "fingerprint": N_("Sidik kunci"),
    "fingerprints": N_("Sidik kunci"),
    "keys": N_("Kunci"),
    "protected": N_("Dilindungi kata sandi"),
    "replaces_lost": N_("Mengganti kunci yang hilang"),
    "legacy_sealed": N_("Legalisir lama disegel"),
    "legacy_resealed": N_("Legalisir lama disegel ulang"),
    "added_to_database": N_("Ditambahkan ke basis data"),
    "previous_scheme": N_("Skema sebelumnya"),
    "previous_key": N_("Kunci sebelumnya"),
    "revoked_entries": N_("Legalisir dicabut"),
    "revoked_keys": N_("Kunci dicabut"),
    "carried_over": N_("Dibawa dari halaman lama"),
}

# Shown in the object column (ticket, register number, account), so not repeated in details.
_OBJECT_KEYS = ("ticket", "register_no", "seq")

SCHEME_LABELS: dict[str, str] = {
    "ecdsa": N_("tanda tangan digital kantor"),
    "hmac": N_("kode lama"),
}

LOGIN_REASON_LABELS: dict[str, str] = {
    "unknown": N_("nama pengguna tidak dikenal"),
    "password": N_("kata sandi salah"),
    "password-locked": N_("kata sandi salah; akun dikunci sementara"),
    "locked": N_("akun sedang dikunci sementara"),
    "disabled": N_("akun nonaktif"),
    "tampered": N_("data akun diubah di luar aplikasi"),
}

VERDICT_LABELS: dict[str, str] = {
    "valid": N_("sah"),
    "revoked": N_("dicabut"),
    "invalid": N_("tidak sah"),
    "error": N_("tidak dapat diperiksa"),
}

VERDICT_REASON_LABELS: dict[str, str] = {
    "malformed": N_("kode tidak terbaca"),
    "untrusted_key": N_("kunci tidak tepercaya"),
    "unknown_key": N_("kunci bukan milik kantor ini"),
    "bad_signature": N_("tanda tangan tidak cocok"),
    "revoked_key": N_("kunci telah dicabut"),
    "unknown": N_("legalisir tidak ditemukan"),
    "tampered": N_("data legalisir diubah"),
    "unsealed": N_("legalisir belum disegel"),
    "revoked": N_("legalisir dicabut"),
}

PERMISSION_LABELS: dict[str, str] = {
    "requests.view": N_("melihat permohonan"),
    "requests.edit": N_("mencatat dan mengubah permohonan"),
    "requests.reopen": N_("membuka kembali permohonan"),
    "requests.export": N_("mengekspor permohonan"),
    "legal.view": N_("melihat legalisir"),
    "legal.edit": N_("mencatat dan mencetak legalisir"),
    "legal.revoke": N_("mencabut legalisir"),
    "legal.verify": N_("memeriksa keaslian legalisir"),
    "legal.keys": N_("mengelola kunci tanda tangan"),
    "report.daily": N_("laporan harian"),
    "report.performance": N_("laporan kinerja"),
    "report.officers": N_("nama petugas dalam laporan kinerja"),
    "data.unmask": N_("NIK/KK lengkap"),
    "users.manage": N_("mengelola akun"),
    "settings.edit": N_("mengubah pengaturan"),
    "services.edit": N_("mengubah layanan"),
    "audit.view": N_("melihat log audit"),
    "backup.run": N_("membuat cadangan"),
    "backup.restore": N_("memulihkan cadangan"),
}


def action_label(action: str) -> str:
    """The action's name in words; an unknown code is shown as it is."""
    label = ACTION_LABELS.get(action)
    return _(label) if label else action


def object_text(
    entity: str, entity_id: str, detail: Mapping[str, Any], user_names: Mapping[str, str]
) -> str:
    """What the action touched: "Permohonan KK-261129-0004", "Akun budi", "Pengaturan: Zona
    waktu kantor"."""
    kind = _(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity
    name = str(entity_id or "")
    if entity == "request" and detail.get("ticket"):
        name = str(detail["ticket"])
    elif entity == "legal_entry" and (detail.get("register_no") or detail.get("seq")):
        name = str(detail.get("register_no") or detail["seq"])  # seq: as the QR read it
    elif entity == "user":
        name = user_names.get(name, str(detail.get("username") or name))
    elif entity == "settings" and name in options.REGISTRY:
        return f"{kind}: {_(options.REGISTRY[name].label)}"
    elif entity == "settings" and name == "office":
        return f"{kind}: {_('Data kantor')}"
    elif entity == "holiday":
        name = _date_text(name)
    elif entity in ("backup", "report", "export", "import", "legal_key", "legal_keys", "demo"):
        name = ""  # the file or key is in the details
    return f"{kind} {name}".strip()


def detail_text(action: str, detail: Mapping[str, Any], user_names: Mapping[str, str]) -> str:
    """The details as "Label: value" parts joined by " · "; empty values are left out."""
    parts = [
        f"{label}: {value}" if label else value
        for label, value in detail_parts(action, detail, user_names)
    ]
    return " · ".join(parts)


def detail_parts(
    action: str, detail: Mapping[str, Any], user_names: Mapping[str, str]
) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    old, new = detail.get("old"), detail.get("new")
    if "old" in detail or "new" in detail:
        label, before, after = _change(action, old, new, user_names)
        if before or after:
            parts.append((label, f"{before or '—'} → {after or '—'}"))
    for key, value in detail.items():
        if key in ("old", "new", *_OBJECT_KEYS) or _empty(value):
            continue
        if key == "changes" and isinstance(value, Mapping):
            parts.extend(_field_changes(value))
            continue
        label = _(DETAIL_LABELS[key]) if key in DETAIL_LABELS else key
        if key == "what" and action.startswith("legal."):
            label = _("Yang dicetak")
        text = _value(action, key, value)
        if text:
            parts.append((label, text))
    return parts


def _change(action: str, old: Any, new: Any, user_names: Mapping[str, str]) -> tuple[str, str, str]:
    if action in ("request.status", "request.reopen"):
        return _("Status"), _status(old), _status(new)
    if action == "request.assign":
        return _("Petugas"), _user(old, user_names), _user(new, user_names)
    if action == "user.role":
        return _("Peran"), role_label(str(old)), role_label(str(new))
    if action == "user.set_nip":
        return _("NIP"), _plain(old), _plain(new)
    if action == "services.save":
        return _("Sebelumnya"), _plain(old), ""
    return _("Nilai"), _plain(old), _plain(new)


def _field_changes(changes: Mapping[str, Any]) -> list[tuple[str, str]]:
    parts = []
    for field, change in changes.items():
        label = FIELD_LABELS.get(field) or EDITED_FIELD_LABELS.get(field) or field
        if isinstance(change, Mapping):
            before, after = change.get("old"), change.get("new")
            if field == "notes":  # only the lengths are logged (the text may name people)
                value = _("{old} → {new} karakter", old=_plain(before), new=_plain(after))
            elif field == "channel":
                value = f"{channel_label(str(before))} → {channel_label(str(after))}"
            else:
                value = f"{_plain(before) or '—'} → {_plain(after) or '—'}"
        else:
            value = _plain(change)
        parts.append((_(label), value))
    return parts


def _value(action: str, key: str, value: Any) -> str:
    text = str(value)
    if key == "reason":
        if action == "login.failed" or (
            action == "permission.denied" and text in LOGIN_REASON_LABELS
        ):
            return _(LOGIN_REASON_LABELS[text]) if text in LOGIN_REASON_LABELS else text
        if action == "legal.verify":
            return _(VERDICT_REASON_LABELS[text]) if text in VERDICT_REASON_LABELS else text
        return text
    if key == "status" and action == "legal.verify":
        return _(VERDICT_LABELS[text]) if text in VERDICT_LABELS else text
    if key in ("scheme", "previous_scheme"):
        return _(SCHEME_LABELS[text]) if text in SCHEME_LABELS else text
    if key == "permission":
        return _(PERMISSION_LABELS[text]) if text in PERMISSION_LABELS else text
    if key == "role":
        return role_label(text)
    if key == "channel":
        return channel_label(text)
    if key == "delivery":
        return delivery_label(text)
    if key == "purpose":
        return _(PURPOSES[text]) if text in PURPOSES else text
    if key == "what" and action.startswith("legal."):
        return _(PRINT_WHATS[text]) if text in PRINT_WHATS else text
    if key == "what":  # the act refused, by its code: named when it is a logged action
        return action_label(text) if text in ACTION_LABELS else ""
    if key in ("file", "previous") and isinstance(value, str):
        return os.path.basename(value.replace("\\", "/")) or value
    if key in ("size", "bytes") and isinstance(value, int):
        return _size(value)
    if key == "sha256" and isinstance(value, str):
        return value[:16] + "…" if len(value) > 16 else value
    if key in ("date_from", "date_to"):
        return _date_text(text)
    if key == "missing_documents" and isinstance(value, int):
        return _("{n} berkas", n=format_int(value))
    return _plain(value)


def _plain(value: Any) -> str:
    """A value as words: yes/no, lists joined, numbers grouped, nothing for "nothing"."""
    if _empty(value):
        return ""
    if isinstance(value, bool):
        return _("ya") if value else _("tidak")
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value if not _empty(v))
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if not _empty(v))
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _status(code: Any) -> str:
    return status_label(str(code)) if code else ""


def _user(user_id: Any, user_names: Mapping[str, str]) -> str:
    if user_id is None or user_id == "":
        return _("belum ada")
    return user_names.get(str(user_id), f"#{user_id}")


def _size(n: int) -> str:
    if n < 1024:
        return _("{n} bita", n=format_int(n))
    if n < 1024 * 1024:
        return _("{n} KB", n=format_int(round(n / 1024)))
    return _("{n} MB", n=format_decimal(n / 1024 / 1024))


def _date_text(text: str) -> str:
    try:
        return date.fromisoformat(text[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return text
