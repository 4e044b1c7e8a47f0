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
</TS>
