//! Inputs made to hurt: each ends with exit 1 or 2, a message naming the field and its line,
//! within a memory and time bound (the child runs under `prlimit --as`), and nothing written.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Address space a hostile `check` or `build` may use; a build of the reference needs ~300 MB
/// of it (Typst maps its fonts and reserves thread stacks).
pub(crate) const MEMORY: u64 = 1024 * 1024 * 1024;
/// Time a refusal may take: it comes before any real work.
pub(crate) const QUICK: Duration = Duration::from_secs(5);

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stderr: String,
    pub(crate) stdout: String,
}

/// Run lkjip under `prlimit --as=MEMORY`, killed after `limit` (a hang fails the test).
pub(crate) fn run_bounded(dir: &Path, args: &[&str], limit: Duration) -> Run {
    let started = Instant::now();
    let mut child = Command::new("prlimit")
        .arg(format!("--as={MEMORY}"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_lkjip"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lkjip under prlimit (util-linux)");
    // drain the pipes while waiting, so a chatty child cannot block on a full pipe
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("lkjip {args:?} still ran after {limit:?}: it hangs or works without bound");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let run = Run { code: status.code().unwrap_or(-1), stdout: out_t.join().unwrap(), stderr: err_t.join().unwrap() };
    assert!(
        run.code == 1 || run.code == 2,
        "lkjip {args:?} ended with {status:?} (a crash or an out-of-memory abort, not a refusal): {}",
        head(&run.stderr)
    );
    run
}

/// At most the start of a long output, for assertion messages.
pub(crate) fn head(s: &str) -> &str {
    let mut end = s.len().min(4000);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

pub(crate) fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

pub(crate) fn kecil() -> String {
    crate::prelude::fixture_text("kecil.yaml")
}

/// `kecil.yaml` with `from` replaced by `to` (which must occur) in a fresh folder.
pub(crate) fn variant(from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let text = kecil();
    assert!(text.contains(from), "kecil.yaml lacks {from:?}");
    write(text.replacen(from, to, 1).as_bytes())
}

pub(crate) fn write(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, bytes).unwrap();
    (dir, p)
}

/// `check` and `build` both refuse the file quickly with `needle` on a line of the file (at
/// `line` when given: `lkjip.yaml:LINE:`), and `build` writes nothing.
pub(crate) fn refused(dir: &Path, needle: &str, line: Option<usize>) -> String {
    let before = files_in(dir);
    let check = run_bounded(dir, &["check", "lkjip.yaml"], QUICK);
    let build = run_bounded(dir, &["build", "lkjip.yaml", "-o", "out.pdf"], QUICK);
    for (what, r) in [("check", &check), ("build", &build)] {
        assert!(r.stderr.contains(needle), "{what} does not say {needle:?}:\n{}{}", head(&r.stderr), r.stdout);
        assert!(r.stderr.len() < 20_000, "{what} prints {} bytes", r.stderr.len());
        let said = r.stderr.lines().find(|l| l.contains(needle)).unwrap_or_default();
        let placed = said
            .strip_prefix("lkjip.yaml:")
            .and_then(|rest| rest.split(':').next())
            .and_then(|n| n.parse::<usize>().ok());
        assert!(placed.is_some(), "{what} says {needle:?} at no line of the file: {said}");
        if let Some(line) = line {
            assert_eq!(placed, Some(line), "{what} does not place it at line {line}:\n{}", head(&r.stderr));
        }
    }
    assert_eq!(files_in(dir), before, "a refused build wrote something");
    check.stderr
}

/// `check` and `build` both refuse the file as a whole (it is too large to read: there is no
/// line to name) quickly with `needle`, and `build` writes nothing.
fn refused_whole_file(dir: &Path, needle: &str) {
    let before = files_in(dir);
    for args in [&["check", "lkjip.yaml"][..], &["build", "lkjip.yaml", "-o", "out.pdf"]] {
        let r = run_bounded(dir, args, QUICK);
        assert!(r.stderr.contains(needle), "{args:?} does not say {needle:?}:\n{}", head(&r.stderr));
        assert!(r.stderr.contains("a report file may have at most 4194304"), "{}", head(&r.stderr));
    }
    assert_eq!(files_in(dir), before, "a refused build wrote something");
}

pub(crate) fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

const MAX: &str = "79228162514264337593543950335";

#[test]
fn the_largest_number_in_a_pagu_is_an_overflow_naming_the_field() {
    let (dir, p) = variant("pagu: 600000, realisasi: 540000", &format!("pagu: {MAX}, realisasi: 540000"));
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "kegiatan:");
    let err = refused(dir.path(), "program[0].kegiatan: the sum of pagu overflows", Some(line));
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_largest_number_in_a_program_budget_is_an_overflow_naming_the_field() {
    let (dir, _) = variant("pagu: 1000000\n", &format!("pagu: {MAX}\n"));
    let (dir2, _) = variant("pagu: 5000000\n", &format!("pagu: {MAX}\n"));
    for d in [&dir, &dir2] {
        refused(d.path(), "perencanaan.perjanjian_kinerja.program: the sum of pagu overflows", None);
    }
}

#[test]
fn the_largest_number_in_a_realisasi_is_an_overflow_naming_the_field() {
    let (dir, p) = variant("realisasi: { 2023: 50, 2024: 42.9 }", &format!("realisasi: {{ 2023: 50, 2024: {MAX} }}"));
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), MAX);
    refused(dir.path(), ".indikator[1].realisasi.2024: the capaian overflows", Some(line));
    let (dir, _) = variant("realisasi: 540000", &format!("realisasi: {MAX}"));
    refused(dir.path(), "overflows", None);
    // the efficiency formula: a tiny serapan divides a large capaian
    let text = kecil()
        .replacen("target: { 2024: 60.27", "target: { 2024: 0.01", 1)
        .replacen("2024: 42.9 }", "2024: 1000000000000000000 }", 1)
        .replacen("realisasi: 540000", "realisasi: 0.00000000000000000001", 1)
        .replacen("realisasi: 400000 }", "realisasi: 0.00000000000000000001 }", 1);
    let (dir, _) = write(text.as_bytes());
    refused(dir.path(), "akuntabilitas.analisis_sasaran[0].kegiatan: the efisiensi overflows", None);
}

