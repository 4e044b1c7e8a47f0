"""How each figure of the performance report is counted, in the words printed in the report (PDF
and XLSX). ``docs/performance-report.md`` quotes the same sentences; a test keeps them equal."""

from __future__ import annotations

from ..i18n import _


def counting_notes() -> list[tuple[str, str]]:
    """(figure, how it is counted), in the order the report shows them."""
    return [
        (
            _("Hari kerja"),
            _(
                "Senin sampai Jumat, kecuali hari libur yang dicatat di Pengaturan. Tanggal dan "
                "jam menurut zona waktu kantor; satu hari berakhir pukul 24.00."
            ),
        ),
        (
            _("Diterima"),
            _("Permohonan yang waktu diterimanya jatuh pada periode, apa pun statusnya kini."),
        ),
        (
            _("Selesai"),
            _(
                "Permohonan yang ditutup dengan status Selesai pada periode, termasuk yang "
                "diterima sebelum periode. Permohonan yang dibuka kembali dihitung pada "
                "penutupan terakhirnya."
            ),
        ),
        (
            _("Dalam standar"),
            _(
                "Permohonan selesai yang ditutup paling lambat pada batas waktunya. Batas waktu "
                "ditetapkan saat permohonan diterima: akhir hari kerja ke-N sesudah hari "
                "diterima, N = standar layanan dalam hari kerja. Persentase = dalam standar "
                "dibagi selesai."
            ),
        ),
        (
            _("Hari kerja penyelesaian"),
            _(
                "Banyaknya hari kerja sesudah hari diterima sampai dengan hari selesai (selesai "
                "pada hari diterima = 0). Median dan persentil ke-90 memakai peringkat "
                "terdekat: 90 % permohonan selesai dalam paling lama sekian hari kerja."
            ),
        ),
        (
            _("Ditolak"),
            _(
                "Permohonan yang ditutup dengan status Ditolak pada periode. Alasan terbanyak "
                "dikelompokkan menurut teksnya (huruf besar/kecil dan spasi diabaikan)."
            ),
        ),
        (
            _("Sisa terbuka"),
            _(
                "Permohonan yang belum ditutup pada pukul 24.00 hari terakhir periode. Umurnya = "
                "hari kerja sesudah hari diterima sampai hari terakhir periode. Terlambat: "
                "batas waktunya sudah lewat pada saat itu."
            ),
        ),
        (
            _("Per hari kerja"),
            _(
                "Yang diterima, selesai atau ditolak pada hari Sabtu, Minggu atau hari libur "
                "dihitung pada hari kerja berikutnya dalam periode (hari kantor menanganinya), "
                "atau pada hari kerja terakhir periode bila tidak ada lagi hari kerja sesudahnya."
            ),
        ),
        (
            _("Per minggu"),
            _(
                "Minggu Senin sampai Minggu; persentase dalam standar dari permohonan yang "
                "selesai pada hari kerja minggu itu."
            ),
        ),
        (
            _("Per petugas"),
            _(
                "Dicatat: permohonan periode ini yang dicatat petugas. Ditangani: permohonan "
                "berbeda yang dicatat, diubah statusnya, disunting atau dibalas petugas pada "
                "periode. Selesai dan ditolak: oleh petugas yang menutupnya. Hanya untuk "
                "supervisor."
            ),
        ),
        (
            _("Legalisir"),
            _(
                "Pemohon, dokumen dan lembar: entri register yang dibuat pada periode. Cetak "
                "ulang (termasuk ekspor ulang), pencabutan dan verifikasi: yang dilakukan pada "
                "periode, untuk entri mana pun. Verifikasi: pemeriksaan di aplikasi atau dengan "
                "perintah loket verify; pemeriksaan lewat halaman verifikasi publik tidak "
                "tercatat."
            ),
        ),
    ]
