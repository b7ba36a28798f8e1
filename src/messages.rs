//! The message catalogue: each kind of message with its parameters, and its text per language.
//!
//! Checks say *what* happened as a [`Msg`]; the text form picks the words. The English text
//! is also stored in `Problem.message`, so JSON output stays stable whatever the locale.

use crate::value::severity::Severity;

pub mod anggaran;
pub mod archive;
pub mod batch;
pub mod beda;
pub mod cli;
pub mod fatal;
pub mod gambar;
pub mod input;
pub mod output;
pub mod present;
pub mod release;
pub mod sintaks;
pub mod ukur;
pub mod verify;
pub mod workbook;

/// The language of messages for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The explicit choice, else the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the
    /// first one set and not empty, as POSIX does); `id…` means Indonesian.
    pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(l) = flag {
            return l;
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().filter_map(|k| env(k)).find(|v| !v.is_empty());
        match locale {
            Some(v) if v.starts_with("id") => Lang::Id,
            _ => Lang::En,
        }
    }
}

/// Every message shown in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A spot left `""` (or blank) to be filled in.
    Empty,
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
        expected: Vec<String>,
    },
    DuplicateId {
        id: String,
        first: String,
    },
    NoTarget {
        year: u16,
    },
    NoRealisasi {
        year: u16,
    },
    UnknownPlaceholder {
        key: String,
        id: String,
    },
    /// A reference to an id that does not exist; `what` is `indicator`, `program`, `kegiatan` or `sasaran`.
    UnknownRef {
        what: String,
        id: String,
    },
    /// A typed figure with no context that matches no figure of the report.
    TypedFigure {
        typed: String,
    },
    /// A typed figure that differs from the figure its sentence is about.
    TypedFigureWrong {
        typed: String,
        jenis: String,
        owner: String,
        tahun: Option<u16>,
        right: String,
        key: Option<String>,
    },
    /// A typed figure that is none of the figures of the owner named.
    TypedFigureAmong {
        typed: String,
        owner: String,
        list: String,
    },
    /// A typed figure of a kind named, without whose, that no figure of that kind equals.
    TypedFigureNoKind {
        typed: String,
        jenis: String,
    },
    /// A typed figure that is right, where a placeholder would keep it right.
    TypedFigureRight {
        typed: String,
        jenis: String,
        owner: String,
        tahun: Option<u16>,
    },
    /// Realisasi against target says below (above) 100 %, the printed capaian does not.
    CapaianOnTheEdge {
        id: String,
        realisasi: String,
        target: String,
        exact: String,
        below: bool,
        shown: String,
        status: String,
    },
    /// serde's "invalid type: string \"x\", expected u16", its detail kept.
    InvalidType {
        detail: String,
    },
    UnknownVariant {
        got: String,
        expected: Vec<String>,
    },
    /// A placeholder whose figure cannot be given, and why.
    PlaceholderFigure {
        key: String,
        why: Box<Msg>,
    },
    FigureUndefined,
    FigureMissing {
        what: String,
    },
    UnknownFigure {
        figure: String,
        allowed: String,
    },
    NotAYear {
        value: String,
    },
    IdChars {
        id: String,
    },
    IdReserved {
        id: String,
    },
    SasaranWithoutIndicator,
    RenstraOrder {
        awal: u16,
        akhir: u16,
    },
    OutsideRenstra {
        year: u16,
        awal: u16,
        akhir: u16,
    },
    NoEndTarget {
        akhir: u16,
    },
    NotA {
        what: String,
        id: String,
    },
    ListedTwice {
        id: String,
    },
    AnalysedTwice {
        id: String,
        first: usize,
    },
    NoAnalysis {
        id: String,
    },
    NegativeMoney {
        value: String,
    },
    AbovePagu {
        realisasi: String,
        pagu: String,
    },
    BelowActivities {
        realisasi: String,
        sum: String,
    },
    ActivitiesAbovePagu {
        sum: String,
        pagu: String,
    },
    ActivitiesNotPagu {
        sum: String,
        pagu: String,
    },
    ProgramRealisasiDerived,
    NotReconciled {
        pk: String,
        belanja: String,
    },
    BadNip {
        value: String,
    },
    BadDate {
        value: String,
    },
    AbsolutePath {
        file: String,
    },
    LeavesFolder {
        file: String,
    },
    EmptyFileName,
    TooManyDecimals {
        dp: u32,
    },
    PpiOutOfRange {
        ppi: u32,
    },
    ScaleEmpty,
    BoundTooFine {
        value: String,
        dp: u32,
    },
    MinAboveMax {
        label: String,
        min: String,
        maks: String,
    },
    BandsOverlap {
        lo: String,
        hi: String,
        detail: Option<(String, String)>,
    },
    BandsGap {
        lo: String,
        hi: String,
        from: String,
        to: String,
    },
    NoBand,
    Glyphs {
        list: String,
    },
    /// Limits, overflows and YAML traps: the input layer's messages (src/messages/input.rs).
    Input(crate::messages::input::InputMsg),
    /// The budget tree, report kinds and plausibility warnings (src/messages/anggaran.rs).
    Anggaran(anggaran::AnggaranMsg),
    /// How indicators are measured and judged (`messages::ukur`).
    Ukur(ukur::UkurMsg),
    /// A report's image that cannot be found, read or prepared (`messages::gambar`).
    Gambar(gambar::GambarMsg),
    // hints
    DidYouMean {
        name: String,
    },
    UsePlaceholder,
    WritePlaceholder {
        key: String,
    },
    MoreDecimals {
        dp: Option<u32>,
    },
    AddField {
        field: String,
    },
    /// A signatory's value is a note about missing data; the PDF shows a blank line instead.
    Unfinished {
        value: String,
    },
    NoNip,
    NoPkDate,
    /// A block placeholder `{{nama}}` the field does not offer.
    UnknownBlock {
        nama: String,
        offered: Vec<String>,
    },
    BlockInList {
        nama: String,
    },
    BlockTwice {
        nama: String,
    },
    MarkIncomplete,
    StartBandAt {
        label: String,
        at: String,
    },
    ReplaceChars,
    // summaries
    SummaryOk {
        file: String,
        warnings: usize,
        sasaran: usize,
        indikator: usize,
        above: usize,
        at: usize,
        below: usize,
    },
    SummaryInvalid {
        file: String,
        errors: usize,
        warnings: usize,
    },
    RebuiltOk {
        secs: String,
    },
    /// A text that is not a number; `suggestion` is a spelling the next run accepts.
    NotANumber {
        raw: String,
        suggestion: Option<String>,
    },
    /// `lkjip init` made the folder: what to do next.
    InitDone {
        yaml: String,
    },
    RebuiltWithProblems {
        errors: usize,
        warnings: usize,
    },
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

