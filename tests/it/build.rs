//! `lkjip build` on hostile or broken input: errors name the YAML field, user text is printed
//! literally, nothing is half-written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::prelude::{fixture_text, lkjip_cmd};

fn fixture() -> String {
    fixture_text("kecil.yaml")
}

/// Write a variant of `kecil.yaml` (plus files) into a fresh folder and build it.
fn build(dir: &Path, yaml: &str) -> (Output, PathBuf) {
    let p = dir.join("lkjip.yaml");
    std::fs::write(&p, yaml).unwrap();
    let pdf = dir.join("out.pdf");
    let out = lkjip_cmd("C").arg("build").arg(&p).arg("-o").arg(&pdf).output().unwrap();
    (out, pdf)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn with_photo(berkas: &str) -> String {
    fixture().replace("      faktor_pendukung: [Dukungan pimpinan.]", &format!("      faktor_pendukung: [Dukungan pimpinan.]\n      foto:\n        - {{ berkas: \"{berkas}\", keterangan: Foto kegiatan }}"))
}

#[test]
fn images_outside_the_folder_are_refused_by_field() {
    for berkas in ["../rahasia.png", "/etc/passwd"] {
        let tmp = tempfile::tempdir().unwrap();
        let (out, pdf) = build(tmp.path(), &with_photo(berkas));
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("akuntabilitas.analisis_sasaran[0].foto[0].berkas"), "{}", stderr(&out));
        assert!(!pdf.exists(), "no PDF is written for invalid input");
    }
    // a symlink that leads out of the folder
    let tmp = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x.png"), b"not really").unwrap();
    std::os::unix::fs::symlink(outside.path().join("x.png"), tmp.path().join("link.png")).unwrap();
    let (out, _) = build(tmp.path(), &with_photo("link.png"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("foto[0].berkas") && stderr(&out).contains("outside the report's folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unreadable_image_and_missing_glyph_name_the_field() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("rusak.png"), b"this is no image").unwrap();
    let (out, _) = build(tmp.path(), &with_photo("rusak.png"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("akuntabilitas.analisis_sasaran[0].foto[0].berkas"), "{}", stderr(&out));

    let tmp = tempfile::tempdir().unwrap();
    let (out, pdf) =
        build(tmp.path(), &fixture().replace("nama: Dra. SITI AMINAH, M.Si", "nama: Dra. SITI AMINAH 😀 世"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let e = stderr(&out);
    assert!(e.contains("penandatangan.nama: the report's fonts cannot show `😀` (U+1F600), `世` (U+4E16)"), "{e}");
    assert!(e.contains("lkjip.yaml:11:"), "{e}");
    assert!(!pdf.exists());
}

#[test]
fn user_text_is_printed_literally() {
    let payload = r#"#read("/etc/passwd") $x$ *b* _i_ <l> @x ] back\slash // c"#;
    let tmp = tempfile::tempdir().unwrap();
    let yaml = fixture()
        .replace("nama: Persentase UMKM menerima KUR", &format!("nama: '{payload}'"))
        .replace("uraian: Tertibnya administrasi", &format!("uraian: '{payload}'"));
    let (out, pdf) = build(tmp.path(), &yaml);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = Command::new("pdftotext")
        .arg("-raw")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(r#"#read("/etc/passwd") $x$ *b* _i_ <l> @x ] back\slash // c"#),
        "payload not printed literally"
    );
    assert!(!text.contains("root:x:0"), "a file was read into the PDF");
}

#[test]
fn the_output_never_destroys_the_yaml_or_a_file_that_is_not_a_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    std::fs::write(&yaml, fixture()).unwrap();
    let note = tmp.path().join("catatan.txt");
    std::fs::write(&note, "jangan ditimpa").unwrap();
    let run = |out: &Path| lkjip_cmd("C").arg("build").arg(&yaml).arg("-o").arg(out).output().unwrap();

    let o = run(&yaml);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is the report's own YAML"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&yaml).unwrap(), fixture(), "the YAML was overwritten");

    let o = run(&note);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is not a PDF"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&note).unwrap(), "jangan ditimpa");

    let o = run(tmp.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is a folder"), "{}", stderr(&o));

    // An earlier PDF is replaced: that is what building again means.
    let pdf = tmp.path().join("laporan.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\nlama\n").unwrap();
    let o = run(&pdf);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&pdf).unwrap().len() > 10_000, "the earlier PDF was not replaced");
}

/// `-v` says how long the render took, in the chosen language; `-q` says nothing on success.
#[test]
fn verbose_build_says_how_long_the_render_took() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("lkjip.yaml");
    std::fs::write(&yaml, fixture()).unwrap();
    let said = |args: &[&str]| {
        let o = lkjip_cmd("C").args(args).arg("build").arg(&yaml).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        stderr(&o)
    };
    let en = said(&["--lang", "en", "-v"]);
    assert!(en.lines().any(|l| l.starts_with("rendered in ") && l.ends_with(" ms")), "{en}");
    let id = said(&["--lang", "id", "-v"]);
    assert!(id.lines().any(|l| l.starts_with("dirender dalam ") && l.ends_with(" ms")), "{id}");
    assert_eq!(said(&["-q"]), "");
}
