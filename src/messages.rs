//! The message catalogue: each kind of message with its parameters, and its text per language.
//!
//! Checks say *what* happened as a [`Msg`]; the text form picks the words. The English text
//! is also stored in `Problem.message`, so JSON output stays stable whatever the locale.

use crate::diag::Severity;

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
    MissingField { field: String },
    UnknownField { field: String, expected: Vec<String> },
    DuplicateId { id: String, first: String },
    NoTarget { year: u16 },
    NoRealisasi { year: u16 },
    UnknownPlaceholder { key: String, id: String },
    /// A reference to an id that does not exist; `what` is `indicator`, `program`, `kegiatan` or `sasaran`.
    UnknownRef { what: String, id: String },
    TypedFigure { typed: String },
    // hints
    DidYouMean { name: String },
    UsePlaceholder,
    AddField { field: String },
    // summaries
    SummaryOk { file: String, warnings: usize, sasaran: usize, indikator: usize, above: usize, at: usize, below: usize },
    SummaryInvalid { file: String, errors: usize, warnings: usize },
    RebuiltOk { secs: String },
    RebuiltWithProblems { errors: usize, warnings: usize },
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
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
            Msg::TypedFigure { typed } => format!("`{typed}` is typed by hand and matches no figure of the report"),
            Msg::DidYouMean { name } => format!("did you mean `{name}`?"),
            Msg::UsePlaceholder => "write a placeholder such as `{ID.capaian}` so the text always agrees with the tables".into(),
            Msg::AddField { field } => format!("add `{field}:` here"),
            Msg::SummaryOk { file, warnings, sasaran, indikator, above, at, below } => format!(
                "{file}: ok ({}): {sasaran} sasaran, {indikator} indikator: {above} above, {at} at, {below} below target",
                plural(*warnings, "warning")
            ),
            Msg::SummaryInvalid { file, errors, warnings } => {
                format!("{file}: {}, {}", plural(*errors, "error"), plural(*warnings, "warning"))
            }
            Msg::RebuiltOk { secs } => format!("ok in {secs} s"),
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
            Msg::UnknownRef { what, id } => {
                let what = if what == "indicator" { "indikator" } else { what };
                format!("{what} `{id}` tidak ada")
            }
            Msg::TypedFigure { typed } => {
                format!("`{typed}` diketik manual dan tidak sama dengan angka mana pun dalam laporan")
            }
            Msg::DidYouMean { name } => format!("maksudnya `{name}`?"),
            Msg::UsePlaceholder => {
                "tulis penanda seperti `{ID.capaian}` agar teks selalu sama dengan tabel".into()
            }
            Msg::AddField { field } => format!("tambahkan `{field}:` di sini"),
            Msg::SummaryOk { file, warnings, sasaran, indikator, above, at, below } => format!(
                "{file}: baik ({warnings} peringatan): {sasaran} sasaran, {indikator} indikator: {above} di atas, {at} sama dengan, {below} di bawah target"
            ),
            Msg::SummaryInvalid { file, errors, warnings } => {
                format!("{file}: {errors} kesalahan, {warnings} peringatan")
            }
            Msg::RebuiltOk { secs } => format!("baik dalam {} detik", secs.replace('.', ",")),
            Msg::RebuiltWithProblems { errors, warnings } => format!("{errors} kesalahan, {warnings} peringatan"),
        }
    }
}

/// The word before a problem: `error`, `warning`.
pub fn severity(sev: Severity, lang: Lang) -> &'static str {
    match (sev, lang) {
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Error, Lang::Id) => "kesalahan",
        (Severity::Warning, Lang::Id) => "peringatan",
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
