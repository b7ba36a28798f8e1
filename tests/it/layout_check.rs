//! The layout check (`scripts/layout-check`) on every example and fixture PDF, and each of its rules
//! made to fail on purpose by a small layout that commits exactly that fault.

use std::path::Path;
use std::process::Command;

use lkjip::render::{Layouts, Mode};

use crate::prelude::{root, sample, text, tool, try_render, write_temp};

/// Run the check; (exit code, its report).
fn check(pdf: &Path) -> (i32, String) {
    let out = Command::new(root().join("scripts/layout-check"))
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("scripts/layout-check cannot run ({e}); it needs python3 and mutool"));
    let report = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().expect("layout-check was not killed"), report)
}

/// Build `yaml` into `out`; the layout must settle (Typst warns when its passes do not converge,
/// which a decision that depends on its own outcome, such as a page break, would cause).
fn build(yaml: &Path, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_lkjip")).arg("build").arg(yaml).arg("-o").arg(out).output().unwrap();
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "build {} failed:\n{said}", yaml.display());
    assert!(!said.contains("converge"), "the layout of {} did not settle:\n{said}", yaml.display());
}

/// The reports the layout check judges: every example, the small fixture and the large one.
fn reports() -> Vec<std::path::PathBuf> {
    let mut yamls: Vec<_> = std::fs::read_dir(root().join("data"))
        .unwrap()
        .map(|e| e.unwrap().path().join("lkjip.yaml"))
        .filter(|p| p.exists())
        .collect();
    yamls.sort();
    yamls.push(root().join("tests/fixtures/kecil.yaml"));
    yamls.push(root().join("tests/fixtures/besar.yaml"));
    yamls
}

#[test]
fn every_example_and_fixture_pdf_passes_the_layout_check() {
    let tmp = tempfile::tempdir().unwrap();
    for (i, yaml) in reports().iter().enumerate() {
        let pdf = tmp.path().join(format!("{i}.pdf"));
        build(yaml, &pdf);
        let (code, report) = check(&pdf);
        assert_eq!(code, 0, "{}: layout faults:\n{report}", yaml.display());
    }
}

/// The text of the last page of `pdf` that holds `needle`, with that page's number.
fn last_page_with(pdf: &Path, needle: &str) -> (usize, String) {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    let bytes = std::fs::read(pdf).unwrap();
    (1..=pages)
        .rev()
        .map(|p| (p, text(&bytes, Some((p, p)))))
        .find(|(_, t)| t.contains(needle))
        .unwrap_or_else(|| panic!("no page of {} holds {needle:?}", pdf.display()))
}

#[test]
fn the_pk_signatures_take_the_last_program_row_along_and_the_header_only_over_a_page() {
    let tmp = tempfile::tempdir().unwrap();
    // besar.yaml: 33 programs; the signatures do not fit under the table on its page
    let pdf = tmp.path().join("besar.pdf");
    build(&root().join("tests/fixtures/besar.yaml"), &pdf);
    let (page, said) = last_page_with(&pdf, "JUMLAH");
    let header = "No. Program ANGGARAN";
    let signed = ["PIHAK KEDUA", "PIHAK PERTAMA", "BUDIYANTO"];
    let at = |s: &str| said.find(s).unwrap_or_else(|| panic!("page {page} lacks {s:?}: {said}"));
    assert!(at(header) < at("33. Program") && at("33. Program") < at("JUMLAH"), "{said}");
    assert!(signed.iter().all(|s| at("JUMLAH") < at(s)), "{said}");
    assert!(!said.contains("32. Program"), "only the last row goes over: {said}");
    // the reference: eleven programs and the signatures on one page, one table with one header
    let pdf = tmp.path().join("reference.pdf");
    build(&root().join("data/pekalongan-2021/lkjip.yaml"), &pdf);
    let (page, said) = last_page_with(&pdf, "JUMLAH");
    assert_eq!(said.matches(header).count(), 1, "page {page}: {said}");
    assert!(said.find("10. Program").unwrap() < said.find("11. Program").unwrap(), "{said}");
    assert!(said.find("JUMLAH").unwrap() < said.find("BUDIYANTO").unwrap(), "{said}");
}

