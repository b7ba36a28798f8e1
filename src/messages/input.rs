//! The input layer's part of the message catalogue: limits, overflows, the YAML's own traps.
//!
//! Reached through [`crate::messages::Msg::Input`], so every text exists in both languages.

use crate::messages::Lang;

/// Which computed figure did not fit a decimal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverflowOf {
    SumPagu,
    SumRealisasi,
    Capaian,
    Serapan,
    Efisiensi,
    Average,
    Band,
    /// A value given as a ratio or by quarters.
    Nilai,
    /// The difference with the previous year.
    Selisih,
}

impl OverflowOf {
    fn en(self) -> &'static str {
        match self {
            OverflowOf::SumPagu => "the sum of pagu",
            OverflowOf::SumRealisasi => "the sum of realisasi",
            OverflowOf::Capaian => "the capaian",
            OverflowOf::Serapan => "the serapan",
            OverflowOf::Efisiensi => "the efisiensi",
            OverflowOf::Average => "the average capaian",
            OverflowOf::Band => "the bound of this band",
            OverflowOf::Nilai => "the value of this year (ratio or quarters)",
            OverflowOf::Selisih => "the difference with the previous year",
        }
    }
    fn id(self) -> &'static str {
        match self {
            OverflowOf::SumPagu => "jumlah pagu",
            OverflowOf::SumRealisasi => "jumlah realisasi",
            OverflowOf::Capaian => "capaian",
            OverflowOf::Serapan => "serapan",
            OverflowOf::Efisiensi => "efisiensi",
            OverflowOf::Average => "rata-rata capaian",
            OverflowOf::Band => "batas pita ini",
            OverflowOf::Nilai => "nilai tahun ini (rasio atau triwulan)",
            OverflowOf::Selisih => "selisih dengan tahun sebelumnya",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputMsg {
    /// A computed figure beyond what a decimal number holds.
    Overflow {
        what: OverflowOf,
    },
    /// The YAML file is larger than [`crate::input::limits::MAX_YAML_BYTES`].
    FileTooLarge {
        bytes: u64,
        limit: u64,
    },
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// A character YAML does not allow in a file (a control character).
    ControlChar {
        code: u32,
    },
    /// A value holding a control character (written as an escape such as `"\0"`).
    ControlInValue {
        code: u32,
    },
    /// A line of text that starts with a bullet pasted from Word (`•`, `◦`, `▪`, `–`, `·`).
    PastedBullet {
        bullet: char,
    },
    /// A text in quotes over several lines: a single line break becomes a space.
    QuotedLines,
    /// One text longer than [`crate::input::limits::MAX_TEXT_BYTES`] (or the short-text limit).
    TextTooLong {
        bytes: usize,
        limit: usize,
    },
    /// Nesting deeper than [`crate::input::limits::MAX_DEPTH`].
    TooDeep {
        limit: usize,
    },
    /// More aliases than [`crate::input::limits::MAX_ALIASES`], or their expansion too large.
    TooManyAliases {
        limit: usize,
    },
    AliasesTooLarge {
        limit: u64,
    },
    /// An alias to an anchor that is not defined (or not finished).
    UnknownAlias,
    /// A key written twice in one mapping (`2021` and `0x7E5` are the same key).
    DuplicateKey {
        key: String,
        line: usize,
    },
    /// A YAML tag such as `!!binary`.
    Tag {
        tag: String,
    },
    /// A common YAML syntax mistake found by the pre-pass, with its fix.
    Sintaks(crate::messages::sintaks::SintaksMsg),
    /// The YAML cannot be read (a syntax error), with the parser's words.
    Syntax {
        detail: String,
    },
    /// A list longer than its limit.
    TooMany {
        what: &'static str,
        count: usize,
        limit: usize,
    },
    /// A file named in the report that is not a regular file (a folder, a FIFO, a device).
    NotAFile {
        file: String,
    },
    /// A text the PDF would hold as one string (the alternative text of a chart) longer than
    /// PDF/A allows.
    PdfString {
        what: String,
        bytes: usize,
        limit: usize,
    },
    /// A report that would be laid out to more than [`crate::input::limits::MAX_PAGES`] pages; `own`
    /// are the pages of the text named.
    TooManyPages {
        pages: u64,
        own: u64,
        limit: u64,
    },
}

impl InputMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Id => self.id(),
        }
    }

    fn en(&self) -> String {
        match self {
            InputMsg::Overflow { what } => format!(
                "{} overflows: the numbers are too large to compute (a figure must stay below 79228162514264337593543950335)",
                what.en()
            ),
            InputMsg::FileTooLarge { bytes, limit } => {
                format!("the file has {bytes} bytes; a report file may have at most {limit}")
            }
            InputMsg::NotUtf8 => "the file is not UTF-8 text here: save it as UTF-8".into(),
            InputMsg::ControlChar { code } => {
                format!("control character U+{code:04X} in the file: delete it (YAML does not allow it)")
            }
            InputMsg::ControlInValue { code } => {
                format!("the value holds control character U+{code:04X} (an escape such as \"\\0\"): delete it")
            }
            InputMsg::PastedBullet { bullet } => format!(
                "a line starts with the bullet `{bullet}` (pasted from Word?): it prints as a character, not as a list; write `- ` instead of `{bullet} ` (in a `|` block), and it becomes a list item"
            ),
            InputMsg::QuotedLines => "this text in quotes goes over several lines: a single line break in quotes becomes a space, so lines and paragraphs merge; write it as a block: `field: |`, then the text on the next lines, indented, with a blank line between paragraphs".into(),
            InputMsg::TextTooLong { bytes, limit } => {
                format!("this text has {bytes} bytes; one text may have at most {limit}")
            }
            InputMsg::TooDeep { limit } => format!("nested more than {limit} levels deep; a report is never this deep"),
            InputMsg::TooManyAliases { limit } => format!("more than {limit} YAML aliases (`*name`)"),
            InputMsg::AliasesTooLarge { limit } => {
                format!("the YAML aliases (`*name`) expand to more than {limit} bytes")
            }
            InputMsg::UnknownAlias => "an alias (`*name`) to an anchor that is not defined before it".into(),
            InputMsg::DuplicateKey { key, line } => {
                format!("key `{key}` is written twice in this mapping (first on line {line}): keep one")
            }
            InputMsg::Tag { tag } => {
                format!("YAML tag `{tag}` is not used in a report: write the value plainly, without a tag")
            }
            InputMsg::Sintaks(m) => m.text(Lang::En),
            InputMsg::Syntax { detail } => format!("the YAML cannot be read: {detail}"),
            InputMsg::TooMany { what, count, limit } => {
                format!("{count} {what}; a report may have at most {limit}")
            }
            InputMsg::NotAFile { file } => format!("`{file}` is not a regular file (a folder, a pipe or a device)"),
            InputMsg::PdfString { what, bytes, limit } => format!(
                "the alternative text of {what} would be {bytes} bytes; a PDF/A string may have at most {limit}: shorten the names it lists"
            ),
            InputMsg::TooManyPages { pages, own, limit } => format!(
                "the report would have about {pages} pages; a report may have at most {limit}: this text alone makes about {own} (every paragraph and list item takes at least a line)"
            ),
        }
    }

    fn id(&self) -> String {
        match self {
            InputMsg::Overflow { what } => format!(
                "{} melampaui batas angka yang dapat dihitung (setiap angka harus di bawah 79228162514264337593543950335)",
                what.id()
            ),
            InputMsg::FileTooLarge { bytes, limit } => {
                format!("berkas ini {bytes} bita; berkas laporan paling besar {limit} bita")
            }
            InputMsg::NotUtf8 => "berkas ini bukan teks UTF-8 di sini: simpan sebagai UTF-8".into(),
            InputMsg::ControlChar { code } => {
                format!("karakter kendali U+{code:04X} dalam berkas: hapus (YAML tidak mengizinkannya)")
            }
            InputMsg::ControlInValue { code } => {
                format!("nilai ini memuat karakter kendali U+{code:04X} (escape seperti \"\\0\"): hapus")
            }
            InputMsg::PastedBullet { bullet } => format!(
                "sebuah baris diawali butir `{bullet}` (disalin dari Word?): tercetak sebagai karakter, bukan daftar; tulis `- ` sebagai ganti `{bullet} ` (di dalam blok `|`), maka menjadi butir daftar"
            ),
            InputMsg::QuotedLines => "teks dalam tanda kutip ini lebih dari satu baris: satu pindah baris di dalam kutip menjadi spasi, sehingga baris dan paragraf tergabung; tulis sebagai blok: `kolom: |`, lalu teksnya di baris-baris berikutnya, menjorok, dengan baris kosong di antara paragraf".into(),
            InputMsg::TextTooLong { bytes, limit } => {
                format!("teks ini {bytes} bita; satu teks paling panjang {limit} bita")
            }
            InputMsg::TooDeep { limit } => {
                format!("bersarang lebih dari {limit} tingkat; laporan tidak pernah sedalam ini")
            }
            InputMsg::TooManyAliases { limit } => format!("lebih dari {limit} alias YAML (`*nama`)"),
            InputMsg::AliasesTooLarge { limit } => {
                format!("alias YAML (`*nama`) mengembang menjadi lebih dari {limit} bita")
            }
            InputMsg::UnknownAlias => "alias (`*nama`) ke jangkar yang belum didefinisikan sebelumnya".into(),
            InputMsg::DuplicateKey { key, line } => {
                format!("kunci `{key}` ditulis dua kali dalam pemetaan ini (pertama di baris {line}): sisakan satu")
            }
            InputMsg::Tag { tag } => {
                format!("tag YAML `{tag}` tidak dipakai dalam laporan: tulis nilainya tanpa tag")
            }
            InputMsg::Sintaks(m) => m.text(Lang::Id),
            InputMsg::Syntax { detail } => format!("YAML tidak dapat dibaca: {detail}"),
            InputMsg::TooMany { what, count, limit } => {
                format!("{count} {}; laporan paling banyak memuat {limit}", indonesian(what))
            }
            InputMsg::NotAFile { file } => format!("`{file}` bukan berkas biasa (folder, pipa, atau perangkat)"),
            InputMsg::PdfString { what, bytes, limit } => format!(
                "teks alternatif {what} akan {bytes} bita; string PDF/A paling panjang {limit}: persingkat nama yang didaftarnya"
            ),
            InputMsg::TooManyPages { pages, own, limit } => format!(
                "laporan ini akan sekitar {pages} halaman; laporan paling banyak {limit} halaman: teks ini sendiri sekitar {own} halaman (setiap paragraf dan butir daftar paling sedikit satu baris)"
            ),
        }
    }
}

/// Indonesian words for what is counted.
fn indonesian(what: &str) -> &str {
    match what {
        "indicators" => "indikator",
        "programs" => "program",
        "activities" => "kegiatan",
        "items" => "butir",
        "images" => "gambar",
        "units" => "unit",
        other => other,
    }
}