#[test]
fn an_alias_bomb_is_refused_fast_in_little_memory() {
    let anchor = "x".repeat(1_000_000);
    let uses = vec!["*a"; 20_000].join(", ");
    let text = kecil().replacen(
        "kata_pengantar: |",
        &format!("x_bomb: &a \"{anchor}\"\nx_uses: [{uses}]\nkata_pengantar: |"),
        1,
    );
    let (dir, _) = write(text.as_bytes());
    refused(dir.path(), "lkjip.yaml:", None);
    let r = run_bounded(dir.path(), &["check", "lkjip.yaml"], QUICK);
    assert!(r.stderr.contains("one text may have at most") || r.stderr.contains("aliases"), "{}", r.stderr);
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    for text in ["- ".repeat(40_000), format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)), "{a: ".repeat(60_000)]
    {
        let (dir, _) = write(text.as_bytes());
        refused(dir.path(), "nested more than 100 levels deep", Some(1));
    }
}

#[test]
fn a_year_written_twice_is_an_error_at_the_second() {
    for second in ["2024: 99.99", "0x7E8: 99.99", "02024: 99.99"] {
        let (dir, p) = variant(
            "target: { 2024: 60.27, 2026: 60.27 }",
            &format!("target:\n                2024: 60.27\n                {second}\n                2026: 60.27"),
        );
        let text = std::fs::read_to_string(&p).unwrap();
        let line = line_of(&text, second);
        refused(dir.path(), "is written twice in this mapping", Some(line));
    }
}

