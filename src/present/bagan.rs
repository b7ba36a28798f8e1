//! The organisation chart laid out as agencies draw it: the head on top; a spine down from it;
//! staff units (Sekretariat) to its right and the Kelompok Jabatan Fungsional to its left (dashed),
//! between the head and the line units; line units (Bidang) in rows hung from the spine by a bar,
//! the spine passing between them to a row below; UPTD on the bottom row. Every unit's own subunits
//! hang under it in a column on a rail. Integer geometry in tenths of a millimetre; names are
//! wrapped with Liberation Sans widths (generously) so a box is tall enough for its name.
#![expect(
    clippy::arithmetic_side_effects,
    reason = "geometry of at most MAX_UNIT (200) boxes in tenths of a mm, names of at most \
              MAX_SHORT_TEXT_BYTES: every sum and product stays below 10^13, far inside i64; \
              divisors are constants or clamped to at least 1"
)]

use crate::input::types::{Peran, Unit};
use crate::render::data::{Bagan, Garis, Kotak};

/// Text width available to the chart (A4: 210 − 30 − 20 mm) and the height it may take.
const LEBAR: i64 = 1600;
const TINGGI: i64 = 2000;
/// Box widths: the head, every other unit.
const W_KEPALA: i64 = 600;
const W: i64 = 320;
/// Indent of a subunit under its unit (its rail runs at half of it).
const IND: i64 = 40;
/// Gaps: between boxes on a row, beside the spine, between rows, under a bar.
const GAP: i64 = 40;
const SPINE_GAP: i64 = 60;
const ROW_GAP: i64 = 70;
const DROP: i64 = 50;
/// Subunits under their unit.
const SUB_GAP: i64 = 30;
/// Type size (milli-points), line pitch and padding of a box at that size.
const UKURAN: i64 = 7000;
const PITCH: i64 = 31;
const PAD_Y: i64 = 30;
const INSET: i64 = 15;

/// Width of a character in thousandths of an em (Arial/Liberation Sans, bold rounded up).
fn em(c: char) -> i64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' => 300,
        ' ' | 'f' | 't' | 'I' | '/' | '-' => 340,
        'r' | '(' | ')' | '[' | ']' => 400,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' => 560,
        'm' => 890,
        'w' | 'M' | '%' => 950,
        'W' | '@' => 1000,
        c if c.is_ascii_lowercase() || c.is_ascii_digit() => 590,
        _ => 750,
    }
}

/// Lines a name takes in a box of inner width `inner` (tenths of a mm) at `UKURAN`, greedy.
fn lines(name: &str, inner: i64) -> i64 {
    // 1 pt = 0.35278 mm = 3.5278 tenths: width in tenths = milli-em × size (mpt) × 3.5278 / 10⁶
    let width = |s: &str| s.chars().map(em).sum::<i64>() * UKURAN * 35278 / 10_000_000_000;
    let space = width(" ");
    let inner = inner.max(1);
    let (mut n, mut used) = (1, 0);
    for word in name.split_whitespace() {
        let w = width(word);
        if used > 0 && used + space + w > inner {
            n += 1;
            used = 0;
        } else if used > 0 {
            used += space;
        }
        if w > inner {
            // a word wider than the box breaks where it must, on lines of its own
            if used > 0 {
                n += 1;
            }
            n += (w - 1) / inner;
            used = w - (w - 1) / inner * inner;
        } else {
            used += w;
        }
    }
    n
}

fn height(name: &str, w: i64) -> i64 {
    lines(name, w - 2 * INSET) * PITCH + PAD_Y
}

/// The role of a unit directly under the head: as written, or read from its name.
pub fn peran(u: &Unit) -> Peran {
    if let Some(p) = u.peran {
        return p;
    }
    let n = u.nama.trim().to_lowercase();
    if n.starts_with("sekretariat") {
        Peran::Staf
    } else if n.starts_with("uptd") || n.starts_with("upt ") || n.starts_with("unit pelaksana teknis") {
        Peran::Uptd
    } else if n.contains("jabatan fungsional") || n.starts_with("kelompok fungsional") || n.starts_with("fungsional") {
        Peran::Fungsional
    } else {
        Peran::Lini
    }
}

struct Draw {
    kotak: Vec<Kotak>,
    garis: Vec<Garis>,
}

