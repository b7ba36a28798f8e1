//! Figures typed by hand in a text: percentages and amounts of money, in every way people
//! write them (`71,13 %`, `71,13 persen`, `71,13 per seratus`, `Rp 12.644.738.000`,
//! `Rp.7,22 Trilyun`, `12.644.738.000 rupiah`, `12.644.738.000,-`, `Rp 12,644,738,000`,
//! `−22,76 %`), with the value and the number of decimals as typed.

use rust_decimal::Decimal;

/// What a typed figure is a number of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Persen,
    Rupiah,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    /// Character offsets of the figure in its text, unit included.
    pub start: usize,
    pub end: usize,
    /// The figure as typed (`Rp 12.644.738.000,-`).
    pub text: String,
    /// The number as typed, signed, before any scale word (`7,22` of `Rp 7,22 Trilyun`).
    pub value: Decimal,
    /// Decimals typed (`99,60` has 2, `95` has 0).
    pub decimals: u32,
    pub unit: Unit,
    /// The scale word's factor (`Juta` 10⁶); 1 without one.
    pub kali: Decimal,
}

const MINUS: [char; 2] = ['-', '\u{2212}'];
/// Signs that make a number a bound (`< 100 %`), not a figure.
const BOUNDS: [char; 6] = ['<', '>', '≤', '≥', '±', '='];

/// Scale words of money and their number of zeros.
fn scale_word(w: &str) -> Option<u32> {
    match w.to_lowercase().as_str() {
        "ribu" => Some(3),
        "juta" => Some(6),
        "milyar" | "miliar" => Some(9),
        "trilyun" | "triliun" => Some(12),
        _ => None,
    }
}

/// The word (letters only) starting at `i`, and where it ends.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn word_at(chars: &[char], i: usize) -> (String, usize) {
    let mut j = i;
    while j < chars.len() && chars[j].is_alphabetic() {
        j += 1;
    }
    (chars[i..j].iter().collect(), j)
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && (chars[i] == ' ' || chars[i] == '\u{a0}') {
        i += 1;
    }
    i
}

/// Every percentage and amount typed in `text`. With `placeholders`, `{…}` is a placeholder
/// and skipped (narrative); without, braces are plain characters (captions, titles).
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
pub fn scan(text: &str, placeholders: bool) -> Vec<Typed> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut in_ref = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let escaped = i > 0 && chars[i - 1] == '\\';
        if placeholders && !escaped && c == '{' {
            in_ref = true;
        } else if placeholders && !escaped && c == '}' {
            in_ref = false;
        }
        let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        if in_ref || !word_start {
            i += 1;
            continue;
        }
        if let Some(t) = figure_at(&chars, i) {
            i = t.end;
            out.push(t);
            continue;
        }
        // skip the rest of a number that does not make a figure, so `2.016` is not read from `12.016`
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',') {
            i += 1;
        }
        i += 1;
    }
    out
}

/// A figure starting at `start` (at `Rp`, a minus sign or a digit), if there is one.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn figure_at(chars: &[char], start: usize) -> Option<Typed> {
    let mut j = start;
    let rp = chars[j..].starts_with(&['R', 'p']) && !chars.get(j + 2).is_some_and(|c| c.is_alphabetic());
    if rp {
        j += 2;
        if chars.get(j) == Some(&'.') {
            j += 1;
        }
        j = skip_spaces(chars, j);
    }
    let negative =
        chars.get(j).is_some_and(|c| MINUS.contains(c)) && chars.get(j + 1).is_some_and(char::is_ascii_digit);
    if negative {
        if !rp && start > 0 && chars[start - 1].is_alphanumeric() {
            return None;
        }
        j += 1;
    }
    if !chars.get(j).is_some_and(char::is_ascii_digit) {
        return None;
    }
    // a bound such as `< 100 %` is not a figure
    let before = chars[..start].iter().rev().find(|c| **c != ' ');
    if before.is_some_and(|c| BOUNDS.contains(c)) {
        return None;
    }
    let num_start = j;
    while j < chars.len()
        && (chars[j].is_ascii_digit()
            || ((chars[j] == '.' || chars[j] == ',') && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
    {
        j += 1;
    }
    let number: String = chars[num_start..j].iter().collect();
    let mut end = j;
    let mut money = rp;
    // `12.644.738.000,-`
    if chars.get(j) == Some(&',') && chars.get(j + 1).is_some_and(|c| MINUS.contains(c)) {
        money = true;
        end = j + 2;
    }
    let mut k = skip_spaces(chars, end);
    let mut zeros = 0;
    let (w, after) = word_at(chars, k);
    if let Some(z) = scale_word(&w) {
        zeros = z;
        k = skip_spaces(chars, after);
        end = after;
    }
    let (w, after) = word_at(chars, k);
    let lower = w.to_lowercase();
    let mut persen = false;
    if chars.get(k) == Some(&'%') {
        persen = true;
        end = k + 1;
    } else if lower == "persen" {
        persen = true;
        end = after;
    } else if lower == "per" && word_at(chars, skip_spaces(chars, after)).0.to_lowercase() == "seratus" {
        persen = true;
        end = word_at(chars, skip_spaces(chars, after)).1;
    } else if lower == "rupiah" {
        money = true;
        end = after;
    }
    if persen == money || (persen && zeros > 0) || (zeros > 0 && !money) {
        return None;
    }
    let (mut value, decimals) = parse_number(&number, money && zeros == 0)?;
    if negative {
        value = crate::number::negated(value);
    }
    let kali = Decimal::from_i128_with_scale(10i128.pow(zeros), 0);
    let unit = if persen { Unit::Persen } else { Unit::Rupiah };
    Some(Typed { start, end, text: chars[start..end].iter().collect(), value, decimals, unit, kali })
}

/// A number written with `.` or `,` grouping thousands and the other one before decimals.
/// `whole_money`: a single `,` before three digits groups thousands (`Rp 12,644`).
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn parse_number(s: &str, whole_money: bool) -> Option<(Decimal, u32)> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let after = |sep: char| s.rsplit(sep).next().map_or(0, str::len);
    let decimal_sep = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (0, _) if commas > 1 => None,
        (1, 0) => (after('.') != 3 || !grouped(s, '.')).then_some('.'),
        (0, 1) => (!(whole_money && after(',') == 3 && grouped(s, ','))).then_some(','),
        _ => {
            let last = s.rfind(['.', ',']).map(|i| &s[i..i + 1])?;
            let sep = if last == "." { '.' } else { ',' };
            if s.matches(sep).count() > 1 {
                return None;
            }
            Some(sep)
        }
    };
    let (int, frac) = match decimal_sep {
        Some(sep) => s.rsplit_once(sep)?,
        None => (s, ""),
    };
    let thousands = if decimal_sep == Some('.') { ',' } else { '.' };
    if int.contains(thousands) && !grouped(int, thousands) {
        return None;
    }
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let canonical = if frac.is_empty() { digits } else { format!("{digits}.{frac}") };
    let value = Decimal::from_str_exact(&canonical).ok()?;
    Some((value, frac.len() as u32))
}