#[test]
fn yaml_tags_are_refused() {
    let (dir, p) = variant("latar_belakang: Latar belakang.", "latar_belakang: !!binary TGF0YXIgYmVsYWthbmcu");
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "!!binary");
    refused(dir.path(), "pendahuluan.latar_belakang: YAML tag `!!binary` is not used", Some(line));
}

#[test]
fn control_characters_are_placed_at_their_line() {
    let text = kecil();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[27] = "  tugas: Tu\0gas.";
    let (dir, _) = write(lines.join("\n").as_bytes());
    refused(dir.path(), "control character U+0000", Some(28));
    let (dir, _) = variant("tugas: Tugas.", "tugas: \"Tu\\0gas.\"");
    refused(
        dir.path(),
        "pendahuluan.tugas: the value holds control character U+0000",
        Some(line_of(&text, "tugas: Tugas.")),
    );
}

#[test]
fn invalid_utf8_is_placed_at_its_line_and_column() {
    let mut bytes = kecil().into_bytes();
    let at = kecil().find("Gambaran").unwrap();
    bytes[at + 3] = 0xFF;
    let line = line_of(&kecil(), "Gambaran");
    let (dir, _) = write(&bytes);
    refused(dir.path(), &format!("lkjip.yaml:{line}:21: error: the file is not UTF-8 text here"), None);
}

#[test]
fn a_huge_file_and_a_huge_text_are_refused_before_parsing() {
    let text = kecil().replacen("Latar belakang.", &"Latar belakang. ".repeat(3_200_000), 1);
    let (dir, _) = write(text.as_bytes());
    refused_whole_file(dir.path(), "lkjip.yaml: error: the file has");
    let text = kecil().replacen("Latar belakang.", &"Latar belakang. ".repeat(200_000), 1);
    let (dir, _) = write(text.as_bytes());
    refused(
        dir.path(),
        "pendahuluan.latar_belakang: this text has 3199999 bytes",
        Some(line_of(&kecil(), "Latar belakang.")),
    );
}

#[test]
fn a_report_that_is_not_a_regular_file_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("lkjip.yaml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for args in [["check", "lkjip.yaml"], ["build", "lkjip.yaml"], ["check", "/dev/zero"], ["check", "."]] {
        let r = run_bounded(dir.path(), &args, QUICK);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("not a regular file") || r.stderr.contains("Is a directory"), "{}", r.stderr);
    }
    assert_eq!(files_in(dir.path()), ["lkjip.yaml"], "a refused build wrote something");
}

/// `kecil.yaml` with a logo named `name`, made by `make` in the report's folder.
pub(crate) fn with_logo(name: &str, make: impl FnOnce(&Path)) -> tempfile::TempDir {
    let (dir, _) = variant("  tanggal: 2025-02-28\n", &format!("  tanggal: 2025-02-28\n  logo: {name}\n"));
    make(&dir.path().join(name));
    dir
}

/// A JPEG of 335 bytes whose frame header claims `w` × `h`.
pub(crate) fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    b.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    b.extend_from_slice(&[0xFF, 0xC0, 0, 17, 8]);
    b.extend_from_slice(&h.to_be_bytes());
    b.extend_from_slice(&w.to_be_bytes());
    b.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    b.extend_from_slice(&[0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
    b.resize(335, 0);
    b
}

/// A PNG whose header claims `w` × `h` (8-bit grey), with a valid but short IDAT.
pub(crate) fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&[0, 0, 0, 0]); // CRC: the size is refused before it matters
    }
    let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    chunk(&mut b, b"IHDR", &ihdr);
    chunk(&mut b, b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(&mut b, b"IEND", &[]);
    b
}

/// A report folder whose report names `name` as its logo, made by `make`: `check` and `build`
/// both refuse it quickly, naming `dokumen.logo` and its line, and `build` writes nothing.
pub(crate) fn logo_refused(name: &str, make: impl FnOnce(&Path), needle: &str) {
    let dir = with_logo(name, make);
    let line = line_of(&std::fs::read_to_string(dir.path().join("lkjip.yaml")).unwrap(), "logo:");
    refused(dir.path(), &format!("dokumen.logo: {needle}"), Some(line));
}

