//! Numbers between a workbook's cells, the YAML's text and [`Decimal`]: exact both ways.
//!
//! A cell holds an IEEE double. Writing, a Decimal goes through its exact decimal text, which
//! Rust parses to the nearest double; reading, a double is given back as the shortest text that
//! reads as it, rounded to the 15 significant digits Excel shows, so `85.5` typed in Excel is
//! 85.5 and never 85.4999…. Written into the YAML, a number keeps the style of the value it
//! replaces (`1_000_000`, `85,5`, `1.187.450.000`), or the style most of the file's numbers use.
#![expect(
    clippy::disallowed_types,
    reason = "a workbook cell is an f64: converted here, at the boundary, through exact decimal text"
)]

use std::str::FromStr;

use rust_decimal::Decimal;

/// The double nearest to `d` (exact for amounts below 2^53 and for up to 15 digits).
pub fn ke_excel(d: Decimal) -> f64 {
    d.to_string().parse().unwrap_or_default()
}

/// The number a cell's double stands for, as Excel shows it (15 significant digits); `None`
/// for infinities and NaN.
pub fn dari_excel(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    let d = Decimal::from_str(&format!("{f}")).ok().or_else(|| Decimal::from_str(&format!("{f:e}")).ok())?;
    Some(d.round_sf(15).unwrap_or(d).normalize())
}

/// Why a text in a cell is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BukanAngka {
    /// Letters, `%`, `Rp`, spaces inside…
    Tanda,
    /// `1.500`: thousands in Indonesian, one and a half in English.
    Mendua,
}

/// A number typed as text in a cell: digits with an optional `-`, either Indonesian (`85,5`,
/// `1.187.450.000`, `1.187.450.000,25`) or a dot decimal (`85.5`). `1.500` is ambiguous and
/// refused.
pub fn baca_teks(raw: &str) -> Result<Decimal, BukanAngka> {
    let s = raw.trim();
    let (neg, body) = match s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Some(b) => (true, b),
        None => (false, s),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(BukanAngka::Tanda);
    }
    let plain = if body.contains(',') {
        let (int, frac) = body.split_once(',').ok_or(BukanAngka::Tanda)?;
        if frac.is_empty() || frac.contains([',', '.']) || !grouped(int) {
            return Err(BukanAngka::Tanda);
        }
        format!("{}.{frac}", int.replace('.', ""))
    } else {
        match body.matches('.').count() {
            0 => body.to_owned(),
            1 => {
                let (int, frac) = body.split_once('.').ok_or(BukanAngka::Tanda)?;
                if int.is_empty() || frac.is_empty() {
                    return Err(BukanAngka::Tanda);
                }
                if frac.len() == 3 && int != "0" {
                    return Err(BukanAngka::Mendua);
                }
                body.to_owned()
            }
            _ if grouped(body) => body.replace('.', ""),
            _ => return Err(BukanAngka::Tanda),
        }
    };
    let d = Decimal::from_str_exact(&plain).map_err(|_| BukanAngka::Tanda)?;
    Ok(if neg { -d } else { d })
}

/// `1.187.450` style: groups of three after the first, or no dots at all.
fn grouped(int: &str) -> bool {
    let mut parts = int.split('.');
    let first = parts.next().unwrap_or_default();
    !first.is_empty()
        && first.len() <= if int.contains('.') { 3 } else { usize::MAX }
        && first.chars().all(|c| c.is_ascii_digit())
        && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// How the YAML writes a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gaya {
    /// `85,5` and `1.187.450.000` rather than `85.5` and `1187450000`.
    pub indonesia: bool,
    /// Thousands grouped (`.` in Indonesian style, `_` otherwise).
    pub ribuan: bool,
}