impl Draw {
    fn line(&mut self, x0: i64, y0: i64, x1: i64, y1: i64, putus: bool) {
        self.garis.push(Garis { x0, y0, x1, y1, putus });
    }
    fn boxed(&mut self, nama: &str, x: i64, y: i64, w: i64, kepala: bool, hmin: i64) -> i64 {
        let h = height(nama, w).max(hmin);
        self.kotak.push(Kotak { nama: nama.to_owned(), x, y, w, h, kepala });
        h
    }
    /// A unit at (x, y), its box at least `hmin` tall, with its subunits in a column on a rail;
    /// its box's height and the bottom of it all.
    fn column(&mut self, u: &Unit, x: i64, y: i64, hmin: i64) -> (i64, i64) {
        let h = self.boxed(&u.nama, x, y, W, false, hmin);
        let mut bottom = y + h;
        let mut rail_end = None;
        for b in &u.bawahan {
            let cy = bottom + SUB_GAP;
            let (ch, cb) = self.column(b, x + IND, cy, 0);
            let mid = cy + ch / 2;
            self.line(x + IND / 2, mid, x + IND, mid, false);
            rail_end = Some(mid);
            bottom = cb;
        }
        if let Some(end) = rail_end {
            self.line(x + IND / 2, y + h, x + IND / 2, end, false);
        }
        (h, bottom)
    }
}

/// Width of a unit's column: its box and the indents of its deepest subunit.
fn span(u: &Unit) -> i64 {
    fn depth(u: &Unit) -> i64 {
        u.bawahan.iter().map(|b| 1 + depth(b)).max().unwrap_or(0)
    }
    W + depth(u) * IND
}

/// Line units in rows that fit the width; a row the spine must pass through has a gap in the middle.
fn rows<'a>(units: &[&'a Unit]) -> Vec<Vec<&'a Unit>> {
    let mut out: Vec<Vec<&Unit>> = Vec::new();
    let mut used = 0;
    for u in units {
        let w = span(u);
        match out.last_mut() {
            Some(row) if used + GAP + w <= LEBAR - SPINE_GAP => {
                row.push(u);
                used += GAP + w;
            }
            _ => {
                out.push(vec![u]);
                used = w;
            }
        }
    }
    out
}

/// The chart of `head` and everything under it, scaled down to fit the page when it must be.
pub fn bagan(head: &Unit) -> Bagan {
    let mut d = Draw { kotak: Vec::new(), garis: Vec::new() };
    let cx = 0;
    let hh = d.boxed(&head.nama, cx - W_KEPALA / 2, 0, W_KEPALA, true, 0);
    let of = |p: Peran| head.bawahan.iter().filter(move |u| peran(u) == p).collect::<Vec<_>>();
    let (staf, fungsional, lini, uptd) = (of(Peran::Staf), of(Peran::Fungsional), of(Peran::Lini), of(Peran::Uptd));
    let mut y = hh + ROW_GAP;
    let mut spine_end = hh;
    // staff units right of the spine, the functional group left of it, joined at their box's middle
    let mut bottom = y;
    for (side, list) in [(1, &staf), (-1, &fungsional)] {
        let mut top = y;
        for u in list.iter() {
            let x = if side > 0 { cx + SPINE_GAP } else { cx - SPINE_GAP - span(u) };
            let (h, b) = d.column(u, x, top, 0);
            let mid = top + h / 2;
            let edge = if side > 0 { x } else { x + W };
            d.line(cx.min(edge), mid, cx.max(edge), mid, side < 0);
            spine_end = spine_end.max(mid);
            top = b + ROW_GAP;
            bottom = bottom.max(b);
        }
    }
    if !staf.is_empty() || !fungsional.is_empty() {
        y = bottom + ROW_GAP;
    }
    // line units, then UPTD, each row under a bar; the spine passes every row but the last
    let mut all_rows: Vec<(Vec<&Unit>, bool)> = rows(&lini).into_iter().map(|r| (r, true)).collect();
    all_rows.extend(rows(&uptd).into_iter().map(|r| (r, false)));
    let n = all_rows.len();
    let mut spine_top = hh;
    for (i, (row, _)) in all_rows.iter().enumerate() {
        let last = i + 1 == n;
        let widths: Vec<i64> = row.iter().map(|u| span(u)).collect();
        let total = |ws: &[i64]| ws.iter().sum::<i64>() + GAP * (ws.len() as i64 - 1).max(0);
        // x of each column: centred as a whole on the last row; split around the spine before it
        let xs: Vec<i64> = if last {
            let mut x = cx - total(&widths) / 2;
            widths
                .iter()
                .map(|w| {
                    let at = x;
                    x += w + GAP;
                    at
                })
                .collect()
        } else {
            let k = row.len().div_ceil(2);
            let mut x = cx - SPINE_GAP / 2 - total(&widths[..k]);
            let mut out = Vec::new();
            for (j, w) in widths.iter().enumerate() {
                if j == k {
                    x = cx + SPINE_GAP / 2;
                }
                out.push(x);
                x += w + GAP;
            }
            out
        };
        let bar = y;
        let top = bar + DROP;
        let mut row_bottom = top;
        let mut lo = cx;
        let mut hi = cx;
        // the boxes of a row all as tall as its tallest
        let hmin = row.iter().map(|u| height(&u.nama, W)).max().unwrap_or(0);
        for (u, x) in row.iter().zip(&xs) {
            let mid = x + W / 2;
            d.line(mid, bar, mid, top, false);
            lo = lo.min(mid);
            hi = hi.max(mid);
            let (_, b) = d.column(u, *x, top, hmin);
            row_bottom = row_bottom.max(b);
        }
        if hi > lo {
            d.line(lo, bar, hi, bar, false);
        }
        // the spine in pieces from bar to bar, so every line ends on a box or a line
        d.line(cx, spine_top, cx, bar, false);
        spine_top = bar;
        spine_end = bar;
        y = row_bottom + ROW_GAP;
    }
    if spine_end > spine_top {
        d.line(cx, spine_top, cx, spine_end, false);
    }
    fit(d)
}