/// Indonesian words for the kinds of id.
fn indonesian(what: &str) -> &str {
    match what {
        "indicator" => "indikator",
        "program" => "program",
        "kegiatan" => "kegiatan",
        "sasaran" => "sasaran",
        other => other,
    }
}

fn ticks(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

impl Msg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Id => self.id(),
        }
    }

    fn en(&self) -> String {
        match self {
            Msg::Empty => "this field is empty: fill it in".into(),
            Msg::MissingField { field } => format!("missing field `{field}`"),
            Msg::UnknownField { field, expected } => match expected.len() {
                0 => format!("unknown field `{field}`, there are no fields"),
                1 => format!("unknown field `{field}`, expected {}", ticks(expected)),
                _ => format!("unknown field `{field}`, expected one of {}", ticks(expected)),
            },
            Msg::DuplicateId { id, first } => format!("duplicate id `{id}`: already used at {first}"),
            Msg::NoTarget { year } => format!("no target for the report year {year}"),
            Msg::NoRealisasi { year } => format!("no realisasi for {year} yet: capaian will be shown as not available"),
            Msg::UnknownPlaceholder { key, id } => {
                format!("placeholder `{{{key}}}`: no indicator, sasaran, program or kegiatan has the id `{id}`")
            }
            Msg::UnknownRef { what, id } => format!("unknown {what} `{id}`"),
            Msg::TypedFigure { typed } => format!(
                "`{typed}` is typed by hand and matches no figure of the report (its sentence names no indicator, \
                 sasaran, program or kegiatan and no kind of figure, so it was compared with every figure)"
            ),
            Msg::TypedFigureWrong { typed, jenis, owner, tahun, right, key } => format!(
                "`{typed}` — the {jenis} of `{owner}`{} is {right}{}",
                tahun.map_or(String::new(), |y| format!(" in {y}")),
                key.as_ref().map_or(String::new(), |k| format!("; write `{{{k}}}`"))
            ),
            Msg::TypedFigureAmong { typed, owner, list } => {
                format!("`{typed}` is none of the figures of `{owner}`: {list}")
            }
            Msg::TypedFigureNoKind { typed, jenis } => {
                format!("`{typed}`: no {jenis} of the report is {typed} as typed; say whose {jenis} it is")
            }
            Msg::TypedFigureRight { typed, jenis, owner, tahun } => format!(
                "`{typed}` is right (the {jenis} of `{owner}`{}) but typed by hand",
                tahun.map_or(String::new(), |y| format!(" in {y}"))
            ),
            Msg::CapaianOnTheEdge { id, realisasi, target, exact, below, shown, status } => format!(
                "`{id}`: realisasi {realisasi} against the target {target} is a capaian of {exact}, {} 100 %, \
                 but it prints as {shown} and is judged `{status}`",
                if *below { "below" } else { "above" }
            ),
            Msg::InvalidType { detail } => format!("invalid type: {detail}"),
            Msg::UnknownVariant { got, expected } => format!("unknown variant `{got}`, expected one of {}", ticks(expected)),
            Msg::PlaceholderFigure { key, why } => format!("placeholder `{{{key}}}`: {}", why.en()),
            Msg::FigureUndefined => "the figure is not defined (no realisasi, or a target of 0)".into(),
            Msg::FigureMissing { what } => format!("the {what} is not given"),
            Msg::UnknownFigure { figure, allowed } => format!("unknown figure `{figure}`; it can be one of: {allowed}"),
            Msg::NotAYear { value } => format!("`{value}` is not a year"),
            Msg::IdChars { id } => format!("id `{id}` may only use letters, digits, `-` and `_`"),
            Msg::IdReserved { id } => format!("id `{id}` is reserved for placeholders"),
            Msg::SasaranWithoutIndicator => "a sasaran needs at least one indicator".into(),
            Msg::RenstraOrder { awal, akhir } => format!("the Renstra ends ({akhir}) before it starts ({awal})"),
            Msg::OutsideRenstra { year, awal, akhir } => format!("{year} is outside the Renstra period {awal}–{akhir}"),
            Msg::NoEndTarget { akhir } => format!("no end-of-Renstra target: give `target_akhir` or a target for {akhir}"),
            Msg::NotA { what, id } => format!("`{id}` is not a {what}"),
            Msg::ListedTwice { id } => format!("`{id}` is listed twice"),
            Msg::AnalysedTwice { id, first } => format!("sasaran `{id}` is already analysed at analisis_sasaran[{first}]"),
            Msg::NoAnalysis { id } => format!("sasaran `{id}` has no analysis in akuntabilitas.analisis_sasaran"),
            Msg::NegativeMoney { value } => format!("money cannot be negative ({value})"),
            Msg::AbovePagu { realisasi, pagu } => format!("realisasi {realisasi} is above the pagu {pagu}"),
            Msg::BelowActivities { realisasi, sum } => format!("realisasi {realisasi} is below the sum of its activities' realisasi {sum}"),
            Msg::ActivitiesAbovePagu { sum, pagu } => format!("the activities' pagu add up to {sum}, above the program's pagu {pagu}"),
            Msg::ActivitiesNotPagu { sum, pagu } => format!("the activities' pagu add up to {sum}, not the program's {pagu}"),
            Msg::ProgramRealisasiDerived => {
                "the realisasi of a program whose activities are all listed is their sum; remove it (a value is written once)".into()
            }
            Msg::NotReconciled { pk, belanja } => {
                format!("the PK's program budgets add up to {pk} but belanja operasi + belanja modal pagu is {belanja}")
            }
            Msg::BadNip { value } => format!("`{value}` is not a NIP: a NIP has 18 digits (spaces allowed), e.g. 19630804 198711 1 001"),
            Msg::BadDate { value } => format!("`{value}` is not a valid date written as YYYY-MM-DD (e.g. 2022-03-01)"),
            Msg::AbsolutePath { file } => {
                format!("`{file}` is an absolute path; files are read only from the report's own folder, write a path relative to it")
            }
            Msg::LeavesFolder { file } => format!("`{file}` leaves the report's folder (`..`); files are read only from the report's own folder"),
            Msg::EmptyFileName => "the file name is empty".into(),
            Msg::TooManyDecimals { dp } => format!("{dp} decimals is more than a report can show (at most 6)"),
            Msg::PpiOutOfRange { ppi } => format!("{ppi} ppi is outside 72–600 (220 is what print needs)"),
            Msg::ScaleEmpty => "a scale needs at least one band".into(),
            Msg::BoundTooFine { value, dp } => format!("{value} has more decimals than the document shows ({dp})"),
            Msg::MinAboveMax { label, min, maks } => format!("band `{label}` has min {min} above maks {maks}"),
            Msg::BandsOverlap { lo, hi, detail: None } => format!("bands `{lo}` and `{hi}` overlap"),
            Msg::BandsOverlap { lo, hi, detail: Some((a, b)) } => format!("bands `{lo}` and `{hi}` overlap: {a} ≤ {b}"),
            Msg::BandsGap { lo, hi, from, to } => format!("gap between bands `{lo}` and `{hi}`: values from {from} to below {to} have no band"),
            Msg::NoBand => "the capaian falls in no band of the category scale".into(),
            Msg::Glyphs { list } => format!("the report's fonts cannot show {list}"),
            Msg::Input(m) => m.text(Lang::En),
            Msg::Anggaran(m) => m.text(Lang::En),
            Msg::Ukur(m) => m.text(Lang::En),
            Msg::Gambar(m) => m.text(Lang::En),
            Msg::MarkIncomplete => "if not every activity of the program is listed, write `kegiatan_lengkap: false`".into(),
            Msg::StartBandAt { label, at } => format!("start `{label}` at {at}"),
            Msg::ReplaceChars => "replace or remove these characters".into(),
            Msg::DidYouMean { name } => format!("did you mean `{name}`?"),
            Msg::UsePlaceholder => "write a placeholder such as `{ID.capaian}` so the text always agrees with the tables".into(),
            Msg::WritePlaceholder { key } => format!("write `{{{key}}}` instead, so the text stays right when the data change"),
            Msg::MoreDecimals { dp: Some(dp) } => format!(
                "status follows the printed capaian: set `desimal: {dp}` under `dokumen` to print the difference, \
                 or check the realisasi and the target"
            ),
            Msg::MoreDecimals { dp: None } => {
                "status follows the printed capaian: check the realisasi and the target".into()
            }
            Msg::AddField { field } => format!("add `{field}:` here"),
            Msg::Unfinished { value } => format!("`{value}` is a note, not the value: the PDF prints a blank line to fill in by hand until it is written here"),
            Msg::NoNip => "the NIP of the head of the agency is missing: it is printed under the name at the end of the report".into(),
            Msg::NoPkDate => "the date the Perjanjian Kinerja was signed is missing: the PDF leaves the day and month blank to fill in".into(),
            Msg::UnknownBlock { nama, offered } if offered.is_empty() => format!("`{{{{{nama}}}}}`: this field places no generated block"),
            Msg::UnknownBlock { nama, offered } => format!("`{{{{{nama}}}}}` is not a block of this section; it offers {}", offered.iter().map(|o| format!("`{{{{{o}}}}}`")).collect::<Vec<_>>().join(", ")),
            Msg::BlockInList { nama } => format!("`{{{{{nama}}}}}` stands inside a list; a block is placed between paragraphs only"),
            Msg::BlockTwice { nama } => format!("`{{{{{nama}}}}}` is placed twice; a block appears once"),
            Msg::SummaryOk { file, warnings, sasaran, indikator, above, at, below } => format!(
                "{file}: ok ({}): {sasaran} sasaran, {indikator} indikator: {above} above, {at} at, {below} below target",
                plural(*warnings, "warning")
            ),
            Msg::SummaryInvalid { file, errors, warnings } => {
                format!("{file}: {}, {}", plural(*errors, "error"), plural(*warnings, "warning"))
            }
            Msg::RebuiltOk { secs } => format!("ok in {secs} s"),
            Msg::NotANumber { raw, suggestion: Some(s) } => format!(
                "`{raw}` is not a number: write `{s}` (the decimal point a dot, no thousands separators)"
            ),
            Msg::NotANumber { raw, suggestion: None } if raw.trim().is_empty() => "the number is empty".into(),
            Msg::NotANumber { raw, suggestion: None } => format!(
                "`{raw}` is not a number: use digits with an optional `-` and one `.` (e.g. `60.27`, `-4.68`, `12644738000`)"
            ),
            Msg::InitDone { yaml } => format!(
                "created {yaml}\nnext:\n  1. fill in every \"\" in it (lines starting with # explain each part)\n  2. lkjip check {yaml}     names what is still missing or wrong\n  3. lkjip build {yaml}     a draft PDF to read\n  4. lkjip release {yaml}   the final PDF, archived"
            ),
            Msg::RebuiltWithProblems { errors, warnings } => {
                format!("{}, {}", plural(*errors, "error"), plural(*warnings, "warning"))
            }
        }
    }

    fn id(&self) -> String {
        match self {
            Msg::Empty => "isian ini masih kosong: silakan diisi".into(),
            Msg::MissingField { field } => format!("isian `{field}` tidak ada"),
            Msg::UnknownField { field, expected } if expected.is_empty() => {
                format!("isian `{field}` tidak dikenal; di sini tidak ada isian")
            }
            Msg::UnknownField { field, expected } => {
                format!("isian `{field}` tidak dikenal; yang dikenal: {}", ticks(expected))
            }
            Msg::DuplicateId { id, first } => format!("id `{id}` ganda: sudah dipakai di {first}"),
            Msg::NoTarget { year } => format!("belum ada target untuk tahun laporan {year}"),
            Msg::NoRealisasi { year } => {
                format!("realisasi {year} belum diisi: capaian akan ditampilkan sebagai tidak tersedia")
            }
            Msg::UnknownPlaceholder { key, id } => {
                format!("penanda `{{{key}}}`: tidak ada indikator, sasaran, program atau kegiatan ber-id `{id}`")
            }
            Msg::UnknownRef { what, id } => format!("{} `{id}` tidak ada", indonesian(what)),
            Msg::TypedFigure { typed } => format!(
                "`{typed}` diketik manual dan tidak sama dengan angka mana pun dalam laporan (kalimatnya tidak \
                 menyebut indikator, sasaran, program, kegiatan, atau jenis angka, jadi dibandingkan dengan semua angka)"
            ),
            Msg::TypedFigureWrong { typed, jenis, owner, tahun, right, key } => format!(
                "`{typed}` — {jenis} `{owner}`{} adalah {right}{}",
                tahun.map_or(String::new(), |y| format!(" tahun {y}")),
                key.as_ref().map_or(String::new(), |k| format!("; tulis `{{{k}}}`"))
            ),
            Msg::TypedFigureAmong { typed, owner, list } => {
                format!("`{typed}` bukan salah satu angka `{owner}`: {list}")
            }
            Msg::TypedFigureNoKind { typed, jenis } => {
                format!("`{typed}`: tidak ada {jenis} dalam laporan yang sama dengan {typed}; sebutkan {jenis} milik siapa")
            }
            Msg::TypedFigureRight { typed, jenis, owner, tahun } => format!(
                "`{typed}` benar ({jenis} `{owner}`{}), tetapi diketik manual",
                tahun.map_or(String::new(), |y| format!(" tahun {y}"))
            ),
            Msg::CapaianOnTheEdge { id, realisasi, target, exact, below, shown, status } => format!(
                "`{id}`: realisasi {realisasi} terhadap target {target} adalah capaian {exact}, {} 100 %, \
                 tetapi tercetak {shown} dan dinilai `{status}`",
                if *below { "di bawah" } else { "di atas" }
            ),
            Msg::InvalidType { detail } => format!("jenis nilai salah: {}", detail.replace(", expected ", ", seharusnya ")),
            Msg::UnknownVariant { got, expected } => format!("pilihan `{got}` tidak dikenal; yang dikenal: {}", ticks(expected)),
            Msg::PlaceholderFigure { key, why } => format!("penanda `{{{key}}}` tidak dapat diisi: {}", why.id()),
            Msg::FigureUndefined => "angkanya tidak terdefinisi (belum ada realisasi, atau target 0)".into(),
            Msg::FigureMissing { what } => format!("{what} belum diisi"),
            Msg::UnknownFigure { figure, allowed } => format!("angka `{figure}` tidak dikenal; pilihannya: {allowed}"),
            Msg::NotAYear { value } => format!("`{value}` bukan tahun"),
            Msg::IdChars { id } => format!("id `{id}` hanya boleh berisi huruf, angka, `-` dan `_`"),
            Msg::IdReserved { id } => format!("id `{id}` sudah dipakai untuk penanda"),
            Msg::SasaranWithoutIndicator => "sasaran harus memiliki paling sedikit satu indikator".into(),
            Msg::RenstraOrder { awal, akhir } => format!("Renstra berakhir ({akhir}) sebelum dimulai ({awal})"),
            Msg::OutsideRenstra { year, awal, akhir } => format!("{year} berada di luar periode Renstra {awal}–{akhir}"),
            Msg::NoEndTarget { akhir } => format!("belum ada target akhir Renstra: isi `target_akhir` atau target tahun {akhir}"),
            Msg::NotA { what, id } => format!("`{id}` bukan {}", indonesian(what)),
            Msg::ListedTwice { id } => format!("`{id}` tercantum dua kali"),
            Msg::AnalysedTwice { id, first } => format!("sasaran `{id}` sudah dianalisis di analisis_sasaran[{first}]"),
            Msg::NoAnalysis { id } => format!("sasaran `{id}` belum memiliki analisis di akuntabilitas.analisis_sasaran"),
            Msg::NegativeMoney { value } => format!("nilai uang tidak boleh negatif ({value})"),
            Msg::AbovePagu { realisasi, pagu } => format!("realisasi {realisasi} melebihi pagu {pagu}"),
            Msg::BelowActivities { realisasi, sum } => format!("realisasi {realisasi} lebih kecil dari jumlah realisasi kegiatannya {sum}"),
            Msg::ActivitiesAbovePagu { sum, pagu } => format!("jumlah pagu kegiatan {sum} melebihi pagu program {pagu}"),
            Msg::ActivitiesNotPagu { sum, pagu } => format!("jumlah pagu kegiatan {sum} tidak sama dengan pagu program {pagu}"),
            Msg::ProgramRealisasiDerived => {
                "realisasi program yang semua kegiatannya tercantum adalah jumlah realisasi kegiatan; hapus isian ini (setiap nilai ditulis sekali)".into()
            }
            Msg::NotReconciled { pk, belanja } => {
                format!("jumlah anggaran program dalam PK {pk}, sedangkan pagu belanja operasi + belanja modal {belanja}")
            }
            Msg::BadNip { value } => format!("`{value}` bukan NIP: NIP terdiri dari 18 angka (boleh berspasi), mis. 19630804 198711 1 001"),
            Msg::BadDate { value } => format!("`{value}` bukan tanggal yang sah dengan format TTTT-BB-HH (mis. 2022-03-01)"),
            Msg::AbsolutePath { file } => {
                format!("`{file}` adalah path absolut; berkas hanya dibaca dari folder laporan, tulis path relatif terhadap folder itu")
            }
            Msg::LeavesFolder { file } => format!("`{file}` keluar dari folder laporan (`..`); berkas hanya dibaca dari folder laporan"),
            Msg::EmptyFileName => "nama berkas kosong".into(),
            Msg::TooManyDecimals { dp } => format!("{dp} angka desimal terlalu banyak untuk laporan (paling banyak 6)"),
            Msg::PpiOutOfRange { ppi } => format!("{ppi} ppi di luar 72–600 (220 cukup untuk cetak)"),
            Msg::ScaleEmpty => "skala harus memiliki paling sedikit satu rentang".into(),
            Msg::BoundTooFine { value, dp } => format!("{value} memiliki lebih banyak desimal daripada yang ditampilkan dokumen ({dp})"),
            Msg::MinAboveMax { label, min, maks } => format!("rentang `{label}` memiliki min {min} di atas maks {maks}"),
            Msg::BandsOverlap { lo, hi, detail: None } => format!("rentang `{lo}` dan `{hi}` tumpang tindih"),
            Msg::BandsOverlap { lo, hi, detail: Some((a, b)) } => format!("rentang `{lo}` dan `{hi}` tumpang tindih: {a} ≤ {b}"),
            Msg::BandsGap { lo, hi, from, to } => {
                format!("ada celah antara rentang `{lo}` dan `{hi}`: nilai {from} sampai di bawah {to} tidak masuk rentang mana pun")
            }
            Msg::NoBand => "capaian tidak masuk rentang mana pun pada skala kategori".into(),
            Msg::Glyphs { list } => format!("huruf laporan tidak dapat menampilkan {list}"),
            Msg::Input(m) => m.text(Lang::Id),
            Msg::Anggaran(m) => m.text(Lang::Id),
            Msg::Ukur(m) => m.text(Lang::Id),
            Msg::Gambar(m) => m.text(Lang::Id),
            Msg::MarkIncomplete => "jika tidak semua kegiatan program dicantumkan, tulis `kegiatan_lengkap: false`".into(),
            Msg::StartBandAt { label, at } => format!("mulai `{label}` dari {at}"),
            Msg::ReplaceChars => "ganti atau hapus karakter tersebut".into(),
            Msg::DidYouMean { name } => format!("maksudnya `{name}`?"),
            Msg::UsePlaceholder => {
                "tulis penanda seperti `{ID.capaian}` agar teks selalu sama dengan tabel".into()
            }
            Msg::WritePlaceholder { key } => {
                format!("tulis `{{{key}}}` saja, agar teks tetap benar bila datanya berubah")
            }
            Msg::MoreDecimals { dp: Some(dp) } => format!(
                "status mengikuti capaian yang tercetak: isi `desimal: {dp}` di bawah `dokumen` agar selisihnya \
                 tercetak, atau periksa realisasi dan targetnya"
            ),
            Msg::MoreDecimals { dp: None } => {
                "status mengikuti capaian yang tercetak: periksa realisasi dan targetnya".into()
            }
            Msg::AddField { field } => format!("tambahkan `{field}:` di sini"),
            Msg::Unfinished { value } => format!("`{value}` adalah catatan, bukan isinya: PDF mencetak garis kosong untuk diisi tangan sampai isinya ditulis di sini"),
            Msg::NoNip => "NIP kepala instansi belum diisi: NIP dicetak di bawah nama pada akhir laporan".into(),
            Msg::NoPkDate => "tanggal penandatanganan Perjanjian Kinerja belum diisi: PDF mengosongkan tanggal dan bulannya untuk diisi".into(),
            Msg::UnknownBlock { nama, offered } if offered.is_empty() => format!("`{{{{{nama}}}}}`: isian ini tidak dapat menempatkan blok"),
            Msg::UnknownBlock { nama, offered } => format!("`{{{{{nama}}}}}` bukan blok bagian ini; yang tersedia: {}", offered.iter().map(|o| format!("`{{{{{o}}}}}`")).collect::<Vec<_>>().join(", ")),
            Msg::BlockInList { nama } => format!("`{{{{{nama}}}}}` berada di dalam daftar; blok hanya dapat ditempatkan di antara paragraf"),
            Msg::BlockTwice { nama } => format!("`{{{{{nama}}}}}` ditempatkan dua kali; sebuah blok hanya muncul sekali"),
            Msg::SummaryOk { file, warnings, sasaran, indikator, above, at, below } => format!(
                "{file}: baik ({warnings} peringatan): {sasaran} sasaran, {indikator} indikator: {above} di atas, {at} sama dengan, {below} di bawah target"
            ),
            Msg::SummaryInvalid { file, errors, warnings } => {
                format!("{file}: {errors} kesalahan, {warnings} peringatan")
            }
            Msg::RebuiltOk { secs } => format!("baik dalam {} detik", secs.replace('.', ",")),
            Msg::RebuiltWithProblems { errors, warnings } => format!("{errors} kesalahan, {warnings} peringatan"),
            Msg::NotANumber { raw, suggestion: Some(s) } => {
                format!("`{raw}` bukan angka: tulis `{s}` (desimal dengan titik, tanpa pemisah ribuan)")
            }
            Msg::NotANumber { raw, suggestion: None } if raw.trim().is_empty() => "angkanya kosong".into(),
            Msg::NotANumber { raw, suggestion: None } => format!(
                "`{raw}` bukan angka: tulis angka saja, boleh dengan `-` dan satu `.` (mis. `60.27`, `-4.68`, `12644738000`)"
            ),
            Msg::InitDone { yaml } => format!(
                "{yaml} dibuat\nlangkah berikutnya:\n  1. isi setiap \"\" di dalamnya (baris berawalan # menjelaskan setiap bagian)\n  2. lkjip check {yaml}     menyebutkan apa yang masih kurang atau salah\n  3. lkjip build {yaml}     PDF draf untuk dibaca\n  4. lkjip release {yaml}   PDF final, diarsipkan"
            ),
        }
    }
}

