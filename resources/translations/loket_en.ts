<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>core</name>
    <message>
        <source>Peran Anda ({role}) tidak berwenang untuk tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entri terakhir (nomor {id}) telah dihapus atau diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penanda akhir rantai audit hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entri sebelumnya telah dihapus, disisipkan atau diubah urutannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isi entri telah diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat basis data tidak dapat dibaca: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis basis data pada alamat {url} tidak didukung atau pustakanya belum terpasang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat membuka basis data {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sex}, lahir {born} — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbit {issued} — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah {code} pada {label} tidak dikenal (kabupaten/kota {regency} tidak ada di tabel, mungkin wilayah hasil pemekaran); periksa dengan dokumen aslinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kode wilayah {code} tidak dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada NIK tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK tidak valid ({shown}); tanggal harus 01–31, atau 41–71 untuk perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut pada NIK tidak boleh 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode provinsi {code} pada Nomor KK tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal terbit pada Nomor KK tidak valid ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut pada Nomor KK tidak boleh 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIP tidak valid ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT pengangkatan pada NIP tidak valid ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode jenis kelamin pada NIP harus 1 atau 2, tertulis {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus {length} digit, tertulis {count} digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak dikenal di {regency} (mungkin wilayah hasil pemekaran); periksa dengan dokumen aslinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK tidak valid ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP tidak valid: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor {number} bukan nomor HP, tidak bisa dihubungi lewat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi Loket Dukcapil yang lebih baru (skema {rev}). Pasang versi terbaru aplikasi; basis data tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemeriksaan kunci asing gagal setelah pembaruan skema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas legalisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terlalu pendek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu kunci layar harus antara 1 dan 240 menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama hari libur terlalu panjang (maksimal 120 karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten/kota wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kabupaten/kota harus 4 digit, misalnya 3216.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat situs web tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat e-mail tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pejabat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlalu panjang (maksimal {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor WhatsApp harus nomor seluler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap terlalu panjang (maksimal 120 karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat menurunkan peran akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah ada pengguna; supervisor pertama hanya dibuat sekali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Akun dikunci selama {minutes} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket Dukcapil: layanan administrasi kependudukan di meja depan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMA_PENGGUNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bertindak sebagai pengguna ini (kata sandi dari LOKET_PASSWORD atau stdin); tanpa opsi ini perintah berjalan sebagai akun sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder data tidak dapat ditulis: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga ({kind}). Rinciannya dicatat di {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data siap: {where} (skema {rev}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log audit RUSAK pada entri nomor {id}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buka aplikasi desktop (bawaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buat atau perbarui basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buat akun supervisor pertama dengan nama pengguna ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nama lengkap supervisor pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periksa keutuhan rantai log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi untuk {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor {user} dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log audit utuh: {n} entri diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun sudah ada; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: kesalahan: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pemakaian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampilkan versi lalu keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampilkan bantuan ini lalu keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opsi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argumen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legalisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name />
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin belum selesai. Rinciannya dicatat di {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periksa isian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rincian</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Semua tindakan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masuk / gagal masuk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permohonan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legalisir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Penolakan wewenang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setiap perubahan dan setiap penolakan wewenang tercatat di sini dan tidak dapat diubah. Entri terbaru di atas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih jenis tindakan, atau ketik awalan kode tindakan (misalnya user.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sistem / baris perintah</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tindakan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengguna:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menampilkan {shown} dari {total} entri.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memeriksa rantai audit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log audit utuh: {n} entri diperiksa, tidak ada yang diubah.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log audit TIDAK utuh: entri nomor {id}: {reason}. Laporkan kepada pengelola TI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pemeriksaan gagal: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimal 8 karakter. Jangan memakai kata sandi akun lain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingSoonPanel</name>
    <message>
        <source>Halaman {title} sedang disiapkan dan akan tersedia pada pembaruan berikutnya.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source> menit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kunci layar setelah tidak aktif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bahasa tampilan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waktu kunci layar berlaku untuk semua komputer loket. Bahasa tampilan hanya untuk komputer ini dan berlaku setelah aplikasi dibuka ulang.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengaturan tersimpan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>misalnya Hari Kemerdekaan RI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keterangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tandai sebagai hari libur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sabtu dan Minggu selalu dihitung libur. Hari libur menunda tenggat permohonan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hapus hari libur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hari libur tahun {year}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layar dikunci karena tidak ada aktivitas. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keluar akun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buka kunci</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Loket Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loket Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masuk dengan akun Anda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Akun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Halaman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tentang Loket Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lokasi log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis data: {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi telah diganti.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tentang Loket Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Loket Dukcapil&lt;/b&gt; versi {version}&lt;br&gt;Pencatatan permohonan daring, legalisir dokumen TNI/Polri, dan ringkasan harian untuk Disdukcapil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokasi log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catatan aplikasi (log) disimpan di:
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buka folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>huruf kecil, misalnya budi.s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kata sandi awal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berikan kata sandi awal kepada pengguna; ia dapat menggantinya di menu Akun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buat pengguna</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Profil kantor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data ini dicetak pada kop laporan harian dan lembar legalisir.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>&amp;Nama kantor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kabupaten/kota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kabupaten Bekasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kode &amp;wilayah</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kota &amp;penandatanganan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cikarang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jl. ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Telepon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>021-...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0812-...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Situs web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disdukcapil.bekasikab.go.id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disdukcapil@bekasikab.go.id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 digit, misalnya 3216 untuk Kabupaten Bekasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kode harus 4 digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kode {code} tidak ada di daftar wilayah.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih logo kantor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 1 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hapus logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 1 MB.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Simpan profil kantor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum tersimpan: periksa isian yang ditandai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profil kantor tersimpan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>Ubah pejabat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tambah pejabat penandatangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misalnya Kepala Bidang Pelayanan Pendaftaran Penduduk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misalnya Pembina (IV/a)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pangkat/golongan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP 18 digit; spasi boleh diketik.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficialsTab</name>
    <message>
        <source>Pejabat yang namanya dicetak pada blok pengesahan legalisir. Pejabat yang dinonaktifkan tidak dapat dipilih lagi, tetapi cetakan lama tetap memuatnya.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pangkat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tambah pejabat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ubah…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktifkan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Setel ulang kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi baru untuk {name} ({username}). Kunci akun juga dibuka.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Ubah peran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peran {name} ({username}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profil kantor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pejabat penandatangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hari libur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Umum</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan Loket Dukcapil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Akun supervisor sudah dibuat, tetapi profil kantor belum tersimpan: {reason} Periksa halaman sebelumnya lalu tekan Selesai lagi.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor pertama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor mengelola pengguna dan pengaturan. Akun petugas dibuat kemudian di Pengaturan › Pengguna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misalnya kasi.pelayanan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setel ulang kata sandi…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (terkunci sementara)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktifkan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