impl Gaya {
    /// The style of one written number; `None` when it says nothing (`2021`, `""`).
    pub fn dari(text: &str) -> Option<Gaya> {
        let t = text.trim().trim_start_matches(['-', '−']);
        if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '_')) {
            return None;
        }
        if t.contains('_') {
            return Some(Gaya { indonesia: false, ribuan: true });
        }
        if t.contains(',') || t.matches('.').count() > 1 {
            return Some(Gaya { indonesia: true, ribuan: t.contains('.') });
        }
        t.contains('.').then_some(Gaya { indonesia: false, ribuan: false })
    }

    /// The style most of `texts` use (plain dots when none says).
    pub fn umum<'a>(texts: impl IntoIterator<Item = &'a str>) -> Gaya {
        let (mut id, mut dot, mut grouped) = (0usize, 0usize, 0usize);
        for g in texts.into_iter().filter_map(Gaya::dari) {
            if g.indonesia {
                id += 1
            } else {
                dot += 1
            }
            if g.ribuan {
                grouped += 1
            }
        }
        Gaya { indonesia: id > dot, ribuan: grouped * 2 > id + dot && grouped > 0 }
    }

    /// `d` written in this style.
    pub fn tulis(self, d: Decimal) -> String {
        let text = d.to_string();
        let (sign, body) = match text.strip_prefix('-') {
            Some(b) => ("-", b),
            None => ("", text.as_str()),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let int = if self.ribuan && int.len() > 3 {
            let sep = if self.indonesia { "." } else { "_" };
            let digits: Vec<char> = int.chars().collect();
            let head = digits.len() % 3;
            let mut out = String::new();
            for (i, c) in digits.iter().enumerate() {
                if i > 0 && (i + 3 - head).is_multiple_of(3) {
                    out.push_str(sep);
                }
                out.push(*c);
            }
            out
        } else {
            int.to_owned()
        };
        match (frac.is_empty(), self.indonesia) {
            (true, _) => format!("{sign}{int}"),
            (false, true) => format!("{sign}{int},{frac}"),
            (false, false) => format!("{sign}{int}.{frac}"),
        }
    }
}

/// The value of a number written in the YAML, in any of the styles [`Gaya`] writes.
pub fn baca_yaml(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if let Ok(n) = crate::number::Num::from_str(t) {
        return Some(n.value());
    }
    baca_teks(t).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn cells_round_trip_exactly() {
        for s in ["85.5", "0.0189", "0.025", "12644738000", "1187450000", "-4.68", "99.44", "71.18", "0"] {
            assert_eq!(dari_excel(ke_excel(d(s))), Some(d(s).normalize()), "{s}");
        }
        // what a formula like =0.1+0.2 leaves in a cell is read as Excel shows it
        assert_eq!(dari_excel(ke_excel(d("0.1")) + ke_excel(d("0.2"))), Some(d("0.3")));
        assert_eq!(dari_excel(f64::NAN), None);
    }

    #[test]
    fn text_cells_in_both_notations() {
        assert_eq!(baca_teks("85,5"), Ok(d("85.5")));
        assert_eq!(baca_teks(" 1.187.450.000 "), Ok(d("1187450000")));
        assert_eq!(baca_teks("1.187.450.000,25"), Ok(d("1187450000.25")));
        assert_eq!(baca_teks("85.5"), Ok(d("85.5")));
        assert_eq!(baca_teks("0.025"), Ok(d("0.025")));
        assert_eq!(baca_teks("-4,68"), Ok(d("-4.68")));
        assert_eq!(baca_teks("1.500"), Err(BukanAngka::Mendua));
        for bad in ["85,5%", "Rp 1.000", "", "1,2,3", "12.34.5", "abc", "1.000.00", ",5"] {
            assert_eq!(baca_teks(bad), Err(BukanAngka::Tanda), "{bad}");
        }
    }

    #[test]
    fn the_file_style_is_kept() {
        let id = Gaya { indonesia: true, ribuan: true };
        assert_eq!(id.tulis(d("1187450000")), "1.187.450.000");
        assert_eq!(id.tulis(d("85.5")), "85,5");
        assert_eq!(Gaya { indonesia: false, ribuan: true }.tulis(d("12644738000")), "12_644_738_000");
        assert_eq!(Gaya::default().tulis(d("-4.68")), "-4.68");
        assert_eq!(Gaya::dari("1.187.450.000"), Some(id));
        assert_eq!(Gaya::dari("85,5"), Some(Gaya { indonesia: true, ribuan: false }));
        assert_eq!(Gaya::dari("2021"), None);
        assert_eq!(Gaya::umum(["1", "60.27", "12.5", "85,5"]), Gaya::default());
        for s in ["1.187.450.000", "85,5", "12_644_738_000", "60.27", "5.00"] {
            let g = Gaya::dari(s).unwrap();
            assert_eq!(g.tulis(baca_yaml(s).unwrap()), s, "{s}");
        }
    }
}
