//! What the sentence around a typed figure is about: whose figure (an indicator, sasaran,
//! program or kegiatan named near it), what kind (capaian, realisasi, target, serapan,
//! efisiensi, pagu), and which year.

use super::candidates::Jenis;
use crate::input::types::Tahun;
use crate::model::Report;

/// A text lowercased, with every run of other characters than letters and digits made one
/// space, and the offset of each of its characters in the original.
struct Normal {
    text: Vec<char>,
    at: Vec<usize>,
}

fn normal(chars: &[char]) -> Normal {
    let mut n = Normal { text: Vec::new(), at: Vec::new() };
    for (i, c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            n.text.push(c.to_lowercase().next().unwrap_or(*c));
            n.at.push(i);
        } else if n.text.last().is_some_and(|l| *l != ' ') {
            n.text.push(' ');
            n.at.push(i);
        }
    }
    n
}

fn normal_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    normal(&chars).text.into_iter().collect::<String>().trim().to_owned()
}

/// The names people use for the report's figure owners: ids, names, acronyms.
pub struct Names {
    /// A normalized name and the owners it names.
    entries: Vec<(Vec<char>, Vec<String>)>,
    /// Every owner id, for placeholders.
    ids: Vec<String>,
}

impl Names {
    pub fn new(report: &Report) -> Names {
        let mut named: Vec<(String, String)> = Vec::new();
        let mut acronyms: Vec<(String, String)> = Vec::new();
        let mut ids = Vec::new();
        for r in &report.indikator {
            let i = report.indikator_at(r);
            named.push((i.nama.clone(), i.id.clone()));
            for w in i.nama.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() >= 3 && w.chars().all(|c| c.is_uppercase()) {
                    acronyms.push((w.to_owned(), i.id.clone()));
                }
            }
        }
        for t in &report.doc.perencanaan.tujuan {
            for s in &t.sasaran {
                named.push((s.uraian.clone(), s.id.clone()));
                ids.push(s.id.clone());
            }
        }
        for p in &report.doc.program {
            named.push((p.nama.clone(), p.id.clone()));
            ids.push(p.id.clone());
            for o in &p.outcome {
                named.push((o.nama.clone(), p.id.clone()));
            }
            for k in &p.kegiatan {
                named.push((k.nama.clone(), k.id.clone()));
                ids.push(k.id.clone());
                for s in &k.sub_kegiatan {
                    named.push((s.nama.clone(), s.id.clone()));
                    ids.push(s.id.clone());
                }
            }
        }
        for r in &report.indikator {
            ids.push(report.indikator_at(r).id.clone());
        }
        for (words, owner) in [
            ("belanja operasi", "keuangan.belanja_operasi"),
            ("belanja modal", "keuangan.belanja_modal"),
            ("pendapatan", "keuangan.pendapatan"),
            ("belanja", "keuangan.belanja"),
            ("keseluruhan", "ringkasan"),
        ] {
            named.push((words.to_owned(), owner.to_owned()));
        }
        for id in &ids {
            named.push((id.clone(), id.clone()));
        }
        for (a, owner) in &acronyms {
            if acronyms.iter().all(|(b, o)| b != a || o == owner) {
                named.push((a.clone(), owner.clone()));
            }
        }
        let mut entries: Vec<(Vec<char>, Vec<String>)> = Vec::new();
        for (name, owner) in named {
            let n: Vec<char> = normal_str(&name).chars().collect();
            if n.is_empty() {
                continue;
            }
            match entries.iter_mut().find(|(m, _)| *m == n) {
                Some((_, owners)) if !owners.contains(&owner) => owners.push(owner),
                Some(_) => {}
                None => entries.push((n, vec![owner])),
            }
        }
        ids.extend(["ringkasan", "keuangan"].map(str::to_owned));
        Names { entries, ids }
    }
}

/// Something named in a text: who, or which year, between two character offsets.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    owners: Vec<String>,
}

/// A text read once for all the figures typed in it.
pub struct Reading {
    chars: Vec<char>,
    norm: Normal,
    mentions: Vec<Mention>,
    /// Spans of placeholders and typed figures, which end the reach of a kind word.
    figures: Vec<(usize, usize)>,
    /// Years named, where.
    years: Vec<(usize, Tahun)>,
}