/// A minimal GIF and SVG: formats Typst knows but the report does not take.
pub(crate) const GIF: &[u8] =
    b"GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;";
pub(crate) const SVG: &[u8] = b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";

#[test]
fn an_image_whose_header_claims_too_many_pixels_is_refused_before_decoding() {
    logo_refused(
        "logo.jpg",
        |p| std::fs::write(p, jpeg_claiming(65_500, 65_500)).unwrap(),
        "image \"logo.jpg\": it is 65500 × 65500 pixels",
    );
    logo_refused(
        "logo.png",
        |p| std::fs::write(p, png_claiming(40_000, 40_000)).unwrap(),
        "image \"logo.png\": it is 40000 × 40000 pixels",
    );
}

#[test]
fn a_logo_that_is_not_a_regular_file_is_refused_at_once() {
    let fifo = |p: &Path| assert!(Command::new("mkfifo").arg(p).status().unwrap().success());
    logo_refused("logo.png", fifo, "cannot read image \"logo.png\": not a regular file");
    logo_refused("logo.png", |p| std::fs::create_dir(p).unwrap(), "cannot read image \"logo.png\": not a regular file");
    logo_refused(
        "logo.png",
        |p| std::os::unix::fs::symlink("/dev/zero", p).unwrap(),
        "image \"logo.png\" lies outside the report's folder",
    );
}

/// Every kind of error `build` finds before it lays out pages (pipeline/assemble.rs: the
/// fonts' glyphs; each image: found, inside the folder, a regular file, within its size, a PNG
/// or JPEG, its header within the pixel limit, decodable; PDF/A's string limit; and all that
/// `prepare` finds, which both share: control characters, counts, the page estimate) is found
/// by `check`, with field and line, and `build` writes nothing. (CMYK and YCCK JPEGs are
/// converted, not refused: hostile_limits.rs.)
#[test]
fn check_finds_every_error_build_finds_before_layout() {
    // glyphs the embedded fonts lack
    let (dir, p) = variant("tugas: Tugas.", "tugas: Tugas 😀 漢.");
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "Tugas 😀");
    refused(dir.path(), "pendahuluan.tugas: the report's fonts cannot show `😀` (U+1F600), `漢` (U+6F22)", Some(line));
    // an image that is missing, outside the folder, a folder, not PNG/JPEG, or undecodable
    logo_refused("logo.png", |_| {}, "cannot find image \"logo.png\"");
    logo_refused(
        "logo.png",
        |p| std::os::unix::fs::symlink("/etc/hostname", p).unwrap(),
        "image \"logo.png\" lies outside the report's folder",
    );
    logo_refused("logo", |p| std::fs::create_dir(p).unwrap(), "cannot read image \"logo\": not a regular file");
    logo_refused(
        "logo.gif",
        |p| std::fs::write(p, GIF).unwrap(),
        "image \"logo.gif\": image format Gif is not accepted",
    );
    logo_refused("logo.svg", |p| std::fs::write(p, SVG).unwrap(), "image \"logo.svg\": not a PNG or JPEG image");
    let mut broken = png_claiming(40, 40);
    broken.truncate(40);
    logo_refused("logo.png", |p| std::fs::write(p, broken).unwrap(), "image \"logo.png\"");
    // a value holding NUL written as an escape
    let (dir, _) = variant("tugas: Tugas.", "tugas: \"Tu\\0gas.\"");
    refused(dir.path(), "pendahuluan.tugas: the value holds control character U+0000", None);
    // PDF/A's string limit: the organisation chart's alternative text lists every unit
    let units: String = (0..150)
        .map(|i| format!("        - nama: Unit Pelaksana Teknis Daerah Nomor {i:03} {}\n", "Bidang ".repeat(13)))
        .collect();
    let (dir, _) = variant("        - nama: Bidang Satu\n", &format!("        - nama: Bidang Satu\n{units}"));
    refused(
        dir.path(),
        "pendahuluan.struktur_organisasi.bagan: the alternative text of the organisation chart would be",
        None,
    );
    // a FIFO (reading it would block), a file past MAX_IMAGE_BYTES (sparse: nothing is read), a
    // header past the pixel limit, a WebP
    let fifo = |p: &Path| assert!(Command::new("mkfifo").arg(p).status().unwrap().success());
    logo_refused("logo.png", fifo, "cannot read image \"logo.png\": not a regular file");
    logo_refused(
        "logo.png",
        |p| std::fs::File::create(p).unwrap().set_len(33 * 1024 * 1024).unwrap(),
        "image \"logo.png\" has 34603008 bytes; an image may have at most 33554432",
    );
    logo_refused(
        "logo.jpg",
        |p| std::fs::write(p, jpeg_claiming(65_500, 65_500)).unwrap(),
        "image \"logo.jpg\": it is 65500 × 65500 pixels",
    );
    let webp = std::fs::read(crate::prelude::fixtures().join("images/logo.webp")).unwrap();
    logo_refused(
        "logo.webp",
        |p| std::fs::write(p, webp).unwrap(),
        "image \"logo.webp\": image format Webp is not accepted",
    );
    // counts: too many indicators; too many pages (estimated from the texts before layout; the
    // pages laid out are counted by `build` too: hostile_limits.rs)
    let (dir, _) = many_indicators();
    refused(dir.path(), "perencanaan.tujuan: 602 indicators; a report may have at most 500", None);
    let (dir, line) = crate::hostile_limits::paragraphs(21_000);
    refused(dir.path(), "pendahuluan.latar_belakang: the report would have about", Some(line));
}