#[test]
fn an_org_chart_too_tall_for_the_rest_of_a_page_leaves_its_lead_in_there_only_if_the_page_would_be_half_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let lead_in = "terdiri dari :";
    // besar.yaml: its 33 functions end above half page 12; the chart of 22 units does not fit
    // under them, so the heading and lead-in stay there and the chart opens the next page
    let pdf = tmp.path().join("besar.pdf");
    build(&root().join("tests/fixtures/besar.yaml"), &pdf);
    let (led, said) = last_page_with(&pdf, lead_in);
    assert!(said.contains("D. Struktur Organisasi") && said.contains("33)"), "page {led}: {said}");
    let (chart, said) = last_page_with(&pdf, "Gambar 1.1");
    assert_eq!(chart, led + 1, "the chart is on the page after its lead-in: {said}");
    let at = |s: &str| said.find(s).unwrap_or_else(|| panic!("page {chart} lacks {s:?}: {said}"));
    assert!(at("Kepala Dinas") < at("Gambar 1.1") && at("Gambar 1.1") < at("E. Isu Strategis"), "chart first: {said}");
    // the reference: its 11 functions fill three quarters of page 3, so heading and lead-in go
    // along with the chart to page 4, in that order
    let pdf = tmp.path().join("reference.pdf");
    build(&root().join("data/pekalongan-2021/lkjip.yaml"), &pdf);
    let (led, said) = last_page_with(&pdf, lead_in);
    let before = text(&std::fs::read(&pdf).unwrap(), Some((led - 1, led - 1)));
    assert!(before.contains("11)") && !before.contains("Struktur Organisasi"), "page {}: {before}", led - 1);
    assert_eq!(last_page_with(&pdf, "Gambar 1.1").0, led, "{said}");
    let at = |s: &str| said.find(s).unwrap_or_else(|| panic!("page {led} lacks {s:?}: {said}"));
    assert!(at("D. Struktur Organisasi") < at(lead_in) && at(lead_in) < at("Gambar 1.1"), "{said}");
}

/// A small document in the report's page style (header, footer with page number, margins) whose
/// body is `body` (Typst markup), rendered through lkjip's own embedded Typst.
fn bad_pdf(body: &str) -> tempfile::TempPath {
    let dir = tempfile::tempdir().unwrap();
    let l = dir.path().join("l");
    Layouts::embedded().write_to(&l).unwrap();
    let doc = format!(
        "#import \"gaya.typ\": gaya, kepala, kepala-isi, kaki\n#import \"komponen.typ\": ttd\n#let D = json(\"/data.json\")\n\
         #show: gaya.with(sys.inputs.mode)\n#kepala-isi.update(D.dokumen)\n\
         #set page(numbering: \"1\", header: kepala(), footer: kaki(sys.inputs.mode))\n\
         #place(top + left, [#metadata(\"ttd\") <ttd-awal>])#place(top + left, dx: 1cm, dy: 1cm, [#metadata(\"ttd\") <ttd-akhir>])\n#heading(level: 1)[Bab Uji]\n{body}\n"
    );
    std::fs::write(l.join("laporan.typ"), doc).unwrap();
    let layouts = Layouts::from_dir(&l).unwrap();
    let r =
        try_render(&layouts, &sample(), Mode::Draft).unwrap_or_else(|e| panic!("the bad layout does not render: {e}"));
    write_temp(&r.pdf)
}

fn fails_with(body: &str, rule: &str) {
    let pdf = bad_pdf(body);
    let (code, report) = check(&pdf);
    assert_eq!(code, 1, "the check passed a PDF that breaks `{rule}`:\n{report}");
    assert!(report.contains(&format!(": {rule}: ")), "`{rule}` not reported:\n{report}");
}

const FILL: &str = "#lorem(40)\n\n";

#[test]
fn a_number_over_a_cell_rule_fails() {
    fails_with("#table(columns: (1.2cm, 3cm), [12.644.738.000], [x], [a], [b])\n#lorem(300)", "crossing");
}

#[test]
fn overlapping_text_fails() {
    fails_with("#lorem(150)\n#place(top + left, dy: 3cm, [tumpang tindih di sini])\n#lorem(300)", "overlap");
}

#[test]
fn a_heading_at_the_foot_of_a_page_fails() {
    fails_with(
        &format!("{}#v(1fr)\n#heading(level: 2)[A. Judul Terakhir]\n#pagebreak()\n{}", FILL.repeat(3), FILL.repeat(8)),
        "heading-end",
    );
}

#[test]
fn a_heading_with_nothing_under_it_fails() {
    fails_with(
        &format!("{}#block(strong[Faktor penghambat:])\n#heading(level: 2)[B. Berikutnya]\n{}", FILL, FILL.repeat(10)),
        "heading-empty",
    );
}

