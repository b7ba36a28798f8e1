//! The words of the command line (`--help`, the man page, the completions' descriptions), in
//! Indonesian and English: one entry per command and per argument, keyed by where it stands.
//!
//! Keys: `""` is lkjip itself, `check` a command, `check.file` one of its arguments, `lang` a
//! global argument (every command has it), `check#long` the paragraph after the first line of
//! `lkjip check --help`, `check#ex` its examples, `help-command` clap's `help` command, `=format.json` one choice of a value. A test
//! walks the whole clap tree and fails on anything without both texts.

use super::Lang;

/// One entry: key, English, Indonesian.
type Entry = (&'static str, &'static str, &'static str);

const ENTRIES: &[Entry] = &[
    (
        "",
        "Laporan Kinerja Instansi Pemerintah: exact figures, formal PDF/A, verifiable archive",
        "Laporan Kinerja Instansi Pemerintah: angka yang tepat, PDF/A resmi, arsip yang dapat diperiksa",
    ),
    (
        "#ex",
        "Examples:\n  lkjip init lkjip-2025                       start a new report\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml          list every problem\n  lkjip --lang id check lkjip.yaml           messages in Indonesian",
        "Contoh:\n  lkjip init lkjip-2025                       mulai laporan baru\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml          sebutkan semua masalah\n  lkjip --lang en check lkjip.yaml           pesan dalam bahasa Inggris",
    ),
    (
        "lang",
        "Language of messages: id or en (default: from LC_ALL, LC_MESSAGES, LANG)",
        "Bahasa pesan: id atau en (bawaan: dari LC_ALL, LC_MESSAGES, LANG)",
    ),
    ("=lang.id", "Bahasa Indonesia", "Bahasa Indonesia"),
    ("=lang.en", "English", "bahasa Inggris"),
    ("quiet", "Say only what went wrong", "Sebutkan hanya yang salah"),
    ("verbose", "Say more: timings, files written", "Lebih rinci: lama proses, berkas yang ditulis"),
    ("help", "Print help (-h: short, --help: more)", "Tampilkan bantuan (-h: ringkas, --help: lengkap)"),
    ("version", "Print the version", "Tampilkan versi"),
    ("=format.text", "Text for people", "Teks untuk dibaca orang"),
    (
        "=format.json",
        "JSON for other tools (stable names, decimals as strings)",
        "JSON untuk program lain (nama tetap, desimal sebagai string)",
    ),
    ("format", "Output: text or json", "Keluaran: text atau json"),
    ("file", "The report's YAML file", "Berkas YAML laporan"),
    (
        "archive",
        "The archive folder (default: $LKJIP_ARSIP, else ./arsip)",
        "Folder arsip (bawaan: $LKJIP_ARSIP, atau ./arsip)",
    ),
    // check
    (
        "check",
        "Load, validate and compute a report; print every problem at once",
        "Baca, periksa, dan hitung laporan; sebutkan semua masalah sekaligus",
    ),
    (
        "check#long",
        "Exit 0 when there are no errors (warnings allowed), 1 with errors, 2 when the file cannot be read.",
        "Keluar dengan 0 bila tidak ada kesalahan (peringatan boleh), 1 bila ada kesalahan, 2 bila berkas tidak dapat dibaca.",
    ),
    (
        "check#ex",
        "Examples:\n  lkjip check lkjip.yaml\n  lkjip check --format json lkjip.yaml > laporan.json",
        "Contoh:\n  lkjip check lkjip.yaml\n  lkjip check --format json lkjip.yaml > laporan.json",
    ),
    // build
    ("build", "Render a draft PDF (watermarked \"DRAF\")", "Susun PDF draf (bertanda air \"DRAF\")"),
    (
        "build#ex",
        "Examples:\n  lkjip build lkjip.yaml\n  lkjip build lkjip.yaml -o draf.pdf\n  lkjip build */lkjip.yaml    every agency's report, in one run",
        "Contoh:\n  lkjip build lkjip.yaml\n  lkjip build lkjip.yaml -o draf.pdf\n  lkjip build */lkjip.yaml    laporan setiap perangkat daerah, sekaligus",
    ),
    (
        "build.more",
        "More reports to build in the same run, on all cores; each PDF is written beside its YAML",
        "Laporan lain yang disusun sekaligus, dengan semua inti prosesor; tiap PDF ditulis di samping YAML-nya",
    ),
    (
        "build.output",
        "Where to write the PDF (default: beside the YAML, named after it)",
        "Ke mana PDF ditulis (bawaan: di samping YAML, dengan namanya)",
    ),
    (
        "build.layout",
        "Render with a customised copy of the layouts (see `lkjip layouts`)",
        "Susun dengan salinan tata letak yang diubah (lihat `lkjip layouts`)",
    ),
    (
        "build.signature_box",
        "Print where the signature box lies, e.g. for pyHanko's `--field` (text or json)",
        "Cetak letak kotak tanda tangan, mis. untuk `--field` pyHanko (text atau json)",
    ),
    // layouts
    (
        "layouts",
        "Write the embedded Typst layouts into DIR, to start a customised copy (`build --layout DIR`)",
        "Tulis tata letak Typst bawaan ke DIR, sebagai awal salinan yang diubah (`build --layout DIR`)",
    ),
    (
        "layouts#ex",
        "Examples:\n  lkjip layouts tata-letak\n  lkjip build --layout tata-letak lkjip.yaml",
        "Contoh:\n  lkjip layouts tata-letak\n  lkjip build --layout tata-letak lkjip.yaml",
    ),
    ("dir", "The folder to create (must not exist or be empty)", "Folder yang dibuat (belum ada atau masih kosong)"),
    // release
    (
        "release",
        "Render the final PDF and archive it as the next revision",
        "Susun PDF final dan arsipkan sebagai revisi berikutnya",
    ),
    (
        "release#ex",
        "Examples:\n  lkjip release lkjip.yaml -o LKjIP-2025.pdf\n  lkjip release lkjip.yaml --note \"koreksi realisasi IKU 2\"\n  lkjip release lkjip.yaml --ya    despite warnings, without asking\n  lkjip release */lkjip.yaml    every agency's report, archived in the order given",
        "Contoh:\n  lkjip release lkjip.yaml -o LKjIP-2025.pdf\n  lkjip release lkjip.yaml --note \"koreksi realisasi IKU 2\"\n  lkjip release lkjip.yaml --ya    walau ada peringatan, tanpa ditanya\n  lkjip release */lkjip.yaml    laporan setiap perangkat daerah, diarsipkan sesuai urutan",
    ),
    (
        "release.more",
        "More reports to release in the same run into the same archive: checked and rendered on all cores, archived one after the other in the order given",
        "Laporan lain yang dirilis sekaligus ke arsip yang sama: diperiksa dan disusun dengan semua inti prosesor, diarsipkan satu per satu sesuai urutan",
    ),
    (
        "release.note",
        "What this revision corrects (required from revision 2 on); with several reports, the note of every one of them",
        "Apa yang dikoreksi revisi ini (wajib mulai revisi 2); dengan beberapa laporan, catatan untuk setiap laporan itu",
    ),
    (
        "release.tsa",
        "A timestamp authority (RFC 3161, http://…) that stamps the new ledger head; its token is kept in the bag and checked by the audit. With several reports, each release's head is stamped",
        "Otoritas cap waktu (RFC 3161, http://…) yang mengecap kepala buku besar yang baru; tokennya disimpan dalam kantong dan diperiksa audit. Dengan beberapa laporan, kepala setiap rilis dicap",
    ),
    (
        "release.ya",
        "Release even when `check` found warnings, without asking (or `--yes`). Without it, a release despite warnings is asked on a terminal and refused without one",
        "Rilis walaupun `check` menemukan peringatan, tanpa ditanya (atau `--yes`). Tanpa ini, rilis walau ada peringatan ditanyakan di terminal dan ditolak bila tidak ada terminal",
    ),
    (
        "release.output",
        "Also copy the final PDF here (the archived one stays where it is); one report only",
        "Salin juga PDF final ke sini (yang diarsipkan tetap di tempatnya); hanya untuk satu laporan",
    ),
    // verify
    (
        "verify",
        "Say whether a PDF is an archived revision; with no PDF, audit the whole archive",
        "Katakan apakah sebuah PDF adalah revisi yang diarsipkan; tanpa PDF, audit seluruh arsip",
    ),
    (
        "verify#ex",
        "Examples:\n  lkjip verify LKjIP-2024.pdf\n  lkjip verify",
        "Contoh:\n  lkjip verify LKjIP-2024.pdf\n  lkjip verify",
    ),
    (
        "verify.pdf",
        "The PDF to identify; without it the whole archive is audited",
        "PDF yang dikenali; tanpa PDF seluruh arsip diaudit",
    ),
    (
        "verify.head",
        "With the audit: a ledger head that `release` printed earlier; the answer is no unless the ledger still contains it (nobody shortened or rewrote the ledger since)",
        "Dengan audit: kepala buku besar yang dicetak `release` sebelumnya; jawabannya tidak, kecuali buku besar masih memuatnya (tidak ada yang memendekkan atau menulis ulang sejak itu)",
    ),
    (
        "verify.trust",
        "A folder of trusted root certificates (PEM or DER, e.g. the BSrE root): a signer's chain must reach one of them. Without it the chain is not judged",
        "Folder sertifikat akar tepercaya (PEM atau DER, mis. akar BSrE): rantai penanda tangan harus sampai ke salah satunya. Tanpa folder ini rantainya tidak dinilai",
    ),
    // publikasi
    (
        "publikasi",
        "Write a static web page that verifies a PDF against the archive, without lkjip",
        "Tulis halaman web statis yang memeriksa PDF terhadap arsip, tanpa lkjip",
    ),
    (
        "publikasi#long",
        "OUT gets index.html, its JavaScript and the ledger: open index.html in any browser (no server, no network) and drop a PDF on it.",
        "OUT berisi index.html, JavaScript-nya dan buku besar: buka index.html di peramban apa pun (tanpa server, tanpa jaringan) lalu jatuhkan PDF ke atasnya.",
    ),
    (
        "publikasi#ex",
        "Examples:\n  lkjip publikasi --archive /srv/arsip situs-periksa/",
        "Contoh:\n  lkjip publikasi --archive /srv/arsip situs-periksa/",
    ),
    (
        "publikasi.out",
        "The folder to write (must not exist or be empty)",
        "Folder yang ditulis (belum ada atau masih kosong)",
    ),
    // log
    ("log", "List each report's revisions", "Daftar revisi setiap laporan"),
    (
        "log#ex",
        "Examples:\n  lkjip log\n  lkjip log --archive /srv/arsip",
        "Contoh:\n  lkjip log\n  lkjip log --archive /srv/arsip",
    ),
    // diff
    (
        "diff",
        "Show what changed in the source data between two revisions, and the figures that changed with it",
        "Tampilkan perubahan data sumber antara dua revisi, dan angka yang ikut berubah",
    ),
    ("diff#ex", "Examples:\n  lkjip diff 1 2", "Contoh:\n  lkjip diff 1 2"),
    (
        "diff.from",
        "Older revision: `N` (when the archive holds one report) or `REPORT-ID@N`",
        "Revisi lama: `N` (bila arsip memuat satu laporan) atau `ID-LAPORAN@N`",
    ),
    ("diff.to", "Newer revision, same form", "Revisi baru, bentuknya sama"),
    // reproduce
    (
        "reproduce",
        "Re-render an archived revision and compare the bytes",
        "Susun ulang revisi yang diarsipkan dan bandingkan bait-baitnya",
    ),
    ("reproduce#ex", "Examples:\n  lkjip reproduce 2", "Contoh:\n  lkjip reproduce 2"),
    (
        "reproduce.revision",
        "The revision: `N` (when the archive holds one report) or `REPORT-ID@N`",
        "Revisinya: `N` (bila arsip memuat satu laporan) atau `ID-LAPORAN@N`",
    ),
    // init
    (
        "init",
        "Create a report folder with a commented YAML to fill in; `--from` starts from last year's",
        "Buat folder laporan berisi YAML berkomentar untuk diisi; `--from` mulai dari laporan tahun lalu",
    ),
    (
        "init#long",
        "Every spot still to be filled is written `\"\"`; `lkjip check` names each one.",
        "Setiap isian yang masih harus diisi ditulis `\"\"`; `lkjip check` menyebutkan satu per satu.",
    ),
    (
        "init#ex",
        "Examples:\n  lkjip init lkjip-2025\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml    # lists what is still to be filled",
        "Contoh:\n  lkjip init lkjip-2025\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml    # menyebutkan apa yang masih harus diisi",
    ),
    (
        "init.from",
        "Last year's YAML: keep agency, structure, indicators and programs; empty the year's values",
        "YAML tahun lalu: instansi, struktur, indikator dan program tetap; nilai tahunannya dikosongkan",
    ),
    (
        "init.renstra",
        "With --from: the new Renstra period (e.g. 2025-2029) when last year's report was in its Renstra's last year; asked on a terminal when not given; the indicators are carried, their last realisation as the new data_awal",
        "Dengan --from: periode Renstra baru (mis. 2025-2029) bila laporan tahun lalu berada di tahun terakhir Renstra-nya; ditanyakan di terminal bila tidak diberikan; indikator dibawa, realisasi terakhirnya menjadi data_awal baru",
    ),
    // schema
    (
        "schema",
        "Print the JSON Schema of the YAML (for editors)",
        "Cetak JSON Schema untuk YAML (untuk penyunting teks)",
    ),
    (
        "schema#ex",
        "Examples:\n  lkjip schema > lkjip.schema.json\n  # then, first line of the YAML: # yaml-language-server: $schema=lkjip.schema.json",
        "Contoh:\n  lkjip schema > lkjip.schema.json\n  # lalu, baris pertama YAML: # yaml-language-server: $schema=lkjip.schema.json",
    ),
    // watch
    (
        "watch",
        "Rebuild the draft PDF whenever the YAML or its images change",
        "Susun ulang PDF draf setiap kali YAML atau gambarnya berubah",
    ),
    ("watch#ex", "Examples:\n  lkjip watch lkjip.yaml", "Contoh:\n  lkjip watch lkjip.yaml"),
    // completions
    ("completions", "Print a shell completion script", "Cetak skrip pelengkapan untuk shell"),
    (
        "completions#ex",
        "Examples:\n  lkjip completions bash > /etc/bash_completion.d/lkjip\n  lkjip completions zsh > ~/.zfunc/_lkjip\n  lkjip completions fish > ~/.config/fish/completions/lkjip.fish",
        "Contoh:\n  lkjip completions bash > /etc/bash_completion.d/lkjip\n  lkjip completions zsh > ~/.zfunc/_lkjip\n  lkjip completions fish > ~/.config/fish/completions/lkjip.fish",
    ),
    (
        "completions.shell",
        "The shell: bash, zsh, fish, elvish or powershell",
        "Shell-nya: bash, zsh, fish, elvish atau powershell",
    ),
    // man
    ("man", "Print the manual page (roff)", "Cetak halaman manual (roff)"),
    ("man#ex", "Examples:\n  lkjip man > lkjip.1 && man ./lkjip.1", "Contoh:\n  lkjip man > lkjip.1 && man ./lkjip.1"),
    // ekspor, impor
    (
        "ekspor",
        "Write the computed tables as an xlsx workbook; with `--templat`, a template of the raw values to fill",
        "Tulis tabel hasil hitungan sebagai buku kerja xlsx; dengan `--templat`, templat nilai mentah untuk diisi",
    ),
    (
        "ekspor#ex",
        "Examples:\n  lkjip ekspor lkjip.yaml -o lkjip-2025.xlsx\n  lkjip ekspor lkjip.yaml --templat -o isian-2025.xlsx",
        "Contoh:\n  lkjip ekspor lkjip.yaml -o lkjip-2025.xlsx\n  lkjip ekspor lkjip.yaml --templat -o isian-2025.xlsx",
    ),
    ("ekspor.output", "The workbook to write (.xlsx)", "Buku kerja yang ditulis (.xlsx)"),
    (
        "ekspor.templat",
        "A template of the raw values (targets, realisations, pagu), filled with the current ones",
        "Templat nilai mentah (target, realisasi, pagu), terisi dengan nilai saat ini",
    ),
    (
        "impor",
        "Write the values of a filled template into the YAML, changing only those values",
        "Tulis nilai dari templat yang sudah diisi ke YAML, hanya nilai-nilai itu yang berubah",
    ),
    (
        "impor#ex",
        "Examples:\n  lkjip impor isian-2025.xlsx lkjip.yaml --coba   # show the changes only\n  lkjip impor isian-2025.xlsx lkjip.yaml",
        "Contoh:\n  lkjip impor isian-2025.xlsx lkjip.yaml --coba   # hanya tampilkan perubahannya\n  lkjip impor isian-2025.xlsx lkjip.yaml",
    ),
    ("impor.workbook", "The filled template (.xlsx)", "Templat yang sudah diisi (.xlsx)"),
    ("impor.file", "The report's YAML file to write the values into", "Berkas YAML laporan yang diisi nilai-nilainya"),
    (
        "impor.coba",
        "Dry run: print what would change, write nothing",
        "Coba saja: cetak apa yang akan berubah, tanpa menulis apa pun",
    ),
    // clap's own `help` command
    (
        "help-command",
        "Print this message or the help of the given subcommand(s)",
        "Tampilkan bantuan ini atau bantuan perintah yang disebut",
    ),
];

/// The text at `key`, if the catalogue has one.
pub fn text(key: &str, lang: Lang) -> Option<&'static str> {
    ENTRIES.iter().find(|(k, _, _)| *k == key).map(|&(_, en, id)| if lang == Lang::Id { id } else { en })
}