/// `kecil.yaml` with 600 more indicators (602 in all).
fn many_indicators() -> (tempfile::TempDir, PathBuf) {
    let block = "            - id: umkm\n              nama: Persentase UMKM menerima KUR\n              satuan: \"%\"\n              iku: true\n              target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 50, 2024: 42.9 }\n";
    let text = kecil();
    assert!(text.contains(block));
    let many: String = (0..600).map(|i| block.replace("id: umkm", &format!("id: umkm{i}"))).collect();
    write(text.replacen(block, &many, 1).as_bytes())
}

#[test]
fn too_many_indicators_fail_fast_naming_the_field() {
    let (dir, _) = many_indicators();
    let err = refused(dir.path(), "perencanaan.tujuan: 602 indicators; a report may have at most 500", None);
    assert!(!err.contains("PDF string"), "{}", head(&err));
}

#[test]
fn a_long_name_is_refused_naming_the_field() {
    let (dir, p) = variant("nama: Indeks Theil", &format!("nama: {}", "Indeks Theil ".repeat(200)));
    let line = line_of(&std::fs::read_to_string(&p).unwrap(), "nama: Indeks Theil");
    refused(dir.path(), "indikator[0].nama: this text has 2599 bytes; one text may have at most 2000", Some(line));
}

/// `lkjip check --format json FILE | head -1`: a reader that goes away ends lkjip quietly, by
/// SIGPIPE as it ends `cat`, not with a panic (exit 101 and a backtrace).
#[test]
fn a_closed_stdout_ends_quietly_by_sigpipe() {
    use std::os::unix::process::ExitStatusExt;
    let reference = crate::prelude::root().join("data/pekalongan-2021/lkjip.yaml");
    let reference = reference.to_str().unwrap();
    for args in [&["check", "--format", "json", reference][..], &["schema"]] {
        let mut child =
            crate::prelude::lkjip_cmd("C").args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        // close the reading end before lkjip writes its first byte
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.signal(), Some(13), "{args:?}: {:?}: {stderr}", out.status);
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
