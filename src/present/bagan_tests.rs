//! Geometry of the organisation chart: on trees of every shape, every line is straight, meets a
//! box or another line at both ends, crosses no box; boxes never overlap; the drawing is one
//! connected whole that fits the page; units sit where their role puts them.

use super::*;
use crate::input::types::Unit;

fn u(nama: &str, bawahan: Vec<Unit>) -> Unit {
    Unit { nama: nama.to_owned(), peran: None, bawahan }
}

fn leaf(nama: &str) -> Unit {
    u(nama, Vec::new())
}

fn on_segment(x: i64, y: i64, g: &Garis) -> bool {
    x >= g.x0.min(g.x1) && x <= g.x0.max(g.x1) && y >= g.y0.min(g.y1) && y <= g.y0.max(g.y1)
}

fn on_edge(x: i64, y: i64, k: &Kotak) -> bool {
    let inside_x = x >= k.x && x <= k.x + k.w;
    let inside_y = y >= k.y && y <= k.y + k.h;
    (inside_x && (y == k.y || y == k.y + k.h)) || (inside_y && (x == k.x || x == k.x + k.w))
}

/// Whether a segment enters a box's interior.
fn through(g: &Garis, k: &Kotak) -> bool {
    let (ax, bx, ay, by) = (g.x0.min(g.x1), g.x0.max(g.x1), g.y0.min(g.y1), g.y0.max(g.y1));
    ax < k.x + k.w && bx > k.x && ay < k.y + k.h && by > k.y
}

/// Every geometric property the chart must have; panics naming the first broken one.
fn sound(head: &Unit) -> Bagan {
    fn count(u: &Unit) -> usize {
        1 + u.bawahan.iter().map(count).sum::<usize>()
    }
    let b = bagan(head);
    assert_eq!(b.kotak.len(), count(head), "one box per unit");
    assert!(b.lebar <= LEBAR && b.tinggi <= TINGGI, "fits the page: {} × {}", b.lebar, b.tinggi);
    for k in &b.kotak {
        assert!(k.x >= 0 && k.y >= 0 && k.x + k.w <= b.lebar && k.y + k.h <= b.tinggi, "{} is outside", k.nama);
        assert!(k.w > 0 && k.h > 0, "{} has no size", k.nama);
    }
    for (i, a) in b.kotak.iter().enumerate() {
        for c in &b.kotak[i + 1..] {
            let apart = a.x + a.w <= c.x || c.x + c.w <= a.x || a.y + a.h <= c.y || c.y + c.h <= a.y;
            assert!(apart, "{} overlaps {}", a.nama, c.nama);
        }
    }
    for g in &b.garis {
        assert!(g.x0 == g.x1 || g.y0 == g.y1, "a slanted line {g:?}");
        assert!((g.x0, g.y0) != (g.x1, g.y1), "a line of no length {g:?}");
        for k in &b.kotak {
            assert!(!through(g, k), "{g:?} runs through {}", k.nama);
        }
        for (x, y) in [(g.x0, g.y0), (g.x1, g.y1)] {
            let meets =
                b.kotak.iter().any(|k| on_edge(x, y, k)) || b.garis.iter().any(|o| o != g && on_segment(x, y, o));
            assert!(meets, "{g:?} ends at ({x}, {y}) on nothing");
        }
    }
    // one connected drawing: boxes and lines, joined where a line's end meets a box or a line
    let n = b.kotak.len() + b.garis.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], i: usize) -> usize {
        if p[i] != i {
            let r = find(p, p[i]);
            p[i] = r;
        }
        p[i]
    }
    let k0 = b.kotak.len();
    for (gi, g) in b.garis.iter().enumerate() {
        for (x, y) in [(g.x0, g.y0), (g.x1, g.y1)] {
            for (ki, k) in b.kotak.iter().enumerate() {
                if on_edge(x, y, k) {
                    let (a, c) = (find(&mut parent, k0 + gi), find(&mut parent, ki));
                    parent[a] = c;
                }
            }
            for (oi, o) in b.garis.iter().enumerate() {
                if oi != gi && on_segment(x, y, o) {
                    let (a, c) = (find(&mut parent, k0 + gi), find(&mut parent, k0 + oi));
                    parent[a] = c;
                }
            }
        }
    }
    let root = find(&mut parent, 0);
    for i in 0..n {
        let what = if i < k0 { b.kotak[i].nama.clone() } else { format!("{:?}", b.garis[i - k0]) };
        assert_eq!(find(&mut parent, i), root, "{what} is not joined to the rest of the chart");
    }
    b
}

fn kotak<'a>(b: &'a Bagan, nama: &str) -> &'a Kotak {
    b.kotak.iter().find(|k| k.nama == nama).unwrap_or_else(|| panic!("no box {nama}"))
}

fn reference() -> Unit {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021/lkjip.yaml");
    let doc: crate::input::types::Lkjip = crate::input::read(&p).unwrap().unwrap().parse().unwrap();
    doc.pendahuluan.struktur_organisasi.bagan
}

