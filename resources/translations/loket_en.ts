<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>core</name>
    <message>
        <source>entri terakhir (nomor {id}) telah dihapus atau diubah</source>
        <translation>the last entry (number {id}) was deleted or changed</translation>
    </message>
    <message>
        <source>entri ke-{n} tidak sama dengan yang tercatat di {source} ({short}): rantai telah diganti atau dihitung ulang</source>
        <translation>entry {n} is not the one recorded in {source} ({short}): the chain was replaced or recomputed</translation>
    </message>
    <message>
        <source>Peran Anda ({role}) tidak berwenang untuk tindakan ini.</source>
        <translation>Your role ({role}) is not allowed to do this.</translation>
    </message>
    <message>
        <source>Jejak audit: {n} entri · {h}</source>
        <translation>Audit trail: {n} entries · {h}</translation>
    </message>
    <message>
        <source>Berkas {name} bukan laporan harian (PDF) atau cadangan Loket; tidak ada jejak audit untuk dibandingkan.</source>
        <translation>The file {name} is not a daily report (PDF) or a Loket backup; it has no audit anchor to compare with.</translation>
    </message>
    <message>
        <source>Akun Anda telah dinonaktifkan oleh supervisor; hubungi supervisor.</source>
        <translation>Your account has been disabled by a supervisor; please contact a supervisor.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak berwenang tanpa login: perlu akun yang berwenang beserta kata sandinya.</source>
        <translation>This action is not allowed without logging in: it needs an account that is allowed it, with its password.</translation>
    </message>
    <message>
        <source>Laporan {name} tidak memuat baris jejak audit.</source>
        <translation>The report {name} has no audit trail line.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {reason}</source>
        <translation>File {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Berkas PDF {name} tidak dapat dibaca.</source>
        <translation>The PDF file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Cadangan {name} tidak dapat dibaca: {reason}</source>
        <translation>The backup {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Jejak audit di cadangan {name} tidak dapat dipercaya (segelnya tidak cocok dengan kunci audit komputer ini).</source>
        <translation>The audit anchor in the backup {name} cannot be trusted (its seal does not match this computer's audit key).</translation>
    </message>
    <message>
        <source>log audit hanya berisi {n} entri, padahal {source} mencatat {m}: entri telah dihapus</source>
        <translation>the audit log holds only {n} entries, but {source} recorded {m}: entries were deleted</translation>
    </message>
    <message>
        <source>penanda akhir rantai audit hilang</source>
        <translation>the end marker of the audit chain is missing</translation>
    </message>
    <message>
        <source>kunci audit {key} tidak ada di komputer ini</source>
        <translation>the audit key {key} is not on this computer</translation>
    </message>
    <message>
        <source>jejak</source>
        <translation>the anchor</translation>
    </message>
    <message>
        <source>entri sebelumnya telah dihapus, disisipkan atau diubah urutannya</source>
        <translation>a previous entry was deleted, inserted or reordered</translation>
    </message>
    <message>
        <source>isi entri telah diubah</source>
        <translation>the entry's content was changed</translation>
    </message>
    <message>
        <source>entri dihitung ulang tanpa kunci audit (rantai dipalsukan)</source>
        <translation>entry recomputed without the audit key (the chain was forged)</translation>
    </message>
    <message>
        <source>kunci audit {key} tidak ada di komputer ini; rantai tidak dapat diperiksa (pasang kuncinya: loket audit key install BERKAS)</source>
        <translation>the audit key {key} is not on this computer; the chain cannot be checked (install the key: loket audit key install FILE)</translation>
    </message>
    <message>
        <source>entri sebelum kunci audit dipasang telah dihapus atau diubah</source>
        <translation>entries from before the audit key was installed were deleted or changed</translation>
    </message>
    <message>
        <source>Berkas ini bukan kunci audit Loket.</source>
        <translation>This file is not a Loket audit key.</translation>
    </message>
    <message>
        <source>Kunci audit kantor ({key}) tidak ada di komputer ini, sehingga tindakan tidak dapat dicatat dan tidak ada yang disimpan. Salin berkas kunci dari komputer yang sudah memakai basis data ini dan pasang dengan: loket audit key install BERKAS (folder kunci: {folder}).</source>
        <translation>The office audit key ({key}) is not on this computer, so no action can be recorded and nothing was saved. Copy the key file from a computer that already uses this database and install it with: loket audit key install FILE (key folder: {folder}).</translation>
    </message>
    <message>
        <source>Berkas kunci audit {path} bukan kunci {key}.</source>
        <translation>The audit key file {path} is not the key {key}.</translation>
    </message>
    <message>
        <source>Berkas kunci audit {path} tidak dapat dibaca: {reason}</source>
        <translation>The audit key file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Berkas {name} bukan kunci audit Loket.</source>
        <translation>The file {name} is not a Loket audit key.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Ditolak: tidak berwenang</source>
        <translation>Refused: not permitted</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Peran akun diubah</source>
        <translation>Account role changed</translation>
    </message>
    <message>
        <source>Segel akun diperbarui</source>
        <translation>Account seals renewed</translation>
    </message>
    <message>
        <source>NIP diubah</source>
        <translation>NIP changed</translation>
    </message>
    <message>
        <source>Pengaturan diubah</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Data kantor diubah</source>
        <translation>Office details changed</translation>
    </message>
    <message>
        <source>Data pejabat diubah</source>
        <translation>Official's details changed</translation>
    </message>
    <message>
        <source>Hari libur ditetapkan</source>
        <translation>Holiday set</translation>
    </message>
    <message>
        <source>Hari libur dihapus</source>
        <translation>Holiday removed</translation>
    </message>
    <message>
        <source>Layanan disimpan</source>
        <translation>Service saved</translation>
    </message>
    <message>
        <source>Templat pesan disimpan</source>
        <translation>Message template saved</translation>
    </message>
    <message>
        <source>Permohonan dicatat</source>
        <translation>Request recorded</translation>
    </message>
    <message>
        <source>Data permohonan diubah</source>
        <translation>Request details changed</translation>
    </message>
    <message>
        <source>Status permohonan diubah</source>
        <translation>Request status changed</translation>
    </message>
    <message>
        <source>Permohonan dibuka kembali</source>
        <translation>Request reopened</translation>
    </message>
    <message>
        <source>Petugas permohonan diatur</source>
        <translation>Request officer assigned</translation>
    </message>
    <message>
        <source>Balasan WhatsApp dicatat</source>
        <translation>WhatsApp reply recorded</translation>
    </message>
    <message>
        <source>Permohonan diimpor</source>
        <translation>Requests imported</translation>
    </message>
    <message>
        <source>Permohonan diekspor</source>
        <translation>Requests exported</translation>
    </message>
    <message>
        <source>Laporan harian diekspor</source>
        <translation>Daily report exported</translation>
    </message>
    <message>
        <source>Laporan kinerja diekspor</source>
        <translation>Performance report exported</translation>
    </message>
    <message>
        <source>Legalisir dicatat</source>
        <translation>Legalization recorded</translation>
    </message>
    <message>
        <source>Legalisir ditandatangani</source>
        <translation>Legalization signed</translation>
    </message>
    <message>
        <source>Legalisir ditandatangani ulang</source>
        <translation>Legalization signed again</translation>
    </message>
    <message>
        <source>Legalisir dicabut</source>
        <translation>Legalization revoked</translation>
    </message>
    <message>
        <source>Keaslian legalisir diperiksa</source>
        <translation>Legalization verified</translation>
    </message>
    <message>
        <source>Halaman verifikasi diterbitkan</source>
        <translation>Verification page published</translation>
    </message>
    <message>
        <source>Legalisir dicetak</source>
        <translation>Legalization printed</translation>
    </message>
    <message>
        <source>Legalisir dicetak ulang</source>
        <translation>Legalization reprinted</translation>
    </message>
    <message>
        <source>Legalisir disimpan sebagai PDF</source>
        <translation>Legalization saved as PDF</translation>
    </message>
    <message>
        <source>Buku register legalisir diekspor</source>
        <translation>Legalization register exported</translation>
    </message>
    <message>
        <source>Kunci tanda tangan dibuat</source>
        <translation>Signing key created</translation>
    </message>
    <message>
        <source>Kunci tanda tangan diganti</source>
        <translation>Signing key replaced</translation>
    </message>
    <message>
        <source>Kunci tanda tangan dicabut</source>
        <translation>Signing key revoked</translation>
    </message>
    <message>
        <source>Kunci tanda tangan dicadangkan</source>
        <translation>Signing key backed up</translation>
    </message>
    <message>
        <source>Kunci publik diekspor</source>
        <translation>Public key exported</translation>
    </message>
    <message>
        <source>Kunci tanda tangan dipasang</source>
        <translation>Signing key installed</translation>
    </message>
    <message>
        <source>Kunci publik dipasang</source>
        <translation>Public key installed</translation>
    </message>
    <message>
        <source>Kunci kantor dicatat sebagai tepercaya</source>
        <translation>Office keys recorded as trusted</translation>
    </message>
    <message>
        <source>Kunci tak dikenal ditolak</source>
        <translation>Unknown key refused</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan otomatis dibuat</source>
        <translation>Automatic backup made</translation>
    </message>
    <message>
        <source>Data dipulihkan dari cadangan</source>
        <translation>Data restored from a backup</translation>
    </message>
    <message>
        <source>Data contoh diisi</source>
        <translation>Demo data filled in</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation>Legalization</translation>
    </message>
    <message>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Buku register legalisir</source>
        <translation>Legalization register</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pejabat</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Templat pesan</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ekspor permohonan</source>
        <translation>Request export</translation>
    </message>
    <message>
        <source>Impor permohonan</source>
        <translation>Request import</translation>
    </message>
    <message>
        <source>Data contoh</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Akun pertama</source>
        <translation>First account</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kota tempat tanda tangan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Standar waktu (hari kerja)</source>
        <translation>Standard time (working days)</translation>
    </message>
    <message>
        <source>Panjang teks (karakter)</source>
        <translation>Text length (characters)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Dikirim lewat</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Berkas kurang</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Wewenang</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cadangan lama dihapus</source>
        <translation>Old backups removed</translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan di</source>
        <translation>Previous database kept in</translation>
    </message>
    <message>
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>NIK/KK lengkap</source>
        <translation>Full NIK/KK</translation>
    </message>
    <message>
        <source>Dengan nama petugas</source>
        <translation>With officers' names</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Ditandatangani dengan kunci</source>
        <translation>Signed with key</translation>
    </message>
    <message>
        <source>Dokumen TTE ke-</source>
        <translation>Electronically signed document no.</translation>
    </message>
    <message>
        <source>Yang dicoba</source>
        <translation>Attempted</translation>
    </message>
    <message>
        <source>Cetak ulang ke-</source>
        <translation>Reprint no.</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Teks yang diperiksa</source>
        <translation>Text checked</translation>
    </message>
    <message>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Dilindungi kata sandi</source>
        <translation>Password-protected</translation>
    </message>
    <message>
        <source>Mengganti kunci yang hilang</source>
        <translation>Replaces a lost key</translation>
    </message>
    <message>
        <source>Legalisir lama disegel</source>
        <translation>Older legalizations sealed</translation>
    </message>
    <message>
        <source>Legalisir lama disegel ulang</source>
        <translation>Older legalizations sealed again</translation>
    </message>
    <message>
        <source>Ditambahkan ke basis data</source>
        <translation>Added to the database</translation>
    </message>
    <message>
        <source>Skema sebelumnya</source>
        <translation>Previous scheme</translation>
    </message>
    <message>
        <source>Kunci sebelumnya</source>
        <translation>Previous key</translation>
    </message>
    <message>
        <source>Kunci dicabut</source>
        <translation>Keys revoked</translation>
    </message>
    <message>
        <source>Dibawa dari halaman lama</source>
        <translation>Carried over from the old page</translation>
    </message>
    <message>
        <source>tanda tangan digital kantor</source>
        <translation>the office's digital signature</translation>
    </message>
    <message>
        <source>kode lama</source>
        <translation>older code</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>kata sandi salah</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>kata sandi salah; akun dikunci sementara</source>
        <translation>wrong password; account locked for a while</translation>
    </message>
    <message>
        <source>akun sedang dikunci sementara</source>
        <translation>account locked for a while</translation>
    </message>
    <message>
        <source>akun nonaktif</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>data akun diubah di luar aplikasi</source>
        <translation>account data changed outside the app</translation>
    </message>
    <message>
        <source>sah</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>tidak sah</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>tidak dapat diperiksa</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>kode tidak terbaca</source>
        <translation>code unreadable</translation>
    </message>
    <message>
        <source>kunci tidak tepercaya</source>
        <translation>key not trusted</translation>
    </message>
    <message>
        <source>kunci bukan milik kantor ini</source>
        <translation>key not this office's</translation>
    </message>
    <message>
        <source>tanda tangan tidak cocok</source>
        <translation>signature does not match</translation>
    </message>
    <message>
        <source>kunci telah dicabut</source>
        <translation>key revoked</translation>
    </message>
    <message>
        <source>legalisir tidak ditemukan</source>
        <translation>legalization not found</translation>
    </message>
    <message>
        <source>data legalisir diubah</source>
        <translation>legalization data changed</translation>
    </message>
    <message>
        <source>legalisir belum disegel</source>
        <translation>legalization not sealed</translation>
    </message>
    <message>
        <source>legalisir dicabut</source>
        <translation>legalization revoked</translation>
    </message>
    <message>
        <source>melihat permohonan</source>
        <translation>view requests</translation>
    </message>
    <message>
        <source>mencatat dan mengubah permohonan</source>
        <translation>record and change requests</translation>
    </message>
    <message>
        <source>membuka kembali permohonan</source>
        <translation>reopen requests</translation>
    </message>
    <message>
        <source>mengekspor permohonan</source>
        <translation>export requests</translation>
    </message>
    <message>
        <source>melihat legalisir</source>
        <translation>view legalizations</translation>
    </message>
    <message>
        <source>mencatat dan mencetak legalisir</source>
        <translation>record and print legalizations</translation>
    </message>
    <message>
        <source>mencabut legalisir</source>
        <translation>revoke legalizations</translation>
    </message>
    <message>
        <source>memeriksa keaslian legalisir</source>
        <translation>verify legalizations</translation>
    </message>
    <message>
        <source>mengelola kunci tanda tangan</source>
        <translation>manage signing keys</translation>
    </message>
    <message>
        <source>laporan harian</source>
        <translation>daily report</translation>
    </message>
    <message>
        <source>laporan kinerja</source>
        <translation>performance report</translation>
    </message>
    <message>
        <source>nama petugas dalam laporan kinerja</source>
        <translation>officers' names in the performance report</translation>
    </message>
    <message>
        <source>mengelola akun</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>mengubah pengaturan</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>mengubah layanan</source>
        <translation>change services</translation>
    </message>
    <message>
        <source>melihat log audit</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{n} berkas</source>
        <translation>{n} document(s)</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} bita</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Yang dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{old} → {new} karakter</source>
        <translation>{old} → {new} characters</translation>
    </message>
    <message>
        <source>Data kantor</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Basis data berada di server PostgreSQL{where}; pencadangan dan pemulihan dilakukan oleh staf TI dengan alat PostgreSQL, bukan oleh aplikasi. Cadangkan: pg_dump --format=custom --file=loket-TANGGAL.dump "postgresql://PENGGUNA@SERVER/loket". Pulihkan (tutup semua aplikasi Loket dahulu): pg_restore --clean --if-exists --no-owner --dbname="postgresql://PENGGUNA@SERVER/loket" loket-TANGGAL.dump</source>
        <translation>The database is on a PostgreSQL server{where}; backups and restores are done by the IT staff with PostgreSQL tools, not by the app. Back up: pg_dump --format=custom --file=loket-DATE.dump "postgresql://USER@SERVER/loket". Restore (close every Loket app first): pg_restore --clean --if-exists --no-owner --dbname="postgresql://USER@SERVER/loket" loket-DATE.dump</translation>
    </message>
    <message>
        <source>Berkas {name} bukan cadangan basis data Loket Dukcapil</source>
        <translation>File {name} is not a Loket Dukcapil database backup</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai oleh aplikasi Loket lain. Tutup semua jendela Loket (juga di komputer lain yang memakai berkas ini), lalu coba lagi.</source>
        <translation>The database is in use by another Loket app. Close every Loket window (also on other computers using this file), then try again.</translation>
    </message>
    <message>
        <source>disk penuh</source>
        <translation>disk full</translation>
    </message>
    <message>
        <source>salinan basis data tidak lolos pemeriksaan keutuhan ({reason}), jadi basis data itu sendiri kemungkinan rusak. Salinan yang rusak dihapus; cadangan lama tetap ada. Pulihkan cadangan terakhir yang baik (Pengaturan › Cadangan).</source>
        <translation>the copy of the database failed its integrity check ({reason}), so the database itself is probably damaged. The damaged copy was deleted; older backups are kept. Restore the latest good backup (Settings › Backups).</translation>
    </message>
    <message>
        <source>Basis data ini tidak berada dalam berkas; tidak ada yang dicadangkan.</source>
        <translation>This database is not kept in a file; nothing was backed up.</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak ditemukan: {path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>Berkas {name} rusak (pemeriksaan keutuhan SQLite: {reason}); tidak dipulihkan.</source>
        <translation>File {name} is damaged (SQLite integrity check: {reason}); not restored.</translation>
    </message>
    <message>
        <source>Cadangan {name} dibuat oleh versi Loket Dukcapil yang lebih baru atau tidak dikenal (skema {rev}); pasang versi terbaru aplikasi untuk memulihkannya.</source>
        <translation>Backup {name} was made by a newer or unknown version of Loket Dukcapil (schema {rev}); install the latest version of the app to restore it.</translation>
    </message>
    <message>
        <source>Berkas cadangan adalah basis data yang sedang dipakai.</source>
        <translation>The backup file is the database currently in use.</translation>
    </message>
    <message>
        <source>Cadangan tidak boleh menimpa basis data yang sedang dipakai.</source>
        <translation>A backup must not overwrite the database in use.</translation>
    </message>
    <message>
        <source>Cadangan gagal dibuat di {path}: {reason}</source>
        <translation>The backup could not be made at {path}: {reason}</translation>
    </message>
    <message>
        <source> (bukan berkas SQLite).</source>
        <translation> (not an SQLite file).</translation>
    </message>
    <message>
        <source> (versi skema tidak jelas).</source>
        <translation> (unclear schema version).</translation>
    </message>
    <message>
        <source> (tabel tidak ada: {tables}).</source>
        <translation> (missing tables: {tables}).</translation>
    </message>
    <message>
        <source>Basis data ini tidak berada dalam berkas.</source>
        <translation>This database is not kept in a file.</translation>
    </message>
    <message>
        <source>Data saat ini tidak dapat disalin ke {path}: {reason}; pemulihan dibatalkan.</source>
        <translation>The current data could not be copied to {path}: {reason}; the restore was cancelled.</translation>
    </message>
    <message>
        <source> ({reason}).</source>
        <translation> ({reason}).</translation>
    </message>
    <message>
        <source> (tidak ada versi skema).</source>
        <translation> (no schema version).</translation>
    </message>
    <message>
        <source>Berkas basis data {path} telah dihapus saat aplikasi berjalan. Tidak ada yang disimpan. Tutup aplikasi, lalu buka lagi untuk memulihkan cadangan.</source>
        <translation>The database file {path} was deleted while the app was running. Nothing was saved. Close the app, then open it again to restore a backup.</translation>
    </message>
    <message>
        <source>Berkas basis data {path} telah diganti saat aplikasi berjalan (misalnya dipulihkan dari cadangan oleh program lain). Tidak ada yang disimpan. Tutup aplikasi, lalu buka lagi.</source>
        <translation>The database file {path} was replaced while the app was running (for example restored from a backup by another program). Nothing was saved. Close the app, then open it again.</translation>
    </message>
    <message>
        <source>Basis data {where} rusak ({reason}). Tidak ada yang disimpan. Pulihkan cadangan terakhir yang baik (Pengaturan › Cadangan, atau loket restore BERKAS).</source>
        <translation>The database {where} is damaged ({reason}). Nothing was saved. Restore the latest good backup (Settings › Backups, or loket restore FILE).</translation>
    </message>
    <message>
        <source>Basis data {where} sedang dikunci oleh program lain terlalu lama. Tidak ada yang disimpan; coba lagi sebentar lagi.</source>
        <translation>The database {where} has been locked by another program for too long. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>Alamat basis data tidak dapat dibaca: {url}</source>
        <translation>The database address cannot be read: {url}</translation>
    </message>
    <message>
        <source>Jenis basis data pada alamat {url} tidak didukung atau pustakanya belum terpasang.</source>
        <translation>The database type of {url} is not supported or its driver is not installed.</translation>
    </message>
    <message>
        <source>Tidak dapat membuka basis data {url}: {reason}</source>
        <translation>Cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <source>Disk penuh: tidak ada yang disimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu), lalu coba lagi.</source>
        <translation>Disk full: nothing was saved. Free some disk space (delete files you do not need), then try again.</translation>
    </message>
    <message>
        <source>kuota disk habis</source>
        <translation>disk quota exceeded</translation>
    </message>
    <message>
        <source>tidak ada izin</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>nama berkas terlalu panjang</source>
        <translation>file name too long</translation>
    </message>
    <message>
        <source>berkas atau folder tidak ditemukan</source>
        <translation>file or folder not found</translation>
    </message>
    <message>
        <source>bagian jalurnya bukan folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>tujuannya sebuah folder</source>
        <translation>the target is a folder</translation>
    </message>
    <message>
        <source>media hanya dapat dibaca</source>
        <translation>read-only medium</translation>
    </message>
    <message>
        <source>berkas sudah ada</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>sedang dipakai program lain</source>
        <translation>in use by another program</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis pada disk</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <source>nama berkas tidak sah</source>
        <translation>invalid file name</translation>
    </message>
    <message>
        <source>terlalu banyak berkas terbuka</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <source>kesalahan sistem berkas ({code})</source>
        <translation>file system error ({code})</translation>
    </message>
    <message>
        <source>Disk penuh: {where} tidak dapat ditulis; tidak ada yang disimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu), lalu coba lagi.</source>
        <translation>Disk full: {where} cannot be written; nothing was saved. Free some disk space (delete files you do not need), then try again.</translation>
    </message>
    <message>
        <source>Nama berkas ekspor harus berakhiran .csv atau .xlsx: {name}</source>
        <translation>File name of the export must end in .csv or .xlsx: {name}</translation>
    </message>
    <message>
        <source>Tanggal akhir ({to}) sebelum tanggal awal ({start}).</source>
        <translation>End date ({to}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>Rentang tanggal terlalu panjang (maksimal 10 tahun).</source>
        <translation>Date range too long (at most 10 years).</translation>
    </message>
    <message>
        <source>ekstensi tidak didukung</source>
        <translation>extension not supported</translation>
    </message>
    <message>
        <source>sebelum tanggal awal</source>
        <translation>before the start date</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat disimpan: {reason}. Tidak ada yang ditulis.</source>
        <translation>File {path} cannot be saved: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <source>Nama berkas tujuan memuat karakter yang tidak sah.</source>
        <translation>The target file name contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Nama berkas tujuan terlalu panjang (maksimal {n} karakter).</source>
        <translation>Target file name too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Lokasi berkas tujuan terlalu panjang; pilih folder yang lebih dekat.</source>
        <translation>Target location too long; choose a folder closer to the drive root.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation>Target folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>Tujuan adalah sebuah folder, bukan berkas: {path}</source>
        <translation>The target is a folder, not a file: {path}</translation>
    </message>
    <message>
        <source>Folder tujuan tidak dapat ditulis: {folder}</source>
        <translation>Target folder is not writable: {folder}</translation>
    </message>
    <message>
        <source>Berkas tujuan tidak dapat ditimpa: {path}</source>
        <translation>Target file cannot be overwritten: {path}</translation>
    </message>
    <message>
        <source>nama terlalu panjang</source>
        <translation>name too long</translation>
    </message>
    <message>
        <source>lokasi terlalu panjang</source>
        <translation>location too long</translation>
    </message>
    <message>
        <source>folder tidak ada</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <source>tujuan berupa folder</source>
        <translation>target is a folder</translation>
    </message>
    <message>
        <source>folder tidak dapat ditulis</source>
        <translation>folder not writable</translation>
    </message>
    <message>
        <source>berkas tidak dapat ditimpa</source>
        <translation>file cannot be overwritten</translation>
    </message>
    <message>
        <source>{date} pukul {time} {zone}</source>
        <translation>{date} at {time} {zone}</translation>
    </message>
    <message>
        <source>{sex}, lahir {born} — {place}</source>
        <translation>{sex}, born {born} — {place}</translation>
    </message>
    <message>
        <source>Terbit {issued} — {place}</source>
        <translation>Issued {issued} — {place}</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Kode wilayah {code} pada {label} tidak dikenal (kabupaten/kota {regency} tidak ada di tabel, mungkin wilayah hasil pemekaran); periksa dengan dokumen aslinya</source>
        <translation>Region code {code} in the {label} is unknown (regency/city {regency} is not in the table, perhaps a newly split region); check against the original document</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>{name} district</translation>
    </message>
    <message>
        <source>(kode wilayah {code} tidak dikenal)</source>
        <translation>(unknown region code {code})</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada NIK tidak dikenal</source>
        <translation>Province code {code} in the NIK is unknown</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK tidak valid ({shown}); tanggal harus 01–31, atau 41–71 untuk perempuan</source>
        <translation>The birth date in the NIK is not valid ({shown}); the day must be 01–31, or 41–71 for women</translation>
    </message>
    <message>
        <source>Nomor urut pada NIK tidak boleh 0000</source>
        <translation>The serial number in the NIK cannot be 0000</translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada Nomor KK tidak dikenal</source>
        <translation>Province code {code} in the family card number is unknown</translation>
    </message>
    <message>
        <source>Tanggal terbit pada Nomor KK tidak valid ({shown})</source>
        <translation>The issue date in the family card number is not valid ({shown})</translation>
    </message>
    <message>
        <source>Nomor urut pada Nomor KK tidak boleh 0000</source>
        <translation>The serial number in the family card number cannot be 0000</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIP tidak valid ({shown})</source>
        <translation>The birth date in the NIP is not valid ({shown})</translation>
    </message>
    <message>
        <source>TMT pengangkatan pada NIP tidak valid ({shown})</source>
        <translation>The appointment date in the NIP is not valid ({shown})</translation>
    </message>
    <message>
        <source>Kode jenis kelamin pada NIP harus 1 atau 2, tertulis {digit}</source>
        <translation>The sex digit in the NIP must be 1 or 2, found {digit}</translation>
    </message>
    <message>
        <source>{label} belum diisi</source>
        <translation>{label} is empty</translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka</source>
        <translation>{label} may contain digits only</translation>
    </message>
    <message>
        <source>{label} harus {length} digit, tertulis {count} digit</source>
        <translation>{label} must have {length} digits, found {count}</translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak dikenal di {regency} (mungkin wilayah hasil pemekaran); periksa dengan dokumen aslinya</source>
        <translation>District code {code} in the {label} is unknown in {regency} (perhaps a newly split region); check against the original document</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK tidak valid ({shown})</source>
        <translation>The birth date in the NIK is not valid ({shown})</translation>
    </message>
    <message>
        <source>Nomor HP belum diisi</source>
        <translation>The mobile number is empty</translation>
    </message>
    <message>
        <source>Nomor HP tidak valid: {number}</source>
        <translation>Not a valid phone number: {number}</translation>
    </message>
    <message>
        <source>Nomor {number} bukan nomor HP, tidak bisa dihubungi lewat WhatsApp</source>
        <translation>{number} is not a mobile number and cannot be reached on WhatsApp</translation>
    </message>
    <message>
        <source>baris {n}: {column}: {reason}</source>
        <translation>row {n}: {column}: {reason}</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar ({mb} MB; maksimal {limit} MB). Bagi menjadi beberapa berkas.</source>
        <translation>The file {name} is too large ({mb} MB; at most {limit} MB). Split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan lembar kerja Excel (.xlsx) yang sah.</source>
        <translation>File {name} is not a valid Excel worksheet (.xlsx).</translation>
    </message>
    <message>
        <source>Berkas {name} bukan teks UTF-8{where}. Di Excel pilih Simpan Sebagai "CSV UTF-8 (dibatasi koma)".</source>
        <translation>File {name} is not UTF-8 text{where}. In Excel choose Save As "CSV UTF-8 (Comma delimited)".</translation>
    </message>
    <message>
        <source>Baris judul (baris 1) tidak sesuai format impor: kolom {missing} tidak ada. Kolom yang dikenali: {columns}.</source>
        <translation>The header row (row 1) does not match the import format: column {missing} is missing. Recognised columns: {columns}.</translation>
    </message>
    <message>
        <source>Waktu diterima terlalu lampau (sebelum tahun 2000).</source>
        <translation>Time received is too far in the past (before 2000).</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>Berkas {name} kosong.</source>
        <translation>File {name} is empty.</translation>
    </message>
    <message>
        <source>Berkas {name} adalah PDF, bukan CSV atau XLSX.</source>
        <translation>File {name} is a PDF, not CSV or XLSX.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas CSV (teks) atau XLSX. Simpan dari Excel sebagai "CSV UTF-8" atau "Excel Workbook (.xlsx)".</source>
        <translation>File {name} is not a CSV (text) or XLSX file. Save it from Excel as "CSV UTF-8" or "Excel Workbook (.xlsx)".</translation>
    </message>
    <message>
        <source>Berkas {name} berisi {mb} MB data setelah dibuka (maksimal {limit} MB); tidak dibaca. Simpan lembar kerjanya sebagai CSV UTF-8 atau bagi menjadi beberapa berkas.</source>
        <translation>The file {name} holds {mb} MB of data once unpacked (at most {limit} MB); it was not read. Save its sheet as CSV UTF-8 or split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {name} hanya berisi baris judul.</source>
        <translation>File {name} contains only the header row.</translation>
    </message>
    <message>
        <source>… dan {n} kesalahan lain (hanya {shown} yang pertama ditampilkan).</source>
        <translation>… and {n} more errors (only the first {shown} are shown).</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>waktu tidak dikenali: {value} (contoh: 2026-11-28 09:15, 28/11/2026 09:15 atau 28-11-2026 09.15)</source>
        <translation>time not recognised: {value} (examples: 2026-11-28 09:15, 28/11/2026 09:15 or 28-11-2026 09.15)</translation>
    </message>
    <message>
        <source>tersimpan sebagai angka di Excel (digit hilang); format kolom sebagai Teks</source>
        <translation>stored as a number in Excel (digits lost); format the column as Text</translation>
    </message>
    <message>
        <source>layanan tidak dikenal: {value}</source>
        <translation>unknown service: {value}</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka: {reason}</source>
        <translation>File {name} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>Berkas {name} rusak: lembar kerjanya tidak dapat dibaca sesudah baris {line}. Buka di Excel lalu simpan ulang (atau simpan sebagai CSV UTF-8).</source>
        <translation>The file {name} is damaged: its sheet cannot be read after row {line}. Open it in Excel and save it again (or save it as CSV UTF-8).</translation>
    </message>
    <message>
        <source>Impor dibatalkan: {n} dari {total} baris tidak valid ({errors} kesalahan); tidak ada yang disimpan.</source>
        <translation>Import cancelled: {n} of {total} rows are invalid ({errors} errors); nothing was saved.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi lebih dari {n} baris data (batas satu impor); tidak ada yang disimpan. Bagi menjadi beberapa berkas.</source>
        <translation>The file {name} has more than {n} data rows (the limit of one import); nothing was saved. Split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca sebagai CSV mulai baris {line}. Periksa baris itu di Excel lalu simpan ulang sebagai CSV UTF-8.</source>
        <translation>The file {name} cannot be read as CSV from row {line} on. Check that row in Excel, then save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source> (baris {n})</source>
        <translation> (row {n})</translation>
    </message>
    <message>
        <source>Baris-baris berkas {name} baru saja diimpor dari komputer lain; tidak ada yang disimpan. Ulangi impor: baris yang sudah ada akan dilewati.</source>
        <translation>The rows of {name} were just imported from another computer; nothing was saved. Import again: rows already there will be skipped.</translation>
    </message>
    <message>
        <source>kertas {p} {o}</source>
        <translation>{o} {p} paper</translation>
    </message>
    <message>
        <source>Batas tepi yang tidak tercetak harus antara 0 dan {max} mm.</source>
        <translation>The unprinted edge must be between 0 and {max} mm.</translation>
    </message>
    <message>
        <source>Sudut acuan harus salah satu dari: {c}.</source>
        <translation>The reference corner must be one of: {c}.</translation>
    </message>
    <message>
        <source>Jarak mendatar</source>
        <translation>Horizontal distance</translation>
    </message>
    <message>
        <source>Jarak tegak</source>
        <translation>Vertical distance</translation>
    </message>
    <message>
        <source>Blok pengesahan ({w} × {h} mm) tidak muat di {sheet} dengan tepi {m} mm.</source>
        <translation>The endorsement block ({w} × {h} mm) does not fit on {sheet} with a {m} mm edge.</translation>
    </message>
    <message>
        <source>Resolusi pindaian harus antara {lo} dan {hi} dpi (biasanya 150, 200 atau 300).</source>
        <translation>The scan resolution must be between {lo} and {hi} dpi (usually 150, 200 or 300).</translation>
    </message>
    <message>
        <source>mendatar</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>tegak</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>antara 0 dan {max} mm</source>
        <translation>between 0 and {max} mm</translation>
    </message>
    <message>
        <source>tidak valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>di luar rentang</source>
        <translation>out of range</translation>
    </message>
    <message>
        <source>{label} {v} mm terlalu kecil: blok masuk ke tepi {m} mm yang tidak dapat dicetak printer. Paling kecil {lo} mm.</source>
        <translation>{label} {v} mm is too small: the block enters the {m} mm edge the printer cannot print. At least {lo} mm.</translation>
    </message>
    <message>
        <source>{label} {v} mm terlalu besar untuk {sheet} ({side} mm): blok berukuran {size} mm akan keluar dari kertas atau masuk ke tepi yang tidak tercetak. Paling besar {hi} mm.</source>
        <translation>{label} {v} mm is too large for {sheet} ({side} mm): the {size} mm block would leave the paper or enter the unprinted edge. At most {hi} mm.</translation>
    </message>
    <message>
        <source>Ukuran kertas harus A4 atau F4, bukan {p}.</source>
        <translation>Paper size must be A4 or F4, not {p}.</translation>
    </message>
    <message>
        <source>Profil kantor belum lengkap (nama kantor, kabupaten/kota dan kota tempat penandatanganan); lengkapi di Pengaturan sebelum mencetak.</source>
        <translation>The office profile is incomplete (office name, regency/city and the city where documents are signed); complete it in Settings before printing.</translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu dokumen untuk dicetak.</source>
        <translation>Choose at least one document to print.</translation>
    </message>
    <message>
        <source>Tidak ada dokumen dengan pindaian pada entri {no}; cetak blok pengesahan saja.</source>
        <translation>Entry {no} has no document with a scan; print the endorsement block only.</translation>
    </message>
    <message>
        <source>Jenis dokumen cetak tidak dikenal: {w}.</source>
        <translation>Unknown print document type: {w}.</translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>Berkas ekspor harus berakhiran .pdf atau .xlsx.</source>
        <translation>The export file must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Resolusi pindaian {name} ({doc}) tidak diketahui, jadi ukuran aslinya tidak dapat dihitung. Pilih resolusi pemindaian (dpi) sebelum mencetak.</source>
        <translation>The resolution of scan {name} ({doc}) is unknown, so its real size cannot be worked out. Choose the scanning resolution (dpi) before printing.</translation>
    </message>
    <message>
        <source>Salinan {doc} halaman {p} tidak muat pada ukuran asli bersama blok pengesahan. Pilih: blok pengesahan di halaman belakang, atau salinan diperkecil.</source>
        <translation>The copy of {doc} page {p} does not fit at its real size together with the endorsement block. Choose: the block on the back of the sheet, or a smaller copy.</translation>
    </message>
    <message>
        <source>belum lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>tidak ada pindaian</source>
        <translation>no scan</translation>
    </message>
    <message>
        <source>jenis berkas</source>
        <translation>file type</translation>
    </message>
    <message>
        <source>resolusi belum dipilih</source>
        <translation>resolution not chosen</translation>
    </message>
    <message>
        <source>pilih penempatan blok</source>
        <translation>choose where the block goes</translation>
    </message>
    <message>
        <source>Kunci verifikasi legalisir tidak ditemukan di basis data; jalankan 'loket init'.</source>
        <translation>The legalization verification key was not found in the database; run 'loket init'.</translation>
    </message>
    <message>
        <source>Alasan terlalu singkat: tulis minimal {n} karakter yang menjelaskan sebabnya.</source>
        <translation>Reason too short: write at least {n} characters explaining why.</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Alasan terlalu panjang (maksimal {n} karakter).</source>
        <translation>Reason too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Pencabutan wajib disertai alasan.</source>
        <translation>A revocation needs a reason.</translation>
    </message>
    <message>
        <source>Nomor register bentrok dengan entri lain; periksa format nomor register di Pengaturan lalu simpan ulang.</source>
        <translation>The register number clashes with another entry; check the register number format in Settings and save again.</translation>
    </message>
    <message>
        <source>Entri legalisir tidak ditemukan.</source>
        <translation>Legalization entry not found.</translation>
    </message>
    <message>
        <source>Nomor register {no} tidak ditemukan.</source>
        <translation>Register number {no} not found.</translation>
    </message>
    <message>
        <source>Legalisir {no} sudah dicabut sebelumnya.</source>
        <translation>Legalization {no} was already revoked.</translation>
    </message>
    <message>
        <source>cadangan kunci legalisir</source>
        <translation>a legalization key backup</translation>
    </message>
    <message>
        <source>kunci publik legalisir</source>
        <translation>a legalization public key</translation>
    </message>
    <message>
        <source>Frasa sandi minimal {n} karakter, tanpa spasi di awal atau akhir.</source>
        <translation>The passphrase needs at least {n} characters, with no space at the start or end.</translation>
    </message>
    <message>
        <source>Frasa sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation>The passphrase is too long (at most 256 characters).</translation>
    </message>
    <message>
        <source>Kunci {id} tidak dikenal.</source>
        <translation>Key {id} is not known.</translation>
    </message>
    <message>
        <source>Kunci {id} tidak ada di PC ini; cadangkan dari PC yang memilikinya.</source>
        <translation>Key {id} is not on this PC; back it up from the PC that holds it.</translation>
    </message>
    <message>
        <source>Kunci {id} dilindungi frasa sandi; masukkan frasa sandinya.</source>
        <translation>Key {id} is protected by a passphrase; enter its passphrase.</translation>
    </message>
    <message>
        <source>Pencabutan kunci wajib disertai alasan.</source>
        <translation>Revoking a key needs a reason.</translation>
    </message>
    <message>
        <source>Alasan terlalu panjang (maksimal 500 karakter).</source>
        <translation>Reason too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>Kantor sudah memiliki kunci penandatangan ({ids}); gunakan Ganti kunci (rotasi) atau pasang cadangannya di PC ini.</source>
        <translation>The office already has a signing key ({ids}); use Replace key (rotation) or install its backup on this PC.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan {what}.</source>
        <translation>File {name} is not {what}.</translation>
    </message>
    <message>
        <source>Basis data mencatat kunci {id} yang lain (sidik jari {fp}); cadangan ini tidak dipasang. Periksa asal cadangan atau basis datanya.</source>
        <translation>The database records a different key {id} (fingerprint {fp}); this backup was not installed. Check where the backup or the database came from.</translation>
    </message>
    <message>
        <source>Kunci publik ini (sidik jari {fp}) tidak tercatat di basis data kantor.</source>
        <translation>This public key (fingerprint {fp}) is not recorded in the office's database.</translation>
    </message>
    <message>
        <source>Kunci {id} sudah dicabut sebelumnya.</source>
        <translation>Key {id} was already revoked.</translation>
    </message>
    <message>
        <source>terlalu pendek</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>tidak dapat dibaca</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>Pasang kunci dari cadangannya: Pengaturan › Legalisir › Pasang kunci, atau 'loket legalisir kunci pasang BERKAS'.</source>
        <translation>Install the key from its backup: Settings › Legalization › Install key, or 'loket legalisir kunci pasang FILE'.</translation>
    </message>
    <message>
        <source>Kantor belum memiliki kunci penandatangan legalisir; supervisor membuatnya di Pengaturan › Legalisir › Buat kunci (atau 'loket legalisir kunci buat').</source>
        <translation>The office has no legalization signing key yet; a supervisor creates it in Settings › Legalization › Create key (or 'loket legalisir kunci buat').</translation>
    </message>
    <message>
        <source>Kunci penandatangan legalisir {id} tidak terpasang di PC ini, jadi PC ini tidak dapat mencetak pengesahan. {hint}</source>
        <translation>Legalization signing key {id} is not installed on this PC, so this PC cannot print endorsements. {hint}</translation>
    </message>
    <message>
        <source>Kunci penandatangan {id} dilindungi frasa sandi; masukkan frasa sandinya.</source>
        <translation>Signing key {id} is protected by a passphrase; enter its passphrase.</translation>
    </message>
    <message>
        <source>Kunci {id} tidak ada di PC ini.</source>
        <translation>Key {id} is not on this PC.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci {id} salah.</source>
        <translation>Wrong passphrase for key {id}.</translation>
    </message>
    <message>
        <source>Kunci penandatangan legalisir tidak terpasang di PC ini, jadi PC ini tidak dapat mencetak legalisir. {hint}</source>
        <translation>No legalization signing key is installed on this PC, so this PC cannot print legalizations. {hint}</translation>
    </message>
    <message>
        <source>Berkas kunci {id} rusak.</source>
        <translation>The key file of {id} is damaged.</translation>
    </message>
    <message>
        <source>salah</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>Jenis cetak tidak dikenal: {k}.</source>
        <translation>Unknown print kind: {k}.</translation>
    </message>
    <message>
        <source>Jumlah cetak harus 1 sampai {hi}.</source>
        <translation>Number of prints must be 1 to {hi}.</translation>
    </message>
    <message>
        <source>Cetak ulang wajib disertai alasan.</source>
        <translation>A reprint needs a reason.</translation>
    </message>
    <message>
        <source>Legalisir {no} telah dicabut dan tidak dapat dicetak.</source>
        <translation>Legalization {no} has been revoked and cannot be printed.</translation>
    </message>
    <message>
        <source>Legalisir {no} sudah pernah dicetak; gunakan Cetak ulang dan tuliskan alasannya.</source>
        <translation>Legalization {no} has already been printed; use Reprint and give the reason.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak atau tidak lengkap; pindai ulang dokumennya.</source>
        <translation>File {name} is damaged or incomplete; scan the document again.</translation>
    </message>
    <message>
        <source>Berkas pindaian {name} terlalu besar ({mb} MB); maksimal 20 MB.</source>
        <translation>Scan file {name} is too large ({mb} MB); at most 20 MB.</translation>
    </message>
    <message>
        <source>Berkas pindaian {name} kosong.</source>
        <translation>Scan file {name} is empty.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan PDF, JPEG atau PNG.</source>
        <translation>File {name} is not a PDF, JPEG or PNG.</translation>
    </message>
    <message>
        <source>Gambar {name} terlalu besar ({w}×{h} piksel); maksimal {side}×{side} piksel dan 50 megapiksel. Pindai dengan resolusi 300 dpi.</source>
        <translation>Image {name} is too large ({w}×{h} pixels); at most {side}×{side} pixels and 50 megapixels. Scan at 300 dpi.</translation>
    </message>
    <message>
        <source>Berkas pindaian {name} tidak dapat dibuka: {reason}</source>
        <translation>Scan file {name} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>Berkas pindaian {name} tidak dapat dibaca: {reason}</source>
        <translation>Scan file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>berkas rusak</source>
        <translation>damaged file</translation>
    </message>
    <message>
        <source>PDF {name} dilindungi kata sandi atau terenkripsi; simpan ulang tanpa perlindungan.</source>
        <translation>PDF {name} is password-protected or encrypted; save it again without protection.</translation>
    </message>
    <message>
        <source>PDF {name} berisi {n} halaman; maksimal {max} halaman.</source>
        <translation>PDF {name} has {n} pages; at most {max} pages.</translation>
    </message>
    <message>
        <source>terlalu besar</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>jenis berkas tidak didukung</source>
        <translation>file type not supported</translation>
    </message>
    <message>
        <source>gambar terlalu besar</source>
        <translation>image too large</translation>
    </message>
    <message>
        <source>tidak dapat dibuka</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>PDF terenkripsi</source>
        <translation>encrypted PDF</translation>
    </message>
    <message>
        <source>terlalu banyak halaman</source>
        <translation>too many pages</translation>
    </message>
    <message>
        <source>Legalisir {no} tercatat dengan skema verifikasi lama (kode HMAC). Cetakan baru akan ditandatangani dengan kunci kantor; kertas lama tetap dapat diperiksa di aplikasi.</source>
        <translation>Legalization {no} was recorded with the older verification scheme (HMAC code). A new print will be signed with the office's key; the old paper can still be checked in the app.</translation>
    </message>
    <message>
        <source>Kunci {id} yang menandatangani legalisir {no} telah dicabut atau tidak tepercaya di PC ini. Cetakan baru akan ditandatangani ulang dengan kunci kantor yang berlaku.</source>
        <translation>Key {id}, which signed legalization {no}, has been revoked or is not trusted on this PC. A new print will be signed again with the office's current key.</translation>
    </message>
    <message>
        <source>Legalisir {no} tercatat dengan skema verifikasi lama (kode HMAC). Untuk mencetaknya, pilih tanda tangani ulang dengan kunci kantor; kertas lama tetap dapat diperiksa di aplikasi.</source>
        <translation>Legalization {no} was recorded with the older verification scheme (HMAC code). To print it, choose to sign it again with the office's key; the old paper can still be checked in the app.</translation>
    </message>
    <message>
        <source>Kunci penandatangan diperlukan untuk mencetak legalisir ini.</source>
        <translation>A signing key is needed to print this legalization.</translation>
    </message>
    <message>
        <source>Data entri ini tidak muat dalam kode QR; perpendek alamat verifikasi di Pengaturan › Legalisir.</source>
        <translation>This entry's data does not fit in the QR code; shorten the verification address in Settings › Legalization.</translation>
    </message>
    <message>
        <source>Kunci {id} yang menandatangani legalisir {no} telah dicabut atau tidak tepercaya di PC ini; cetak dengan tanda tangan baru (tanda tangani ulang).</source>
        <translation>Key {id}, which signed legalization {no}, has been revoked or is not trusted on this PC; print it with a new signature (sign again).</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant's name</translation>
    </message>
    <message>
        <source>Alamat verifikasi maksimal {n} karakter, agar kode QR tetap kecil; gunakan alamat yang pendek.</source>
        <translation>The verification address may have at most {n} characters, so the QR code stays small; use a short address.</translation>
    </message>
    <message>
        <source>Alamat verifikasi harus diawali http:// atau https://, tanpa spasi.</source>
        <translation>The verification address must start with http:// or https:// and contain no spaces.</translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu jenis dokumen dari daftar dokumen Disdukcapil.</source>
        <translation>Choose at least one document type from the list of Disdukcapil's documents.</translation>
    </message>
    <message>
        <source>Format nomor register hanya boleh memakai {fields}.</source>
        <translation>The register number format may only use {fields}.</translation>
    </message>
    <message>
        <source>Format nomor register tidak boleh memuat : ? &amp; atau #.</source>
        <translation>The register number format must not contain : ? &amp; or #.</translation>
    </message>
    <message>
        <source>Nomor register terlalu panjang (maksimal 80 karakter).</source>
        <translation>Register number too long (at most 80 characters).</translation>
    </message>
    <message>
        <source>Nomor pendaftaran terlalu panjang (maks. 80).</source>
        <translation>Registration number too long (max. 80).</translation>
    </message>
    <message>
        <source>Nomor WhatsApp harus nomor seluler.</source>
        <translation>The WhatsApp number must be a mobile number.</translation>
    </message>
    <message>
        <source>Keperluan harus salah satu dari: {p}.</source>
        <translation>Purpose must be one of: {p}.</translation>
    </message>
    <message>
        <source>Tambahkan sedikitnya satu dokumen.</source>
        <translation>Add at least one document.</translation>
    </message>
    <message>
        <source>Dokumen {n}: jenis dokumen tidak dikenal.</source>
        <translation>Document {n}: unknown document type.</translation>
    </message>
    <message>
        <source>Dokumen {n}: nama terlalu panjang.</source>
        <translation>Document {n}: name too long.</translation>
    </message>
    <message>
        <source>Dokumen {n}: nomor dokumen wajib diisi.</source>
        <translation>Document {n}: document number is required.</translation>
    </message>
    <message>
        <source>Dokumen {n}: jumlah salinan harus {lo} sampai {hi}.</source>
        <translation>Document {n}: number of copies must be {lo} to {hi}.</translation>
    </message>
    <message>
        <source>Dokumen {n}: pindaian tidak valid.</source>
        <translation>Document {n}: invalid scan.</translation>
    </message>
    <message>
        <source>Pilih pejabat penandatangan.</source>
        <translation>Choose the signing official.</translation>
    </message>
    <message>
        <source>Pejabat penandatangan tidak ditemukan atau nonaktif.</source>
        <translation>Signing official not found or inactive.</translation>
    </message>
    <message>
        <source>Format nomor register wajib memuat {seq} dan {year}.</source>
        <translation>The register number format must contain {seq} and {year}.</translation>
    </message>
    <message>
        <source>Tuliskan keperluan lainnya.</source>
        <translation>Write the other purpose.</translation>
    </message>
    <message>
        <source>Dokumen {n} bertanda tangan elektronik (TTE): menurut Permendagri 104/2019 dokumen ber-TTE tidak perlu dilegalisir. Lanjutkan hanya bila penerima tetap memintanya.</source>
        <translation>Document {n} carries an electronic signature (TTE): under Permendagri 104/2019 such documents need no legalization. Go on only if the recipient still asks for it.</translation>
    </message>
    <message>
        <source>Paling banyak {n} dokumen per permohonan.</source>
        <translation>At most {n} documents per request.</translation>
    </message>
    <message>
        <source>Dokumen {n}: {label} tidak termasuk dokumen yang dilegalisir di loket ini (Pengaturan › Legalisir).</source>
        <translation>Document {n}: {label} is not among the documents this desk legalizes (Settings › Legalization).</translation>
    </message>
    <message>
        <source>Dokumen {n}: nomor dokumen terlalu panjang.</source>
        <translation>Document {n}: document number too long.</translation>
    </message>
    <message>
        <source>NIP pejabat {name} tidak valid ({reason}); perbaiki di Pengaturan.</source>
        <translation>NIP of official {name} is invalid ({reason}); correct it in Settings.</translation>
    </message>
    <message>
        <source>terlalu panjang</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>alamat tidak valid</source>
        <translation>invalid address</translation>
    </message>
    <message>
        <source>Keperluan lainnya terlalu panjang (maks. 120).</source>
        <translation>Other purpose too long (max. 120).</translation>
    </message>
    <message>
        <source>Dokumen {n}: tuliskan nama dokumennya.</source>
        <translation>Document {n}: write the document's name.</translation>
    </message>
    <message>
        <source>Dokumen {n}: {document} bukan dokumen terbitan Disdukcapil; legalisir di {who}.</source>
        <translation>Document {n}: {document} is not issued by Disdukcapil; have it legalized by {who}.</translation>
    </message>
    <message>
        <source>urut {seq} tahun {year}</source>
        <translation>number {seq} of {year}</translation>
    </message>
    <message>
        <source>Data entri {no} di basis data berbeda dari yang ditandatangani; yang berlaku adalah yang ditandatangani. Periksa log audit atas perubahan basis data.</source>
        <translation>The database holds different data for entry {no} than what was signed; the signed data is what counts. Check the audit log for changes to the database.</translation>
    </message>
    <message>
        <source>Skema lama (kode HMAC): tidak dapat diperiksa di halaman verifikasi publik.</source>
        <translation>Older scheme (HMAC code): it cannot be checked on the public verification page.</translation>
    </message>
    <message>
        <source>SAH: legalisir {no} ditandatangani kunci kantor {id}.</source>
        <translation>VALID: legalization {no} is signed with the office's key {id}.</translation>
    </message>
    <message>
        <source>Entri ini tidak ada di register basis data ini (basis data lain, dipulihkan dari cadangan lama, atau dihapus); periksa log audit.</source>
        <translation>This entry is not in this database's register (another database, restored from an old backup, or deleted); check the audit log.</translation>
    </message>
    <message>
        <source>TIDAK SAH: kode tidak dikenal; tidak ada legalisir dengan kode ini di register.</source>
        <translation>NOT VALID: unknown code; no legalization in the register has this code.</translation>
    </message>
    <message>
        <source>TIDAK SAH: teks ini bukan kode verifikasi legalisir.</source>
        <translation>NOT VALID: this text is not a legalization verification code.</translation>
    </message>
    <message>
        <source>Kantor belum membuat kunci penandatangan, jadi kode skema lama belum disegel; supervisor membuatnya di Pengaturan › Legalisir.</source>
        <translation>The office has not created its signing key yet, so codes of the older scheme are not sealed; a supervisor creates it in Settings › Legalization.</translation>
    </message>
    <message>
        <source>SAH (skema lama): legalisir {no} tercatat di register.</source>
        <translation>VALID (older scheme): legalization {no} is in the register.</translation>
    </message>
    <message>
        <source>TIDAK SAH: kunci {id} tercatat di basis data, tetapi tidak ada kunci kantor di PC ini yang menjaminnya.</source>
        <translation>NOT VALID: key {id} is recorded in the database, but no office key on this PC vouches for it.</translation>
    </message>
    <message>
        <source>TIDAK SAH: ditandatangani kunci {id} yang bukan kunci kantor ini.</source>
        <translation>NOT VALID: signed with key {id}, which is not this office's key.</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan tidak cocok; isi kode telah diubah.</source>
        <translation>NOT VALID: the signature does not match; the code has been changed.</translation>
    </message>
    <message>
        <source>TIDAK SAH: kunci {id} telah dicabut pada {date} ({reason}).</source>
        <translation>NOT VALID: key {id} was revoked on {date} ({reason}).</translation>
    </message>
    <message>
        <source>DICABUT: legalisir {no} telah dicabut pada {date} ({reason}).</source>
        <translation>REVOKED: legalization {no} was revoked on {date} ({reason}).</translation>
    </message>
    <message>
        <source>TIDAK SAH: kode tidak cocok dengan register {no}; dokumen atau kodenya telah diubah.</source>
        <translation>NOT VALID: the code does not match register {no}; the document or its code has been altered.</translation>
    </message>
    <message>
        <source>TIDAK SAH: kode skema lama {no} tidak termasuk segel kunci kantor (dibuat atau diubah setelah kantor memakai kunci penandatangan).</source>
        <translation>NOT VALID: the older-scheme code of {no} is not in the office key's seal (made or changed after the office started using its signing key).</translation>
    </message>
    <message>
        <source>DICABUT: legalisir {no} telah dicabut ({reason}).</source>
        <translation>REVOKED: legalization {no} has been revoked ({reason}).</translation>
    </message>
    <message>
        <source>TIDAK SAH: kode tidak terbaca (bukan kode legalisir, terpotong atau rusak).</source>
        <translation>NOT VALID: the code cannot be read (not a legalization code, cut short or damaged).</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang (maksimal {n} karakter).</source>
        <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>{label} harus berisi huruf.</source>
        <translation>{label} must contain letters.</translation>
    </message>
    <message>
        <source>{label} memuat karakter tersembunyi atau pembalik arah teks (U+{code:04X}); ketik ulang namanya, jangan disalin dari pesan.</source>
        <translation>{label} contains a hidden or text-direction character (U+{code:04X}); type the name again instead of copying it from a message.</translation>
    </message>
    <message>
        <source>{label} memuat terlalu banyak tanda diakritik pada satu huruf.</source>
        <translation>{label} has too many accent marks on one letter.</translation>
    </message>
    <message>
        <source>bilangan bulat</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>angka</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>daftar</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>nomor data (bilangan bulat positif) atau kosong</source>
        <translation>a record number (a positive whole number) or empty</translation>
    </message>
    <message>
        <source>Kunci layar setelah tidak aktif (menit)</source>
        <translation>Lock the screen after inactivity (minutes)</translation>
    </message>
    <message>
        <source>Ukuran kertas cetak</source>
        <translation>Printing paper size</translation>
    </message>
    <message>
        <source>Format nomor register legalisir</source>
        <translation>Legalization register number format</translation>
    </message>
    <message>
        <source>Alamat halaman verifikasi legalisir</source>
        <translation>Address of the legalization verification page</translation>
    </message>
    <message>
        <source>Jenis dokumen yang dilegalisir di loket</source>
        <translation>Document types the desk legalizes</translation>
    </message>
    <message>
        <source>Sudut acuan blok pengesahan</source>
        <translation>Reference corner of the endorsement block</translation>
    </message>
    <message>
        <source>Jarak mendatar blok pengesahan dari sudut acuan (mm)</source>
        <translation>Horizontal distance of the endorsement block from the reference corner (mm)</translation>
    </message>
    <message>
        <source>Jarak tegak blok pengesahan dari sudut acuan (mm)</source>
        <translation>Vertical distance of the endorsement block from the reference corner (mm)</translation>
    </message>
    <message>
        <source>Arah kertas blok pengesahan saja</source>
        <translation>Paper orientation of the endorsement-only sheet</translation>
    </message>
    <message>
        <source>Tepi kertas yang tidak tercetak printer (mm)</source>
        <translation>Paper edge the printer does not print (mm)</translation>
    </message>
    <message>
        <source>Zona waktu kantor (WIB, WITA atau WIT) untuk semua tanggal dan jam</source>
        <translation>Office time zone (WIB, WITA or WIT) for every date and time</translation>
    </message>
    <message>
        <source>Pejabat penanda tangan laporan harian (nomor data)</source>
        <translation>Official who signs the daily report (record number)</translation>
    </message>
    <message>
        <source>Ukuran isi berkas impor maksimal, setelah dibuka (MB)</source>
        <translation>Largest import file content, once unpacked (MB)</translation>
    </message>
    <message>
        <source>Jumlah baris data per berkas impor maksimal</source>
        <translation>Most data rows in one import file</translation>
    </message>
    <message>
        <source>Pengaturan “{label}” ({key}) {problem}</source>
        <translation>Setting “{label}” ({key}) {problem}</translation>
    </message>
    <message>
        <source>harus berupa {kind}.</source>
        <translation>must be {kind}.</translation>
    </message>
    <message>
        <source>harus salah satu dari: {choices}.</source>
        <translation>must be one of: {choices}.</translation>
    </message>
    <message>
        <source>Pengaturan tidak dikenal: {key}.</source>
        <translation>Unknown setting: {key}.</translation>
    </message>
    <message>
        <source>harus antara {low} dan {high}.</source>
        <translation>must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>harus antara {low:g} dan {high:g}.</source>
        <translation>must be between {low:g} and {high:g}.</translation>
    </message>
    <message>
        <source>memuat karakter yang tidak sah.</source>
        <translation>contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>terlalu panjang (maksimal {n} karakter).</source>
        <translation>is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>hanya boleh memuat: {choices}.</source>
        <translation>may hold only: {choices}.</translation>
    </message>
    <message>
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Laporan kinerja tidak dapat dibuat sebagai {suffix}; pilih {ends}.</source>
        <translation>The performance report cannot be made as {suffix}; choose {ends}.</translation>
    </message>
    <message>
        <source>Periode: {p} ({n} hari kerja)</source>
        <translation>Period: {p} ({n} working days)</translation>
    </message>
    <message>
        <source>Diterima {r}, selesai {f} (dalam standar {w}, {pct}), ditolak {x}.</source>
        <translation>Received {r}, completed {f} (within standard {w}, {pct}), rejected {x}.</translation>
    </message>
    <message>
        <source>Sisa terbuka pada akhir periode {b} (terlambat {o}).</source>
        <translation>Still open at the end of the period {b} (overdue {o}).</translation>
    </message>
    <message>
        <source>Legalisir: {e} pemohon, {d} dokumen, {c} lembar; cetak ulang {rp}, pencabutan {rv}, verifikasi {v}.</source>
        <translation>Legalization: {e} applicants, {d} documents, {c} sheets; reprints {rp}, revocations {rv}, verifications {v}.</translation>
    </message>
    <message>
        <source>Pilih bulan atau tanggal awal laporan.</source>
        <translation>Choose the report's month or start date.</translation>
    </message>
    <message>
        <source>Rincian per petugas hanya dimuat untuk supervisor.</source>
        <translation>The figures per officer are included for supervisors only.</translation>
    </message>
    <message>
        <source>Tanpa petugas (impor/sistem)</source>
        <translation>No officer (import/system)</translation>
    </message>
    <message>
        <source>Bulan {m} tidak valid; tulis TTTT-BB, misalnya 2026-11.</source>
        <translation>Month {m} is not valid; write YYYY-MM, for example 2026-11.</translation>
    </message>
    <message>
        <source>Bulan {m} belum dimulai; laporan hanya dapat dibuat sampai hari ini.</source>
        <translation>Month {m} has not started yet; reports can only be made up to today.</translation>
    </message>
    <message>
        <source>(tanpa alasan)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Pengguna #{id}</source>
        <translation>User #{id}</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: {backup}.</source>
        <translation>Latest good backup: {backup}.</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik di folder cadangan.</source>
        <translation>There is no good backup in the backup folder.</translation>
    </message>
    <message>
        <source>Basis data {path} rusak (pemeriksaan SQLite: {problem}). {where} Pulihkan dengan: loket --user NAMA_SUPERVISOR restore BERKAS</source>
        <translation>The database {path} is damaged (SQLite check: {problem}). {where} Restore with: loket --user SUPERVISOR_NAME restore FILE</translation>
    </message>
    <message>
        <source>Cadangan harian gagal pada {at}: {reason}</source>
        <translation>The daily backup failed on {at}: {reason}</translation>
    </message>
    <message>
        <source>Pulihkan cadangan terbaru: loket --user NAMA_SUPERVISOR restore {backup}</source>
        <translation>Restore the latest backup: loket --user SUPERVISOR_NAME restore {backup}</translation>
    </message>
    <message>
        <source>Tidak ada cadangan di folder cadangan; pulihkan dari salinan lain bila ada.</source>
        <translation>There is no backup in the backup folder; restore from another copy if you have one.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak ditemukan, padahal aplikasi ini sudah pernah memakainya. Basis data kosong tidak dibuat sebagai penggantinya. {hint} Atau, bila memang ingin mulai dari awal: loket init --new-database.</source>
        <translation>The database {path} was not found, although this app has used it before. No empty database is made in its place. {hint} Or, if you really want to start from scratch: loket init --new-database.</translation>
    </message>
    <message>
        <source>Basis data {path} masih utuh; tidak diganti dengan basis data baru. Untuk mengganti isinya, pulihkan cadangan.</source>
        <translation>The database {path} is still sound; it is not replaced by a new database. To replace its contents, restore a backup.</translation>
    </message>
    <message>
        <source>Kode {code} (tidak dikenal)</source>
        <translation>Code {code} (unknown)</translation>
    </message>
    <message>
        <source>Nama berkas laporan harus berakhiran {ends}: {path}</source>
        <translation>The report file name must end in {ends}: {path}</translation>
    </message>
    <message>
        <source>Periode: {p}</source>
        <translation>Period: {p}</translation>
    </message>
    <message>
        <source>Diterima {r}, selesai {c}, ditolak {x}, sisa terbuka {b} (terlambat {o}).</source>
        <translation>Received {r}, completed {c}, rejected {x}, still open {b} (overdue {o}).</translation>
    </message>
    <message>
        <source>Legalisir: {a} pemohon, {d} dokumen, {c} lembar.</source>
        <translation>Legalization: {a} applicants, {d} documents, {c} sheets.</translation>
    </message>
    <message>
        <source>Tanggal {d} belum terjadi; laporan hanya dapat dibuat sampai hari ini.</source>
        <translation>Date {d} has not happened yet; reports can only be made up to today.</translation>
    </message>
    <message>
        <source>Tanggal akhir {d} belum terjadi; laporan hanya dapat dibuat sampai hari ini.</source>
        <translation>End date {d} has not happened yet; reports can only be made up to today.</translation>
    </message>
    <message>
        <source>Tanggal akhir {end} lebih awal dari tanggal awal {start}.</source>
        <translation>End date {end} is earlier than start date {start}.</translation>
    </message>
    <message>
        <source>Nama berkas laporan harus berakhiran .pdf: {path}</source>
        <translation>The report file name must end in .pdf: {path}</translation>
    </message>
    <message>
        <source>Rentang laporan paling panjang {n} hari.</source>
        <translation>A report covers at most {n} days.</translation>
    </message>
    <message>
        <source>bukan berkas .pdf</source>
        <translation>not a .pdf file</translation>
    </message>
    <message>
        <source>Kode {code} sudah dipakai layanan {name}. Pilih layanan itu di daftar untuk mengubahnya, atau pakai kode lain.</source>
        <translation>Code {code} is already used by the service {name}. Choose that service in the list to change it, or use another code.</translation>
    </message>
    <message>
        <source>Kode layanan 2–16 huruf besar/angka, diawali huruf (misalnya KK).</source>
        <translation>Service code: 2–16 capital letters/digits, starting with a letter (e.g. KK).</translation>
    </message>
    <message>
        <source>Nama layanan wajib diisi.</source>
        <translation>Service name is required.</translation>
    </message>
    <message>
        <source>Target waktu harus 0–{n} hari kerja.</source>
        <translation>Target time must be 0–{n} working days.</translation>
    </message>
    <message>
        <source>Nama layanan terlalu panjang (maksimal 120 karakter).</source>
        <translation>Service name too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Ditangani sendiri</source>
        <translation>Handled personally</translation>
    </message>
    <message>
        <source>Ditangani oleh yang memproses</source>
        <translation>Handled by whoever processes it</translation>
    </message>
    <message>
        <source>Penugasan dilepas</source>
        <translation>Assignment released</translation>
    </message>
    <message>
        <source>Nomor dokumen: {value}</source>
        <translation>Document number: {value}</translation>
    </message>
    <message>
        <source>Berkas kurang: {value}</source>
        <translation>Missing documents: {value}</translation>
    </message>
    <message>
        <source>Diserahkan: {value}</source>
        <translation>Handed over: {value}</translation>
    </message>
    <message>
        <source>Diubah: {fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>Permohonan lewat WhatsApp memerlukan nomor WhatsApp pemohon.</source>
        <translation>A request that came by WhatsApp needs the applicant's WhatsApp number.</translation>
    </message>
    <message>
        <source>Kanal tidak dikenal: {value} (pilih {choices})</source>
        <translation>Unknown channel: {value} (choose {choices})</translation>
    </message>
    <message>
        <source>Waktu diterima tanpa zona waktu.</source>
        <translation>Time received has no time zone.</translation>
    </message>
    <message>
        <source>Waktu diterima tidak boleh di masa depan.</source>
        <translation>Time received must not be in the future.</translation>
    </message>
    <message>
        <source>Keterangan terlalu panjang (maksimal {n} karakter).</source>
        <translation>Notes too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Referensi terlalu panjang (maksimal {n} karakter).</source>
        <translation>Reference too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Ditugaskan kepada {name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <source>Nomor WhatsApp harus nomor HP, bukan telepon rumah/kantor.</source>
        <translation>The WhatsApp number must be a mobile number, not a home or office line.</translation>
    </message>
    <message>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak valid: {value}</source>
        <translation>Invalid e-mail address: {value}</translation>
    </message>
    <message>
        <source>Keterangan berisi karakter kendali yang tidak sah.</source>
        <translation>Notes contain invalid control characters.</translation>
    </message>
    <message>
        <source>Diimpor dari {file}</source>
        <translation>Imported from {file}</translation>
    </message>
    <message>
        <source>Isi templat wajib diisi.</source>
        <translation>Template text is required.</translation>
    </message>
    <message>
        <source>Templat terlalu panjang (maksimal {n} karakter).</source>
        <translation>Template too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Isian tidak dikenal: {names}. Yang tersedia: {known}.</source>
        <translation>Unknown placeholder: {names}. Available: {known}.</translation>
    </message>
    <message>
        <source>Status tidak dikenal: {s}</source>
        <translation>Unknown status: {s}</translation>
    </message>
    <message>
        <source>Pemohon tidak mencantumkan nomor HP.</source>
        <translation>The applicant gave no mobile number.</translation>
    </message>
    <message>
        <source>Nomor {number} adalah telepon rumah/kantor, bukan nomor HP: tidak bisa dihubungi lewat WhatsApp. Hubungi lewat telepon.</source>
        <translation>Number {number} is a landline, not a mobile number: it cannot be reached on WhatsApp. Call it instead.</translation>
    </message>
    <message>
        <source>Tanda kurung kurawal tidak berpasangan. Tulis {{ atau }} untuk kurung biasa.</source>
        <translation>Unpaired curly brace. Write {{ or }} for a literal brace.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Request not found.</translation>
    </message>
    <message>
        <source>format salah</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Permohonan ini baru saja diubah oleh {user} (pukul {at}, {day}). Perubahan Anda belum disimpan; muat ulang permohonan lalu ulangi.</source>
        <translation>This request was just changed by {user} (at {at}, {day}). Your changes were not saved; reload the request and try again.</translation>
    </message>
    <message>
        <source>Permohonan ini baru saja diubah.</source>
        <translation>This request was just changed.</translation>
    </message>
    <message>
        <source>Pesan terlalu panjang (maksimal {n} karakter).</source>
        <translation>Message too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Status {old} tidak dapat diubah menjadi {new}.</source>
        <translation>Status {old} cannot be changed to {new}.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A rejection reason is required.</translation>
    </message>
    <message>
        <source>Catatan atau alasan terlalu panjang.</source>
        <translation>Note or reason too long.</translation>
    </message>
    <message>
        <source>Layanan tidak dikenal: {value}</source>
        <translation>Unknown service: {value}</translation>
    </message>
    <message>
        <source>Sebutkan berkas yang masih kurang: pilih dari daftar atau tulis.</source>
        <translation>Name the documents still missing: pick them from the list or type them.</translation>
    </message>
    <message>
        <source>Nomor dokumen terlalu panjang.</source>
        <translation>Document number too long.</translation>
    </message>
    <message>
        <source>Cara penyerahan tidak dikenal: {value}</source>
        <translation>Unknown way of handing over: {value}</translation>
    </message>
    <message>
        <source>Petugas tidak ditemukan atau tidak menangani permohonan.</source>
        <translation>Officer not found or does not handle requests.</translation>
    </message>
    <message>
        <source>Daftar berkas terlalu panjang.</source>
        <translation>List of documents too long.</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi Loket Dukcapil yang lebih baru (skema {rev}). Pasang versi terbaru aplikasi; basis data tidak diubah.</source>
        <translation>This database was made by a newer version of Loket Dukcapil (schema {rev}). Install the latest version of the app; the database was not changed.</translation>
    </message>
    <message>
        <source>berkasnya kosong</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>Pemeriksaan kunci asing gagal setelah pembaruan skema.</source>
        <translation>The foreign key check failed after the schema upgrade.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>The password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation>The password is too long (at most 256 characters).</translation>
    </message>
    <message>
        <source>terlalu pendek: minimal {n} karakter</source>
        <translation>too short: at least {n} characters</translation>
    </message>
    <message>
        <source>Nama hari libur terlalu panjang (maksimal 120 karakter).</source>
        <translation>The holiday name is too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Sabtu dan Minggu sudah selalu dihitung libur; pilih hari kerja (Senin–Jumat).</source>
        <translation>Saturdays and Sundays always count as days off; choose a working day (Monday–Friday).</translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>Kabupaten/kota wajib diisi.</source>
        <translation>The regency/city is required.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota harus 4 digit, misalnya 3216.</source>
        <translation>The regency/city code must have 4 digits, e.g. 3216.</translation>
    </message>
    <message>
        <source>Alamat situs web tidak valid.</source>
        <translation>The website address is not valid.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>Nama pejabat wajib diisi.</source>
        <translation>The official's name is required.</translation>
    </message>
    <message>
        <source>Jabatan wajib diisi.</source>
        <translation>The position is required.</translation>
    </message>
    <message>
        <source>Terlalu panjang (maksimal {n} karakter).</source>
        <translation>Too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Pejabat tidak ditemukan.</source>
        <translation>Official not found.</translation>
    </message>
    <message>
        <source>Tanggal ini sudah hari libur: {name}.</source>
        <translation>This date is already a holiday: {name}.</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 1 MB).</source>
        <translation>The logo is too large (at most 1 MB).</translation>
    </message>
    <message>
        <source>(tanpa keterangan)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>User name: 2–32 characters, lower-case letters, digits, dot, underscore or hyphen, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Nama lengkap terlalu panjang (maksimal 120 karakter).</source>
        <translation>The full name is too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Akun {user} di berkas {name} tidak bersegel kunci audit kantor ini; berkas itu tidak dibuat oleh aplikasi ini atau telah diubah.</source>
        <translation>The account {user} in the file {name} is not sealed with this office's audit key; the file was not made by this app or has been changed.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi supervisor.</source>
        <translation>This account is disabled. Contact your supervisor.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menurunkan peran akun Anda sendiri.</source>
        <translation>You cannot lower the role of your own account.</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan.</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>Sudah ada pengguna; supervisor pertama hanya dibuat sekali.</source>
        <translation>Users exist already; the first supervisor is created only once.</translation>
    </message>
    <message>
        <source>Akun tidak dapat diperiksa pada berkas {name}.</source>
        <translation>The account cannot be checked in the file {name}.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation>The user name {username} is taken.</translation>
    </message>
    <message>
        <source>Akun ini diubah di luar aplikasi (peran, status atau kata sandinya tidak cocok dengan segelnya). Demi keamanan login ditolak; minta supervisor memeriksa akun ini.</source>
        <translation>This account was changed outside the app (its role, status or password does not match its seal). For safety the login is refused; ask the supervisor to check this account.</translation>
    </message>
    <message>
        <source>Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.</source>
        <translation>The account is locked after too many failed attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Akun dikunci selama {minutes} menit.</source>
        <translation>Too many failed attempts. The account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga ({kind}). Rinciannya dicatat di {log}.</source>
        <translation>An unexpected error occurred ({kind}). The details were written to {log}.</translation>
    </message>
    <message>
        <source>Loket Dukcapil: layanan administrasi kependudukan di meja depan.</source>
        <translation>Loket Dukcapil: civil-registry services at the front desk.</translation>
    </message>
    <message>
        <source>NAMA_PENGGUNA</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>bertindak sebagai pengguna ini (kata sandi dari LOKET_PASSWORD atau stdin); tanpa opsi ini perintah berjalan sebagai akun sistem</source>
        <translation>act as this user (password from LOKET_PASSWORD or stdin); without it the command runs as the system account</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dipakai: {reason}. Tidak ada yang diubah.</source>
        <translation>The file {name} cannot be used: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Folder data tidak dapat ditulis: {reason}</source>
        <translation>The data folder cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Basis data siap: {where} (skema {rev}).</source>
        <translation>Database ready: {where} (schema {rev}).</translation>
    </message>
    <message>
        <source>Log audit RUSAK pada entri nomor {id}: {reason}.</source>
        <translation>The audit log is BROKEN at entry number {id}: {reason}.</translation>
    </message>
    <message>
        <source>Kunci audit {key}: {path}</source>
        <translation>Audit key {key}: {path}</translation>
    </message>
    <message>
        <source>Setiap komputer yang memakai basis data ini memerlukan salinan berkas itu (pasang dengan: loket audit key install BERKAS). Simpan juga satu salinan di tempat aman: tanpa kunci ini rantai audit tidak dapat diperiksa.</source>
        <translation>Every computer that uses this database needs a copy of that file (install it with: loket audit key install FILE). Keep one more copy in a safe place: without this key the audit chain cannot be checked.</translation>
    </message>
    <message>
        <source>buka aplikasi desktop (bawaan)</source>
        <translation>open the desktop app (default)</translation>
    </message>
    <message>
        <source>buat atau perbarui basis data</source>
        <translation>create or upgrade the database</translation>
    </message>
    <message>
        <source>buat akun supervisor pertama dengan nama pengguna ini</source>
        <translation>create the first supervisor account with this user name</translation>
    </message>
    <message>
        <source>nama lengkap supervisor pertama</source>
        <translation>full name of the first supervisor</translation>
    </message>
    <message>
        <source>mulai dengan basis data kosong bila basis data yang dulu dipakai hilang atau rusak (berkas yang rusak disimpan di folder cadangan)</source>
        <translation>start with an empty database when the one used before is missing or damaged (a damaged file is kept in the backup folder)</translation>
    </message>
    <message>
        <source>log audit</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>periksa keutuhan rantai log audit</source>
        <translation>check the integrity of the audit log chain</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>bandingkan juga dengan jejak audit di laporan harian (PDF) atau cadangan ini (boleh diulang)</source>
        <translation>also compare with the audit anchor in this daily report (PDF) or backup (may be repeated)</translation>
    </message>
    <message>
        <source>kunci audit kantor (di luar basis data)</source>
        <translation>the office audit key (outside the database)</translation>
    </message>
    <message>
        <source>kunci yang dipakai basis data ini dan letaknya</source>
        <translation>the key this database uses and where it is</translation>
    </message>
    <message>
        <source>pasang berkas kunci audit dari komputer lain di komputer ini</source>
        <translation>install an audit key file from another computer on this one</translation>
    </message>
    <message>
        <source>Kata sandi untuk {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>Supervisor {user} dibuat.</source>
        <translation>Supervisor {user} created.</translation>
    </message>
    <message>
        <source>Log audit utuh: {n} entri diperiksa.</source>
        <translation>The audit log is intact: {n} entries checked.</translation>
    </message>
    <message>
        <source>Basis data ini belum memakai kunci audit; kunci dibuat saat tindakan pertama dicatat. Folder kunci: {folder}</source>
        <translation>This database does not use an audit key yet; the key is made when the first action is recorded. Key folder: {folder}</translation>
    </message>
    <message>
        <source>Kunci audit {key} TIDAK ADA di komputer ini (seharusnya {path}). Salin berkas itu dari komputer yang memakai basis data ini, lalu: loket audit key install BERKAS</source>
        <translation>The audit key {key} is NOT on this computer (it should be {path}). Copy that file from a computer that uses this database, then: loket audit key install FILE</translation>
    </message>
    <message>
        <source>Kunci audit {key} dipasang: {path}</source>
        <translation>Audit key {key} installed: {path}</translation>
    </message>
    <message>
        <source>Kunci audit {key} sudah terpasang; tidak ada yang diubah.</source>
        <translation>The audit key {key} is already installed; nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data yang rusak disimpan di {path}.</source>
        <translation>The damaged database was kept in {path}.</translation>
    </message>
    <message>
        <source>Akun sudah ada; tidak ada yang diubah.</source>
        <translation>Accounts exist already; nothing was changed.</translation>
    </message>
    <message>
        <source>Cocok dengan {source}: {anchor}.</source>
        <translation>Matches {source}: {anchor}.</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path} ({size}).</source>
        <translation>Backup made: {path} ({size}).</translation>
    </message>
    <message>
        <source>Cadangan {file}: skema {rev}; {users} pengguna, {requests} permohonan, {legal} entri legalisir, {audit} entri audit.</source>
        <translation>Backup {file}: schema {rev}; {users} users, {requests} requests, {legal} legalization entries, {audit} audit entries.</translation>
    </message>
    <message>
        <source>Basis data {path} dipulihkan dari {file}.</source>
        <translation>Database {path} restored from {file}.</translation>
    </message>
    <message>
        <source>Seluruh data di {path} akan DIGANTI dengan isi cadangan ini. Salinan data saat ini disimpan di folder cadangan.</source>
        <translation>All data in {path} will be REPLACED by the contents of this backup. A copy of the current data is kept in the backup folder.</translation>
    </message>
    <message>
        <source>Ketik {word} untuk melanjutkan: </source>
        <translation>Type {word} to continue: </translation>
    </message>
    <message>
        <source>buat cadangan basis data sekarang</source>
        <translation>back up the database now</translation>
    </message>
    <message>
        <source>simpan cadangan ke berkas (atau folder) ini; bawaan: folder cadangan</source>
        <translation>save the backup to this file (or folder); default: the backup folder</translation>
    </message>
    <message>
        <source>pulihkan basis data dari berkas cadangan</source>
        <translation>restore the database from a backup file</translation>
    </message>
    <message>
        <source>berkas cadangan (.sqlite3)</source>
        <translation>backup file (.sqlite3)</translation>
    </message>
    <message>
        <source>jangan tanya konfirmasi</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>Data sebelumnya disimpan di {path}.</source>
        <translation>The previous data was kept in {path}.</translation>
    </message>
    <message>
        <source>Skema diperbarui dari {old} ke {new}.</source>
        <translation>Schema upgraded from {old} to {new}.</translation>
    </message>
    <message>
        <source>PERINGATAN: rantai log audit cadangan ini tidak utuh.</source>
        <translation>WARNING: the audit log chain of this backup is not intact.</translation>
    </message>
    <message>
        <source>Pemulihan mengganti seluruh data di {path}. Tidak ada terminal untuk konfirmasi: jalankan ulang dengan --yes.</source>
        <translation>A restore replaces all data in {path}. There is no terminal to confirm: run again with --yes.</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Izin berkas diperketat: {n} berkas dan folder di {folder} kini hanya dapat dibuka oleh akun komputer ini.</source>
        <translation>File permissions tightened: {n} files and folders in {folder} can now be opened only by this computer account.</translation>
    </message>
    <message>
        <source>Jalankan dengan --user NAMA_PENGGUNA (akun yang berwenang); kata sandinya dibaca dari LOKET_PASSWORD atau stdin.</source>
        <translation>Run it with --user USERNAME (an account that is allowed it); the password is read from LOKET_PASSWORD or stdin.</translation>
    </message>
    <message>
        <source>tanggal {text} tidak valid; tulis TTTT-BB-HH atau HH-BB-TTTT, misalnya 2026-11-28 atau 28-11-2026</source>
        <translation>invalid date {text}; write YYYY-MM-DD or DD-MM-YYYY, e.g. 2026-11-28 or 28-11-2026</translation>
    </message>
    <message>
        <source>TANGGAL</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>awal rentang (TTTT-BB-HH atau HH-BB-TTTT)</source>
        <translation>start of the range (YYYY-MM-DD or DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>Kata sandi {user}: </source>
        <translation>Password of {user}: </translation>
    </message>
    <message>
        <source>tanggal {text} di luar rentang tahun {low}–{high}</source>
        <translation>date {text} is outside the years {low}–{high}</translation>
    </message>
    <message>
        <source>akhir rentang (TTTT-BB-HH atau HH-BB-TTTT)</source>
        <translation>end of the range (YYYY-MM-DD or DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>akhir rentang; bawaan: hari ini</source>
        <translation>end of the range; default: today</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>{n} entri.</source>
        <translation>{n} entries.</translation>
    </message>
    <message>
        <source>Lembar {no} ditulis ke {path} (cetak ulang ke-{n}).</source>
        <translation>Sheet {no} written to {path} (reprint no. {n}).</translation>
    </message>
    <message>
        <source>Buku register ditulis ke {path}.</source>
        <translation>Register book written to {path}.</translation>
    </message>
    <message>
        <source>Halaman verifikasi ditulis ke {path}: {k} kunci, {e} legalisir dicabut, {rk} kunci dicabut. Terbitkan isi folder itu di alamat verifikasi kantor.</source>
        <translation>Verification page written to {path}: {k} keys, {e} revoked legalizations, {rk} revoked keys. Publish that folder at the office's verification address.</translation>
    </message>
    <message>
        <source>Kunci {id} dibuat (sidik jari {fp}). Cadangkan sekarang.</source>
        <translation>Key {id} created (fingerprint {fp}). Back it up now.</translation>
    </message>
    <message>
        <source>Kunci {id} dibuat (sidik jari {fp}) dan dipakai untuk tanda tangan berikutnya. Cadangkan, pasang di PC legalisir lain, dan terbitkan ulang halaman verifikasi.</source>
        <translation>Key {id} created (fingerprint {fp}) and used for the next signatures. Back it up, install it on the other legalization PCs, and publish the verification page again.</translation>
    </message>
    <message>
        <source>Kunci publik ditulis ke {path}.</source>
        <translation>Public key written to {path}.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <source>Cadangan kunci {id} ditulis ke {path}. Simpan terpisah dari frasa sandinya.</source>
        <translation>Backup of key {id} written to {path}. Keep it apart from its passphrase.</translation>
    </message>
    <message>
        <source>Kunci {id} terpasang di PC ini (sidik jari {fp}).</source>
        <translation>Key {id} installed on this PC (fingerprint {fp}).</translation>
    </message>
    <message>
        <source>Kunci publik {id} dipercaya di PC ini (sidik jari {fp}).</source>
        <translation>Public key {id} is trusted on this PC (fingerprint {fp}).</translation>
    </message>
    <message>
        <source>Kunci {id} dicabut: tanda tangannya tidak sah lagi. Terbitkan ulang halaman verifikasi; cetak ulang legalisir yang masih berlaku dengan tanda tangan baru.</source>
        <translation>Key {id} revoked: its signatures are no longer valid. Publish the verification page again; reprint legalizations still in force with a new signature.</translation>
    </message>
    <message>
        <source>register legalisir TNI/Polri</source>
        <translation>TNI/Polri legalization register</translation>
    </message>
    <message>
        <source>daftar entri register</source>
        <translation>list register entries</translation>
    </message>
    <message>
        <source>hanya tanggal ini (bawaan: semua)</source>
        <translation>this date only (default: all)</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>ekspor ulang lembar pengesahan sebuah entri</source>
        <translation>export an entry's endorsement sheet again</translation>
    </message>
    <message>
        <source>NOMOR_REGISTER</source>
        <translation>REGISTER_NUMBER</translation>
    </message>
    <message>
        <source>BERKAS.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>endorsement (blok saja, bawaan), copy (salinan berpindaian) atau receipt</source>
        <translation>endorsement (block only, default), copy (copy with scan) or receipt</translation>
    </message>
    <message>
        <source>ukuran kertas (bawaan: pengaturan)</source>
        <translation>paper size (default: settings)</translation>
    </message>
    <message>
        <source>alasan cetak ulang (bawaan: ekspor)</source>
        <translation>reprint reason (default: export)</translation>
    </message>
    <message>
        <source>tanda tangani ulang dengan kunci kantor (entri skema lama, atau kuncinya dicabut)</source>
        <translation>sign again with the office's key (an older-scheme entry, or its key was revoked)</translation>
    </message>
    <message>
        <source>salinan: blok di ruang kosong pada ukuran asli (otomatis, bawaan), di halaman belakang, atau salinan diperkecil bila tidak muat</source>
        <translation>copy: the block in blank space at real size (otomatis, default), on the back (belakang), or a smaller copy when it does not fit (perkecil)</translation>
    </message>
    <message>
        <source>salinan: resolusi pindaian gambar yang tidak menyimpan resolusinya</source>
        <translation>copy: the resolution of a scanned image that does not store one</translation>
    </message>
    <message>
        <source>blok saja: kertas mendatar (bawaan: pengaturan)</source>
        <translation>block only: landscape paper (default: the settings)</translation>
    </message>
    <message>
        <source>ekspor buku register (.pdf atau .xlsx)</source>
        <translation>export the register book (.pdf or .xlsx)</translation>
    </message>
    <message>
        <source>NIK lengkap (supervisor)</source>
        <translation>full NIK (supervisor)</translation>
    </message>
    <message>
        <source>tulis halaman verifikasi (index.html) untuk diterbitkan kantor</source>
        <translation>write the verification page (index.html) for the office to publish</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>periksa keaslian legalisir dari kode atau isi QR</source>
        <translation>check a legalization's authenticity from its code or QR content</translation>
    </message>
    <message>
        <source>KODE_ATAU_TEKS_QR</source>
        <translation>CODE_OR_QR_TEXT</translation>
    </message>
    <message>
        <source>Tidak ada entri legalisir.</source>
        <translation>No legalization entries.</translation>
    </message>
    <message>
        <source>Kode verifikasi kosong.</source>
        <translation>Verification code is empty.</translation>
    </message>
    <message>
        <source>Peringatan: index.html yang lama di folder itu bukan halaman bertanda tangan kunci kantor; pencabutan di dalamnya tidak dibawa.</source>
        <translation>Warning: the old index.html in that folder is not a page signed with the office's key; its revocations were not carried over.</translation>
    </message>
    <message>
        <source>kunci penandatangan legalisir kantor (supervisor)</source>
        <translation>the office's legalization signing keys (supervisor)</translation>
    </message>
    <message>
        <source>buat kunci pertama kantor di PC ini</source>
        <translation>create the office's first key on this PC</translation>
    </message>
    <message>
        <source>lindungi berkas kunci dengan frasa sandi (dari LOKET_KEY_PASSPHRASE atau stdin)</source>
        <translation>protect the key file with a passphrase (from LOKET_KEY_PASSPHRASE or stdin)</translation>
    </message>
    <message>
        <source>kunci lama hilang tanpa cadangan: buat kunci baru (PC lain memasang kunci publiknya)</source>
        <translation>the old key was lost without a backup: create a new key (other PCs install its public key)</translation>
    </message>
    <message>
        <source>rotasi: kunci baru untuk tanda tangan berikutnya</source>
        <translation>rotation: a new key for the next signatures</translation>
    </message>
    <message>
        <source>tulis kunci publik (PEM)</source>
        <translation>write the public key (PEM)</translation>
    </message>
    <message>
        <source>ID_KUNCI</source>
        <translation>KEY_ID</translation>
    </message>
    <message>
        <source>BERKAS.pem</source>
        <translation>FILE.pem</translation>
    </message>
    <message>
        <source>salin kunci privat ke berkas berfrasa sandi (LOKET_BACKUP_PASSPHRASE atau stdin)</source>
        <translation>copy the private key to a passphrase-protected file (LOKET_BACKUP_PASSPHRASE or stdin)</translation>
    </message>
    <message>
        <source>pasang cadangan kunci di PC ini (frasa sandi dari LOKET_BACKUP_PASSPHRASE atau stdin)</source>
        <translation>install a key backup on this PC (passphrase from LOKET_BACKUP_PASSPHRASE or stdin)</translation>
    </message>
    <message>
        <source>percayai kunci publik kantor di PC verifikasi</source>
        <translation>trust the office's public key on a verification PC</translation>
    </message>
    <message>
        <source>cabut kunci (hilang, dicuri, pemegangnya pindah)</source>
        <translation>revoke a key (lost, stolen, its holder left)</translation>
    </message>
    <message>
        <source>ID kunci adalah dua angka/huruf heksadesimal, misalnya 3A.</source>
        <translation>A key id is two hexadecimal digits, for example 3A.</translation>
    </message>
    <message>
        <source>dipakai</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>dicabut {d}</source>
        <translation>revoked {d}</translation>
    </message>
    <message>
        <source>tepercaya</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>TIDAK tepercaya di PC ini</source>
        <translation>NOT trusted on this PC</translation>
    </message>
    <message>
        <source>ada di PC ini</source>
        <translation>on this PC</translation>
    </message>
    <message>
        <source>tidak ada di PC ini</source>
        <translation>not on this PC</translation>
    </message>
    <message>
        <source>berfrasa sandi</source>
        <translation>passphrase-protected</translation>
    </message>
    <message>
        <source>Kantor belum memiliki kunci penandatangan legalisir.</source>
        <translation>The office has no legalization signing key yet.</translation>
    </message>
    <message>
        <source>PC ini dapat menandatangani.</source>
        <translation>This PC can sign.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci baru: </source>
        <translation>Passphrase of the new key: </translation>
    </message>
    <message>
        <source>Frasa sandi kunci di PC ini: </source>
        <translation>Passphrase of the key on this PC: </translation>
    </message>
    <message>
        <source>No. register: {v}</source>
        <translation>Register no.: {v}</translation>
    </message>
    <message>
        <source>Nama        : {v}</source>
        <translation>Name        : {v}</translation>
    </message>
    <message>
        <source>NIK         : {v}</source>
        <translation>NIK         : {v}</translation>
    </message>
    <message>
        <source>Jumlah      : {v} salinan</source>
        <translation>Total       : {v} copies</translation>
    </message>
    <message>
        <source>Catatan     : {v}</source>
        <translation>Note        : {v}</translation>
    </message>
    <message>
        <source>Tanggal     : {v}</source>
        <translation>Date        : {v}</translation>
    </message>
    <message>
        <source>Dokumen     : {d} No. {n} ({c} salinan)</source>
        <translation>Document    : {d} No. {n} ({c} copies)</translation>
    </message>
    <message>
        <source>daftar kunci dan statusnya di PC ini</source>
        <translation>list the keys and their state on this PC</translation>
    </message>
    <message>
        <source>Frasa sandi kunci: </source>
        <translation>Key passphrase: </translation>
    </message>
    <message>
        <source>bulan {text} tidak valid; tulis TTTT-BB, misalnya 2026-11</source>
        <translation>month {text} is not valid; write YYYY-MM, for example 2026-11</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>SHA-256: {h}</source>
        <translation>SHA-256: {h}</translation>
    </message>
    <message>
        <source>Laporan kinerja disimpan: {path}</source>
        <translation>Performance report saved: {path}</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>report</translation>
    </message>
    <message>
        <source>rekapitulasi harian sebagai PDF (satu tanggal atau rentang tanggal)</source>
        <translation>daily summary as PDF (one date or a date range)</translation>
    </message>
    <message>
        <source>Membuat rekapitulasi harian layanan sebagai PDF. Tanpa --date/--from: hari ini (waktu kantor). Rentang lebih dari 7 hari memuat rincian per hari, bukan daftar permohonan.</source>
        <translation>Makes the daily service summary as a PDF. Without --date/--from: today (office time). A range of more than 7 days holds a breakdown per day, not the list of requests.</translation>
    </message>
    <message>
        <source>tanggal laporan (TTTT-BB-HH atau HH-BB-TTTT)</source>
        <translation>report date (YYYY-MM-DD or DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>berkas PDF tujuan</source>
        <translation>target PDF file</translation>
    </message>
    <message>
        <source>cetak hasil sebagai JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>laporan kinerja bulanan (PDF, XLSX atau JSON)</source>
        <translation>monthly performance report (PDF, XLSX or JSON)</translation>
    </message>
    <message>
        <source>Membuat laporan kinerja untuk kepala dinas: standar layanan yang terpenuhi, umur sisa permohonan, kinerja per layanan, kanal dan petugas, serta legalisir. Tanpa --month/--from: bulan lalu. Nama petugas hanya dimuat untuk supervisor.</source>
        <translation>Makes the performance report for the head of office: service standards kept, age of the open requests, figures per service, channel and officer, and legalizations. Without --month/--from: last month. Officers' names are included for supervisors only.</translation>
    </message>
    <message>
        <source>TTTT-BB</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>bulan laporan, misalnya 2026-11</source>
        <translation>the report's month, for example 2026-11</translation>
    </message>
    <message>
        <source>berkas tujuan .pdf atau .xlsx (boleh tidak diisi bila memakai --json)</source>
        <translation>output .pdf or .xlsx file (may be left out with --json)</translation>
    </message>
    <message>
        <source>cetak angka-angka laporan sebagai JSON</source>
        <translation>print the report's figures as JSON</translation>
    </message>
    <message>
        <source>--to hanya dipakai bersama --from</source>
        <translation>--to is only used together with --from</translation>
    </message>
    <message>
        <source>isi --out BERKAS, --json, atau keduanya</source>
        <translation>give --out FILE, --json, or both</translation>
    </message>
    <message>
        <source>{n} permohonan diekspor ke {path}{full}.</source>
        <translation>{n} requests exported to {path}{full}.</translation>
    </message>
    <message>
        <source>Data contoh ditambahkan: {n} permohonan selama {days} hari terakhir.</source>
        <translation>Sample data added: {n} requests over the last {days} days.</translation>
    </message>
    <message>
        <source>Akun contoh (kata sandi sama untuk semua):</source>
        <translation>Sample accounts (same password for all):</translation>
    </message>
    <message>
        <source>impor permohonan dari berkas CSV atau XLSX</source>
        <translation>import requests from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>berkas .csv atau .xlsx</source>
        <translation>.csv or .xlsx file</translation>
    </message>
    <message>
        <source>impor baris yang valid dan laporkan sisanya (bawaan: semua atau tidak sama sekali)</source>
        <translation>import the valid rows and report the rest (default: all or nothing)</translation>
    </message>
    <message>
        <source>ekspor permohonan ke CSV atau XLSX</source>
        <translation>export requests to CSV or XLSX</translation>
    </message>
    <message>
        <source>tampilkan NIK dan Nomor KK lengkap (hanya supervisor; dicatat di log audit)</source>
        <translation>show full NIK and KK number (supervisor only; recorded in the audit log)</translation>
    </message>
    <message>
        <source>isi basis data dengan data contoh yang realistis</source>
        <translation>fill the database with realistic sample data</translation>
    </message>
    <message>
        <source>jumlah hari (bawaan 30)</source>
        <translation>number of days (default 30)</translation>
    </message>
    <message>
        <source>Impor {file}: {added} permohonan ditambahkan, {skipped} dilewati (sudah ada), {invalid} baris tidak valid.</source>
        <translation>Import {file}: {added} requests added, {skipped} skipped (already present), {invalid} invalid rows.</translation>
    </message>
    <message>
        <source>Tanggal --to ({to}) sebelum tanggal --from ({start}).</source>
        <translation>Date --to ({to}) is before date --from ({start}).</translation>
    </message>
    <message>
        <source>--days harus antara 1 dan 365.</source>
        <translation>--days must be between 1 and 365.</translation>
    </message>
    <message>
        <source>Profil kantor contoh dipasang (Disdukcapil Kabupaten Bekasi).</source>
        <translation>Sample office profile installed (Disdukcapil Kabupaten Bekasi).</translation>
    </message>
    <message>
        <source>Basis data ini sudah berisi akun kantor ({names}); data contoh hanya untuk basis data baru atau basis data contoh.</source>
        <translation>This database already holds office accounts ({names}); demo data only goes into a new or a demo database.</translation>
    </message>
    <message>
        <source> (NIK lengkap)</source>
        <translation> (full NIK)</translation>
    </message>
    <message>
        <source>skema {rev}</source>
        <translation>schema {rev}</translation>
    </message>
    <message>
        <source>{office}; supervisor {user}</source>
        <translation>{office}; supervisor {user}</translation>
    </message>
    <message>
        <source>{pages} halaman dibuka (platform Qt {platform})</source>
        <translation>{pages} pages opened (Qt platform {platform})</translation>
    </message>
    <message>
        <source>{pages} halaman, {kb} KB</source>
        <translation>{pages} pages, {kb} KB</translation>
    </message>
    <message>
        <source>register {no}, {pages} halaman, {kb} KB; kunci {key}, QR {verdict}</source>
        <translation>register {no}, {pages} page(s), {kb} KB; key {key}, QR {verdict}</translation>
    </message>
    <message>
        <source>Pemeriksaan mandiri berhasil: {n} dari {n} langkah lulus.</source>
        <translation>Self-check passed: {n} of {n} steps passed.</translation>
    </message>
    <message>
        <source>Loket Dukcapil {version}: pemeriksaan mandiri</source>
        <translation>Loket Dukcapil {version}: self-check</translation>
    </message>
    <message>
        <source>periksa instalasi: basis data, jendela, laporan dan legalisir (data sementara)</source>
        <translation>check the installation: database, window, report and legalization (temporary data)</translation>
    </message>
    <message>
        <source>folder data yang dipakai (bawaan: folder sementara yang dihapus setelahnya)</source>
        <translation>data folder to use (default: a temporary folder removed afterwards)</translation>
    </message>
    <message>
        <source>bukan berkas PDF (tidak diawali %PDF)</source>
        <translation>not a PDF file (does not start with %PDF)</translation>
    </message>
    <message>
        <source>PDF tidak berisi halaman</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <source>Pemeriksaan mandiri GAGAL pada: {steps}.</source>
        <translation>Self-check FAILED at: {steps}.</translation>
    </message>
    <message>
        <source>Basis data dan migrasi</source>
        <translation>Database and migrations</translation>
    </message>
    <message>
        <source>Kantor dan supervisor demo</source>
        <translation>Demo office and supervisor</translation>
    </message>
    <message>
        <source>Jendela utama</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Laporan harian (PDF)</source>
        <translation>Daily report (PDF)</translation>
    </message>
    <message>
        <source>Pengesahan legalisir (PDF)</source>
        <translation>Legalization endorsement (PDF)</translation>
    </message>
    <message>
        <source>skema {rev} bukan versi terbaru</source>
        <translation>schema {rev} is not the latest version</translation>
    </message>
    <message>
        <source>kode QR yang ditandatangani tidak terverifikasi ({v})</source>
        <translation>the signed QR code does not verify ({v})</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi basis data; pakai folder kosong agar data tidak tercampur.</source>
        <translation>Folder {folder} already holds a database; use an empty folder so data is not mixed.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>LEWAT</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Pengaturan {key} ({label}) = {value}</source>
        <translation>Setting {key} ({label}) = {value}</translation>
    </message>
    <message>
        <source>pengaturan aplikasi kantor</source>
        <translation>the office's app settings</translation>
    </message>
    <message>
        <source>semua pengaturan dengan nilainya</source>
        <translation>every setting with its value</translation>
    </message>
    <message>
        <source>nilai satu pengaturan</source>
        <translation>the value of one setting</translation>
    </message>
    <message>
        <source>KUNCI</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>ubah satu pengaturan (diperiksa dan dicatat di log audit)</source>
        <translation>change one setting (checked and written to the audit log)</translation>
    </message>
    <message>
        <source>Mengubah satu pengaturan. Nilai diperiksa seperti di tab Pengaturan; 'loket settings list' menampilkan kunci yang ada.</source>
        <translation>Changes one setting. The value is checked as in the Settings tab; 'loket settings list' shows the keys there are.</translation>
    </message>
    <message>
        <source>NILAI</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>TNI AD</source>
        <translation>TNI AD</translation>
    </message>
    <message>
        <source>TNI AL</source>
        <translation>TNI AL</translation>
    </message>
    <message>
        <source>TNI AU</source>
        <translation>TNI AU</translation>
    </message>
    <message>
        <source>Polri</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kartu Keluarga</source>
        <translation>Family Card</translation>
    </message>
    <message>
        <source>Akta Kelahiran</source>
        <translation>Birth Certificate</translation>
    </message>
    <message>
        <source>Akta Perkawinan</source>
        <translation>Marriage Certificate</translation>
    </message>
    <message>
        <source>Akta Kematian</source>
        <translation>Death Certificate</translation>
    </message>
    <message>
        <source>Akta Perceraian</source>
        <translation>Divorce Certificate</translation>
    </message>
    <message>
        <source>Kartu Identitas Anak</source>
        <translation>Child Identity Card</translation>
    </message>
    <message>
        <source>KTP Elektronik</source>
        <translation>Electronic ID card (KTP-el)</translation>
    </message>
    <message>
        <source>Surat Keterangan Pindah</source>
        <translation>Certificate of moving</translation>
    </message>
    <message>
        <source>Akta Pengakuan Anak</source>
        <translation>Child acknowledgement certificate</translation>
    </message>
    <message>
        <source>Akta Pengesahan Anak</source>
        <translation>Child legitimation certificate</translation>
    </message>
    <message>
        <source>Catatan Pinggir Perubahan Nama</source>
        <translation>Marginal note of a change of name</translation>
    </message>
    <message>
        <source>Salinan dengan pengesahan</source>
        <translation>Copy with endorsement</translation>
    </message>
    <message>
        <source>Blok pengesahan saja</source>
        <translation>Endorsement block only</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Web (e-SIAK)</source>
        <translation>Web (e-SIAK)</translation>
    </message>
    <message>
        <source>Loket (datang langsung)</source>
        <translation>Counter (walk-in)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Menunggu berkas</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Pos</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Diambil di kantor</source>
        <translation>Collected at the office</translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <translation>Time received</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Pesan pemohon</source>
        <translation>Applicant's message</translation>
    </message>
    <message>
        <source>nama pemohon</source>
        <translation>applicant's name</translation>
    </message>
    <message>
        <source>Bapak, Ibu, atau Bapak/Ibu (menurut NIK)</source>
        <translation>Bapak, Ibu or Bapak/Ibu (from the NIK)</translation>
    </message>
    <message>
        <source>nomor tiket</source>
        <translation>ticket number</translation>
    </message>
    <message>
        <source>nama layanan</source>
        <translation>service name</translation>
    </message>
    <message>
        <source>status permohonan</source>
        <translation>request status</translation>
    </message>
    <message>
        <source>tanggal batas penyelesaian</source>
        <translation>date due</translation>
    </message>
    <message>
        <source>nomor telepon/WhatsApp kantor</source>
        <translation>office phone/WhatsApp number</translation>
    </message>
    <message>
        <source>daftar berkas yang masih kurang</source>
        <translation>list of documents still missing</translation>
    </message>
    <message>
        <source>alasan penolakan</source>
        <translation>rejection reason</translation>
    </message>
    <message>
        <source>nomor dokumen yang terbit</source>
        <translation>number of the issued document</translation>
    </message>
    <message>
        <source>cara dokumen diserahkan</source>
        <translation>how the document was handed over</translation>
    </message>
    <message>
        <source>nomor dokumen dan cara penyerahannya, dalam kalimat</source>
        <translation>document number and how it was handed over, as a sentence</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Selesai hari ini</source>
        <translation>Completed today</translation>
    </message>
    <message>
        <source>Petugas loket</source>
        <translation>Front-desk officer</translation>
    </message>
    <message>
        <source>Petugas legalisir</source>
        <translation>Legalization clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation>Legalization</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Login: {name}</source>
        <translation>Login: {name}</translation>
    </message>
    <message>
        <source>Kode tindakan: {code}</source>
        <translation>Action code: {code}</translation>
    </message>
    <message>
        <source>Data tercatat:</source>
        <translation>Data as logged:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Masuk / gagal masuk</source>
        <translation>Log-ins / failed log-ins</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation>Legalization</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Penolakan wewenang</source>
        <translation>Permission refusals</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Setiap perubahan dan setiap penolakan wewenang tercatat di sini dan tidak dapat diubah. Entri terbaru di atas.</source>
        <translation>Every change and every refused permission is recorded here and cannot be altered. Newest entries first.</translation>
    </message>
    <message>
        <source>Pilih jenis tindakan, atau ketik awalan kode tindakan (misalnya user.)</source>
        <translation>Choose a kind of action, or type the start of an action code (e.g. user.)</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Sistem / baris perintah</source>
        <translation>System / command line</translation>
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Tindakan:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan {shown} dari %Ln entri.</source>
        <translation>
            <numerusform>Showing {shown} of %Ln entry.</numerusform>
            <numerusform>Showing {shown} of %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log audit utuh: %Ln entri diperiksa, tidak ada yang diubah.</source>
        <translation>
            <numerusform>Audit log intact: %Ln entry checked, nothing changed.</numerusform>
            <numerusform>Audit log intact: %Ln entries checked, nothing changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa rantai audit…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>Log audit TIDAK utuh: entri nomor {id}: {reason}. Laporkan kepada pengelola TI.</source>
        <translation>The audit log is NOT intact: entry number {id}: {reason}. Report this to IT.</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: {reason}</source>
        <translation>The check failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Cadangan otomatis dibuat sekali sehari saat aplikasi pertama kali dibuka; 14 cadangan otomatis terakhir disimpan. Cadangan manual dan salinan sebelum pembaruan atau pemulihan tidak pernah dihapus otomatis.
Folder: {folder}</source>
        <translation>An automatic backup is made once a day when the app is first opened; the last 14 automatic backups are kept. Manual backups and the copies made before an upgrade or a restore are never deleted automatically.
Folder: {folder}</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>sebelum pembaruan</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>lain</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Cadangan gagal.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan Loket (*.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Loket backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Tidak dapat dipulihkan</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <source>Seluruh data saat ini akan DIGANTI dengan isi cadangan {name} ({users} pengguna, {requests} permohonan, {legal} entri legalisir).

Salinan data saat ini disimpan lebih dahulu di folder cadangan (sebelum-pulih-…), sehingga dapat dikembalikan.

Lanjutkan pemulihan?</source>
        <translation>All current data will be REPLACED by the contents of backup {name} ({users} users, {requests} requests, {legal} legalization entries).

A copy of the current data is kept first in the backup folder (sebelum-pulih-…), so it can be brought back.

Continue the restore?</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Data telah dipulihkan dari {name}.
Salinan data sebelumnya: {previous}

Aplikasi akan ditutup sekarang; buka kembali untuk melanjutkan.</source>
        <translation>The data has been restored from {name}.
Copy of the previous data: {previous}

The app will close now; open it again to continue.</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>Minimal 8 karakter. Jangan memakai kata sandi akun lain.</source>
        <translation>At least 8 characters. Do not reuse the password of another account.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sudah diubah orang lain</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Perubahan Anda</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Tersimpan sekarang</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>Perubahan Anda dan yang tersimpan sekarang</source>
        <translation>Your change and what is saved now</translation>
    </message>
</context>
<context>
    <name>CopyPlacementDialog</name>
    <message>
        <source>Salinan tidak muat 100%</source>
        <translation>Copy does not fit at 100%</translation>
    </message>
    <message>
        <source>Pada ukuran asli (100%), blok pengesahan tidak mendapat ruang kosong pada: {0}. Pilih cara mencetaknya:</source>
        <translation>At real size (100%) the endorsement block finds no blank space on: {0}. Choose how to print it:</translation>
    </message>
    <message>
        <source>Blok pengesahan di &amp;halaman belakang; salinan tetap 100% (cetak bolak-balik)</source>
        <translation>Endorsement block on the &amp;back; the copy stays 100% (two-sided printing)</translation>
    </message>
    <message>
        <source>&amp;Perkecil salinan menjadi {0}% agar blok muat di bawahnya</source>
        <translation>&amp;Shrink the copy to {0}% so the block fits below it</translation>
    </message>
    <message>
        <source>Dokumen lebih besar dari kertas ini, jadi hanya dapat diperkecil; pilih kertas F4 agar tetap 100%.</source>
        <translation>The document is larger than this paper, so it can only be shrunk; choose F4 paper to keep it at 100%.</translation>
    </message>
    <message>
        <source>Bila printer tidak dapat mencetak bolak-balik, balik kertasnya lalu masukkan lagi saat diminta.</source>
        <translation>If the printer cannot print on both sides, turn the sheets over and feed them again when asked.</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Ketik tanggalnya (mis. 29112026 atau 29/11/2026) atau tekan ↓ untuk kalender.</source>
        <translation>Type the date (e.g. 29112026 or 29/11/2026) or press ↓ for the calendar.</translation>
    </message>
    <message>
        <source>{typed} bukan tanggal; ketik mis. 29112026 atau 29/11/2026.</source>
        <translation>{typed} is not a date; type e.g. 29112026 or 29/11/2026.</translation>
    </message>
    <message>
        <source>Tanggal paling akhir {date}.</source>
        <translation>The latest date is {date}.</translation>
    </message>
    <message>
        <source>Tanggal paling awal {date}.</source>
        <translation>The earliest date is {date}.</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>Ketik tanggal dan jamnya (mis. 29112026 1435 atau 29/11/2026 14.35) atau tekan ↓ untuk kalender.</source>
        <translation>Type the date and time (e.g. 29112026 1435 or 29/11/2026 14.35) or press ↓ for the calendar.</translation>
    </message>
    <message>
        <source>{typed} bukan tanggal dan jam; ketik mis. 29112026 1435 atau 29/11/2026 14.35.</source>
        <translation>{typed} is not a date and time; type e.g. 29112026 1435 or 29/11/2026 14.35.</translation>
    </message>
    <message>
        <source>Waktu paling akhir {when}.</source>
        <translation>The latest allowed is {when}.</translation>
    </message>
    <message>
        <source>Waktu paling awal {when}.</source>
        <translation>The earliest allowed is {when}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ekspor permohonan</source>
        <translation>Export requests</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Dari tanggal</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <source>&amp;Sampai tanggal</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Format berkas</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>NIK &amp;lengkap (tidak disamarkan)</source>
        <translation>&amp;Full NIK (not masked)</translation>
    </message>
    <message>
        <source>NIK dan nomor KK disamarkan, misalnya 321601******0001.</source>
        <translation>NIK and KK number are masked, e.g. 321601******0001.</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIK</translation>
    </message>
    <message>
        <source>Berkas akan berisi NIK dan nomor KK lengkap (data pribadi, UU 27/2022). Permintaan ini dicatat di log audit atas nama Anda. Lanjutkan?</source>
        <translation>The file will contain full NIK and KK numbers (personal data, Law 27/2022). This request is recorded in the audit log under your name. Continue?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message numerus="yes">
        <source>%Ln menit</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kunci layar setelah tidak aktif</source>
        <translation>&amp;Lock the screen after inactivity of</translation>
    </message>
    <message>
        <source>WIB — Waktu Indonesia Barat (UTC+7)</source>
        <translation>WIB — Western Indonesia Time (UTC+7)</translation>
    </message>
    <message>
        <source>WITA — Waktu Indonesia Tengah (UTC+8)</source>
        <translation>WITA — Central Indonesia Time (UTC+8)</translation>
    </message>
    <message>
        <source>WIT — Waktu Indonesia Timur (UTC+9)</source>
        <translation>WIT — Eastern Indonesia Time (UTC+9)</translation>
    </message>
    <message>
        <source>&amp;Zona waktu kantor</source>
        <translation>Office &amp;time zone</translation>
    </message>
    <message>
        <source>&amp;Bahasa tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>Waktu kunci layar dan zona waktu kantor berlaku untuk semua komputer loket (zona waktu: untuk semua tanggal dan jam yang dicatat dan dicetak; komputer lain memakainya setelah aplikasi dibuka ulang). Bahasa tampilan hanya untuk komputer ini dan berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The screen lock time and the office time zone apply to every counter PC (the time zone: for every date and time recorded and printed; other PCs use it after the app is reopened). The display language is for this PC only and applies after the app is reopened.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Pengaturan umum tersimpan. Bahasa baru dipakai setelah aplikasi dibuka ulang.</source>
        <translation>General settings saved. The new language is used after the app is reopened.</translation>
    </message>
    <message>
        <source>Pengaturan umum tersimpan.</source>
        <translation>General settings saved.</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>misalnya Hari Kemerdekaan RI</source>
        <translation>e.g. Independence Day</translation>
    </message>
    <message>
        <source>&amp;Keterangan</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Tandai sebagai hari libur</source>
        <translation>Mark as a holiday</translation>
    </message>
    <message>
        <source>Sabtu dan Minggu selalu dihitung libur. Hari libur menunda tenggat permohonan.</source>
        <translation>Saturdays and Sundays are always days off. Holidays push request due dates back.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hapus hari libur</source>
        <translation>Remove holiday</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Hari libur tahun {year}</source>
        <translation>Holidays in {year}</translation>
    </message>
    <message>
        <source>{day} sudah hari libur: {name}.</source>
        <translation>{day} is already a holiday: {name}.</translation>
    </message>
    <message>
        <source>Sudah hari libur</source>
        <translation>Already a holiday</translation>
    </message>
    <message>
        <source>{day} sudah hari libur: "{old}". Ganti keterangannya menjadi "{new}"?</source>
        <translation>{day} is already a holiday: "{old}". Change its description to "{new}"?</translation>
    </message>
    <message>
        <source>Ganti keterangan</source>
        <translation>Change description</translation>
    </message>
    <message>
        <source>Keterangan hari libur {day} diganti.</source>
        <translation>Description of the holiday on {day} changed.</translation>
    </message>
    <message>
        <source>{day} ditandai sebagai hari libur.</source>
        <translation>{day} marked as a holiday.</translation>
    </message>
    <message>
        <source>Hari libur {day} dihapus.</source>
        <translation>Holiday {day} removed.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Daftar kesalahan per baris</source>
        <translation>Errors by row</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Impor baris yang valid saja</source>
        <translation>Import the valid rows only</translation>
    </message>
</context>
<context>
    <name>LegalEntryDialog</name>
    <message>
        <source>Tambah baris dokumen ({0})</source>
        <translation>Add a document row ({0})</translation>
    </message>
    <message>
        <source>Hapus baris dokumen yang sedang diisi ({0})</source>
        <translation>Remove the document row being edited ({0})</translation>
    </message>
    <message>
        <source>&amp;Simpan ke register</source>
        <translation>&amp;Save to register</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>TNI AD</source>
        <translation>TNI AD</translation>
    </message>
    <message>
        <source>TNI AL</source>
        <translation>TNI AL</translation>
    </message>
    <message>
        <source>TNI AU</source>
        <translation>TNI AU</translation>
    </message>
    <message>
        <source>Polri</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>KK (Kartu Keluarga)</source>
        <translation>KK (Family Card)</translation>
    </message>
    <message>
        <source>Akta kelahiran</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Akta perkawinan</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Akta kematian</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Akta perceraian</source>
        <translation>Divorce certificate</translation>
    </message>
    <message>
        <source>KIA (Kartu Identitas Anak)</source>
        <translation>KIA (Child Identity Card)</translation>
    </message>
    <message>
        <source>KTP elektronik</source>
        <translation>Electronic ID card (KTP-el)</translation>
    </message>
    <message>
        <source>Surat keterangan pindah</source>
        <translation>Certificate of moving</translation>
    </message>
    <message>
        <source>Akta pengakuan anak</source>
        <translation>Child acknowledgement certificate</translation>
    </message>
    <message>
        <source>Akta pengesahan anak</source>
        <translation>Child legitimation certificate</translation>
    </message>
    <message>
        <source>Catatan pinggir perubahan nama</source>
        <translation>Marginal note of a change of name</translation>
    </message>
    <message>
        <source>Lainnya (dokumen Disdukcapil)</source>
        <translation>Other (a Disdukcapil document)</translation>
    </message>
    <message>
        <source>(belum ada pejabat)</source>
        <translation>(no official yet)</translation>
    </message>
    <message>
        <source>Belum ada pejabat penanda tangan. Minta supervisor menambahkannya di Pengaturan → Pejabat penandatangan; entri baru bisa disimpan setelah itu.</source>
        <translation>There is no signing official yet. Ask a supervisor to add one in Settings → Signing officials; new entries can be saved after that.</translation>
    </message>
    <message>
        <source>Seluler: {0}</source>
        <translation>Mobile: {0}</translation>
    </message>
    <message>
        <source>{0} bukan nomor seluler; WhatsApp butuh nomor seluler.</source>
        <translation>{0} is not a mobile number; WhatsApp needs a mobile number.</translation>
    </message>
    <message>
        <source>Paling banyak {0} dokumen per permohonan.</source>
        <translation>At most {0} documents per request.</translation>
    </message>
    <message>
        <source>Nomor pada dokumen</source>
        <translation>Number on the document</translation>
    </message>
    <message>
        <source>Jumlah salinan</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>mis. Surat Keterangan Kependudukan</source>
        <translation>e.g. Surat Keterangan Kependudukan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Dokumen bertanda tangan elektronik (TTE, ada kode QR TTE) tidak perlu dilegalisir menurut Permendagri 104/2019; lanjutkan hanya bila penerima tetap memintanya. Pengingat ini dicatat di register.</source>
        <translation>Documents with an electronic signature (TTE, they carry a TTE QR code) need no legalization under Permendagri 104/2019; go on only if the recipient still asks for it. This reminder is recorded in the register.</translation>
    </message>
    <message>
        <source>Dokumen ini bertanda tangan elektronik (ada kode QR TTE)</source>
        <translation>This document carries an electronic signature (it has a TTE QR code)</translation>
    </message>
    <message>
        <source>Pindaian dokumen: PDF, JPEG atau PNG (maks. 20 MB)</source>
        <translation>Document scan: PDF, JPEG or PNG (max. 20 MB)</translation>
    </message>
    <message>
        <source>Lepas pindaian</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <source>Pilih pindaian dokumen {0}</source>
        <translation>Choose the scan of document {0}</translation>
    </message>
    <message>
        <source>Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Dokumen {0}: {1}</source>
        <translation>Document {0}: {1}</translation>
    </message>
    <message>
        <source>{w}×{h} px</source>
        <translation>{w}×{h} px</translation>
    </message>
    <message>
        <source>{name} ({detail}, {size} KB)</source>
        <translation>{name} ({detail}, {size} KB)</translation>
    </message>
    <message>
        <source>Dokumen {0}: jumlah salinan harus {1} sampai {2}.</source>
        <translation>Document {0}: number of copies must be {1} to {2}.</translation>
    </message>
    <message>
        <source>Dokumen ber-TTE</source>
        <translation>Document with TTE</translation>
    </message>
    <message>
        <source>Dokumen {0} bertanda tangan elektronik (TTE). Menurut Permendagri 104/2019 dokumen ber-TTE tidak perlu dilegalisir: cetakannya sah dan dapat diperiksa dari kode QR TTE-nya.

Tetap legalisir karena penerima memintanya? Pengingat ini dicatat di register.</source>
        <translation>Document {0} carries an electronic signature (TTE). Under Permendagri 104/2019 such documents need no legalization: a print of them is valid and can be checked from its TTE QR code.

Legalize it anyway because the recipient asks for it? This reminder is recorded in the register.</translation>
    </message>
    <message>
        <source>Entri tersimpan</source>
        <translation>Entry saved</translation>
    </message>
    <message>
        <source>Entri legalisir atas nama {0} tersimpan di register.

Nomor register: {1}

Cetak pengesahannya sekarang?</source>
        <translation>The legalization entry for {0} is saved in the register.

Register number: {1}

Print its endorsement now?</translation>
    </message>
    <message>
        <source>Entri legalisir baru</source>
        <translation>New legalization entry</translation>
    </message>
    <message>
        <source>&amp;Nama pemohon</source>
        <translation>Applicant &amp;name</translation>
    </message>
    <message>
        <source>Nama lengkap sesuai KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>Nomor &amp;WhatsApp</source>
        <translation>&amp;WhatsApp number</translation>
    </message>
    <message>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <source>Kep&amp;erluan</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Sebutkan keperluan lainnya</source>
        <translation>Specify the other purpose</translation>
    </message>
    <message>
        <source>No. pendaft&amp;aran</source>
        <translation>Re&amp;gistration no.</translation>
    </message>
    <message>
        <source>Nomor pendaftaran seleksi TNI/Polri (jika ada)</source>
        <translation>TNI/Polri selection registration number (if any)</translation>
    </message>
    <message>
        <source>&amp;Penanda tangan</source>
        <translation>&amp;Signed by</translation>
    </message>
    <message>
        <source>&amp;Dokumen yang dilegalisir</source>
        <translation>&amp;Documents to legalize</translation>
    </message>
    <message>
        <source>&amp;Tambah dokumen</source>
        <translation>&amp;Add document</translation>
    </message>
    <message>
        <source>&amp;Hapus dokumen</source>
        <translation>&amp;Remove document</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Nama dokumen (jika lainnya)</source>
        <translation>Document name (if other)</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Ber-TTE</source>
        <translation>With TTE</translation>
    </message>
    <message>
        <source>Pindaian (opsional)</source>
        <translation>Scan (optional)</translation>
    </message>
    <message>
        <source>Ctrl+T menambah baris dokumen, Ctrl+Shift+Del menghapus baris yang sedang diisi. Pindaian: PDF, JPEG atau PNG.</source>
        <translation>Ctrl+T adds a document row, Ctrl+Shift+Del removes the row being edited. Scans: PDF, JPEG or PNG.</translation>
    </message>
</context>
<context>
    <name>LegalKeys</name>
    <message>
        <source>Kunci penandatangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Tanda tangani ulang</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>Tanda tangani ulang dengan kunci kantor</source>
        <translation>Sign again with the office's key</translation>
    </message>
</context>
<context>
    <name>LegalKeysBox</name>
    <message>
        <source>Kunci penandatangan legalisir</source>
        <translation>Legalization signing keys</translation>
    </message>
    <message>
        <source>Kode QR setiap legalisir ditandatangani dengan kunci kantor. Kunci privat disimpan di berkas pada PC legalisir (bukan di basis data); PC tanpa berkas itu dapat memeriksa, tetapi tidak dapat mencetak. Cadangkan kunci dengan frasa sandi dan simpan cadangannya terpisah.</source>
        <translation>The QR code of every legalization is signed with the office's key. The private key is kept in a file on the legalization PC (not in the database); a PC without that file can check but cannot print. Back the key up with a passphrase and keep the backup apart.</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Daftar kunci penandatangan</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>&amp;Buat kunci</source>
        <translation>&amp;Create key</translation>
    </message>
    <message>
        <source>&amp;Ganti kunci (rotasi)</source>
        <translation>&amp;Replace key (rotation)</translation>
    </message>
    <message>
        <source>&amp;Cadangkan kunci…</source>
        <translation>Back &amp;up key…</translation>
    </message>
    <message>
        <source>Pasa&amp;ng cadangan kunci…</source>
        <translation>&amp;Install key backup…</translation>
    </message>
    <message>
        <source>Ekspor kunci &amp;publik…</source>
        <translation>Export &amp;public key…</translation>
    </message>
    <message>
        <source>Pasang kunci pub&amp;lik…</source>
        <translation>Install public &amp;key…</translation>
    </message>
    <message>
        <source>Cabut kunc&amp;i…</source>
        <translation>Re&amp;voke key…</translation>
    </message>
    <message>
        <source>T&amp;erbitkan halaman verifikasi…</source>
        <translation>Publish verification &amp;page…</translation>
    </message>
    <message>
        <source>PC ini dapat menandatangani legalisir.</source>
        <translation>This PC can sign legalizations.</translation>
    </message>
    <message>
        <source>dicabut {0} ({1})</source>
        <translation>revoked {0} ({1})</translation>
    </message>
    <message>
        <source>dipakai untuk tanda tangan baru</source>
        <translation>used for new signatures</translation>
    </message>
    <message>
        <source>tepercaya</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>TIDAK tepercaya di PC ini</source>
        <translation>NOT trusted on this PC</translation>
    </message>
    <message>
        <source>ada di PC ini</source>
        <translation>on this PC</translation>
    </message>
    <message>
        <source>tidak ada di PC ini</source>
        <translation>not on this PC</translation>
    </message>
    <message>
        <source>berfrasa sandi</source>
        <translation>passphrase-protected</translation>
    </message>
    <message>
        <source>Buat kunci</source>
        <translation>Create key</translation>
    </message>
    <message>
        <source>Kunci baru disimpan di PC ini. Frasa sandi (boleh kosong) diminta setiap kali aplikasi mulai mencetak legalisir.</source>
        <translation>The new key is kept on this PC. Its passphrase (may be empty) is asked each time the app starts printing legalizations.</translation>
    </message>
    <message>
        <source>Kunci dibuat (sidik jari {0}). Cadangkan sekarang.</source>
        <translation>Key created (fingerprint {0}). Back it up now.</translation>
    </message>
    <message>
        <source>Ganti kunci</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Buat kunci baru untuk tanda tangan berikutnya? Legalisir lama tetap sah. Setelah itu: cadangkan kunci baru, pasang di PC legalisir lain, dan terbitkan ulang halaman verifikasi.</source>
        <translation>Create a new key for the next signatures? Earlier legalizations stay valid. Then: back the new key up, install it on the other legalization PCs, and publish the verification page again.</translation>
    </message>
    <message>
        <source>Frasa sandi untuk kunci baru (boleh kosong).</source>
        <translation>Passphrase for the new key (may be empty).</translation>
    </message>
    <message>
        <source>Kunci baru dibuat (sidik jari {0}).</source>
        <translation>New key created (fingerprint {0}).</translation>
    </message>
    <message>
        <source>Cadangkan kunci</source>
        <translation>Back up key</translation>
    </message>
    <message>
        <source>Cadangan kunci (*.json)</source>
        <translation>Key backup (*.json)</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan (minimal 10 karakter). Tanpa frasa sandi ini cadangan tidak dapat dipasang; simpan terpisah dari berkasnya.</source>
        <translation>Backup passphrase (at least 10 characters). Without it the backup cannot be installed; keep it apart from the file.</translation>
    </message>
    <message>
        <source>Cadangan ditulis ke {0}.</source>
        <translation>Backup written to {0}.</translation>
    </message>
    <message>
        <source>Pasang cadangan kunci</source>
        <translation>Install key backup</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan ini.</source>
        <translation>This backup's passphrase.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci di PC ini (boleh kosong).</source>
        <translation>Passphrase of the key on this PC (may be empty).</translation>
    </message>
    <message>
        <source>Kunci {0} terpasang di PC ini.</source>
        <translation>Key {0} installed on this PC.</translation>
    </message>
    <message>
        <source>Ekspor kunci publik</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Kunci publik (*.pem)</source>
        <translation>Public key (*.pem)</translation>
    </message>
    <message>
        <source>Kunci publik ditulis ke {0}.</source>
        <translation>Public key written to {0}.</translation>
    </message>
    <message>
        <source>Pasang kunci publik</source>
        <translation>Install public key</translation>
    </message>
    <message>
        <source>Kunci publik {0} dipercaya di PC ini.</source>
        <translation>Public key {0} is trusted on this PC.</translation>
    </message>
    <message>
        <source>Cabut kunci</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Cabut kunci {0}? Semua tanda tangan dengan kunci ini menjadi TIDAK SAH, termasuk legalisir lama; cetak ulang yang masih berlaku dengan tanda tangan baru, lalu terbitkan ulang halaman verifikasi.</source>
        <translation>Revoke key {0}? Every signature made with it becomes NOT VALID, earlier legalizations included; reprint those still in force with a new signature, then publish the verification page again.</translation>
    </message>
    <message>
        <source>Cabut</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Kunci {0} dicabut.</source>
        <translation>Key {0} revoked.</translation>
    </message>
    <message>
        <source>Halaman verifikasi</source>
        <translation>Verification page</translation>
    </message>
    <message>
        <source>Halaman ditulis ke {0}. Unggah berkas itu ke alamat verifikasi kantor; terbitkan ulang setiap ada pencabutan.</source>
        <translation>Page written to {0}. Upload that file to the office's verification address; publish again after every revocation.</translation>
    </message>
</context>
<context>
    <name>LegalSettingsTab</name>
    <message>
        <source>&amp;Format nomor register</source>
        <translation>Register number &amp;format</translation>
    </message>
    <message>
        <source>Wajib memuat {seq} dan {year}; boleh {month}, {month_roman}, {day}. {seq:04d} menulis urutan 4 digit (0001).</source>
        <translation>Must contain {seq} and {year}; may use {month}, {month_roman}, {day}. {seq:04d} writes a 4-digit sequence (0001).</translation>
    </message>
    <message>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>mis. https://dukcapil.bekasikab.go.id/v/</source>
        <translation>e.g. https://dukcapil.bekasikab.go.id/v/</translation>
    </message>
    <message>
        <source>Alamat halaman &amp;verifikasi</source>
        <translation>&amp;Verification page address</translation>
    </message>
    <message>
        <source>Tempat kantor menerbitkan halaman verifikasi (Terbitkan halaman verifikasi, di bawah). Alamat pendek membuat kode QR kecil; dicetak di bawah kode QR.</source>
        <translation>Where the office publishes its verification page (Publish verification page, below). A short address keeps the QR code small; it is printed under the QR code.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Kertas bawaan</source>
        <translation>Default &amp;paper</translation>
    </message>
    <message>
        <source>Kiri atas</source>
        <translation>Top left</translation>
    </message>
    <message>
        <source>Kanan atas</source>
        <translation>Top right</translation>
    </message>
    <message>
        <source>Kiri bawah</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <source>Kanan bawah</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <source>mendatar</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>tegak</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Blok pengesahan saja: su&amp;dut acuan</source>
        <translation>Endorsement block only: reference &amp;corner</translation>
    </message>
    <message>
        <source>Jarak dari sudut</source>
        <translation>Offset from the corner</translation>
    </message>
    <message>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Mendatar</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>&amp;Arah kertas blok pengesahan saja</source>
        <translation>&amp;Orientation of the endorsement-only sheet</translation>
    </message>
    <message>
        <source>&amp;Tepi kertas yang tidak tercetak printer</source>
        <translation>Printer's &amp;unprintable edge</translation>
    </message>
    <message>
        <source>Jenis dokumen yang dilegalisir</source>
        <translation>Document types legalized</translation>
    </message>
    <message>
        <source>Dokumen Disdukcapil lain (dengan nama)</source>
        <translation>Other Disdukcapil document (by name)</translation>
    </message>
    <message>
        <source>D&amp;okumen yang dilegalisir</source>
        <translation>&amp;Documents legalized</translation>
    </message>
    <message>
        <source>Hanya dokumen terbitan Disdukcapil. Ijazah, SKCK, paspor dan dokumen instansi lain ditolak dengan keterangan siapa yang melegalisirnya.</source>
        <translation>Only documents Disdukcapil issues. Diplomas, police records, passports and other agencies' documents are refused, naming who legalizes them.</translation>
    </message>
    <message>
        <source>Untuk fotokopi yang sudah ada, blok pengesahan dicetak pada skala 100% di posisi ini. Cetak halaman kalibrasi, letakkan di atas fotokopi, lalu sesuaikan jaraknya.</source>
        <translation>For existing photocopies the endorsement block is printed at 100% scale at this position. Print the calibration page, lay it on a photocopy, then adjust the offsets.</translation>
    </message>
    <message>
        <source>Cetak &amp;halaman kalibrasi…</source>
        <translation>Print &amp;calibration page…</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation>Legalization</translation>
    </message>
    <message>
        <source>Pengaturan legalisir tersimpan.</source>
        <translation>Legalization settings saved.</translation>
    </message>
    <message>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Halaman kalibrasi</source>
        <translation>Calibration page</translation>
    </message>
</context>
<context>
    <name>LegalizationPage</name>
    <message>
        <source>Legalisir dokumen untuk pendaftaran TNI/Polri</source>
        <translation>Legalization of documents for TNI/Polri enlistment</translation>
    </message>
    <message>
        <source>Buku register</source>
        <translation>Register book</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>{name} mengunci layar.</source>
        <translation>{name} locked the screen.</translation>
    </message>
    <message numerus="yes">
        <source>Layar dikunci karena tidak ada aktivitas selama %n menit.</source>
        <translation>
            <numerusform>The screen was locked after %n minute without activity.</numerusform>
            <numerusform>The screen was locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>Enter the password of {name} to continue.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Keluar akun</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>&amp;Ganti pengguna</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Masuk dengan akun lain. Sesi {name} diakhiri; isian yang belum disimpan ditanyakan dulu.</source>
        <translation>Sign in with another account. The session of {name} ends; unsaved input is asked about first.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Akun {name} terkunci sampai pukul {time} karena terlalu banyak kata sandi salah. Sementara itu, pengguna lain dapat masuk dengan Ganti pengguna.</source>
        <translation>The account of {name} is locked until {time} after too many wrong passwords. Meanwhile another user can sign in with Switch user.</translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi salah. Sisa %n percobaan sebelum akun dikunci 15 menit.</source>
        <translation>
            <numerusform>Wrong password. %n try left before the account is locked for 15 minutes.</numerusform>
            <numerusform>Wrong password. %n tries left before the account is locked for 15 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Loket Dukcapil</source>
        <translation>Log in — Loket Dukcapil</translation>
    </message>
    <message>
        <source>Loket Dukcapil</source>
        <translation>Loket Dukcapil</translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda.</source>
        <translation>Log in with your account.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Be&amp;rkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Permohonan &amp;baru…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Permohonan dari &amp;WhatsApp (isi dari papan klip)</source>
        <translation>Request from &amp;WhatsApp (read the clipboard)</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ak&amp;un</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Hala&amp;man</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Loket Dukcapil</source>
        <translation>&amp;About Loket Dukcapil</translation>
    </message>
    <message>
        <source>&amp;Lokasi log</source>
        <translation>&amp;Log location</translation>
    </message>
    <message>
        <source>Basis data: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Cadangan harian gagal</source>
        <translation>Daily backup failed</translation>
    </message>
    <message>
        <source>Basis data berubah</source>
        <translation>Database changed</translation>
    </message>
    <message>
        <source>Akun berikut diubah di luar aplikasi (peran, status atau kata sandinya tidak cocok dengan segelnya), sehingga tidak dapat login: {names}. Periksa log audit, lalu atur ulang peran, status atau kata sandinya di Pengaturan › Pengguna.</source>
        <translation>These accounts were changed outside the app (their role, status or password does not match their seal), so they cannot log in: {names}. Check the audit log, then set their role, status or password again under Settings › Users.</translation>
    </message>
    <message>
        <source>Perhatian keamanan</source>
        <translation>Security notice</translation>
    </message>
    <message>
        <source>Kata sandi telah diganti.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>Pengaturan › {tab}</source>
        <translation>Settings › {tab}</translation>
    </message>
    <message>
        <source>Pekerjaan {name} ({windows})</source>
        <translation>Work of {name} ({windows})</translation>
    </message>
    <message>
        <source>Tentang Loket Dukcapil</source>
        <translation>About Loket Dukcapil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loket Dukcapil&lt;/b&gt; versi {version}&lt;br&gt;Pencatatan permohonan daring, legalisir dokumen TNI/Polri, dan ringkasan harian untuk Disdukcapil.</source>
        <translation>&lt;b&gt;Loket Dukcapil&lt;/b&gt; version {version}&lt;br&gt;Online request log, TNI/Polri document legalization and the daily summary for a Disdukcapil office.</translation>
    </message>
    <message>
        <source>Lokasi log</source>
        <translation>Log location</translation>
    </message>
    <message>
        <source>Catatan aplikasi (log) disimpan di:
{path}</source>
        <translation>The application log is kept in:
{path}</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>huruf kecil, misalnya budi.s</source>
        <translation>lower case, e.g. budi.s</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter. Berikan kata sandi awal kepada pengguna; ia dapat menggantinya di menu Akun. NIP 18 digit (spasi boleh diketik) dicetak di bawah namanya; kosongkan bila ia bukan PNS.</source>
        <translation>At least {n} characters. Give the user the initial password; they can change it in the Account menu. The 18-digit NIP (spaces may be typed) is printed under their name; leave it empty if they are not a civil servant.</translation>
    </message>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Buat pengguna</source>
        <translation>Create user</translation>
    </message>
</context>
<context>
    <name>NipDialog</name>
    <message>
        <source>Ubah NIP</source>
        <translation>Change NIP</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>NIP {name} ({username}) dicetak di bawah namanya pada tanda terima, buku register dan laporan: 18 digit, spasi boleh diketik. Kosongkan bila ia bukan PNS.</source>
        <translation>The NIP of {name} ({username}) is printed under their name on receipts, the register book and reports: 18 digits, spaces may be typed. Leave it empty if they are not a civil servant.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Data ini dicetak pada kop laporan harian dan lembar legalisir.</source>
        <translation>Printed on the letterhead of the daily report and on legalization sheets.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>&amp;Nama kantor</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi</source>
        <translation>Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota</source>
        <translation>&amp;Regency/city</translation>
    </message>
    <message>
        <source>Kabupaten Bekasi</source>
        <translation>Kabupaten Bekasi</translation>
    </message>
    <message>
        <source>Kode wila&amp;yah</source>
        <translation>Region &amp;code</translation>
    </message>
    <message>
        <source>Kota &amp;penandatanganan</source>
        <translation>&amp;Place of signing</translation>
    </message>
    <message>
        <source>Cikarang</source>
        <translation>Cikarang</translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Jl. ...</source>
        <translation>Jl. ...</translation>
    </message>
    <message>
        <source>&amp;Telepon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>021-...</source>
        <translation>021-...</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>0812-...</source>
        <translation>0812-...</translation>
    </message>
    <message>
        <source>&amp;Situs web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>disdukcapil.bekasikab.go.id</source>
        <translation>disdukcapil.bekasikab.go.id</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>disdukcapil@bekasikab.go.id</source>
        <translation>disdukcapil@bekasikab.go.id</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>4 digit, misalnya 3216 untuk Kabupaten Bekasi</source>
        <translation>4 digits, e.g. 3216 for Kabupaten Bekasi</translation>
    </message>
    <message>
        <source>Kode harus 4 digit.</source>
        <translation>The code must have 4 digits.</translation>
    </message>
    <message>
        <source>Kode {code} tidak ada di daftar wilayah.</source>
        <translation>Code {code} is not in the region list.</translation>
    </message>
    <message>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {name}</source>
        <translation>The file cannot be read: {name}</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 1 MB).</source>
        <translation>The logo is too large (at most 1 MB).</translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 1 MB.</source>
        <translation>PNG or JPEG, at most 1 MB.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Simpan profil kantor</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Profil kantor tersimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>Ubah pejabat</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Tambah pejabat penandatangan</source>
        <translation>Add signing official</translation>
    </message>
    <message>
        <source>misalnya Kepala Bidang Pelayanan Pendaftaran Penduduk</source>
        <translation>e.g. Kepala Bidang Pelayanan Pendaftaran Penduduk</translation>
    </message>
    <message>
        <source>misalnya Pembina (IV/a)</source>
        <translation>e.g. Pembina (IV/a)</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan</source>
        <translation>&amp;Rank/grade</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>NIP 18 digit; spasi boleh diketik.</source>
        <translation>The NIP has 18 digits; spaces are allowed.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OfficialsTab</name>
    <message>
        <source>Pejabat yang namanya dicetak pada blok pengesahan legalisir. Pejabat yang dinonaktifkan tidak dapat dipilih lagi, tetapi cetakan lama tetap memuatnya.</source>
        <translation>Officials whose names are printed in the legalization endorsement. A disabled official can no longer be chosen; earlier prints keep the name.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pejabat…</source>
        <translation>Add official…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Penanda tangan laporan harian</source>
        <translation>Daily report signatory</translation>
    </message>
    <message>
        <source>Penanda tangan &amp;laporan harian</source>
        <translation>Daily &amp;report signatory</translation>
    </message>
    <message>
        <source>Pejabat penandatangan</source>
        <translation>Signing officials</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Otomatis: pejabat aktif yang jabatannya diawali "Kepala"</source>
        <translation>Automatic: the active official whose title starts with "Kepala"</translation>
    </message>
    <message>
        <source>Penanda tangan laporan harian tersimpan.</source>
        <translation>Daily report signatory saved.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Pejabat tersimpan.</source>
        <translation>Official saved.</translation>
    </message>
    <message>
        <source>{name} diaktifkan.</source>
        <translation>{name} enabled.</translation>
    </message>
    <message>
        <source>{name} dinonaktifkan.</source>
        <translation>{name} disabled.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Frasa sandi</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Ulangi frasa sandi</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <source>Ekspor laporan kinerja ke Excel</source>
        <translation>Export the performance report to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor laporan kinerja sebagai PDF</source>
        <translation>Export the performance report as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Pilih bulan atau rentang tanggal, lalu klik Tampilkan.</source>
        <translation>Choose a month or a date range, then click Show.</translation>
    </message>
    <message>
        <source>Rincian per petugas (dengan nama) hanya tersedia untuk supervisor.</source>
        <translation>The figures per officer (with names) are for supervisors only.</translation>
    </message>
    <message>
        <source>Belum ada laporan kinerja yang ditampilkan</source>
        <translation>No performance report shown yet</translation>
    </message>
    <message>
        <source>Laporan kinerja bulanan menghitung permohonan yang diterima dan diselesaikan dalam satu bulan, berapa persen selesai dalam standar waktu layanan, dan sisa yang masih terbuka.

Pilih bulannya (atau Rentang tanggal), lalu tekan Tampilkan. Laporan muncul di sini dan dapat diekspor ke PDF atau Excel atau dicetak.</source>
        <translation>The monthly performance report counts the requests received and completed in a month, the share completed within the service's standard time, and those still open.

Choose the month (or Date range), then press Show. The report appears here and can be exported to PDF or Excel, or printed.</translation>
    </message>
    <message>
        <source>{month} (berjalan)</source>
        <translation>{month} (in progress)</translation>
    </message>
    <message>
        <source>Menyusun laporan kinerja…</source>
        <translation>Preparing the performance report…</translation>
    </message>
    <message>
        <source>{period}: diterima {r}, selesai {f}, dalam standar {pct}, sisa terbuka {b} · {pages} halaman</source>
        <translation>{period}: received {r}, completed {f}, within standard {pct}, still open {b} · {pages} pages</translation>
    </message>
    <message>
        <source>Menyusun laporan kinerja</source>
        <translation>Building the performance report</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman dikirim ke printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan kinerja</source>
        <translation>Performance report</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Laporan kinerja disimpan: {path}</source>
        <translation>Performance report saved: {path}</translation>
    </message>
    <message>
        <source>Ekspor laporan kinerja</source>
        <translation>Export the performance report</translation>
    </message>
    <message>
        <source>Laporan kinerja {period}</source>
        <translation>Performance report {period}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Cetak legalisir</source>
        <translation>Print legalization</translation>
    </message>
    <message>
        <source>Cetak ulang ke-{0}: {1}</source>
        <translation>Reprint no. {0}: {1}</translation>
    </message>
    <message>
        <source>Cetak: {0}</source>
        <translation>Print: {0}</translation>
    </message>
    <message>
        <source>Yang dicetak</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>&amp;Salinan dengan pengesahan (pindaian + blok)</source>
        <translation>&amp;Copy with endorsement (scan + block)</translation>
    </message>
    <message>
        <source>&amp;Pengesahan saja (pada fotokopi yang sudah ada, skala 100%)</source>
        <translation>&amp;Endorsement only (on an existing photocopy, 100% scale)</translation>
    </message>
    <message>
        <source>&amp;Tanda terima untuk pemohon</source>
        <translation>&amp;Receipt for the applicant</translation>
    </message>
    <message>
        <source>Entri ini tidak memiliki pindaian dokumen.</source>
        <translation>This entry has no document scans.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Kertas</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>Kertas &amp;mendatar (blok pengesahan saja)</source>
        <translation>&amp;Landscape paper (endorsement block only)</translation>
    </message>
    <message>
        <source>Hasil cetak diberi tanda "CETAK ULANG ke-{0}".</source>
        <translation>The printout is marked "CETAK ULANG ke-{0}" (reprint).</translation>
    </message>
    <message>
        <source>Pratinjau &amp;&amp; &amp;cetak…</source>
        <translation>Preview &amp;&amp; &amp;print…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Minimal {min} karakter, maksimal {max}.</source>
        <translation>At least {min} characters, at most {max}.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan terlalu panjang (maksimal {0} karakter).</source>
        <translation>Reason too long (at most {0} characters).</translation>
    </message>
    <message>
        <source>Minimal {min} karakter, maksimal {max}. Sudah {n}.</source>
        <translation>At least {min} characters, at most {max}. Typed: {n}.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>Alasan terlalu singkat: tulis minimal {n} karakter.</source>
        <translation>Reason too short: write at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Basis data tidak ditemukan</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Berkas basis data {path} tidak ditemukan, padahal aplikasi ini sudah pernah memakainya. Aplikasi tidak membuat basis data kosong sebagai penggantinya tanpa persetujuan Anda.</source>
        <translation>The database file {path} was not found, although this app has used it before. The app does not make an empty database in its place without your consent.</translation>
    </message>
    <message>
        <source>Berkas basis data {path} rusak menurut pemeriksaan keutuhan SQLite. Data di dalamnya tidak dapat dipakai dengan aman.</source>
        <translation>The database file {path} is damaged according to SQLite's integrity check. Its data cannot be used safely.</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: {name} ({when}).</source>
        <translation>Latest good backup: {name} ({when}).</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik di folder cadangan {folder}. Pilih berkas cadangan dari tempat lain (misalnya flashdisk), atau berkas basis data yang dipindahkan.</source>
        <translation>There is no good backup in the backup folder {folder}. Choose a backup file from elsewhere (for example a USB stick), or the database file that was moved.</translation>
    </message>
    <message>
        <source>Pemulihan memerlukan nama dan kata sandi supervisor.</source>
        <translation>Restoring needs a supervisor's user name and password.</translation>
    </message>
    <message>
        <source>Nama pengguna supervisor</source>
        <translation>Supervisor user name</translation>
    </message>
    <message>
        <source>Kata sandi supervisor</source>
        <translation>Supervisor password</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Pulihkan cadangan terakhir</source>
        <translation>&amp;Restore the latest backup</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Mulai basis data baru</source>
        <translation>&amp;Start a new database</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan atau basis data</source>
        <translation>Choose a backup or database file</translation>
    </message>
    <message>
        <source>Basis data Loket (*.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Loket database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi supervisor.</source>
        <translation>Enter a supervisor's user name and password.</translation>
    </message>
    <message>
        <source>Data telah dipulihkan dari {name}.</source>
        <translation>The data was restored from {name}.</translation>
    </message>
    <message>
        <source>Salinan berkas yang rusak: {name}.</source>
        <translation>Copy of the damaged file: {name}.</translation>
    </message>
    <message>
        <source>Mulai dengan basis data KOSONG? Semua permohonan, register legalisir dan akun harus diisi dari awal. Pilih ini hanya bila tidak ada cadangan yang dapat dipulihkan.</source>
        <translation>Start with an EMPTY database? All requests, the legalization register and the accounts must be entered again from the start. Choose this only when no backup can be restored.</translation>
    </message>
    <message>
        <source>Berkas yang rusak tidak dihapus: berkas itu dipindahkan ke folder cadangan.</source>
        <translation>The damaged file is not deleted: it is moved to the backup folder.</translation>
    </message>
    <message>
        <source>Mulai basis data baru</source>
        <translation>Start a new database</translation>
    </message>
    <message>
        <source>Mulai baru</source>
        <translation>Start anew</translation>
    </message>
    <message>
        <source>Basis data baru dibuat.</source>
        <translation>A new database was made.</translation>
    </message>
    <message>
        <source>Berkas yang rusak disimpan sebagai {name}.</source>
        <translation>The damaged file was kept as {name}.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Belum dicetak</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>{0} (ulang {1})</source>
        <translation>{0} (again {1})</translation>
    </message>
    <message>
        <source>Dicabut: {0}</source>
        <translation>Revoked: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Semua keperluan</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <source>TNI AD</source>
        <translation>TNI AD</translation>
    </message>
    <message>
        <source>TNI AL</source>
        <translation>TNI AL</translation>
    </message>
    <message>
        <source>TNI AU</source>
        <translation>TNI AU</translation>
    </message>
    <message>
        <source>Polri</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor register</source>
        <translation>Search name, NIK or register number</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;sampai</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Entri baru</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>Entri legalisir baru (Ctrl+N)</source>
        <translation>New legalization entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Cetak pengesahan atau tanda terima (Ctrl+P)</source>
        <translation>Print the endorsement or receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak u&amp;lang…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>Cetak ulang pengesahan; alasan wajib diisi</source>
        <translation>Reprint the endorsement; a reason is required</translation>
    </message>
    <message>
        <source>Ca&amp;but…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Cabut legalisir (supervisor); alasan wajib diisi</source>
        <translation>Revoke the legalization (supervisor); a reason is required</translation>
    </message>
    <message>
        <source>E&amp;kspor buku register…</source>
        <translation>E&amp;xport register book…</translation>
    </message>
    <message>
        <source>Buku register rentang tanggal di atas, sebagai PDF dan Excel</source>
        <translation>Register book for the date range above, as PDF and Excel</translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan {shown} dari %Ln entri; persempit pencarian.</source>
        <translation>
            <numerusform>Showing {shown} of %Ln entry; narrow the search.</numerusform>
            <numerusform>Showing {shown} of %Ln entries; narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entri</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Legalisir {0} telah dicabut dan tidak dapat dicetak.</source>
        <translation>Legalization {0} has been revoked and cannot be printed.</translation>
    </message>
    <message>
        <source>Legalisir {0} belum pernah dicetak; gunakan Cetak.</source>
        <translation>Legalization {0} has never been printed; use Print.</translation>
    </message>
    <message>
        <source>Alasan cetak ulang</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <source>Legalisir {0} sudah dicetak {1} kali. Tuliskan alasan cetak ulang; hasil cetak diberi tanda "CETAK ULANG ke-{2}" dan dicatat di log audit.</source>
        <translation>Legalization {0} has been printed {1} times. Give the reason for the reprint; the printout is marked "CETAK ULANG ke-{2}" and recorded in the audit log.</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>misalnya: hasil cetak pertama tergores tinta di printer</source>
        <translation>e.g. the first print was smeared with ink in the printer</translation>
    </message>
    <message>
        <source>PDF tersimpan</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>PDF disimpan di {0}</source>
        <translation>PDF saved to {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>salinan dengan pengesahan</source>
        <translation>copy with endorsement</translation>
    </message>
    <message>
        <source>pengesahan saja</source>
        <translation>endorsement only</translation>
    </message>
    <message>
        <source>tanda terima</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>Cabut legalisir</source>
        <translation>Revoke legalization</translation>
    </message>
    <message>
        <source>Cabut legalisir {0} atas nama {1}? Setelah dicabut, verifikasinya menjawab DICABUT dan entri tidak dapat dicetak lagi. Tuliskan alasannya:</source>
        <translation>Revoke legalization {0} for {1}? Once revoked, its verification answers REVOKED and the entry can no longer be printed. Give the reason:</translation>
    </message>
    <message>
        <source>misalnya: dokumen asli yang ditunjukkan ternyata bukan milik pemohon</source>
        <translation>e.g. the original shown turned out not to belong to the applicant</translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>Ekspor buku register (PDF dan Excel)</source>
        <translation>Export register book (PDF and Excel)</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Ekspor buku register</source>
        <translation>Register book export</translation>
    </message>
    <message>
        <source>Buku register tersimpan</source>
        <translation>Register book saved</translation>
    </message>
    <message>
        <source>Buku register disimpan:
{0}</source>
        <translation>Register book saved:
{0}</translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation>Legalization</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Balasan untuk pemohon</source>
        <translation>Reply to the applicant</translation>
    </message>
    <message>
        <source>&amp;Salin balasan</source>
        <translation>&amp;Copy reply</translation>
    </message>
    <message>
        <source>Buka &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <source>Balasan disalin. Tempel di WhatsApp pemohon.</source>
        <translation>Reply copied. Paste it into the applicant's WhatsApp chat.</translation>
    </message>
    <message>
        <source>Balasan dibuka di WhatsApp dan dicatat di riwayat.</source>
        <translation>Reply opened in WhatsApp and recorded in the history.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Ekspor laporan sebagai PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Satu tanggal</source>
        <translation>Single date</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Pilih tanggal, lalu klik Tampilkan.</source>
        <translation>Choose a date, then click Show.</translation>
    </message>
    <message>
        <source>Belum ada laporan yang ditampilkan</source>
        <translation>No report shown yet</translation>
    </message>
    <message>
        <source>Rekap harian merangkum permohonan pada tanggal yang dipilih: berapa yang diterima, selesai, ditolak, masih terbuka dan terlambat, per layanan dan kanal, beserta legalisir dokumen.

Pilih Satu tanggal atau Rentang tanggal di atas, isi tanggalnya (ketik mis. 29112026 atau pilih di kalender), lalu tekan Tampilkan. Laporan muncul di sini dan dapat diekspor ke PDF atau dicetak untuk pimpinan.</source>
        <translation>The daily summary covers the requests of the chosen date: how many were received, completed, rejected, are still open and overdue, by service and channel, with the document legalizations.

Choose Single date or Date range above, fill in the date (type e.g. 29112026 or pick it in the calendar), then press Show. The report appears here and can be exported to PDF or printed for the head of office.</translation>
    </message>
    <message>
        <source>Rekap harian</source>
        <translation>Daily summary</translation>
    </message>
    <message>
        <source>Kinerja bulanan</source>
        <translation>Monthly performance</translation>
    </message>
    <message>
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>{period}: diterima {r}, selesai {c}, ditolak {x}, sisa terbuka {b}, terlambat {o} · {pages} halaman</source>
        <translation>{period}: received {r}, completed {c}, rejected {x}, still open {b}, overdue {o} · {pages} pages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman dikirim ke printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Menyusun laporan</source>
        <translation>Building the report</translation>
    </message>
    <message>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printer tidak dapat digunakan.</source>
        <translation>The printer cannot be used.</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Perubahan data</source>
        <translation>Data changed</translation>
    </message>
    <message>
        <source>Balasan WhatsApp</source>
        <translation>WhatsApp reply</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Proses</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <source>&amp;Tolak…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Data permohonan</source>
        <translation>Request data</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Diterima</source>
        <translation>Recei&amp;ved</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Referensi</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Petugas yang ditugaskan</source>
        <translation>Assigned officer</translation>
    </message>
    <message>
        <source>(belum ditugaskan)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>La&amp;yanan</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <translation>Time received</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Keterangan NIK</source>
        <translation>NIK details</translation>
    </message>
    <message>
        <source>N&amp;omor KK</source>
        <translation>&amp;KK number</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Keterangan nomor KK</source>
        <translation>KK number details</translation>
    </message>
    <message>
        <source>No. W&amp;hatsApp</source>
        <translation>&amp;WhatsApp no.</translation>
    </message>
    <message>
        <source>Nomor WhatsApp</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>Keterangan nomor WhatsApp</source>
        <translation>WhatsApp number details</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Keteran&amp;gan</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Simpan perub&amp;ahan</source>
        <translation>Save chan&amp;ges</translation>
    </message>
    <message>
        <source>Simpan data yang diubah (Ctrl+S)</source>
        <translation>Save the changed data (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Menunggu berkas…</source>
        <translation>Wai&amp;ting for documents…</translation>
    </message>
    <message>
        <source>&amp;Selesai…</source>
        <translation>Co&amp;mplete…</translation>
    </message>
    <message>
        <source>Tangani sendiri</source>
        <translation>Handle it myself</translation>
    </message>
    <message>
        <source>Jadikan permohonan ini tugas Anda</source>
        <translation>Make this request your task</translation>
    </message>
    <message>
        <source>Tugaskan</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Serahkan permohonan ini kepada petugas yang dipilih</source>
        <translation>Hand this request to the chosen officer</translation>
    </message>
    <message>
        <source>Ri&amp;wayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Isi lengkap kejadian yang dipilih</source>
        <translation>Full text of the selected event</translation>
    </message>
    <message>
        <source>Pilih baris riwayat untuk membaca catatan atau pesan lengkapnya.</source>
        <translation>Select a history row to read its whole note or message.</translation>
    </message>
    <message>
        <source>Balasan untuk pemohon</source>
        <translation>Reply to the applicant</translation>
    </message>
    <message>
        <source>Sa&amp;lin balasan</source>
        <translation>Cop&amp;y reply</translation>
    </message>
    <message>
        <source>Riwayat permohonan</source>
        <translation>Request history</translation>
    </message>
    <message>
        <source>&amp;Buka WhatsApp</source>
        <translation>Open Whats&amp;App</translation>
    </message>
    <message>
        <source>B&amp;uka kembali</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Permohonan {ticket}</source>
        <translation>Request {ticket}</translation>
    </message>
    <message>
        <source>{status} · Terlambat</source>
        <translation>{status} · Overdue</translation>
    </message>
    <message>
        <source>Layanan: {s}</source>
        <translation>Service: {s}</translation>
    </message>
    <message>
        <source>Jatuh tempo: {t}</source>
        <translation>Due: {t}</translation>
    </message>
    <message>
        <source>Petugas: {p}</source>
        <translation>Officer: {p}</translation>
    </message>
    <message>
        <source>belum ditugaskan</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Ditutup: {t}</source>
        <translation>Closed: {t}</translation>
    </message>
    <message>
        <source>Berkas kurang: {docs}</source>
        <translation>Missing documents: {docs}</translation>
    </message>
    <message>
        <source>Nomor dokumen: {n}</source>
        <translation>Document number: {n}</translation>
    </message>
    <message>
        <source>Diserahkan: {how}</source>
        <translation>Handed over: {how}</translation>
    </message>
    <message>
        <source>Alasan ditolak: {r}</source>
        <translation>Rejection reason: {r}</translation>
    </message>
    <message>
        <source>Permohonan ini diubah lebih dulu oleh petugas lain.</source>
        <translation>Another officer changed this request first.</translation>
    </message>
    <message>
        <source>{who} mengubah permohonan ini lebih dulu ({when}). Perubahan Anda belum disimpan dan tidak hilang.</source>
        <translation>{who} changed this request first ({when}). Your change is not saved yet and is not lost.</translation>
    </message>
    <message>
        <source>Terapkan perubahan saya</source>
        <translation>Apply my change</translation>
    </message>
    <message>
        <source>Tinjau dulu</source>
        <translation>Review first</translation>
    </message>
    <message>
        <source>Tinjau dulu: perubahan Anda tetap di formulir, belum disimpan; simpan setelah dicek.</source>
        <translation>Review first: your change stays in the form, not saved; save it once checked.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Berkas kurang</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Cara penyerahan</source>
        <translation>How handed over</translation>
    </message>
    <message>
        <source>Dari status {now} permohonan tidak dapat diubah menjadi {to}. Yang Anda ketik tetap tersimpan di jendela ini dan terisi lagi bila status itu dipilih nanti.</source>
        <translation>From status {now} the request cannot be changed to {to}. What you typed stays in this window and is filled in again when that status is chosen later.</translation>
    </message>
    <message>
        <source>Ubah status lagi</source>
        <translation>Change the status again</translation>
    </message>
    <message>
        <source>Jangan ubah</source>
        <translation>Don't change</translation>
    </message>
    <message>
        <source>Yang Anda ketik tetap tersimpan di jendela ini: tombol status yang sama mengisinya lagi.</source>
        <translation>What you typed stays in this window: the same status button fills it in again.</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tugaskan lagi</source>
        <translation>Assign again</translation>
    </message>
    <message>
        <source>Status menjadi {status}; balasannya sudah disalin. Tempel di WhatsApp pemohon.</source>
        <translation>Status is now {status}; its reply has been copied. Paste it into the applicant's WhatsApp chat.</translation>
    </message>
    <message>
        <source>Balasan disalin. Tempel di WhatsApp pemohon.</source>
        <translation>Reply copied. Paste it into the applicant's WhatsApp chat.</translation>
    </message>
    <message>
        <source>Sudah diubah orang lain</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Pesan pemohon</source>
        <translation>Applicant's message</translation>
    </message>
    <message>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Data yang diubah belum disimpan. Simpan dulu?</source>
        <translation>The changed data has not been saved. Save it first?</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Simpan ekspor</source>
        <translation>Save export</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Mengekspor… %Ln baris</source>
        <translation>
            <numerusform>Exporting… %Ln row</numerusform>
            <numerusform>Exporting… %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan diekspor ke {path}.</source>
        <translation>
            <numerusform>%Ln request exported to {path}.</numerusform>
            <numerusform>%Ln requests exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>Impor permohonan</source>
        <translation>Import requests</translation>
    </message>
    <message>
        <source>Berkas CSV atau Excel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>CSV or Excel files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <source>Menyimpan permohonan…</source>
        <translation>Saving requests…</translation>
    </message>
    <message>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Ditambahkan: %Ln permohonan</source>
        <translation>
            <numerusform>Added: %Ln request</numerusform>
            <numerusform>Added: %Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Sudah ada (dilewati): {n}</source>
        <translation>Already present (skipped): {n}</translation>
    </message>
    <message>
        <source>Baris tidak valid (tidak diimpor): {n}</source>
        <translation>Invalid rows (not imported): {n}</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga: {e}</source>
        <translation>Unexpected error: {e}</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Impor ditolak</source>
        <translation>Import refused</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <source>{n} dari 16 angka</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <source>{display} ({e164}) — telepon rumah/kantor, tidak bisa WhatsApp</source>
        <translation>{display} ({e164}) — landline, no WhatsApp</translation>
    </message>
    <message>
        <source>{display} ({e164}) — WhatsApp</source>
        <translation>{display} ({e164}) — WhatsApp</translation>
    </message>
    <message>
        <source>— pilih layanan —</source>
        <translation>— choose a service —</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ctrl+Enter: simpan · Esc: tutup</source>
        <translation>Ctrl+Enter: save · Esc: close</translation>
    </message>
    <message>
        <source>Enter atau Ctrl+Enter: simpan · Esc: tutup</source>
        <translation>Enter or Ctrl+Enter: save · Esc: close</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>nomor HP</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>layanan {name}</source>
        <translation>service {name}</translation>
    </message>
    <message>
        <source>waktu pesan</source>
        <translation>message time</translation>
    </message>
    <message>
        <source>layanan tidak terbaca — pilih layanannya</source>
        <translation>service not recognised — choose it</translation>
    </message>
    <message>
        <source>nomor WhatsApp pengirim belum ada — isi dari chat</source>
        <translation>the sender's WhatsApp number is missing — take it from the chat</translation>
    </message>
    <message>
        <source>Terisi: {fields}. Periksa sebelum menyimpan.</source>
        <translation>Filled in: {fields}. Check before saving.</translation>
    </message>
    <message>
        <source>Tidak ditemukan layanan, NIK, nomor KK, nomor HP atau nama.</source>
        <translation>No service, NIK, KK number, phone number or name found.</translation>
    </message>
    <message>
        <source>Pilih layanannya.</source>
        <translation>Choose the service.</translation>
    </message>
    <message>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Permohonan ganda?</source>
        <translation>Duplicate request?</translation>
    </message>
    <message>
        <source>NIK ini sudah memiliki permohonan {service} yang masih terbuka: {tickets}.

Tetap simpan sebagai permohonan baru?</source>
        <translation>This NIK already has an open {service} request: {tickets}.

Save it as a new request anyway?</translation>
    </message>
    <message>
        <source>Permohonan baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Layanan</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Diterima</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <translation>Time received</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>Nama sesuai KTP/KK</source>
        <translation>Name as on the KTP/KK</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>Keterangan NIK</source>
        <translation>NIK details</translation>
    </message>
    <message>
        <source>N&amp;omor KK</source>
        <translation>&amp;KK number</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>16 angka (boleh kosong)</source>
        <translation>16 digits (optional)</translation>
    </message>
    <message>
        <source>Keterangan nomor KK</source>
        <translation>KK number details</translation>
    </message>
    <message>
        <source>No. &amp;WhatsApp</source>
        <translation>&amp;WhatsApp no.</translation>
    </message>
    <message>
        <source>Nomor WhatsApp</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <source>Keterangan nomor WhatsApp</source>
        <translation>WhatsApp number details</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Ke&amp;terangan</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Isi permohonan singkat</source>
        <translation>Short description of the request</translation>
    </message>
    <message>
        <source>&amp;Referensi</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Nomor registrasi e-SIAK atau ID pesan WhatsApp</source>
        <translation>e-SIAK registration number or WhatsApp message ID</translation>
    </message>
    <message>
        <source>Tempel dari WhatsApp</source>
        <translation>Paste from WhatsApp</translation>
    </message>
    <message>
        <source>Tempel pesan pemohon di sini (Ctrl+Shift+V dari jendela utama); layanan, NIK, nomor KK, nomor HP, nama dan waktu pesan diisikan otomatis.</source>
        <translation>Paste the applicant's message here (Ctrl+Shift+V from the main window); the service, NIK, KK number, phone number, name and message time are filled in.</translation>
    </message>
    <message>
        <source>Pesan WhatsApp pemohon</source>
        <translation>Applicant's WhatsApp message</translation>
    </message>
    <message>
        <source>Contoh: Nama saya Sri Wahyuni, NIK 3216064507880003, mau ubah KK…</source>
        <translation>Example: Nama saya Sri Wahyuni, NIK 3216064507880003, mau ubah KK…</translation>
    </message>
    <message>
        <source>Isi dari &amp;pesan</source>
        <translation>&amp;Fill from message</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Tiket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>memuat…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Terlambat: jatuh tempo {day}</source>
        <translation>Overdue: due {day}</translation>
    </message>
    <message>
        <source>⚠ {day}</source>
        <translation>⚠ {day}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Antrean kerja</source>
        <translation>Work queues</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cari tiket, NIK, nomor KK, nomor HP atau nama</source>
        <translation>Search ticket, NIK, KK number, mobile number or name</translation>
    </message>
    <message>
        <source>Cari permohonan</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>Permohonan &amp;baru</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>Catat permohonan baru (Ctrl+N)</source>
        <translation>Record a new request (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Kosongkan pencarian dan semua saringan</source>
        <translation>Clear the search and all filters</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Saring menurut tanggal diterima</source>
        <translation>Filter by date received</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Daftar permohonan</source>
        <translation>Request list</translation>
    </message>
    <message>
        <source>baris jauh di bawah pada urutan ini sedang dimuat; urutkan menurut Diterima agar cepat</source>
        <translation>rows far down in this order are loading; sort by Received to make it fast</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Menunggu berkas</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Selesai hari ini</source>
        <translation>Completed today</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ketik paling sedikit 2 huruf untuk mencari nama.</source>
        <translation>Type at least 2 letters to search by name.</translation>
    </message>
    <message>
        <source>{n} permohonan terakhir dicatat dari lebih dari {m} yang cocok — perjelas nama atau tambah saringan.</source>
        <translation>The {n} most recently recorded of more than {m} matching requests — type more of the name or add a filter.</translation>
    </message>
    <message>
        <source>{n} permohonan terakhir dicatat dari {m} yang cocok — perjelas nama atau tambah saringan.</source>
        <translation>The {n} most recently recorded of {m} matching requests — type more of the name or add a filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan ditemukan di semua antrean · Esc: kembali ke {queue}</source>
        <translation>
            <numerusform>%Ln request found in all queues · Esc: back to {queue}</numerusform>
            <numerusform>%Ln requests found in all queues · Esc: back to {queue}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan saringan yang dipilih; tanpa saringan ada {n} permohonan. &lt;a href="unfilter"&gt;Cari tanpa saringan&lt;/a&gt;</source>
        <translation>Nothing matches the chosen filters; without them {n} requests match. &lt;a href="unfilter"&gt;Search without filters&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{ticket} tersimpan ({name}). Balasan tanda terima siap dikirim.</source>
        <translation>{ticket} saved ({name}). The acknowledgement is ready to send.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Setel ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name} ({username}), minimal {n} karakter. Kunci akun juga dibuka.</source>
        <translation>New password for {name} ({username}), at least {n} characters. The account is unlocked too.</translation>
    </message>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Peran {name} ({username}):</source>
        <translation>Role of {name} ({username}):</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ScanResolutionDialog</name>
    <message>
        <source>Resolusi pindaian</source>
        <translation>Scan resolution</translation>
    </message>
    <message>
        <source>Pindaian {0} ({1}, {2} × {3} piksel) tidak menyimpan resolusinya, jadi ukuran aslinya tidak diketahui. Pilih resolusi yang dipakai saat memindai:</source>
        <translation>The scan of {0} ({1}, {2} × {3} pixels) does not store its resolution, so its real size is unknown. Choose the resolution it was scanned at:</translation>
    </message>
    <message>
        <source>{0} dpi</source>
        <translation>{0} dpi</translation>
    </message>
    <message>
        <source>&amp;Resolusi</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>Ukuran cetak</source>
        <translation>Printed size</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} × {1} mm</source>
        <translation>{0} × {1} mm</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Kode layanan menjadi awalan nomor tiket (misalnya KK-261128-0007). Target dihitung dalam hari kerja; perubahan target berlaku untuk permohonan berikutnya.</source>
        <translation>The service code becomes the prefix of ticket numbers (e.g. KK-261128-0007). Targets are counted in working days; a changed target applies to later requests.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Target (hari kerja)</source>
        <translation>Target (working days)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daftar layanan</source>
        <translation>Service list</translation>
    </message>
    <message>
        <source>Layanan terpilih</source>
        <translation>Selected service</translation>
    </message>
    <message>
        <source>Kode layanan</source>
        <translation>Service code</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hari kerja</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Target waktu dalam hari kerja</source>
        <translation>Target time in working days</translation>
    </message>
    <message>
        <source>&amp;Aktif (dapat dipilih pada permohonan baru)</source>
        <translation>&amp;Active (can be chosen for new requests)</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>Layanan &amp;baru</source>
        <translation>&amp;New service</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Layanan {code} tersimpan.</source>
        <translation>Service {code} saved.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Belum tersimpan: periksa isian yang ditandai.</source>
        <translation>Not saved: check the marked fields.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan Loket Dukcapil</source>
        <translation>Loket Dukcapil setup</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Akun supervisor sudah dibuat, tetapi profil kantor belum tersimpan: {reason} Periksa halaman sebelumnya lalu tekan Selesai lagi.</source>
        <translation>The supervisor account was created, but the office profile was not saved: {reason} Check the previous page and press Finish again.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Ubah status {ticket}</source>
        <translation>Change the status of {ticket}</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Rejection reason</translation>
    </message>
    <message>
        <source>Berkas yang masih kurang</source>
        <translation>Documents still missing</translation>
    </message>
    <message>
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <source>pisahkan dengan koma bila lebih dari satu</source>
        <translation>separate with commas if more than one</translation>
    </message>
    <message>
        <source>Nomor dokumen terbit</source>
        <translation>Number of the issued document</translation>
    </message>
    <message>
        <source>Cara penyerahan</source>
        <translation>How handed over</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>hanya untuk riwayat, tidak dikirim ke pemohon</source>
        <translation>for the history only, not sent to the applicant</translation>
    </message>
    <message>
        <source>&amp;Berkas kurang</source>
        <translation>&amp;Missing documents</translation>
    </message>
    <message>
        <source>Berkas &amp;lain</source>
        <translation>&amp;Other documents</translation>
    </message>
    <message>
        <source>(tanpa dokumen untuk diserahkan)</source>
        <translation>(no document to hand over)</translation>
    </message>
    <message>
        <source>Cara &amp;penyerahan</source>
        <translation>&amp;Handed over by</translation>
    </message>
    <message>
        <source>&amp;Catatan internal</source>
        <translation>Internal &amp;note</translation>
    </message>
    <message>
        <source>Ubah status &amp;&amp; salin balasan</source>
        <translation>Change status &amp;&amp; copy reply</translation>
    </message>
    <message>
        <source>Centang atau tulis berkas yang masih kurang.</source>
        <translation>Tick or type the documents still missing.</translation>
    </message>
    <message>
        <source>&amp;Alasan (wajib)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>Nomor &amp;dokumen</source>
        <translation>&amp;Document number</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Permohonan {ticket} dibuka kembali menjadi {status}. Tuliskan alasannya di catatan (tercatat di riwayat dan log audit).</source>
        <translation>Request {ticket} is reopened as {status}. Write the reason in the note (it goes into the history and the audit log).</translation>
    </message>
    <message>
        <source>Permohonan {ticket} menjadi {status}: pemohon diminta melengkapi berkas. Centang berkas yang masih kurang (Spasi) atau tulis yang lain; daftarnya masuk ke balasan WhatsApp.</source>
        <translation>Request {ticket} becomes {status}: the applicant is asked for documents. Tick the missing ones (Space) or type others; the list goes into the WhatsApp reply.</translation>
    </message>
    <message>
        <source>Permohonan {ticket} menjadi {status}. Catat nomor dokumen yang terbit dan cara penyerahannya; keduanya masuk ke balasan untuk pemohon.</source>
        <translation>Request {ticket} becomes {status}. Record the number of the document issued and how it was handed over; both go into the reply to the applicant.</translation>
    </message>
    <message>
        <source>Permohonan {ticket} menjadi {status}. Alasan penolakan dikirim ke pemohon dalam balasan; tulis dengan jelas apa yang perlu dilengkapi.</source>
        <translation>Request {ticket} becomes {status}. The reason is sent to the applicant in the reply; say clearly what has to be completed.</translation>
    </message>
    <message>
        <source>Status permohonan {ticket} menjadi {status}.</source>
        <translation>Request {ticket} becomes {status}.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A rejection reason is required.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor pertama</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <source>Supervisor mengelola pengguna dan pengaturan. Akun petugas dibuat kemudian di Pengaturan › Pengguna.</source>
        <translation>The supervisor manages users and settings. Officer accounts are created later in Settings › Users.</translation>
    </message>
    <message>
        <source>misalnya kasi.pelayanan</source>
        <translation>e.g. kasi.pelayanan</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Status permohonan</source>
        <translation>Request status</translation>
    </message>
    <message>
        <source>Isi &amp;templat</source>
        <translation>Template &amp;text</translation>
    </message>
    <message>
        <source>Isi templat WhatsApp</source>
        <translation>WhatsApp template text</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pratinjau pesan</source>
        <translation>Message preview</translation>
    </message>
    <message>
        <source>&amp;Simpan templat</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>Isian yang tersedia (klik dua kali untuk menyisipkan):</source>
        <translation>Available placeholders (double-click to insert):</translation>
    </message>
    <message>
        <source>Isian yang tersedia</source>
        <translation>Available placeholders</translation>
    </message>
    <message>
        <source>Templat WhatsApp</source>
        <translation>WhatsApp templates</translation>
    </message>
    <message>
        <source>Templat {status}</source>
        <translation>{status} template</translation>
    </message>
    <message>
        <source>Templat {status} tersimpan.</source>
        <translation>{status} template saved.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Setel ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Ubah NIP…</source>
        <translation>Change NIP…</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source> (terkunci sementara)</source>
        <translation> (temporarily locked)</translation>
    </message>
    <message>
        <source> — DIUBAH DI LUAR APLIKASI, login ditolak</source>
        <translation> — CHANGED OUTSIDE THE APP, login refused</translation>
    </message>
    <message>
        <source>Baris akun ini tidak cocok dengan segelnya. Periksa log audit, lalu atur ulang peran, status atau kata sandinya di sini: akun disegel lagi.</source>
        <translation>This account's row does not match its seal. Check the audit log, then set its role, status or password again here: the account is sealed again.</translation>
    </message>
    <message>
        <source>Pengguna {username} dibuat.</source>
        <translation>User {username} created.</translation>
    </message>
    <message>
        <source>Kata sandi {username} disetel ulang.</source>
        <translation>Password of {username} reset.</translation>
    </message>
    <message>
        <source>Peran {username} diubah.</source>
        <translation>Role of {username} changed.</translation>
    </message>
    <message>
        <source>NIP {username} disimpan.</source>
        <translation>NIP of {username} saved.</translation>
    </message>
    <message>
        <source>NIP {username} dikosongkan.</source>
        <translation>NIP of {username} cleared.</translation>
    </message>
    <message>
        <source>Nonaktifkan pengguna</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Nonaktifkan {name} ({username})? Ia tidak dapat masuk lagi, dan tindakan berikutnya di komputer yang sedang ia pakai ditolak. Akun dapat diaktifkan kembali kapan saja.</source>
        <translation>Disable {name} ({username})? They can no longer sign in, and their next action on a PC they are using now is refused. The account can be enabled again at any time.</translation>
    </message>
    <message>
        <source>{username} diaktifkan.</source>
        <translation>{username} enabled.</translation>
    </message>
    <message>
        <source>{username} dinonaktifkan.</source>
        <translation>{username} disabled.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verifikasi legalisir</source>
        <translation>Legalization verification</translation>
    </message>
    <message>
        <source>Pindai kode QR pada lembar legalisir dengan pemindai (atau tempel isinya) lalu tekan Enter. Kode skema lama (mis. K7QX-M2PA-9D) dapat diketik.</source>
        <translation>Scan the QR code on the legalized sheet with the scanner (or paste its content) and press Enter. Codes of the older scheme (e.g. K7QX-M2PA-9D) can be typed.</translation>
    </message>
    <message>
        <source>Kode QR atau kode verifikasi</source>
        <translation>QR code or verification code</translation>
    </message>
    <message>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Menunggu pindaian…</source>
        <translation>Waiting for a scan…</translation>
    </message>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Jumlah salinan</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Dipindai: {0}</source>
        <translation>Scanned: {0}</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>DICABUT</source>
        <translation>REVOKED</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>Skema lama (kode HMAC)</source>
        <translation>Older scheme (HMAC code)</translation>
    </message>
    <message>
        <source>Kunci kantor {0}</source>
        <translation>Office key {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} No. {1} — %n lembar</source>
        <translation>
            <numerusform>{0} No. {1} — %n sheet</numerusform>
            <numerusform>{0} No. {1} — %n sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin belum selesai. Rinciannya dicatat di {log}.</source>
        <translation>An unexpected error occurred. The app keeps running, but the last action may not have finished. The details were written to {log}.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dipakai: {reason}. Tindakan terakhir tidak selesai.</source>
        <translation>The file {name} cannot be used: {reason}. The last action did not finish.</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Tidak dapat diselesaikan</source>
        <translation>Could not be completed</translation>
    </message>
    <message>
        <source>Izin berkas diperketat: {n} berkas dan folder data kini hanya dapat dibuka oleh akun komputer ini.</source>
        <translation>File permissions tightened: {n} data files and folders can now be opened only by this computer account.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Basis data siap</source>
        <translation>Database ready</translation>
    </message>
    <message>
        <source>Kunci audit tidak ada</source>
        <translation>Audit key missing</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{what} berisi isian yang belum disimpan.</source>
        <translation>{what} has entries that are not saved.</translation>
    </message>
    <message>
        <source>Jika ditutup sekarang, isian itu hilang. Tutup dan buang isian?</source>
        <translation>If it is closed now, they are lost. Close and discard them?</translation>
    </message>
    <message>
        <source>&amp;Buang isian</source>
        <translation>&amp;Discard entries</translation>
    </message>
    <message>
        <source>&amp;Jangan tutup</source>
        <translation>&amp;Keep open</translation>
    </message>
    <message>
        <source>Jendela ini</source>
        <translation>This window</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{doing} gagal: </source>
        <translation>{doing} failed: </translation>
    </message>
    <message>
        <source>Basis data tidak dapat dipakai saat ini (sedang dipakai komputer lain atau sambungan terputus). Tidak ada yang disimpan; coba lagi sebentar lagi.</source>
        <translation>The database cannot be used right now (busy on another PC, or the connection dropped). Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga; tidak ada yang disimpan. Rinciannya dicatat di {log}.</source>
        <translation>Something unexpected went wrong; nothing was saved. The details are in {log}.</translation>
    </message>
    <message>
        <source>"{path}" sudah ada dan menghalangi: pindahkan atau ganti nama berkas itu, lalu coba lagi.</source>
        <translation>"{path}" already exists and is in the way: move or rename it, then try again.</translation>
    </message>
    <message>
        <source>Tidak ada izin untuk menulis "{path}". Pilih folder lain (misalnya Dokumen), atau minta petugas TI memberi izin.</source>
        <translation>No permission to write "{path}". Choose another folder (Documents, for example), or ask the IT staff for permission.</translation>
    </message>
    <message>
        <source>"{path}" adalah folder, bukan berkas: pilih nama berkas.</source>
        <translation>"{path}" is a folder, not a file: choose a file name.</translation>
    </message>
    <message>
        <source>Sebagian dari "{path}" adalah berkas, bukan folder: pilih folder lain.</source>
        <translation>Part of "{path}" is a file, not a folder: choose another folder.</translation>
    </message>
    <message>
        <source>Folder atau berkas "{path}" tidak ditemukan (mungkin flashdisk dicabut atau folder dipindahkan).</source>
        <translation>The folder or file "{path}" was not found (a USB stick removed, or the folder moved?).</translation>
    </message>
    <message>
        <source>"{path}" ada di media yang hanya dapat dibaca: pilih folder lain.</source>
        <translation>"{path}" is on read-only media: choose another folder.</translation>
    </message>
    <message>
        <source>Nama berkas "{name}" tidak dapat dipakai (terlalu panjang atau memuat tanda yang tidak boleh): pakai nama yang lebih pendek tanpa tanda / \ : * ? " &lt; &gt; |.</source>
        <translation>The file name "{name}" cannot be used (too long, or it holds characters that are not allowed): use a shorter name without / \ : * ? " &lt; &gt; |.</translation>
    </message>
    <message>
        <source>"{path}" tidak dapat ditulis: {reason}.</source>
        <translation>"{path}" cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: {reason}.</source>
        <translation>The file cannot be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>PDF tidak dapat dibaca</source>
        <translation>The PDF cannot be read</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{0} hal. {1}</source>
        <translation>{0} p. {1}</translation>
    </message>
</context>
<context>
    <name>replies</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Periksa isian</source>
        <translation>Check the form</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
