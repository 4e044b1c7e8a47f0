/* The verifier of the published page: docs/legalisir-qr.md, in ES5 for old phone browsers.
   Reads the payload from location.hash or the text box, checks its ECDSA P-256 signature with
   WebCrypto against the office keys embedded in the page, then the page's revocation list. */
(function () {
  "use strict";
  var started = (window.performance && performance.now) ? performance.now() : 0;
  var DATA = JSON.parse(document.getElementById("loket-data").textContent);
  var LIST = JSON.parse(DATA.list);
  var ALPHABET = " ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_";
  var TAIL_BYTES = { 3: 1, 5: 2, 8: 3, 10: 4, 13: 5, 15: 6 };
  var TYPES = { 1: "Kartu Keluarga", 2: "Akta Kelahiran", 3: "Akta Perkawinan",
    4: "Akta Perceraian", 5: "Akta Kematian", 6: "Kartu Identitas Anak", 7: "KTP Elektronik",
    8: "Surat Keterangan Pindah", 9: "Akta Pengakuan Anak", 10: "Akta Pengesahan Anak",
    11: "Catatan Pinggir Perubahan Nama" };
  var MASKED_TYPES = { 1: true, 6: true };
  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember"];
  var ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

  function Malformed(why) { this.why = why; }

  function el(id) { return document.getElementById(id); }

  function longDate(iso) {
    var p = iso.split("-");
    return parseInt(p[2], 10) + " " + MONTHS[parseInt(p[1], 10) - 1] + " " + p[0];
  }

  /* 17 decimal digits -> 7 bytes without BigInt: the value is kept as hi * 1e9 + lo. */
  function groupBytes(chunk, n) {
    var hi = chunk.length > 9 ? parseInt(chunk.slice(0, chunk.length - 9), 10) : 0;
    var lo = parseInt(chunk.slice(-9), 10);
    var out = [];
    for (var i = 0; i < n; i++) {
      var r = hi % 256;
      hi = (hi - r) / 256;
      var low = r * 1e9 + lo;
      var b = low % 256;
      lo = (low - b) / 256;
      out.unshift(b);
    }
    if (hi !== 0 || lo !== 0) { throw new Malformed("kelompok angka terlalu besar"); }
    return out;
  }

  function fromDigits(text) {
    if (!/^[0-9]+$/.test(text) || text.length > 2000) { throw new Malformed("bukan deretan angka"); }
    var rest = text.length % 17;
    if (rest && !TAIL_BYTES[rest]) { throw new Malformed("jumlah angka tidak sesuai"); }
    var bytes = [];
    for (var i = 0; i < text.length; i += 17) {
      var chunk = text.slice(i, i + 17);
      bytes = bytes.concat(groupBytes(chunk, chunk.length === 17 ? 7 : TAIL_BYTES[chunk.length]));
    }
    return new Uint8Array(bytes);
  }

  function utf8(bytes) {
    if (window.TextDecoder) { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); }
    var s = "";
    for (var i = 0; i < bytes.length; i++) { s += "%" + ("0" + bytes[i].toString(16)).slice(-2); }
    return decodeURIComponent(s);
  }

  function Reader(bytes) { this.b = bytes; this.p = 0; }
  Reader.prototype.byte = function () {
    if (this.p >= this.b.length) { throw new Malformed("kode terpotong"); }
    return this.b[this.p++];
  };
  Reader.prototype.take = function (n) {
    if (this.p + n > this.b.length) { throw new Malformed("kode terpotong"); }
    this.p += n;
    return this.b.subarray(this.p - n, this.p);
  };
  Reader.prototype.uvarint = function () {
    var value = 0, mul = 1;
    for (var i = 0; i < 5; i++) {
      var b = this.byte();
      value += (b & 0x7f) * mul;
      if (!(b & 0x80)) { return value; }
      mul *= 128;
    }
    throw new Malformed("angka terlalu panjang");
  };
  Reader.prototype.text = function () {
    var header = this.uvarint();
    var length = Math.floor(header / 4), shortened = (header & 2) !== 0, packed = (header & 1) !== 0;
    if (!packed) {
      try { return { value: utf8(this.take(length)), shortened: shortened }; }
      catch (e) { if (e instanceof Malformed) { throw e; } throw new Malformed("teks bukan UTF-8"); }
    }
    var raw = this.take(Math.ceil(6 * length / 8)), chars = "", acc = 0, bits = 0, j = 0;
    for (var i = 0; i < length; i++) {
      while (bits < 6) { acc = ((acc & 0xff) << 8) | raw[j++]; bits += 8; }
      chars += ALPHABET.charAt((acc >> (bits - 6)) & 0x3f);
      bits -= 6;
    }
    return { value: chars, shortened: shortened };
  };

  function parse(bytes) {
    var r = new Reader(bytes);
    var version = r.byte();
    if (version !== 1) { throw new Malformed("versi " + version + " tidak dikenal"); }
    var p = { keyId: r.byte() };
    var days = r.take(2);
    var d = new Date(Date.UTC(2000, 0, 1) + (days[0] * 256 + days[1]) * 86400000);
    p.date = d.toISOString().slice(0, 10);
    p.year = d.getUTCFullYear();
    p.month = d.getUTCMonth() + 1;
    p.day = d.getUTCDate();
    p.seq = r.uvarint();
    p.format = r.byte();
    p.name = r.text();
    var nik = r.take(5), n = 0;
    for (var i = 0; i < 5; i++) { n = n * 256 + nik[i]; }
    var ns = String(n);
    if (ns.length > 10) { throw new Malformed("NIK"); }
    ns = ("0000000000" + ns).slice(-10);
    p.nik = ns.slice(0, 6) + "******" + ns.slice(6);
    p.total = r.byte();
    var count = r.byte();
    if (count < 1 || count > p.total) { throw new Malformed("jumlah dokumen"); }
    p.docs = [];
    for (var k = 0; k < count; k++) {
      var doc = { position: r.byte(), type: r.byte() };
      doc.label = doc.type === 0 ? r.text() : { value: TYPES[doc.type] || ("Jenis " + doc.type), shortened: false };
      doc.number = r.text();
      doc.copies = r.byte();
      p.docs.push(doc);
    }
    p.message = bytes.subarray(0, r.p);
    p.signature = r.take(64);
    if (r.p !== bytes.length) { throw new Malformed("ada sisa setelah tanda tangan"); }
    return p;
  }

  function b64(text) {
    var bin = atob(text), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }

  function findKey(id) {
    for (var i = 0; i < LIST.keys.length; i++) { if (LIST.keys[i].id === id) { return LIST.keys[i]; } }
    return null;
  }

  function findRevoked(year, seq) {
    for (var i = 0; i < LIST.revoked_entries.length; i++) {
      var e = LIST.revoked_entries[i];
      if (e.year === year && e.seq === seq) { return e; }
    }
    return null;
  }

  function pad(value, width, zero) {
    var s = String(value);
    while (s.length < width) { s = (zero ? "0" : " ") + s; }
    return s;
  }

  function registerNo(p) {
    var tokens = LIST.formats[p.format];
    if (!tokens) { return "urut " + p.seq + " tahun " + p.year; }
    var values = { seq: p.seq, year: p.year, month: p.month, month_roman: ROMAN[p.month - 1], day: p.day };
    var out = "";
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      out += typeof t === "string" ? t : pad(values[t.f], t.w || 0, t.z);
    }
    return out;
  }

  function maskNumber(number) {
    var digits = number.replace(/[\s.\-\u00a0]/g, "");
    var len = digits.length, head = Math.min(6, Math.floor(len * 3 / 8)), tail = Math.min(4, Math.floor(len / 4));
    var stars = "";
    for (var i = 0; i < len - head - tail; i++) { stars += "*"; }
    return digits.slice(0, head) + stars + digits.slice(len - tail);
  }

  function shown(text, keepEnd) {
    if (!text.shortened) { return text.value; }
    return keepEnd ? "\u2026" + text.value : text.value + "\u2026";
  }

  function row(table, label, value) {
    var tr = document.createElement("tr"), th = document.createElement("th"), td = document.createElement("td");
    th.textContent = label;
    td.textContent = value;
    tr.appendChild(th);
    tr.appendChild(td);
    table.appendChild(tr);
  }

  function show(status, title, reason, p) {
    var v = el("verdict");
    v.className = status;
    v.setAttribute("data-status", status);
    v.setAttribute("data-reason", reason.code || "");
    var now = (window.performance && performance.now) ? performance.now() : 0;
    v.setAttribute("data-ms", String(Math.round(now - started)));  // this script's own work
    v.setAttribute("data-since-open", String(Math.round(now)));  // since the page was opened
    v.textContent = title;
    el("reason").textContent = reason.text || "";
    var table = el("signed");
    while (table.firstChild) { table.removeChild(table.firstChild); }
    table.hidden = !p;
    el("compare").hidden = !p;
    if (!p) { return; }
    row(table, "Nomor register", registerNo(p));
    row(table, "Tanggal legalisir", longDate(p.date));
    row(table, "Nama pemohon", shown(p.name, false));
    row(table, "NIK", p.nik);
    for (var i = 0; i < p.docs.length; i++) {
      var d = p.docs[i];
      var number = MASKED_TYPES[d.type] && !d.number.shortened ? maskNumber(d.number.value) : shown(d.number, true);
      row(table, "Dokumen " + d.position + " dari " + p.total,
          shown(d.label, false) + " No. " + number + " (" + d.copies + " salinan)");
    }
    var key = findKey(p.keyId);
    row(table, "Kunci penandatangan", pad(p.keyId.toString(16).toUpperCase(), 2, true) +
        (key ? " (sidik jari " + key.fingerprint + ")" : ""));
    if (p.name.shortened || p.docs.some(function (x) { return x.number.shortened || x.label.shortened; })) {
      row(table, "Catatan", "Tanda \u2026 : teks panjang hanya sebagian yang muat di kode QR; bagian itu tetap harus sama dengan kertas.");
    }
  }

  // What a code says is shown only when the office's key signed it (a revoked key did, once):
  // a changed or stranger's code must not offer its text for comparing with the paper.
  function invalid(code, text, p) {
    show("tidak-sah", "TIDAK SAH", { code: code, text: text }, code === "revoked_key" ? p : null);
  }

  function check(input) {
    var text = String(input || "").replace(/^\s+|\s+$/g, "");
    if (text.indexOf("#") >= 0) { text = text.slice(text.lastIndexOf("#") + 1); }
    try { text = decodeURIComponent(text); } catch (e) { /* keep as typed */ }
    text = text.replace(/\s+/g, "");
    if (!text) { return; }
    var p;
    try { p = parse(fromDigits(text)); }
    catch (e) {
      if (!(e instanceof Malformed)) { throw e; }
      invalid("malformed", "Kode tidak terbaca: bukan kode legalisir, terpotong, atau rusak (" + e.why + ").", null);
      return;
    }
    var key = findKey(p.keyId);
    if (!key) {
      invalid("unknown_key", "Ditandatangani kunci " + pad(p.keyId.toString(16).toUpperCase(), 2, true) + " yang bukan kunci kantor ini.", p);
      return;
    }
    if (!window.crypto || !crypto.subtle) {
      invalid("no_crypto", "Peramban ini tidak dapat memeriksa tanda tangan (buka halaman lewat https:// dengan peramban yang lebih baru).", p);
      return;
    }
    crypto.subtle.importKey("spki", b64(key.spki), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"])
      .then(function (k) {
        return crypto.subtle.verify({ name: "ECDSA", hash: { name: "SHA-256" } }, k, p.signature, p.message);
      })
      .then(function (ok) {
        if (!ok) { invalid("bad_signature", "Tanda tangan tidak cocok: isi kode telah diubah.", p); return; }
        if (key.revoked) {
          invalid("revoked_key", "Kunci penandatangan telah dicabut pada " + longDate(key.revoked.date) + " (" + key.revoked.reason + ").", p);
          return;
        }
        var gone = findRevoked(p.year, p.seq);
        if (gone) {
          show("dicabut", "DICABUT", { code: "revoked", text: "Legalisir ini dicabut pada " + longDate(gone.date) + " (" + gone.reason + ")." }, p);
          return;
        }
        show("sah", "SAH", { code: "", text: "Ditandatangani kunci resmi " + LIST.office.name + "." }, p);
      })
      ["catch"](function () { invalid("bad_key", "Kunci atau tanda tangan tidak dapat dibaca.", p); });
  }

  el("office").textContent = [LIST.office.name, LIST.office.regency].filter(Boolean).join(" \u2014 ");
  el("listinfo").textContent = "Daftar kunci dan pencabutan per " + longDate(LIST.generated_on || LIST.generated_at.slice(0, 10)) +
    " (" + LIST.revoked_entries.length + " legalisir dicabut). Halaman yang lebih baru di alamat resmi kantor memuat daftar terkini.";
  el("foot").textContent = [LIST.office.name, LIST.office.website, LIST.office.phone].filter(Boolean).join(" \u00b7 ");
  el("check").onclick = function () { check(el("code").value); };
  window.onhashchange = function () { check(location.hash.slice(1)); };
  if (location.hash.length > 1) { check(location.hash.slice(1)); }
}());