/// Whether `s` is digits in groups of three after a first group of one to three (`12.644.738`).
fn grouped(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len()) && !(first.starts_with('0') && s.contains(sep)) && parts.all(|p| p.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String, u32, Unit, String)> {
        scan(text, true)
            .into_iter()
            .map(|t| (t.text, t.value.to_string(), t.decimals, t.unit, t.kali.to_string()))
            .collect()
    }

    fn one(text: &str) -> (String, String, u32, Unit, String) {
        let f = found(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn percentages_in_every_spelling() {
        use Unit::Persen;
        assert_eq!(one("capaian 71,13% saja"), ("71,13%".into(), "71.13".into(), 2, Persen, "1".into()));
        assert_eq!(one("capaian 71,13 % saja").0, "71,13 %");
        assert_eq!(one("sebesar 71,13 persen").0, "71,13 persen");
        assert_eq!(one("sebesar 71,13 Persen.").1, "71.13");
        assert_eq!(one("sebesar 71,13 per seratus").0, "71,13 per seratus");
        assert_eq!(one("sebesar 71.13 %").1, "71.13");
        assert_eq!(one("sebesar 95 %"), ("95 %".into(), "95".into(), 0, Persen, "1".into()));
        assert_eq!(one("efisiensi −22,76 %"), ("−22,76 %".into(), "-22.76".into(), 2, Persen, "1".into()));
        assert_eq!(one("efisiensi -22,27 %").1, "-22.27");
        assert_eq!(one("naik 1.234,5 %").1, "1234.5");
    }

    #[test]
    fn amounts_in_every_spelling() {
        use Unit::Rupiah;
        let amount = |t: &str| one(t).1;
        assert_eq!(
            one("pagu Rp 12.644.738.000"),
            ("Rp 12.644.738.000".into(), "12644738000".into(), 0, Rupiah, "1".into())
        );
        assert_eq!(amount("pagu Rp. 12.644.738.000"), "12644738000");
        assert_eq!(amount("pagu Rp12.644.738.000"), "12644738000");
        assert_eq!(amount("pagu Rp 12,644,738,001"), "12644738001");
        assert_eq!(amount("pagu Rp 12,644"), "12644");
        assert_eq!(one("pagu 12.644.738.001 rupiah").0, "12.644.738.001 rupiah");
        assert_eq!(one("pagu 12.644.738.000,- saja").0, "12.644.738.000,-");
        assert_eq!(one("pagu Rp 12.644.738.000,00").1, "12644738000.00");
        assert_eq!(
            one("modal Rp.7,22 Trilyun"),
            ("Rp.7,22 Trilyun".into(), "7.22".into(), 2, Rupiah, "1000000000000".into())
        );
        assert_eq!(one("modal 9,43 milyar rupiah").4, "1000000000");
    }

    #[test]
    fn other_numbers_are_not_figures() {
        for t in [
            "Nomor 29 Tahun 2014",
            "Renstra 2016-2021 dan 5 sasaran",
            "{kup-kur.realisasi}% dan {a.capaian}",
            "yang tidak tercapai (< 100%)",
            "x5% dan 3 juta UMKM",
            "Rp {modal-koperasi.realisasi} Trilyun",
            "versi 1.2.3 %",
            "tanggal 1.5.2021",
        ] {
            assert_eq!(found(t), [], "{t}");
        }
        // braces are plain characters in a caption
        assert_eq!(scan("{71,13 %}", false).len(), 1);
    }
}