#[test]
fn a_half_empty_page_inside_a_chapter_fails() {
    fails_with(&format!("{}#pagebreak()\n{}", FILL, FILL.repeat(12)), "half-empty");
}

#[test]
fn a_figure_caption_alone_at_the_head_of_a_page_fails() {
    // the figure's body is empty: its caption is the first thing of the page
    fails_with(
        &format!(
            "{}#pagebreak()\n#figure(kind: image, supplement: [Gambar], alt: \"grafik uji\", [], caption: [Capaian Uji])\n{}",
            FILL.repeat(12),
            FILL.repeat(8)
        ),
        "caption-alone",
    );
}

#[test]
fn a_floating_table_overtaken_by_the_next_table_fails() {
    // the first table floats and does not fit below the text: it goes to the next page, and the
    // second table, not floating, is printed before it
    fails_with(
        &format!(
            "{}#figure(kind: table, placement: auto, caption: [Besar], table(columns: 2, ..range(40).map(i => ([#i], [baris])).flatten()))\n\
             #figure(kind: table, caption: [Kecil], table(columns: 2, [a], [b]))\n{}",
            FILL.repeat(6),
            FILL.repeat(8)
        ),
        "caption-order",
    );
}

#[test]
fn a_marker_of_unfinished_data_fails() {
    fails_with(&format!("{}(nama Walikota tidak tercantum dalam sumber)\n\n{}", FILL, FILL.repeat(12)), "marker");
}

#[test]
fn a_small_table_split_across_pages_fails() {
    fails_with(
        &format!(
            "{}#block(height: 15cm, width: 100%)[]\n#table(columns: (2cm, 1fr), table.header([No], [Uraian]), \
             ..range(5).map(i => ([#i], [#lorem(45)])).flatten())\n{}",
            FILL,
            FILL.repeat(8)
        ),
        "small-split",
    );
}

/// Gambar 3.1 as it was drawn before the value axis: with no capaian above 100 the axis ends at
/// 100 % and its label lands on the 100 % line's label.
#[test]
fn the_old_capaian_axis_labels_overlap_and_fail() {
    fails_with(
        &format!(
            "{}#set text(size: 8pt)\n#box(width: 10cm, height: 1.2em, {{\n  place(left + top, [0 %])\n  \
             place(left + top, dx: 100%, move(dx: -1em, text(fill: red)[100 %]))\n  place(right + top, [100 %])\n}})\n{}",
            FILL,
            FILL.repeat(8)
        ),
        "overlap",
    );
}