/// Every key (for the test that walks the clap tree).
pub fn keys() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().map(|(k, _, _)| *k)
}

/// The words clap itself writes, as the reader's language has them.
pub struct Frame {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    pub command_name: &'static str,
    pub options_tag: &'static str,
    pub choices: &'static str,
    pub default: &'static str,
}

pub fn frame(lang: Lang) -> Frame {
    match lang {
        Lang::En => Frame {
            usage: "Usage",
            commands: "Commands",
            arguments: "Arguments",
            options: "Options",
            command_name: "COMMAND",
            options_tag: "[OPTIONS]",
            choices: "possible values",
            default: "default",
        },
        Lang::Id => Frame {
            usage: "Penggunaan",
            commands: "Perintah",
            arguments: "Argumen",
            options: "Pilihan",
            command_name: "PERINTAH",
            options_tag: "[PILIHAN]",
            choices: "pilihan",
            default: "bawaan",
        },
    }
}

/// A placeholder in the usage line (`FILE`) in Indonesian (only asked for Indonesian).
pub fn value_name(name: &str, lang: Lang) -> &'static str {
    match (lang, name) {
        (Lang::En, _) => "",
        (_, "FILE") => "BERKAS",
        (_, "DIR" | "OUT" | "LAYOUT" | "ARCHIVE" | "TRUST") => "FOLDER",
        (_, "OUTPUT") => "KELUARAN",
        (_, "NOTE") => "CATATAN",
        (_, "FROM") => "DARI",
        (_, "TO") => "KE",
        (_, "REVISION") => "REVISI",
        (_, "LANG") => "BAHASA",
        (_, "FORMAT" | "SIGNATURE_BOX") => "FORMAT",
        (_, "LAST_YEAR.yaml") => "TAHUN_LALU.yaml",
        (_, "URL") => "URL",
        (_, "SHA256") => "SHA256",
        (_, "SHELL") => "SHELL",
        (_, "PDF") => "PDF",
        _ => "NILAI",
    }
}

/// The section headings of the manual page.
pub fn man_sections(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => &[],
        Lang::Id => &[
            ("NAME", "NAMA"),
            ("SYNOPSIS", "RINGKASAN"),
            ("DESCRIPTION", "URAIAN"),
            ("OPTIONS", "PILIHAN"),
            ("SUBCOMMANDS", "PERINTAH"),
            ("EXTRA", "CONTOH"),
            ("VERSION", "VERSI"),
            ("AUTHORS", "PENULIS"),
        ],
    }
}