/// What a figure's sentence is about.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// Whose figure it is: the nearest owner named; several when one name names several.
    pub owners: Vec<String>,
    pub jenis: Option<Jenis>,
    /// The kind named last in the sentence before it, even before another figure
    /// (`efisiensi −22,76 %, bukan −22,27 %`): used when nothing nearer says more.
    pub jenis_kalimat: Option<Jenis>,
    /// The year named, if any.
    pub tahun: Option<Tahun>,
}

fn is_year(w: &[char]) -> Option<Tahun> {
    if w.len() != 4 || !w.iter().all(char::is_ascii_digit) {
        return None;
    }
    let y: Tahun = w.iter().collect::<String>().parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

const ABBREVIATIONS: [&str; 8] = ["rp", "no", "jl", "kab", "ir", "dr", "drs", "hj"];

impl Reading {
    /// Read `text`; `typed` are the spans of the figures typed in it.
    #[expect(
        clippy::arithmetic_side_effects,
        reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
    )]
    pub fn new(text: &str, names: &Names, tahun: Tahun, placeholders: bool, typed: &[(usize, usize)]) -> Reading {
        let chars: Vec<char> = text.chars().collect();
        let norm = normal(&chars);
        let mut mentions = Vec::new();
        let n = &norm.text;
        let boundary = |p: usize| p == 0 || n[p - 1] == ' ';
        for (needle, owners) in &names.entries {
            let len = needle.len();
            let mut p = 0;
            while p + len <= n.len() {
                if n[p..p + len] == needle[..] && boundary(p) && (p + len == n.len() || n[p + len] == ' ') {
                    mentions.push(Mention { start: norm.at[p], end: norm.at[p + len - 1] + 1, owners: owners.clone() });
                    p += len;
                } else {
                    p += 1;
                }
            }
        }
        let mut figures = typed.to_vec();
        let mut years = Vec::new();
        if placeholders {
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '{' && (i == 0 || chars[i - 1] != '\\') {
                    let close = chars[i..].iter().position(|c| *c == '}').map(|p| i + p);
                    let Some(close) = close else { break };
                    let key: String = chars[i + 1..close].iter().collect();
                    let parts: Vec<&str> = key.trim().split('.').collect();
                    if parts == ["tahun"] {
                        years.push((i, tahun));
                    } else {
                        if let Some(id) = parts.first().filter(|id| names.ids.iter().any(|x| x == *id)) {
                            let owner = match (parts.first(), parts.get(1)) {
                                (Some(&"keuangan"), Some(part)) => format!("keuangan.{part}"),
                                _ => (*id).to_owned(),
                            };
                            mentions.push(Mention { start: i, end: close + 1, owners: vec![owner] });
                        }
                        figures.push((i, close + 1));
                    }
                    i = close + 1;
                    continue;
                }
                i += 1;
            }
        }
        // years: four digits alone (not `2016-2021`), and `tahun ini`, `tahun lalu`
        let words = words(&norm);
        for (k, (s, e)) in words.iter().enumerate() {
            let w = &n[*s..*e];
            let (start, end) = (norm.at[*s], norm.at[*e - 1] + 1);
            let joined = |c: Option<&char>| c.is_some_and(|c| matches!(c, '-' | '–' | '/'));
            let in_range = joined(chars.get(end)) || (start > 0 && joined(chars.get(start - 1)));
            let in_figure = figures.iter().any(|(a, b)| start >= *a && start < *b);
            if let Some(y) = is_year(w).filter(|_| !in_range && !in_figure) {
                years.push((start, y));
            }
            if w == ['t', 'a', 'h', 'u', 'n'] {
                let next: String = words.get(k + 1).map_or(String::new(), |(a, b)| n[*a..*b].iter().collect());
                match next.as_str() {
                    "ini" | "berjalan" => years.push((start, tahun)),
                    "lalu" | "sebelumnya" => years.push((start, tahun.saturating_sub(1))),
                    _ => {}
                }
            }
        }
        Reading { chars, norm, mentions, figures, years }
    }

    /// Where the paragraph and the sentence holding `at` begin and end.
    #[expect(
        clippy::arithmetic_side_effects,
        reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
    )]
    fn bounds(&self, at: usize) -> ((usize, usize), (usize, usize)) {
        let c = &self.chars;
        let line_starts_item = |i: usize| {
            let rest: String = c[i..].iter().take(6).collect::<String>();
            let t = rest.trim_start();
            t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || {
                let head: String = t.chars().take_while(|x| !x.is_whitespace()).collect();
                (head.ends_with('.') || head.ends_with(')')) && head.len() <= 4 && head.len() >= 2
            }
        };
        let para_break = |i: usize| {
            // a blank line, or a new list item, starts at i + 1
            c[i] == '\n'
                && (c[i + 1..].iter().take_while(|x| **x != '\n').all(|x| x.is_whitespace()) || line_starts_item(i + 1))
        };
        let mut ps = at.min(c.len());
        while ps > 0 && !para_break(ps - 1) {
            ps -= 1;
        }
        let mut pe = at.min(c.len());
        while pe < c.len() && !para_break(pe) {
            pe += 1;
        }
        let sentence_end = |i: usize| {
            matches!(c[i], '.' | '!' | '?' | ';')
                && c.get(i + 1).is_none_or(|x| x.is_whitespace())
                && !{
                    let w: String = c[..i].iter().rev().take_while(|x| x.is_alphabetic()).collect();
                    let w: String = w.chars().rev().collect::<String>().to_lowercase();
                    ABBREVIATIONS.contains(&w.as_str())
                }
        };
        let mut ss = at.min(c.len());
        while ss > ps && !sentence_end(ss - 1) {
            ss -= 1;
        }
        let mut se = at.min(c.len());
        while se < pe && !sentence_end(se) {
            se += 1;
        }
        ((ps, pe), (ss, se))
    }

    /// The context of the figure typed at `start..end`.
    pub fn context(&self, start: usize, end: usize) -> Context {
        let ((ps, _), (ss, se)) = self.bounds(start);
        let before = self
            .mentions
            .iter()
            .filter(|m| m.end <= start && m.start >= ps)
            .max_by(|a, b| a.end.cmp(&b.end).then(b.start.cmp(&a.start)));
        let after = || self.mentions.iter().filter(|m| m.start >= end && m.end <= se).min_by_key(|m| m.start);
        let owners = before.or_else(after).map(|m| m.owners.clone()).unwrap_or_default();
        // a kind word reaches the next figure only
        let from = self.figures.iter().filter(|(_, e)| *e <= start && *e > ss).map(|(_, e)| *e).max().unwrap_or(ss);
        let jenis = self.kind_between(from, start);
        let jenis_kalimat = self.kind_between(ss, start);
        let tahun = self.years.iter().filter(|(p, _)| *p >= ss && *p < start).max_by_key(|(p, _)| *p).map(|(_, y)| *y);
        Context { owners, jenis, jenis_kalimat, tahun }
    }

    /// The last kind of figure named between two offsets.
    #[expect(
        clippy::arithmetic_side_effects,
        reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
    )]
    fn kind_between(&self, from: usize, to: usize) -> Option<Jenis> {
        let n = &self.norm.text;
        let mut last = None;
        let words = words(&self.norm);
        let in_figure = |at: usize| self.figures.iter().any(|(a, b)| at >= *a && at < *b);
        let inside: Vec<&(usize, usize)> = words
            .iter()
            .filter(|(s, _)| {
                let at = self.norm.at[*s];
                at >= from && at < to && !in_figure(at)
            })
            .collect();
        for (k, (s, e)) in inside.iter().enumerate() {
            let w: String = n[*s..*e].iter().collect();
            let next: String = inside.get(k + 1).map_or(String::new(), |(a, b)| n[*a..*b].iter().collect());
            let kind = match w.as_str() {
                "kinerja" if next == "nyata" => Some(Jenis::Realisasi),
                "daya" if next == "serap" => Some(Jenis::Serapan),
                w if w.starts_with("capaian") || w.starts_with("pencapaian") => Some(Jenis::Capaian),
                w if w.starts_with("realisasi") || w.starts_with("terealisasi") => Some(Jenis::Realisasi),
                w if w.starts_with("target") || w == "ditargetkan" => Some(Jenis::Target),
                w if w.starts_with("serapan") || w.starts_with("penyerapan") || w == "terserap" => Some(Jenis::Serapan),
                w if w.starts_with("efisiensi") => Some(Jenis::Efisiensi),
                w if w.starts_with("pagu") => Some(Jenis::Pagu),
                _ => None,
            };
            if kind.is_some() {
                last = kind;
            }
        }
        last
    }
}

/// The words of a normalized text, as index ranges.
fn words(n: &Normal) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = None;
    for (i, c) in n.text.iter().enumerate() {
        match (c == &' ', s) {
            (false, None) => s = Some(i),
            (true, Some(a)) => {
                out.push((a, i));
                s = None;
            }
            _ => {}
        }
    }
    if let Some(a) = s {
        out.push((a, n.text.len()));
    }
    out
}
