//! Hostile input, continued: the page limit (estimated by `check`, counted by `build`) and
//! images in colour spaces or formats the report does not take as they are. Same bounds as
//! `hostile`: a child under `prlimit`, exit 1 or 2, the field and line named, nothing written.

use std::path::Path;
use std::time::Duration;

use crate::hostile::{files_in, kecil, line_of, refused, run_bounded, write};

/// `kecil.yaml` with `latar_belakang` made of `n` one-word paragraphs (3 bytes each), and the
/// line where that text starts.
pub(crate) fn paragraphs(n: usize) -> (tempfile::TempDir, usize) {
    let text = kecil();
    let old = "  latar_belakang: Latar belakang.\n";
    assert!(text.contains(old), "kecil.yaml changed");
    let body: String = (0..n).map(|i| format!("    {}\n\n", i % 10)).collect();
    let (dir, _) = write(text.replacen(old, &format!("  latar_belakang: |\n{body}"), 1).as_bytes());
    // the text (the block scalar) starts on the line after `latar_belakang: |`
    (dir, line_of(&text, "latar_belakang:") + 1)
}

/// 21 000 paragraphs of one word fit in one text (63 KB) but would lay out to some 700 pages of
/// that text alone, and several such texts to tens of thousands: `check` refuses from its
/// estimate, before any layout, naming the text that makes the most pages.
#[test]
fn a_report_of_too_many_pages_is_refused_before_layout_naming_the_text() {
    let (dir, line) = paragraphs(21_000);
    let err = refused(dir.path(), "pendahuluan.latar_belakang: the report would have about", Some(line));
    assert!(err.contains("a report may have at most 1000"), "{err}");
    // half of it is a long report, not a refused one
    let (dir, _) = paragraphs(9_000);
    let r = crate::prelude::lkjip_cmd("C").arg("check").arg("lkjip.yaml").current_dir(dir.path()).output().unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
}

/// The pages Typst laid out are counted before the PDF is written: a layout that makes more
/// pages than the limit (here an own layout adding 1 001 pages) ends the build with the cause
/// named, and no PDF.
#[test]
fn build_counts_the_pages_laid_out_and_writes_nothing_past_the_limit() {
    let (dir, _) = write(kecil().as_bytes());
    let layouts = dir.path().join("tata");
    let out = crate::prelude::lkjip_cmd("C").arg("layouts").arg(&layouts).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let main = layouts.join("laporan.typ");
    let mut typ = std::fs::read_to_string(&main).unwrap();
    typ.push_str("\n#for i in range(1001) { pagebreak(); [#i] }\n");
    std::fs::write(&main, typ).unwrap();
    let before = files_in(dir.path());
    let r = run_bounded(
        dir.path(),
        &["build", "lkjip.yaml", "-o", "out.pdf", "--layout", "tata"],
        Duration::from_secs(120),
    );
    assert!(
        r.stderr.contains("the report was laid out to 1") && r.stderr.contains("a report may have at most 1000"),
        "{}{}",
        r.stderr,
        r.stdout
    );
    assert_eq!(files_in(dir.path()), before, "a refused build wrote something");
    assert!(!Path::new(&dir.path().join("out.pdf")).exists());
}

fn image_fixture(name: &str) -> Vec<u8> {
    std::fs::read(crate::prelude::fixtures().join("images").join(name)).unwrap()
}

/// The colour at a quarter and at three quarters of the width of what the PDF embeds for
/// `bytes` (the resampler's output, decoded again).
fn placed_colours(bytes: &[u8], lossless: bool) -> ([u8; 3], [u8; 3]) {
    let target = lkjip::render::resample::Target { width_mm: 45, ppi: 220, lossless };
    let placed = lkjip::render::prepare_image(bytes, target).unwrap();
    let img = image::load_from_memory(&placed).unwrap().into_rgb8();
    let (w, h) = img.dimensions();
    (img.get_pixel(w / 4, h / 2).0, img.get_pixel(w * 3 / 4, h / 2).0)
}

fn near(got: [u8; 3], want: [u8; 3]) -> bool {
    got.iter().zip(want).all(|(g, w)| g.abs_diff(w) <= 40)
}

/// CMYK JPEGs (as Photoshop and Pillow write them: Adobe-inverted, APP14 transform 0) and YCCK
/// JPEGs (APP14 transform 2, as libjpeg writes CMYK by default) are converted to RGB by the
/// resampler with their colours right: the fixtures are red on the left and blue on the right
/// (`tests/fixtures/images/README.md` says how they were made). `check` and `build` take them.
#[test]
fn cmyk_and_ycck_jpegs_are_converted_with_their_colours_right() {
    for name in ["cmyk.jpg", "ycck.jpg"] {
        let bytes = image_fixture(name);
        assert_eq!(bytes[bytes.windows(5).position(|w| w == b"Adobe").unwrap() + 11], u8::from(name == "ycck.jpg") * 2);
        for lossless in [true, false] {
            let (left, right) = placed_colours(&bytes, lossless);
            assert!(near(left, [255, 0, 0]) && near(right, [0, 0, 255]), "{name}: {left:?} and {right:?}");
        }
        let dir = crate::hostile::with_logo(name, |p| std::fs::write(p, &bytes).unwrap());
        for args in [&["check", "lkjip.yaml"][..], &["build", "lkjip.yaml", "-o", "out.pdf"]] {
            let r = crate::prelude::lkjip_cmd("C").args(args).current_dir(dir.path()).output().unwrap();
            assert!(r.status.success(), "{name}: {args:?}: {}", String::from_utf8_lossy(&r.stderr));
        }
        assert!(dir.path().join("out.pdf").exists());
    }
}

/// A WebP (like a GIF or an SVG, in `hostile`) is refused by `check` and by `build`, naming
/// the field and its line, and nothing is written.
#[test]
fn a_webp_logo_is_refused_by_check_and_build() {
    let bytes = image_fixture("logo.webp");
    crate::hostile::logo_refused(
        "logo.webp",
        |p| std::fs::write(p, &bytes).unwrap(),
        "image \"logo.webp\": image format Webp is not accepted",
    );
}
