<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>core</name>
    <message>
        <source>Peran Anda ({role}) tidak berwenang untuk tindakan ini.</source>
        <translation>Your role ({role}) is not allowed to do this.</translation>
    </message>
    <message>
        <source>entri terakhir (nomor {id}) telah dihapus atau diubah</source>
        <translation>the last entry (number {id}) was deleted or changed</translation>
    </message>
    <message>
        <source>penanda akhir rantai audit hilang</source>
        <translation>the end marker of the audit chain is missing</translation>
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
        <source>{sex}, lahir {born} — {place}</source>
        <translation>{sex}, born {born} — {place}</translation>
    </message>
    <message>
        <source>Terbit {issued} — {place}</source>
        <translation>Issued {issued} — {place}</translation>
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
        <source>Basis data ini dibuat oleh versi Loket Dukcapil yang lebih baru (skema {rev}). Pasang versi terbaru aplikasi; basis data tidak diubah.</source>
        <translation>This database was made by a newer version of Loket Dukcapil (schema {rev}). Install the latest version of the app; the database was not changed.</translation>
    </message>
    <message>
        <source>Pemeriksaan kunci asing gagal setelah pembaruan skema.</source>
        <translation>The foreign key check failed after the schema upgrade.</translation>
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
        <source>terlalu pendek</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>Waktu kunci layar harus antara 1 dan 240 menit.</source>
        <translation>The screen lock time must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>Nama hari libur terlalu panjang (maksimal 120 karakter).</source>
        <translation>The holiday name is too long (at most 120 characters).</translation>
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
        <source>Logo terlalu besar (maksimal 1 MB).</source>
        <translation>The logo is too large (at most 1 MB).</translation>
    </message>
    <message>
        <source>Nomor WhatsApp harus nomor seluler.</source>
        <translation>The WhatsApp number must be a mobile number.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
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
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation>The user name {username} is taken.</translation>
    </message>
    <message>
        <source>tidak valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi supervisor.</source>
        <translation>This account is disabled. Contact your supervisor.</translation>
    </message>
    <message>
        <source>Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.</source>
        <translation>The account is locked after too many failed attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>salah</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Akun dikunci selama {minutes} menit.</source>
        <translation>Too many failed attempts. The account is locked for {minutes} minutes.</translation>
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
        <source>Folder data tidak dapat ditulis: {reason}</source>
        <translation>The data folder cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga ({kind}). Rinciannya dicatat di {log}.</source>
        <translation>An unexpected error occurred ({kind}). The details were written to {log}.</translation>
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
        <source>log audit</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>periksa keutuhan rantai log audit</source>
        <translation>check the integrity of the audit log chain</translation>
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
        <source>Akun sudah ada; tidak ada yang diubah.</source>
        <translation>Accounts exist already; nothing was changed.</translation>
    </message>
    <message>
        <source>{prog}: kesalahan: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>pemakaian:</source>
        <translation>usage:</translation>
    </message>
    <message>
        <source>tampilkan versi lalu keluar</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>Kata sandi {user}: </source>
        <translation>Password of {user}: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>tampilkan bantuan ini lalu keluar</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>opsi:</source>
        <translation>options:</translation>
    </message>
    <message>
        <source>argumen:</source>
        <translation>arguments:</translation>
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
    <message>
        <source>Menampilkan {shown} dari {total} entri.</source>
        <translation>Showing {shown} of {total} entries.</translation>
    </message>
    <message>
        <source>Memeriksa rantai audit…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>Log audit utuh: {n} entri diperiksa, tidak ada yang diubah.</source>
        <translation>The audit log is intact: {n} entries checked, none altered.</translation>
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
    <name>ComingSoonPanel</name>
    <message>
        <source>Halaman {title} sedang disiapkan dan akan tersedia pada pembaruan berikutnya.</source>
        <translation>The {title} page is being prepared and will come with the next update.</translation>
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
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Kunci layar setelah tidak aktif</source>
        <translation>&amp;Lock the screen after inactivity of</translation>
    </message>
    <message>
        <source>&amp;Bahasa tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>Waktu kunci layar berlaku untuk semua komputer loket. Bahasa tampilan hanya untuk komputer ini dan berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The screen lock time applies to every counter PC. The display language applies to this PC only, after the app is restarted.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
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
        <source>Hari libur tahun {year}</source>
        <translation>Holidays in {year}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak ada aktivitas. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>The screen was locked after a period of inactivity. Enter the password of {name} to continue.</translation>
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
        <source>Buka kunci</source>
        <translation>Unlock</translation>
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
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Akun</source>
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
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
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
        <source>Kata sandi telah diganti.</source>
        <translation>The password was changed.</translation>
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
        <source>Berikan kata sandi awal kepada pengguna; ia dapat menggantinya di menu Akun.</source>
        <translation>Give the initial password to the user; they can change it in the Account menu.</translation>
    </message>
    <message>
        <source>Buat pengguna</source>
        <translation>Create user</translation>
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
        <source>Kode &amp;wilayah</source>
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
        <source>Belum tersimpan: periksa isian yang ditandai.</source>
        <translation>Not saved: check the marked fields.</translation>
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
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
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
        <source>Kata sandi baru untuk {name} ({username}). Kunci akun juga dibuka.</source>
        <translation>New password for {name} ({username}). A lock-out is lifted too.</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Pejabat penandatangan</source>
        <translation>Signing officials</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
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
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin belum selesai. Rinciannya dicatat di {log}.</source>
        <translation>An unexpected error occurred. The app keeps running, but the last action may not have finished. The details were written to {log}.</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
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
</context>
</TS>
