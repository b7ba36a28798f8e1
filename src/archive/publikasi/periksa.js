// Periksa dokumen LKjIP: SHA-256 (WebCrypto) of a dropped PDF against the archive's ledger
// (window.LKJIP_LEDGER, from ledger.js, the exact bytes of ledger.jsonl). No network.
"use strict";

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
const sha256 = async (bytes) => hex(await crypto.subtle.digest("SHA-256", bytes));
const angka = (n) => n.toLocaleString("id-ID");

// Parses the ledger and checks its hash chain; returns { entries, head } or throws.
async function bacaBuku(teks) {
  if (teks.length > 0 && !teks.endsWith("\n")) throw new Error("baris terakhirnya tidak lengkap");
  const baris = teks.split("\n").slice(0, -1);
  const enc = new TextEncoder();
  let prev = "0".repeat(64);
  const entries = [];
  for (let i = 0; i < baris.length; i++) {
    const e = JSON.parse(baris[i]);
    if (e.prev !== prev) throw new Error("rantai hash putus di baris " + (i + 1));
    prev = await sha256(enc.encode(baris[i]));
    entries.push(e);
  }
  return { entries, head: prev };
}

function uraian(e) {
  return "revisi " + e.revision + " dari " + e.jenis + " " + e.tahun + " " + e.instansi + ", " + e.pemerintah +
    " (dirilis " + e.released + ")";
}

// Current or superseded, and why.
function status(entries, e) {
  const sama = entries.filter((x) => x.report === e.report);
  const terkini = sama[sama.length - 1].revision;
  const berikut = sama.find((x) => x.revision === e.revision + 1);
  if (!berikut) return { berlaku: true, teks: "Ini revisi yang berlaku (terkini)." };
  let teks = "Revisi ini SUDAH DIGANTIKAN oleh revisi " + berikut.revision + " (dirilis " + berikut.released + ")";
  if (berikut.note) teks += ", dengan alasan: " + berikut.note;
  teks += ".";
  if (terkini !== berikut.revision) teks += " Revisi yang berlaku sekarang adalah revisi " + terkini + ".";
  return { berlaku: false, teks };
}

async function periksa(buku, bytes) {
  const len = bytes.byteLength;
  const h = await sha256(bytes);
  const persis = buku.entries.find((e) => e.pdf_sha256 === h && e.pdf_length === len);
  if (persis) {
    const s = status(buku.entries, persis);
    return {
      jenis: s.berlaku ? "arsip" : "digantikan",
      revisi: persis.revision,
      teks: "Berkas ini persis " + uraian(persis) + ". " + s.teks,
    };
  }
  // The longest archived revision that is an exact prefix of the file.
  const lebihPendek = buku.entries.filter((e) => e.pdf_length < len).sort((a, b) => b.pdf_length - a.pdf_length);
  for (const e of lebihPendek) {
    if ((await sha256(bytes.slice(0, e.pdf_length))) === e.pdf_sha256) {
      const s = status(buku.entries, e);
      return {
        jenis: "awalan",
        revisi: e.revision,
        teks: angka(e.pdf_length) + " byte pertama berkas ini persis " + uraian(e) + ". " + s.teks + "\n" +
          "Sesudahnya ada " + angka(len - e.pdf_length) + " byte tambahan (misalnya tanda tangan elektronik, atau " +
          "perubahan sesudah rilis). Bagian tambahan itu TIDAK dijamin oleh halaman ini: periksa berkasnya dengan " +
          "lkjip verify, yang menganalisis isinya.",
      };
    }
  }
  return {
    jenis: "tidak-dikenal",
    revisi: null,
    teks: "Berkas ini (" + angka(len) + " byte, SHA-256 " + h + ") TIDAK ADA di arsip: bukan revisi yang dirilis " +
      "dan tidak diawali oleh revisi mana pun.",
  };
}

function tampil(hasil) {
  const el = document.getElementById("hasil");
  el.dataset.jenis = hasil.jenis;
  el.dataset.revisi = hasil.revisi === null ? "" : String(hasil.revisi);
  el.textContent = hasil.teks;
}

async function mulai() {
  let buku;
  try {
    buku = await bacaBuku(window.LKJIP_LEDGER || "");
  } catch (err) {
    tampil({ jenis: "rusak", revisi: null, teks: "Buku besar arsip di folder ini rusak (" + err.message + "): tidak ada berkas yang dapat diperiksa." });
    return;
  }
  document.querySelector("#buku small").textContent = "Buku besar: " + buku.entries.length +
    " revisi; kepala (head) " + buku.head + ". Bandingkan dengan kepala yang diumumkan saat rilis.";
  const jalankan = async (file) => {
    if (!file) return;
    document.getElementById("hasil").dataset.jenis = "";
    tampil(await periksa(buku, await file.arrayBuffer()));
  };
  document.getElementById("berkas").addEventListener("change", (ev) => jalankan(ev.target.files[0]));
  const zona = document.getElementById("zona");
  zona.addEventListener("dragover", (ev) => { ev.preventDefault(); zona.classList.add("di-atas"); });
  zona.addEventListener("dragleave", () => zona.classList.remove("di-atas"));
  zona.addEventListener("drop", (ev) => {
    ev.preventDefault();
    zona.classList.remove("di-atas");
    jalankan(ev.dataTransfer.files[0]);
  });
  document.body.dataset.siap = "ya";
}

mulai();
