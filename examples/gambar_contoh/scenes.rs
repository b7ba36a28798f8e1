//! The illustrations as SVG: a training room, a UMKM batik stall, an export fair, a market
//! building under repair, a QRIS payment at a market stall, and a generic shield as cover logo.

use std::fmt::Write;

use super::{H, W};

/// How a person's head is drawn.
#[derive(Clone, Copy)]
enum Kepala {
    Rambut(&'static str),
    Jilbab(&'static str),
}

const KULIT: [&str; 3] = ["#c98b5b", "#e0ac7a", "#9c6a43"];
const BAJU: [&str; 6] = ["#3a6ea5", "#b5a06a", "#7a3b69", "#2f7d5b", "#c0504d", "#5b5b7a"];
const KEPALA: [Kepala; 5] = [
    Kepala::Rambut("#2b1d14"),
    Kepala::Jilbab("#3f7f8c"),
    Kepala::Rambut("#1a1a1a"),
    Kepala::Jilbab("#8c3f5e"),
    Kepala::Jilbab("#d9a441"),
];

fn open(w: u32, h: u32) -> String {
    format!(r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"##)
}

fn close(mut s: String) -> String {
    s.push_str("</svg>");
    s
}

fn text(s: &mut String, x: f64, y: f64, size: f64, fill: &str, bold: bool, t: &str) {
    let weight = if bold { "bold" } else { "normal" };
    let _ = write!(
        s,
        r##"<text x="{x}" y="{y}" font-family="Liberation Sans" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="middle">{t}</text>"##
    );
}

/// A person facing the viewer: head radius `r`, top of the head at `top`.
fn orang_depan(s: &mut String, cx: f64, top: f64, r: f64, baju: &str, kulit: &str, kepala: Kepala) {
    let (bx, by, bw, bh) = (cx - 2.1 * r, top + 2.2 * r, 4.2 * r, 5.0 * r);
    let _ = write!(s, r##"<rect x="{bx}" y="{by}" width="{bw}" height="{bh}" rx="{}" fill="{baju}"/>"##, 1.2 * r);
    let _ = write!(
        s,
        r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{kulit}"/>"##,
        cx - 0.35 * r,
        top + 1.7 * r,
        0.7 * r,
        0.7 * r
    );
    if let Kepala::Jilbab(c) = kepala {
        let _ = write!(
            s,
            r##"<path d="M {} {} Q {cx} {} {} {} L {} {} Q {cx} {} {} {} Z" fill="{c}"/>"##,
            cx - 1.25 * r,
            top + 1.2 * r,
            top - 0.35 * r,
            cx + 1.25 * r,
            top + 1.2 * r,
            cx + 1.9 * r,
            top + 3.1 * r,
            top + 3.6 * r,
            cx - 1.9 * r,
            top + 3.1 * r
        );
    }
    let fr = if matches!(kepala, Kepala::Jilbab(_)) { 0.82 * r } else { r };
    let _ = write!(s, r##"<circle cx="{cx}" cy="{}" r="{fr}" fill="{kulit}"/>"##, top + r);
    if let Kepala::Rambut(c) = kepala {
        let _ = write!(
            s,
            r##"<path d="M {} {} A {r} {r} 0 0 1 {} {} Q {cx} {} {} {} Z" fill="{c}"/>"##,
            cx - r,
            top + r,
            cx + r,
            top + r,
            top + 0.35 * r,
            cx - r,
            top + r
        );
    }
    let ey = top + 1.05 * r;
    for dx in [-0.33, 0.33] {
        let _ = write!(s, r##"<circle cx="{}" cy="{ey}" r="{}" fill="#2a1a10"/>"##, cx + dx * r, 0.1 * r);
    }
    let _ = write!(
        s,
        r##"<path d="M {} {} Q {cx} {} {} {}" stroke="#6b3a2a" stroke-width="{}" fill="none" stroke-linecap="round"/>"##,
        cx - 0.3 * r,
        top + 1.4 * r,
        top + 1.62 * r,
        cx + 0.3 * r,
        top + 1.4 * r,
        0.08 * r
    );
}

/// A person seen from behind (an audience).
fn orang_belakang(s: &mut String, cx: f64, top: f64, r: f64, baju: &str, kepala: Kepala) {
    let _ = write!(
        s,
        r##"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{baju}"/>"##,
        cx - 2.0 * r,
        top + 2.0 * r,
        4.0 * r,
        4.0 * r,
        1.3 * r
    );
    match kepala {
        Kepala::Rambut(c) => {
            let _ = write!(s, r##"<circle cx="{cx}" cy="{}" r="{r}" fill="{c}"/>"##, top + r);
        }
        Kepala::Jilbab(c) => {
            let _ = write!(
                s,
                r##"<path d="M {} {} Q {cx} {} {} {} L {} {} L {} {} Z" fill="{c}"/>"##,
                cx - 1.15 * r,
                top + 1.2 * r,
                top - 0.4 * r,
                cx + 1.15 * r,
                top + 1.2 * r,
                cx + 1.8 * r,
                top + 3.0 * r,
                cx - 1.8 * r,
                top + 3.0 * r
            );
        }
    }
}

fn langit(s: &mut String, atas: &str, bawah: &str) {
    let _ = write!(
        s,
        r##"<defs><linearGradient id="langit" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{atas}"/><stop offset="1" stop-color="{bawah}"/></linearGradient></defs><rect width="{W}" height="{H}" fill="url(#langit)"/>"##
    );
}

/// Peningkatan kapasitas koperasi dan UMKM: a training room, a speaker beside a projected slide,
/// rows of participants from behind.
pub fn pelatihan() -> String {
    let mut s = open(W, H);
    langit(&mut s, "#efe6d6", "#d9cdb6");
    s.push_str(r##"<rect y="640" width="1200" height="260" fill="#9b7b5b"/>"##);
    s.push_str(r##"<rect x="40" y="40" width="1120" height="80" rx="8" fill="#8b1e2b"/>"##);
    text(&mut s, 600.0, 95.0, 40.0, "#fff6e0", true, "PELATIHAN KOPERASI DAN UMKM");
    // The projected slide: a title and a bar chart.
    s.push_str(r##"<rect x="150" y="150" width="560" height="380" fill="#fbfbf8" stroke="#555" stroke-width="6"/>"##);
    text(&mut s, 430.0, 205.0, 32.0, "#1f3f6b", true, "Manajemen Koperasi Sehat");
    let bars = [110.0, 170.0, 140.0, 230.0, 260.0];
    for (i, h) in bars.iter().enumerate() {
        let x = 220.0 + i as f64 * 90.0;
        let _ = write!(s, r##"<rect x="{x}" y="{}" width="56" height="{h}" fill="#3a7bbf"/>"##, 500.0 - h);
    }
    s.push_str(r##"<line x1="200" y1="500" x2="670" y2="500" stroke="#333" stroke-width="4"/>"##);
    // The speaker, in a civil servant's khaki uniform, with a microphone.
    orang_depan(&mut s, 880.0, 250.0, 48.0, "#b5a06a", KULIT[0], Kepala::Jilbab("#22506b"));
    s.push_str(r##"<rect x="770" y="520" width="220" height="150" fill="#6b4a2e"/><rect x="760" y="505" width="240" height="24" fill="#7d5a3a"/>"##);
    s.push_str(r##"<line x1="920" y1="420" x2="948" y2="380" stroke="#222" stroke-width="9" stroke-linecap="round"/><circle cx="950" cy="376" r="12" fill="#333"/>"##);
    // Three rows of participants at their tables, the nearest row largest.
    for (row, (y, r, n)) in [(560.0, 26.0, 9), (640.0, 34.0, 7), (740.0, 44.0, 6)].iter().enumerate() {
        let step = 1200.0 / f64::from(*n);
        let _ = write!(s, r##"<rect x="0" y="{}" width="1200" height="{}" fill="#7b5536"/>"##, y + 4.2 * r, 1.2 * r);
        for i in 0..*n {
            let k = (row * 3 + i as usize) % 5;
            let cx = step * (i as f64 + 0.5) + if row % 2 == 1 { step * 0.25 } else { 0.0 };
            orang_belakang(&mut s, cx, *y, *r, BAJU[(i as usize + row) % 6], KEPALA[k]);
        }
    }
    close(s)
}

/// Pemberdayaan UMKM: a batik stall with cloths on a line, products on the table, the seller.
pub fn umkm() -> String {
    let mut s = open(W, H);
    langit(&mut s, "#bfe3f2", "#f3efe2");
    s.push_str(r##"<rect y="700" width="1200" height="200" fill="#c9b99a"/>"##);
    // The stall's awning, striped.
    for i in 0..12 {
        let fill = if i % 2 == 0 { "#c0392b" } else { "#f7f1e3" };
        let x = 60.0 + f64::from(i) * 90.0;
        let _ = write!(
            s,
            r##"<path d="M {x} 90 L {} 90 L {} 200 Q {} 235 {x} 200 Z" fill="{fill}"/>"##,
            x + 90.0,
            x + 90.0,
            x + 45.0
        );
    }
    s.push_str(r##"<rect x="60" y="70" width="1080" height="24" fill="#7a2a20"/>"##);
    s.push_str(r##"<rect x="80" y="200" width="14" height="520" fill="#6b4a2e"/><rect x="1106" y="200" width="14" height="520" fill="#6b4a2e"/>"##);
    s.push_str(r##"<rect x="420" y="230" width="360" height="60" rx="6" fill="#1f4e79"/>"##);
    text(&mut s, 600.0, 273.0, 36.0, "#ffffff", true, "BATIK UMKM");
    // Batik cloths hanging: kawung circles, parang diagonals, flowers.
    s.push_str(r##"<line x1="94" y1="320" x2="1106" y2="320" stroke="#444" stroke-width="4"/>"##);
    let kain = [
        (130.0, "#7a2e1f", "#e8c27a"),
        (330.0, "#1f3b5a", "#d9e4ef"),
        (850.0, "#3d5a1f", "#f2d98c"),
        (1000.0, "#5a1f4a", "#f0c6de"),
    ];
    for (i, (x, dasar, motif)) in kain.iter().enumerate() {
        let _ = write!(s, r##"<rect x="{x}" y="320" width="150" height="250" fill="{dasar}"/>"##);
        for gy in 0..5 {
            for gx in 0..3 {
                let (px, py) = (x + 25.0 + f64::from(gx) * 50.0, 345.0 + f64::from(gy) * 50.0);
                match i % 3 {
                    0 => {
                        for (dx, dy) in [(-9.0, 0.0), (9.0, 0.0), (0.0, -9.0), (0.0, 9.0)] {
                            let _ = write!(
                                s,
                                r##"<ellipse cx="{}" cy="{}" rx="8" ry="8" fill="none" stroke="{motif}" stroke-width="3"/>"##,
                                px + dx,
                                py + dy
                            );
                        }
                    }
                    1 => {
                        let _ = write!(
                            s,
                            r##"<path d="M {} {} L {} {}" stroke="{motif}" stroke-width="7" stroke-linecap="round"/>"##,
                            px - 18.0,
                            py + 18.0,
                            px + 18.0,
                            py - 18.0
                        );
                    }
                    _ => {
                        for a in 0..5 {
                            let t = f64::from(a) * std::f64::consts::TAU / 5.0;
                            let _ = write!(
                                s,
                                r##"<circle cx="{}" cy="{}" r="6" fill="{motif}"/>"##,
                                px + 9.0 * t.cos(),
                                py + 9.0 * t.sin()
                            );
                        }
                    }
                }
            }
        }
    }
    // The seller behind the table.
    orang_depan(&mut s, 600.0, 360.0, 52.0, "#7a3b69", KULIT[1], Kepala::Jilbab("#c7a02e"));
    // The table with folded batik, jars and boxes.
    s.push_str(r##"<rect x="150" y="600" width="900" height="40" fill="#8a5a33"/><rect x="170" y="640" width="860" height="120" fill="#6b4427"/>"##);
    for (i, c) in ["#8c2f1f", "#1f3b5a", "#3d5a1f", "#a0522d", "#5a1f4a"].iter().enumerate() {
        let x = 190.0 + i as f64 * 70.0;
        let _ = write!(
            s,
            r##"<rect x="{x}" y="{}" width="62" height="{}" rx="4" fill="{c}" stroke="#f2d98c" stroke-width="3"/>"##,
            600.0 - 22.0 * (1 + i % 2) as f64,
            22.0 * (1 + i % 2) as f64
        );
    }
    for i in 0..4 {
        let x = 760.0 + f64::from(i) * 62.0;
        let _ = write!(
            s,
            r##"<rect x="{x}" y="540" width="48" height="60" rx="10" fill="#d98c3a"/><rect x="{}" y="530" width="36" height="14" fill="#5a3a1a"/><rect x="{}" y="560" width="48" height="20" fill="#fff3d6"/>"##,
            x + 6.0,
            x
        );
    }
    // A visitor from the side, in front, at the right.
    orang_belakang(&mut s, 1000.0, 610.0, 46.0, "#2f7d5b", Kepala::Rambut("#1a1a1a"));
    close(s)
}

/// Pelatihan ekspor: an export fair hall, a booth under a banner, a globe, boxes ready to ship.
pub fn ekspor() -> String {
    let mut s = open(W, H);
    langit(&mut s, "#e6eef5", "#cfd9e3");
    s.push_str(r##"<rect y="690" width="1200" height="210" fill="#8e9aa6"/>"##);
    // Garland of small flags.
    s.push_str(r##"<path d="M 0 40 Q 600 110 1200 40" stroke="#555" stroke-width="3" fill="none"/>"##);
    for i in 0..20 {
        let x = 30.0 + f64::from(i) * 60.0;
        let y = 40.0 + 70.0 * (1.0 - ((x - 600.0) / 600.0).powi(2)) * 0.97;
        let c = if i % 2 == 0 { "#d62d2d" } else { "#ffffff" };
        let _ = write!(
            s,
            r##"<path d="M {} {y} L {} {y} L {x} {} Z" fill="{c}" stroke="#999" stroke-width="1"/>"##,
            x - 16.0,
            x + 16.0,
            y + 34.0
        );
    }
    // The booth.
    s.push_str(r##"<rect x="150" y="170" width="900" height="110" fill="#12507a"/>"##);
    text(&mut s, 600.0, 222.0, 46.0, "#ffffff", true, "EXPO PRODUK EKSPOR");
    text(&mut s, 600.0, 264.0, 26.0, "#cfe6f5", false, "Pelatihan Strategi Pemasaran Ekspor");
    s.push_str(r##"<rect x="150" y="280" width="900" height="420" fill="#f4f6f8"/><rect x="150" y="280" width="20" height="420" fill="#12507a"/><rect x="1030" y="280" width="20" height="420" fill="#12507a"/>"##);
    // A globe with meridians and parallels.
    s.push_str(r##"<circle cx="330" cy="430" r="100" fill="#4a90c8"/>"##);
    s.push_str(r##"<path d="M 270 370 q 30 -20 60 0 q 10 30 -20 50 q -30 10 -40 -50 Z M 350 430 q 40 -10 50 30 q -20 40 -50 30 Z" fill="#6cb35a"/>"##);
    for rx in [35.0, 70.0] {
        let _ = write!(
            s,
            r##"<ellipse cx="330" cy="430" rx="{rx}" ry="100" fill="none" stroke="#e8f2fa" stroke-width="3"/>"##
        );
    }
    for dy in [-50.0, 0.0, 50.0] {
        let half = (100.0f64.powi(2) - f64::powi(dy, 2)).sqrt();
        let _ = write!(
            s,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#e8f2fa" stroke-width="3"/>"##,
            330.0 - half,
            430.0 + dy,
            330.0 + half,
            430.0 + dy
        );
    }
    s.push_str(r##"<circle cx="330" cy="430" r="100" fill="none" stroke="#2c5f8a" stroke-width="5"/>"##);
    // Boxes, stacked, marked for export.
    for (x, y) in [(720.0, 560.0), (850.0, 560.0), (785.0, 440.0)] {
        let _ = write!(
            s,
            r##"<rect x="{x}" y="{y}" width="120" height="120" fill="#c8965a" stroke="#8a6236" stroke-width="4"/><rect x="{}" y="{y}" width="20" height="120" fill="#e0c08f"/>"##,
            x + 50.0
        );
        text(&mut s, x + 60.0, y + 75.0, 20.0, "#5a3a1a", true, "EKSPOR");
    }
    // Batik samples on a display board.
    for (i, c) in ["#7a2e1f", "#1f3b5a", "#3d5a1f"].iter().enumerate() {
        let x = 480.0 + i as f64 * 70.0;
        let _ = write!(
            s,
            r##"<rect x="{x}" y="340" width="56" height="170" fill="{c}"/><path d="M {x} 380 l 56 -30 M {x} 430 l 56 -30 M {x} 480 l 56 -30" stroke="#e8c27a" stroke-width="5"/>"##
        );
    }
    // Visitors and a guide.
    orang_depan(&mut s, 560.0, 520.0, 38.0, "#b5a06a", KULIT[2], Kepala::Rambut("#1a1a1a"));
    for (i, cx) in [120.0, 300.0, 470.0, 690.0, 1080.0].iter().enumerate() {
        orang_belakang(&mut s, *cx, 640.0 + (i % 2) as f64 * 20.0, 42.0, BAJU[(i + 2) % 6], KEPALA[(i + 1) % 5]);
    }
    close(s)
}

/// Pemeliharaan pasar: a market building, half repainted, with scaffolding, a worker, cones.
pub fn pasar() -> String {
    let mut s = open(W, H);
    langit(&mut s, "#8cc8ec", "#e4f2fa");
    s.push_str(r##"<rect y="720" width="1200" height="180" fill="#8d8a83"/>"##);
    // The building: a tiled roof over kiosks; the left part already repainted.
    s.push_str(r##"<path d="M 60 330 L 600 170 L 1140 330 Z" fill="#b5462f"/>"##);
    for i in 1..8 {
        let y = 170.0 + f64::from(i) * 20.0;
        let half = 540.0 * f64::from(i) * 20.0 / 160.0;
        let _ = write!(
            s,
            r##"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="#8f3322" stroke-width="3"/>"##,
            600.0 - half,
            600.0 + half
        );
    }
    s.push_str(r##"<rect x="100" y="330" width="500" height="390" fill="#f2d98c"/><rect x="600" y="330" width="500" height="390" fill="#cbbf9a"/>"##);
    s.push_str(r##"<rect x="450" y="250" width="300" height="64" rx="6" fill="#1d5a3a"/>"##);
    text(&mut s, 600.0, 296.0, 44.0, "#ffffff", true, "PASAR");
    for i in 0..6 {
        let x = 130.0 + f64::from(i) * 160.0;
        let stains = if x > 600.0 { r##" opacity="0.85""## } else { "" };
        let _ = write!(s, r##"<rect x="{x}" y="430" width="120" height="290" fill="#7f8c8d"{stains}/>"##);
        for k in 0..9 {
            let _ = write!(
                s,
                r##"<line x1="{x}" y1="{}" x2="{}" y2="{}" stroke="#626d6e" stroke-width="3"/>"##,
                440.0 + f64::from(k) * 30.0,
                x + 120.0,
                440.0 + f64::from(k) * 30.0
            );
        }
    }
    for x in [100.0, 580.0, 1080.0] {
        let _ = write!(s, r##"<rect x="{x}" y="330" width="20" height="390" fill="#e6e0d0"/>"##);
    }
    // Scaffolding and a worker with a paint roller on the old (right) part.
    for x in [640.0, 760.0, 880.0] {
        let _ = write!(s, r##"<rect x="{x}" y="360" width="10" height="360" fill="#5d6d7e"/>"##);
    }
    for y in [480.0, 600.0] {
        let _ = write!(s, r##"<rect x="630" y="{y}" width="270" height="14" fill="#a0522d"/>"##);
    }
    s.push_str(r##"<path d="M 650 600 L 760 480 M 760 600 L 880 480" stroke="#5d6d7e" stroke-width="6"/>"##);
    // Standing on the upper plank, in a hard hat, rolling fresh paint on.
    s.push_str(r##"<line x1="752" y1="380" x2="800" y2="318" stroke="#e67e22" stroke-width="16" stroke-linecap="round"/><line x1="800" y1="318" x2="812" y2="372" stroke="#333" stroke-width="6"/><rect x="790" y="370" width="46" height="26" rx="7" fill="#f2d98c" stroke="#888" stroke-width="2"/><rect x="812" y="396" width="40" height="80" fill="#f2d98c"/>"##);
    orang_depan(&mut s, 720.0, 307.0, 24.0, "#e67e22", KULIT[2], Kepala::Rambut("#1a1a1a"));
    s.push_str(r##"<path d="M 694 326 A 26 26 0 0 1 746 326 Z" fill="#f1c40f"/><rect x="688" y="322" width="64" height="7" rx="3" fill="#d4a60d"/>"##);
    // Paint bucket, cones.
    s.push_str(r##"<path d="M 940 690 L 1000 690 L 994 750 L 946 750 Z" fill="#2e86c1"/><ellipse cx="970" cy="690" rx="30" ry="8" fill="#f2d98c"/>"##);
    for x in [300.0, 420.0] {
        let _ = write!(
            s,
            r##"<path d="M {} 780 L {x} 700 L {} 780 Z" fill="#e8590c"/><rect x="{}" y="740" width="40" height="12" fill="#ffffff"/><rect x="{}" y="776" width="70" height="10" fill="#333"/>"##,
            x - 30.0,
            x + 30.0,
            x - 20.0,
            x - 35.0
        );
    }
    close(s)
}

/// QRIS di pasar rakyat: a hand holds a phone over a vegetable stall's QR stand; the phone says
/// the payment went through.
pub fn qris() -> String {
    let mut s = open(W, H);
    langit(&mut s, "#f5e9d4", "#e8d5b0");
    // The stall: awning, the seller, the counter with vegetables.
    s.push_str(r##"<rect y="0" width="1200" height="110" fill="#2e7d32"/>"##);
    for i in 0..10 {
        let x = f64::from(i) * 120.0;
        let _ = write!(s, r##"<path d="M {x} 110 Q {} 170 {} 110 Z" fill="#2e7d32"/>"##, x + 60.0, x + 120.0);
    }
    orang_depan(&mut s, 300.0, 250.0, 56.0, "#c0504d", KULIT[0], Kepala::Jilbab("#5b3f8c"));
    s.push_str(r##"<rect y="560" width="1200" height="340" fill="#8a5a33"/><rect y="540" width="1200" height="30" fill="#a06a3c"/>"##);
    for i in 0..9 {
        let (x, y) = (60.0 + f64::from(i % 5) * 48.0, 520.0 - f64::from(i / 5) * 36.0);
        let _ = write!(
            s,
            r##"<circle cx="{x}" cy="{y}" r="26" fill="#d63031"/><path d="M {} {} l 8 -8 l 8 8" stroke="#2e7d32" stroke-width="4" fill="none"/>"##,
            x - 8.0,
            y - 22.0
        );
    }
    for i in 0..3 {
        let x = 360.0 + f64::from(i) * 90.0;
        let _ = write!(
            s,
            r##"<circle cx="{x}" cy="505" r="44" fill="#7cb342"/><path d="M {} 505 Q {x} 470 {} 505" stroke="#c5e1a5" stroke-width="5" fill="none"/>"##,
            x - 30.0,
            x + 30.0
        );
    }
    for i in 0..7 {
        let x = 660.0 + f64::from(i) * 14.0;
        let _ = write!(
            s,
            r##"<path d="M {x} 540 q 10 -60 30 -90" stroke="#e53935" stroke-width="10" fill="none" stroke-linecap="round"/>"##
        );
    }
    // The QR stand on the counter.
    s.push_str(r##"<rect x="820" y="230" width="300" height="340" rx="14" fill="#ffffff" stroke="#c62828" stroke-width="8"/>"##);
    s.push_str(r##"<rect x="820" y="230" width="300" height="64" rx="14" fill="#c62828"/>"##);
    text(&mut s, 970.0, 276.0, 38.0, "#ffffff", true, "QRIS");
    qr(&mut s, 880.0, 318.0, 180.0);
    text(&mut s, 970.0, 546.0, 20.0, "#333333", false, "Retribusi Pasar");
    // A hand holding a phone in front, its screen: payment done.
    s.push_str(
        r##"<rect x="560" y="470" width="230" height="400" rx="26" fill="#222" transform="rotate(-12 675 670)"/>"##,
    );
    s.push_str(
        r##"<rect x="578" y="500" width="194" height="330" rx="10" fill="#f7fbf7" transform="rotate(-12 675 670)"/>"##,
    );
    s.push_str(r##"<g transform="rotate(-12 675 670)"><circle cx="675" cy="600" r="46" fill="#2e7d32"/><path d="M 652 600 l 16 16 l 30 -32" stroke="#fff" stroke-width="10" fill="none" stroke-linecap="round" stroke-linejoin="round"/>"##);
    text(&mut s, 675.0, 690.0, 24.0, "#1b5e20", true, "Pembayaran");
    text(&mut s, 675.0, 720.0, 24.0, "#1b5e20", true, "berhasil");
    text(&mut s, 675.0, 770.0, 22.0, "#333333", false, "Rp 5.000");
    s.push_str("</g>");
    // The hand: a palm under the phone, a thumb along its left edge, fingers round the right.
    s.push_str(
        r##"<path d="M 560 900 L 600 820 Q 620 795 660 800 L 760 790 Q 790 800 780 830 L 740 900 Z" fill="#c98b5b"/>"##,
    );
    s.push_str(r##"<ellipse cx="592" cy="792" rx="17" ry="48" fill="#c98b5b" transform="rotate(-12 592 792)"/>"##);
    for y in [640.0, 690.0, 740.0] {
        let _ = write!(s, r##"<rect x="770" y="{y}" width="52" height="34" rx="16" fill="#c98b5b"/>"##);
    }
    close(s)
}

/// A QR-like symbol: three finder squares and modules from a fixed pseudo-random sequence.
fn qr(s: &mut String, x: f64, y: f64, size: f64) {
    const N: u32 = 25;
    let m = size / f64::from(N);
    let mut state: u32 = 0x2545_F491;
    for j in 0..N {
        for i in 0..N {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let finder = |a: u32, b: u32| a < 8 && b < 8;
            if finder(i, j) || finder(N - 1 - i, j) || finder(i, N - 1 - j) {
                continue;
            }
            if state.is_multiple_of(2) {
                let _ = write!(
                    s,
                    r##"<rect x="{}" y="{}" width="{m}" height="{m}" fill="#111"/>"##,
                    x + f64::from(i) * m,
                    y + f64::from(j) * m
                );
            }
        }
    }
    for (fx, fy) in [(0, 0), (N - 7, 0), (0, N - 7)] {
        let (px, py) = (x + f64::from(fx) * m, y + f64::from(fy) * m);
        let _ = write!(
            s,
            r##"<rect x="{px}" y="{py}" width="{}" height="{}" fill="#111"/><rect x="{}" y="{}" width="{}" height="{}" fill="#fff"/><rect x="{}" y="{}" width="{}" height="{}" fill="#111"/>"##,
            7.0 * m,
            7.0 * m,
            px + m,
            py + m,
            5.0 * m,
            5.0 * m,
            px + 2.0 * m,
            py + 2.0 * m,
            3.0 * m,
            3.0 * m
        );
    }
}

/// A generic city emblem: a shield with a star, a gate, waves and a ribbon reading "LOGO CONTOH"
/// (clearly no real government's emblem). Transparent around the shield.
pub fn logo() -> String {
    let mut s = open(800, 900);
    let shield = "M 400 40 L 720 120 L 720 430 Q 720 680 400 820 Q 80 680 80 430 L 80 120 Z";
    let _ = write!(s, r##"<defs><clipPath id="perisai"><path d="{shield}"/></clipPath></defs>"##);
    let _ = write!(s, r##"<path d="{shield}" fill="#1f5e9c"/>"##);
    s.push_str(r##"<g clip-path="url(#perisai)">"##);
    s.push_str(r##"<rect x="0" y="0" width="800" height="290" fill="#f4c430"/>"##);
    // A five-pointed star on the gold field.
    let mut star = String::from("M");
    for k in 0..10 {
        let r = if k % 2 == 0 { 95.0 } else { 40.0 };
        let a = -std::f64::consts::FRAC_PI_2 + f64::from(k) * std::f64::consts::PI / 5.0;
        let _ = write!(star, " {:.2} {:.2}", 400.0 + r * a.cos(), 180.0 + r * a.sin());
    }
    let _ = write!(s, r##"<path d="{star} Z" fill="#c0392b"/>"##);
    // A gate with a pointed roof on the blue field.
    s.push_str(r##"<path d="M 250 560 L 250 400 L 400 320 L 550 400 L 550 560 Z" fill="#f7f1e3"/><path d="M 350 560 L 350 470 Q 400 420 450 470 L 450 560 Z" fill="#1f5e9c"/>"##);
    s.push_str(r##"<rect x="230" y="560" width="340" height="20" fill="#f7f1e3"/>"##);
    // Waves below.
    for (i, y) in [620.0, 670.0, 720.0].iter().enumerate() {
        let c = if i % 2 == 0 { "#ffffff" } else { "#8fc1e8" };
        let _ = write!(
            s,
            r##"<path d="M 60 {y} q 45 -30 90 0 t 90 0 t 90 0 t 90 0 t 90 0 t 90 0 t 90 0 t 90 0" stroke="{c}" stroke-width="14" fill="none"/>"##
        );
    }
    s.push_str("</g>");
    let _ =
        write!(s, r##"<path d="{shield}" fill="none" stroke="#b8860b" stroke-width="22" stroke-linejoin="round"/>"##);
    // The ribbon.
    s.push_str(
        r##"<path d="M 60 770 L 740 770 L 780 860 L 20 860 Z" fill="#c0392b" stroke="#8e2a1f" stroke-width="6"/>"##,
    );
    text(&mut s, 400.0, 836.0, 58.0, "#ffffff", true, "LOGO CONTOH");
    close(s)
}