#[test]
fn the_reference_chart_places_each_unit_by_its_role() {
    let head = reference();
    let b = sound(&head);
    let kepala = kotak(&b, "Kepala Dinas");
    let spine = kepala.x + kepala.w / 2;
    let sek = kotak(&b, "Sekretariat");
    let jf = kotak(&b, "Kelompok Jabatan Fungsional");
    let uptd = kotak(&b, "UPTD Metrologi Legal");
    let bidang: Vec<&Kotak> = b.kotak.iter().filter(|k| k.nama.starts_with("Bidang")).collect();
    assert_eq!(bidang.len(), 3);
    assert!(sek.x > spine && jf.x + jf.w < spine, "staff right of the spine, functional left of it");
    assert!(kepala.y + kepala.h < sek.y, "the head on top");
    let staff_bottom = b.kotak.iter().filter(|k| k.x > spine || k.x + k.w < spine).filter(|k| k.y < bidang[0].y);
    assert!(staff_bottom.clone().count() >= 4, "the staff zone holds the Sekretariat's and the JF's units");
    for k in &bidang {
        assert_eq!(k.y, bidang[0].y, "line units on one row");
        assert!(uptd.y > k.y, "UPTD below the line units");
    }
    // the Kelompok Jabatan Fungsional hangs on a dashed line, nothing else does
    assert_eq!(b.garis.iter().filter(|g| g.putus).count(), 1);
    // every seksi under its bidang: below it and indented
    let seksi = kotak(&b, "Seksi Koperasi");
    let koperasi = kotak(&b, "Bidang Koperasi & UMKM");
    assert!(seksi.y > koperasi.y && seksi.x > koperasi.x && seksi.x < koperasi.x + koperasi.w);
    assert_eq!(b.ukuran, UKURAN, "the reference fits at full size");
}

#[test]
fn a_deep_tree_is_drawn_whole_and_scaled_to_fit() {
    let mut chain = leaf("Satuan 12");
    for n in (1..12).rev() {
        chain = u(&format!("Satuan {n}"), vec![chain, leaf(&format!("Pelaksana {n}"))]);
    }
    let head = u("Kepala Badan", vec![u("Sekretariat", vec![leaf("Subbagian Umum")]), chain]);
    let b = sound(&head);
    let one = kotak(&b, "Satuan 1");
    let deepest = kotak(&b, "Satuan 12");
    assert!(deepest.y > one.y && deepest.x > one.x, "each level below and indented from its unit");
}

#[test]
fn a_wide_tree_wraps_its_line_units_into_rows_the_spine_passes_between() {
    let bidang: Vec<Unit> = (1..=12)
        .map(|n| u(&format!("Bidang Urusan Nomor {n}"), (1..=3).map(|s| leaf(&format!("Seksi {n}.{s}"))).collect()))
        .collect();
    let mut all = vec![leaf("Sekretariat"), leaf("UPTD Laboratorium"), leaf("UPTD Balai Latihan")];
    all.extend(bidang);
    all.push(leaf("Kelompok Jabatan Fungsional"));
    let b = sound(&u("Kepala Dinas", all));
    let rows: std::collections::BTreeSet<i64> =
        b.kotak.iter().filter(|k| k.nama.starts_with("Bidang")).map(|k| k.y).collect();
    assert!(rows.len() >= 3, "12 line units need several rows: {rows:?}");
    let uptd = kotak(&b, "UPTD Laboratorium");
    assert!(uptd.y > *rows.last().unwrap(), "UPTD below every row of line units");
}

#[test]
fn trees_of_any_shape_are_sound() {
    // a fixed pseudo-random sequence (no clock, same trees every run)
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    const NAMES: [&str; 6] = [
        "Sekretariat",
        "Bidang",
        "UPTD",
        "Kelompok Jabatan Fungsional",
        "Seksi",
        "Subbagian Perencanaan, Evaluasi dan Pelaporan Keuangan Daerah",
    ];
    for t in 0..60 {
        let mut id = 0;
        fn grow(depth: u64, next: &mut dyn FnMut(u64) -> u64, id: &mut usize) -> Vec<Unit> {
            let n = match 4u64.checked_div(depth) {
                None => next(9),
                Some(q) => next(q + 1),
            };
            (0..n)
                .map(|_| {
                    *id += 1;
                    let nama = format!("{} {}", NAMES[next(6) as usize], id);
                    let kids = if depth < 4 { grow(depth + 1, next, id) } else { Vec::new() };
                    u(&nama, kids)
                })
                .collect()
        }
        let head = u(&format!("Kepala {t}"), grow(0, &mut next, &mut id));
        sound(&head);
    }
    sound(&leaf("Kepala Dinas"));
    sound(&u("Kepala", vec![leaf("UPTD Pasar")]));
    sound(&u("Kepala", vec![leaf("Kelompok Jabatan Fungsional")]));
}

#[test]
fn roles_come_from_the_name_unless_written() {
    assert_eq!(peran(&leaf("Sekretariat")), Peran::Staf);
    assert_eq!(peran(&leaf("UPTD Metrologi Legal")), Peran::Uptd);
    assert_eq!(peran(&leaf("Kelompok Jabatan Fungsional")), Peran::Fungsional);
    assert_eq!(peran(&leaf("Bidang Pasar")), Peran::Lini);
    let mut bagian = leaf("Bagian Umum");
    bagian.peran = Some(Peran::Staf);
    assert_eq!(peran(&bagian), Peran::Staf);
}

#[test]
fn a_box_is_tall_enough_for_its_name() {
    assert_eq!(lines("Seksi Koperasi", W - 2 * INSET), 1);
    assert!(lines("Seksi Pengawasan Koperasi dan Usaha Mikro Kecil dan Menengah", W - 2 * INSET) >= 3);
    assert_eq!(lines("", W), 1);
    assert!(lines(&"x".repeat(200), W - 2 * INSET) >= 4, "a word wider than the box takes lines of its own");
}