/// The chart as drawn now, with every capaian at or below 100 %: no two labels meet.
#[test]
fn the_capaian_chart_without_a_capaian_above_100_has_no_overlap() {
    let chart = "(judul: \"Capaian\", alt: \"Diagram\", garis_100: \"1.0000\", \
        sumbu: ((label: \"0 %\", fraksi: \"0.0000\"), (label: \"50 %\", fraksi: \"0.5000\"), (label: \"100 %\", fraksi: \"1.0000\")), \
        batang: ((label: \"Nilai Evaluasi AKIP\", nilai: \"99,07 %\", fraksi: \"0.9907\", tercapai: false), \
                 (label: \"Persentase pasar sesuai SNI\", nilai: \"100,00 %\", fraksi: \"1.0000\", tercapai: true)))";
    let pdf =
        bad_pdf(&format!("#import \"grafik.typ\": grafik-capaian\n{FILL}#grafik-capaian({chart})\n{}", FILL.repeat(8)));
    let out = Command::new(root().join("scripts/layout-check"))
        .args(["--only", "overlap,crossing"])
        .arg(&*pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

/// A signature block as the report draws it (komponen.typ's `ttd`).
const TTD: &str = "#ttd((tempat: \"Pekalongan\", tanggal: \"1 Maret 2022\", awalan: none, jabatan: \"Kepala Dinas\", \
    nama: \"Ir. BUDIYANTO, M.Pi, M.Hum\", pangkat: \"Pembina Utama Muda (IV/c)\", nip: \"19630804 198711 1 001\"))";

/// The reference's fault (p. 39): place, date, title, name and rank alone at the top of a page.
#[test]
fn a_signature_block_starting_a_page_fails() {
    fails_with(&format!("{}#pagebreak()\n{TTD}\n{}", FILL.repeat(12), FILL.repeat(6)), "signature-top");
}

/// The same block under the text it closes passes that rule: the check tells the two apart.
#[test]
fn a_signature_block_under_its_text_passes() {
    let pdf = bad_pdf(&format!("{}{TTD}\n{}", FILL.repeat(3), FILL.repeat(8)));
    let out = Command::new(root().join("scripts/layout-check"))
        .args(["--only", "signature-top"])
        .arg(&*pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

/// The reference's Tabel 3.6 fault: a five-row table whose first row stays at the foot of a page
/// and whose other four go to the next (a short first row, four tall ones; the header shaded as
/// the report's are, which is how the check tells it from the body).
#[test]
fn a_small_table_split_one_and_four_fails() {
    let pdf = bad_pdf(&format!(
        "#block(height: 18.5cm, width: 100%)[]\n#set table.cell(breakable: false)\n\
         #table(columns: (2cm, 1fr), table.header(table.cell(fill: luma(220))[No], table.cell(fill: luma(220))[Uraian]), [1], [Satu], \
         ..range(2, 6).map(i => ([#i], [#lorem(150)])).flatten())\n{}",
        FILL.repeat(4)
    ));
    let (code, report) = check(&pdf);
    assert_eq!(code, 1, "the check passed a 1 + 4 split:\n{report}");
    assert!(report.contains(": small-split: a table of 5 rows is split 1 + 4"), "not reported as 1 + 4:\n{report}");
}

/// Run the check with only `rules`; (exit code, its report).
fn check_only(pdf: &Path, rules: &str) -> (i32, String) {
    let out = Command::new(root().join("scripts/layout-check")).args(["--only", rules]).arg(pdf).output().unwrap();
    (out.status.code().expect("layout-check was not killed"), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// "71,18 %" broken before its unit: the "%" begins the next line.
#[test]
fn a_percent_sign_starting_a_line_fails() {
    fails_with(
        &format!("{FILL}#par(justify: false)[Capaian kinerjanya adalah 71,18 \\ % dari target.]\n{}", FILL.repeat(12)),
        "percent-start",
    );
}

/// The layout keeps a figure with its " %": a paragraph full of them never starts a line with "%".
#[test]
fn figures_with_their_percent_sign_stay_together_in_running_text() {
    let kalimat =
        (0..60).map(|i| format!("capaian {i},{:02} % dari target", (i * 7) % 100)).collect::<Vec<_>>().join(", ");
    let pdf = bad_pdf(&format!("{FILL}{kalimat}.\n\n{}", FILL.repeat(10)));
    let (code, report) = check_only(&pdf, "percent-start");
    assert_eq!(code, 0, "{report}");
}

/// A title that wraps on one side of two signature blocks drawn as two independent blocks
/// (the old Perjanjian Kinerja) puts the two names on different baselines.
#[test]
fn two_signatures_side_by_side_with_names_at_different_heights_fail() {
    let pihak = |jabatan: &str, nama: &str| {
        format!(
            "ttd((tempat: none, tanggal: none, awalan: none, jabatan: \"{jabatan}\", nama: \"{nama}\", pangkat: none, nip: none), tanggal: false, lebar: 100%)"
        )
    };
    fails_with(
        &format!(
            "{}#grid(columns: (1fr, 1fr), column-gutter: 1em, {}, {})\n{}",
            FILL.repeat(3),
            pihak("Walikota Pekalongan", "H. ACHMAD AFZAN, S.H."),
            pihak(
                "Kepala Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah Kota Pekalongan",
                "Ir. BUDIYANTO, M.Pi"
            ),
            FILL.repeat(8)
        ),
        "signature-align",
    );
}

/// The same two parties through `ttd-berdua`: the names share a baseline however the titles wrap.
#[test]
fn two_signatures_drawn_together_share_the_baseline_of_their_names() {
    let pihak = |jabatan: &str, nama: &str| {
        format!(
            "(tempat: none, tanggal: none, awalan: none, jabatan: \"{jabatan}\", nama: \"{nama}\", pangkat: none, nip: none)"
        )
    };
    let pdf = bad_pdf(&format!(
        "#import \"komponen.typ\": ttd-berdua\n{}#ttd-berdua(([PIHAK KEDUA], {}), ([PIHAK PERTAMA], {}))\n{}",
        FILL.repeat(3),
        pihak("Walikota Pekalongan", "H. ACHMAD AFZAN, S.H."),
        pihak("Kepala Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah Kota Pekalongan", "Ir. BUDIYANTO, M.Pi"),
        FILL.repeat(8)
    ));
    let (code, report) = check_only(&pdf, "signature-align");
    assert_eq!(code, 0, "{report}");
}

/// A table of five rows too tall for one page has to split; two rows or more on each side is
/// what it can do, and passes.
#[test]
fn a_small_table_taller_than_a_page_may_split_two_and_three() {
    let pdf = bad_pdf(&format!(
        "{FILL}#set table.cell(breakable: false)\n\
         #table(columns: (2cm, 1fr), table.header(table.cell(fill: luma(220))[No], table.cell(fill: luma(220))[Uraian]), \
         ..range(5).map(i => ([#i], [#lorem(190)])).flatten())\n{}",
        FILL.repeat(8)
    ));
    let (code, report) = check_only(&pdf, "small-split");
    assert_eq!(code, 0, "{report}");
}

/// Gambar 3.1 with `n` bars, in the data contract's shape.
fn capaian_chart(n: usize) -> String {
    let batang: Vec<String> = (0..n)
        .map(|i| format!("(label: \"Indikator kinerja nomor {i} yang cukup panjang\", nilai: \"9{},00 %\", fraksi: \"0.9{}00\", tercapai: false)", i % 10, i % 10))
        .collect();
    format!(
        "(judul: \"Capaian\", alt: \"Diagram\", garis_100: \"0.8000\", sumbu: ((label: \"0 %\", fraksi: \"0.0000\"), \
         (label: \"100 %\", fraksi: \"0.8000\")), batang: ({},))",
        batang.join(", ")
    )
}

/// A chart of 24 bars held whole (as Gambar 3.1 was) goes to the next page and leaves this one
/// mostly empty; drawn as the layout draws it now, it breaks between bars and fills the page.
#[test]
fn a_capaian_chart_of_many_bars_breaks_between_bars_rather_than_leave_a_page_empty() {
    let body =
        |chart: &str| format!("#import \"grafik.typ\": grafik-capaian\n{}{chart}\n{}", FILL.repeat(2), FILL.repeat(8));
    let whole = bad_pdf(&body(&format!("#block(breakable: false, grafik-capaian({}))", capaian_chart(24))));
    let (code, report) = check_only(&whole, "half-empty");
    assert_eq!(code, 1, "the whole chart left no page half empty:\n{report}");
    let broken = bad_pdf(&body(&format!("#grafik-capaian({})", capaian_chart(24))));
    let (code, report) = check_only(&broken, "half-empty");
    assert_eq!(code, 0, "{report}");
}

/// A trend chart (Gambar 3.2 ff.) in the data contract's shape: four years, axis 0–100.
const TREND: &str = "(judul: \"Target dan Realisasi\", alt: \"Diagram\", satuan: \"%\", \
    sumbu: ((label: \"0\", fraksi: \"0.0000\"), (label: \"50\", fraksi: \"0.5000\"), (label: \"100\", fraksi: \"1.0000\")), \
    tahun: ((tahun: \"2018\", target: \"-\", realisasi: \"100\", fraksi_target: none, fraksi_realisasi: \"1.0000\"), \
            (tahun: \"2019\", target: \"90\", realisasi: \"95\", fraksi_target: \"0.9000\", fraksi_realisasi: \"0.9500\"), \
            (tahun: \"2020\", target: \"95\", realisasi: \"-\", fraksi_target: \"0.9500\", fraksi_realisasi: none), \
            (tahun: \"2021\", target: \"100\", realisasi: \"100\", fraksi_target: \"1.0000\", fraksi_realisasi: \"1.0000\")))";

/// The reference's fault (pp. 19–20): the next chart's top axis label ("100") right under a
/// caption, a hair's breadth from its descenders.
#[test]
fn text_right_under_a_caption_fails() {
    fails_with(
        &format!(
            "{FILL}#figure(kind: image, alt: \"Diagram\", rect(width: 6cm, height: 2cm), caption: [Target dan Realisasi])\n\
             #v(-1.1em)\n#align(center, text(size: 7.5pt)[100])\n{}",
            FILL.repeat(10)
        ),
        "crowded",
    );
}

/// Trend charts one under another as the layout draws them: each caption keeps its distance
/// from the next chart's top label.
#[test]
fn trend_charts_one_under_another_keep_their_captions_clear() {
    let pdf = bad_pdf(&format!(
        "#import \"grafik.typ\": grafik-tren\n{FILL}#grafik-tren({TREND})\n#grafik-tren({TREND})\n#grafik-tren({TREND})\n{}",
        FILL.repeat(6)
    ));
    let (code, report) = check_only(&pdf, "crowded,overlap");
    assert_eq!(code, 0, "{report}");
    let said = text(&std::fs::read(&pdf).unwrap(), None);
    assert!(said.matches("Target dan Realisasi").count() >= 3, "three charts drawn: {said}");
}