/// Move the drawing to the origin and scale it down (type size too) to fit the page.
fn fit(mut d: Draw) -> Bagan {
    let x0 = d.kotak.iter().map(|k| k.x).chain(d.garis.iter().map(|g| g.x0.min(g.x1))).min().unwrap_or(0);
    let x1 = d.kotak.iter().map(|k| k.x + k.w).chain(d.garis.iter().map(|g| g.x0.max(g.x1))).max().unwrap_or(0);
    let y1 = d.kotak.iter().map(|k| k.y + k.h).chain(d.garis.iter().map(|g| g.y0.max(g.y1))).max().unwrap_or(0);
    // symmetric about the spine (x = 0), so the head stands in the middle of the page
    let half = x0.abs().max(x1.abs());
    let (x0, w, h) = (-half, 2 * half, y1);
    // the scale as a fraction num/den ≤ 1, the tighter of width and height
    let (num, den) = if w * TINGGI >= h * LEBAR { (LEBAR, w) } else { (TINGGI, h) };
    let (num, den) = if num >= den { (1, 1) } else { (num, den) };
    let s = |v: i64| v * num / den;
    // corners scale, not sizes: a line ending on an edge still ends on it
    for k in &mut d.kotak {
        let (l, t, r, b) = (s(k.x - x0), s(k.y), s(k.x + k.w - x0), s(k.y + k.h));
        (k.x, k.y, k.w, k.h) = (l, t, r - l, b - t);
    }
    for g in &mut d.garis {
        (g.x0, g.y0, g.x1, g.y1) = (s(g.x0 - x0), s(g.y0), s(g.x1 - x0), s(g.y1));
    }
    Bagan { lebar: s(w), tinggi: s(h), ukuran: s(UKURAN), inset: s(INSET), kotak: d.kotak, garis: d.garis }
}

/// The chart in words (alternative text): each unit with the units under it.
pub fn alt(head: &Unit) -> String {
    fn walk(u: &Unit, out: &mut Vec<String>) {
        if !u.bawahan.is_empty() {
            let names: Vec<&str> = u.bawahan.iter().map(|b| b.nama.as_str()).collect();
            out.push(format!("di bawah {}: {}", u.nama, names.join(", ")));
        }
        for b in &u.bawahan {
            walk(b, out);
        }
    }
    let mut out = Vec::new();
    walk(head, &mut out);
    if out.is_empty() {
        format!("Bagan struktur organisasi: {}", head.nama)
    } else {
        format!("Bagan struktur organisasi: {}.", out.join("; "))
    }
}

#[cfg(test)]
#[path = "bagan_tests.rs"]
mod tests;