/// The word before a problem: `error`, `warning`.
pub fn severity(sev: Severity, lang: Lang) -> &'static str {
    match (sev, lang) {
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Note, Lang::En) => "note",
        (Severity::Error, Lang::Id) => "kesalahan",
        (Severity::Warning, Lang::Id) => "peringatan",
        (Severity::Note, Lang::Id) => "catatan",
    }
}

/// The word before a hint.
pub fn hint(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "hint",
        Lang::Id => "saran",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_the_language_and_the_flag_wins() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::choose(None, env(&[("LANG", "id_ID.UTF-8")])), Lang::Id);
        assert_eq!(Lang::choose(None, env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::choose(None, env(&[("LC_ALL", "C"), ("LANG", "id_ID")])), Lang::En);
        assert_eq!(Lang::choose(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "id"), ("LANG", "C")])), Lang::Id);
        assert_eq!(Lang::choose(None, env(&[])), Lang::En);
        assert_eq!(Lang::choose(Some(Lang::En), env(&[("LANG", "id_ID")])), Lang::En);
    }

    #[test]
    fn every_kind_reads_in_both_languages() {
        let m = Msg::NoTarget { year: 2024 };
        assert_eq!(m.text(Lang::En), "no target for the report year 2024");
        assert_eq!(m.text(Lang::Id), "belum ada target untuk tahun laporan 2024");
        let u = Msg::UnknownField { field: "nipp".into(), expected: vec!["nama".into(), "nip".into()] };
        assert_eq!(u.text(Lang::En), "unknown field `nipp`, expected one of `nama`, `nip`");
        assert!(u.text(Lang::Id).starts_with("isian `nipp` tidak dikenal"));
        assert_eq!(severity(Severity::Error, Lang::Id), "kesalahan");
        assert_eq!(hint(Lang::Id), "saran");
    }
}
