//! One voice (#15 item 3): the errors lkjip ends with, on broken archives and unwritable or
//! unreadable files made here, are said wholly in Indonesian under `--lang id` (no English
//! sentence: `bahasa`'s word list) and in English under `--lang en`, each naming the file or
//! value concerned, with the exit code of the answer (2 could not run, 1 no).

use std::path::Path;

use lkjip::archive::{self, Generator, ReleaseRequest, ReportId, Source};

use crate::bahasa::english_words;
use crate::prelude::lkjip_cmd;

/// An archive in `dir` with one revision (a stand-in PDF: the archive never renders); the PDF's path.
fn released(dir: &Path) -> String {
    let req = ReleaseRequest {
        report: ReportId {
            instansi: "Dinas Uji".into(),
            pemerintah: "Kota Uji".into(),
            jenis: "LKjIP".into(),
            tahun: 2024,
        },
        sources: vec![Source::held("lkjip.yaml", b"a: 1\n".to_vec())],
        note: None,
        generator: Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() },
        bagging_date: lkjip::value::tanggal::Tanggal { tahun: 2025, bulan: 2, hari: 28 },
        bag_info: vec![],
        tsa: None,
    };
    let r = archive::release(dir, &req, |_| Ok(b"%PDF-1.7\n% uji\n%%EOF\n".to_vec())).unwrap();
    r.pdf_path.to_str().unwrap().to_owned()
}

/// What lkjip says (stdout then stderr) and its exit code, in `lang` (`id` or `en`).
fn said(lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let o = lkjip_cmd("C").arg("--lang").arg(lang).args(args).output().expect("run lkjip");
    let text = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    (o.status.code(), text)
}

/// Runs `args` in both languages: the exit code is `code` in each, the Indonesian words have no
/// English, each contains its own `id`/`en` pieces (file names, values, phrases).
fn in_both(args: &[&str], code: i32, id: &[&str], en: &[&str]) -> (String, String) {
    let (c, said_id) = said("id", args);
    assert_eq!(c, Some(code), "{args:?} in Indonesian: {said_id}");
    let english = english_words(&said_id);
    assert!(english.is_empty(), "{args:?}: English in the Indonesian words: {english:?}\n{said_id}");
    for piece in id {
        assert!(said_id.contains(piece), "{args:?}: {piece:?} not in: {said_id}");
    }
    let (c, said_en) = said("en", args);
    assert_eq!(c, Some(code), "{args:?} in English: {said_en}");
    assert!(said_en.starts_with("error: ") || code != 2, "{said_en}");
    for piece in en {
        assert!(said_en.contains(piece), "{args:?}: {piece:?} not in: {said_en}");
    }
    (said_id, said_en)
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_deleted_anchor_is_named_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let (arsip, pdf) = (tmp.path().join("arsip"), released(&tmp.path().join("arsip")));
    std::fs::remove_file(arsip.join("lkjip-archive.txt")).unwrap();
    let a = arsip.to_str().unwrap();
    in_both(
        &["verify", &pdf, "--archive", a],
        2,
        &["kesalahan: lkjip-archive.txt tidak ada di ", a, "audit lengkap"],
        &["lkjip-archive.txt is missing from ", a, "for a full audit"],
    );
    in_both(
        &["verify", "--archive", a],
        1,
        &["masalah: lkjip-archive.txt tidak ada", "bermasalah: 1 masalah"],
        &["problem: lkjip-archive.txt is missing", "has 1 problems"],
    );
}

#[test]
fn an_anchor_edited_by_hand_names_the_label_and_its_value() {
    let tmp = tempfile::tempdir().unwrap();
    let (arsip, pdf) = (tmp.path().join("arsip"), released(&tmp.path().join("arsip")));
    let anchor = arsip.join("lkjip-archive.txt");
    let text = std::fs::read_to_string(&anchor).unwrap();
    write(&anchor, &text.replace("Ledger-Lines: 1", "Ledger-Lines: satu"));
    let (a, file) = (arsip.to_str().unwrap(), anchor.to_str().unwrap());
    in_both(
        &["log", "--archive", a],
        2,
        &["arsip ", " rusak; jalankan", file, "`Ledger-Lines` bernilai \"satu\", bukan angka"],
        &["is damaged; run", file, "`Ledger-Lines` is \"satu\", not a number"],
    );
    in_both(
        &["verify", "--archive", a],
        1,
        &["masalah: lkjip-archive.txt `Ledger-Lines` bernilai \"satu\", bukan angka"],
        &["problem: lkjip-archive.txt `Ledger-Lines` is \"satu\", not a number"],
    );
    write(&anchor, &format!("{text}# disunting\n"));
    in_both(
        &["verify", &pdf, "--archive", a],
        2,
        &[file, "tidak dalam bentuk yang ditulis lkjip"],
        &[file, "is not in the form lkjip writes"],
    );
    write(&anchor, &text.replace("LKjIP-Archive-Format: 1", "LKjIP-Archive-Format: 7"));
    in_both(
        &["verify", &pdf, "--archive", a],
        2,
        &["lkjip yang lebih baru (format arsip 7"],
        &["newer lkjip (archive format 7"],
    );
}

#[test]
fn a_shortened_ledger_says_how_many_lines_were_recorded_and_found() {
    let tmp = tempfile::tempdir().unwrap();
    let (arsip, pdf) = (tmp.path().join("arsip"), released(&tmp.path().join("arsip")));
    write(&arsip.join("ledger.jsonl"), "");
    let a = arsip.to_str().unwrap();
    in_both(
        &["verify", &pdf, "--archive", a],
        2,
        &["dipendekkan atau diganti (lkjip-archive.txt mencatat 1 baris, buku besarnya 0 baris)", a],
        &["was shortened or replaced (lkjip-archive.txt records 1 lines, it has 0)", a],
    );
}

#[test]
fn a_bag_info_with_a_bad_value_is_named_by_bag_label_and_value() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    released(&arsip);
    let info = arsip.join("lkjip-2024-dinas-uji-kota-uji/r1/bag-info.txt");
    let text = std::fs::read_to_string(&info).unwrap_or_else(|e| panic!("{}: {e}", info.display()));
    write(&info, &text.replace("LKjIP-Tahun: 2024", "LKjIP-Tahun: duaribu"));
    in_both(
        &["verify", "--archive", arsip.to_str().unwrap()],
        1,
        &["r1/bag-info.txt: LKjIP-Tahun bernilai", "duaribu"],
        &["r1/bag-info.txt: LKjIP-Tahun is", "duaribu"],
    );
}

#[test]
fn a_missing_or_unreadable_archive_folder_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = released(&tmp.path().join("arsip"));
    let none = tmp.path().join("tidak-ada");
    let n = none.to_str().unwrap();
    in_both(&["verify", &pdf, "--archive", n], 2, &["tidak ada arsip di ", n], &["there is no archive at ", n]);
    // a file where the folder should be: it cannot be read as one (root reads any folder)
    let file = tmp.path().join("berkas");
    write(&file, "bukan folder\n");
    let f = file.to_str().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    write(&yaml, &crate::prelude::fixture_text("kecil.yaml"));
    in_both(
        &["release", yaml.to_str().unwrap(), "--archive", f],
        2,
        &["tidak dapat membaca ", f, ": bukan folder (kode OS 20)"],
        &["reading ", f, ": Not a directory"],
    );
    in_both(
        &["check", "/tidak/ada.yaml"],
        2,
        &["tidak dapat membaca /tidak/ada.yaml: tidak ada (kode OS 2)"],
        &["cannot read /tidak/ada.yaml: No such file or directory"],
    );
    in_both(
        &["publikasi", tmp.path().join("situs").to_str().unwrap(), "--archive", f],
        2,
        &["tidak ada arsip di ", f],
        &["there is no archive at ", f],
    );
}

#[test]
fn an_output_that_cannot_be_written_is_named_with_the_systems_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    write(&yaml, &crate::prelude::fixture_text("kecil.yaml"));
    let y = yaml.to_str().unwrap();
    // a folder that does not exist, and a file where the folder should be: nothing can be
    // written there, even by root (who writes into a read-only folder)
    let out = tmp.path().join("tidak-ada").join("laporan.pdf");
    let o = out.to_str().unwrap();
    in_both(
        &["build", y, "-o", o],
        2,
        &["tidak dapat menulis PDF ", o, ": tidak ada"],
        &["cannot write the PDF ", o, ": No such file or directory"],
    );
    let blocker = tmp.path().join("bukan-folder");
    write(&blocker, "x\n");
    let out = blocker.join("laporan.pdf");
    let o = out.to_str().unwrap();
    in_both(
        &["build", y, "-o", o],
        2,
        &["tidak dapat membaca ", o, " untuk memastikan bahwa ia PDF: bukan folder (kode OS 20)"],
        &["cannot read ", o, " to check that it is a PDF: Not a directory"],
    );
    let not_pdf = tmp.path().join("catatan.txt");
    write(&not_pdf, "catatan\n");
    let t = not_pdf.to_str().unwrap();
    in_both(&["build", y, "-o", t], 2, &[t, "tidak ditimpa"], &["refusing to overwrite ", t]);
    let d = tmp.path().to_str().unwrap();
    in_both(&["build", y, "-o", d], 2, &[d, "adalah folder"], &["is a folder", d]);
    in_both(&["build", y, "-o", y], 2, &[y, "YAML laporan itu sendiri"], &["the report's own YAML", y]);
}

#[test]
fn a_note_of_several_lines_is_refused_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    write(&yaml, &crate::prelude::fixture_text("kecil.yaml"));
    let arsip = tmp.path().join("arsip");
    in_both(
        &["release", yaml.to_str().unwrap(), "--note", "satu\ndua", "--archive", arsip.to_str().unwrap()],
        2,
        &["catatan harus satu baris"],
        &["the note must be a single line"],
    );
}

/// What the commands say when they did what was asked is said in the reader's language too:
/// `build`, `layouts`, `release` (a new revision, then unchanged), `log`, `diff`, `reproduce`.
#[test]
fn what_the_commands_say_on_success_is_indonesian_under_lang_id() {
    let tmp = tempfile::tempdir().unwrap();
    let (yaml, arsip) = (tmp.path().join("lkjip.yaml"), tmp.path().join("arsip"));
    std::fs::copy(crate::prelude::fixtures().join("kecil.yaml"), &yaml).unwrap();
    let (yaml_s, arsip_s) = (yaml.to_str().unwrap(), arsip.to_str().unwrap());
    let pdf = tmp.path().join("draf.pdf");
    let layouts = tmp.path().join("tata");
    let runs: Vec<(Vec<&str>, i32, &str, &str)> = vec![
        (vec!["build", yaml_s, "-o", pdf.to_str().unwrap()], 0, "halaman, draf", "pages, draft"),
        (vec!["layouts", layouts.to_str().unwrap()], 0, "berkas tata letak", "layout files"),
        (vec!["release", yaml_s, "--archive", arsip_s], 0, "merilis revisi 1", "released revision 1"),
        (vec!["release", yaml_s, "--archive", arsip_s], 0, "tidak ada yang diarsipkan", "nothing was archived"),
        (vec!["log", "--archive", arsip_s], 0, "berlaku", "current"),
        (vec!["diff", "1", "1", "--archive", arsip_s], 0, "tidak ada perubahan", "no changes"),
        (vec!["reproduce", "1", "--archive", arsip_s], 0, "identik bait demi bait", "byte-identical"),
    ];
    for (args, code, id, en) in runs {
        let (c, said_id) = said("id", &args);
        assert_eq!(c, Some(code), "{args:?}: {said_id}");
        let english = english_words(&said_id);
        assert!(english.is_empty(), "{args:?}: English in the Indonesian words: {english:?}\n{said_id}");
        assert!(said_id.contains(id), "{args:?}: {id:?} not in: {said_id}");
        if args[0] == "release" && code == 0 && id.contains("merilis") {
            continue; // a second English release would be "unchanged", checked below
        }
        if args[0] == "layouts" {
            std::fs::remove_dir_all(&layouts).unwrap();
        }
        let (c, said_en) = said("en", &args);
        assert_eq!(c, Some(code), "{args:?}: {said_en}");
        assert!(said_en.contains(en), "{args:?}: {en:?} not in: {said_en}");
    }
}

/// An image that cannot be used (#15): missing, not an image, cut short, a format not taken. `check` finds each (exit
/// 1), naming the field and the file, wholly in the reader's language; the decoder's own detail
/// (a foreign crate's text) is not what is asserted.
#[test]
fn an_image_that_cannot_be_used_is_named_in_the_readers_language() {
    let logo = std::fs::read(crate::prelude::root().join("data/pekalongan-2021/logo-contoh.png")).unwrap();
    type Make = Box<dyn FnOnce(&Path)>;
    let cases: Vec<(&str, Make, &str, &str)> = vec![
        ("logo.png", Box::new(|_| {}), "gambar \"logo.png\" tidak ditemukan", "cannot find image \"logo.png\""),
        (
            "logo.png",
            Box::new(|p| std::fs::write(p, "bukan gambar\n").unwrap()),
            "bukan gambar PNG atau JPEG",
            "not a PNG or JPEG image",
        ),
        (
            "logo.png",
            Box::new(move |p| std::fs::write(p, &logo[..120]).unwrap()),
            "gambar \"logo.png\": gambar tidak dapat diurai",
            "image \"logo.png\": cannot decode the image",
        ),
        (
            "logo.gif",
            Box::new(|p| std::fs::write(p, crate::hostile::GIF).unwrap()),
            "format gambar Gif tidak diterima; gunakan PNG atau JPEG",
            "image format Gif is not accepted; use PNG or JPEG",
        ),
    ];
    for (name, make, id, en) in cases {
        let dir = crate::hostile::with_logo(name, make);
        let yaml = dir.path().join("lkjip.yaml");
        let (said_id, _) = in_both(&["check", yaml.to_str().unwrap()], 1, &["dokumen.logo", id], &["dokumen.logo", en]);
        assert!(!said_id.contains("cannot") && !said_id.contains("image"), "{said_id}");
    }
}

/// A layout folder that cannot serve (#15): `build --layout` of a folder without `laporan.typ`,
/// `layouts` into a folder that already has files; both stop (exit 2) naming the folder.
#[test]
fn a_layout_folder_that_cannot_serve_is_named_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    std::fs::copy(crate::prelude::fixtures().join("kecil.yaml"), &yaml).unwrap();
    let tata = tmp.path().join("tata");
    std::fs::create_dir(&tata).unwrap();
    write(&tata.join("gaya.typ"), "#let x = 1\n");
    let (t, y) = (tata.to_str().unwrap(), yaml.to_str().unwrap());
    let pdf = tmp.path().join("d.pdf");
    in_both(
        &["build", y, "--layout", t, "-o", pdf.to_str().unwrap()],
        2,
        &["tidak memuat laporan.typ", t],
        &["has no laporan.typ", t],
    );
    assert!(!pdf.exists(), "a PDF was written without layouts");
    in_both(&["layouts", t], 2, &["tidak kosong; pilih folder baru", t], &["is not empty; choose a new folder", t]);
    assert_eq!(std::fs::read_to_string(tata.join("gaya.typ")).unwrap(), "#let x = 1\n", "a file was overwritten");
}

#[test]
fn a_trust_folder_without_certificates_is_named_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let trust = tmp.path().join("akar");
    std::fs::create_dir(&trust).unwrap();
    write(&trust.join("catatan.txt"), "bukan sertifikat\n");
    let pdf = tmp.path().join("x.pdf");
    write(&pdf, "%PDF-1.7\n");
    let (t, p) = (trust.to_str().unwrap(), pdf.to_str().unwrap());
    in_both(&["verify", "--trust", t, p], 2, &["tidak ada sertifikat di", t], &["no certificate found in", t]);
    let missing = tmp.path().join("tidak-ada");
    let m = missing.to_str().unwrap();
    in_both(
        &["verify", "--trust", m, p],
        2,
        &["(folder kepercayaan `--trust`) tidak dapat dibaca", m, "tidak ada (kode OS 2)"],
        &["(of the --trust folder)", m],
    );
}

#[test]
fn a_manual_page_that_cannot_be_written_says_why_in_the_readers_language() {
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full (Linux)");
    for (lang, words) in [
        ("id", ["halaman manual tidak dapat ditulis", "ruang penyimpanan penuh"]),
        ("en", ["cannot write the manual page", "No space left on device"]),
    ] {
        let o = lkjip_cmd("C").args(["--lang", lang, "man"]).stdout(full()).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        for w in words {
            assert!(err.contains(w), "{w:?} not in {err}");
        }
        if lang == "id" {
            assert!(english_words(&err).is_empty(), "English in: {err}");
        }
    }
}

#[test]
fn init_from_a_file_that_is_not_a_report_quotes_the_parser_inside_the_readers_words() {
    let tmp = tempfile::tempdir().unwrap();
    let old = tmp.path().join("lama.yaml");
    write(&old, "dokumen: [2024,\n");
    let (o, new) = (old.to_str().unwrap(), tmp.path().join("baru"));
    let (id, _) = in_both(
        &["init", new.to_str().unwrap(), "--from", o],
        2,
        &["bukan laporan yang sah", o, "kata pengurai YAML: \""],
        &["is not a valid report", o],
    );
    assert!(!new.exists(), "a folder was made from an unreadable report:\n{id}");
}

#[test]
fn verify_calls_a_text_file_a_file_and_an_unknown_pdf_a_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("arsip");
    released(&dir);
    let (text, pdf) = (tmp.path().join("catatan.txt"), tmp.path().join("lain.pdf"));
    write(&text, "hi\n");
    write(&pdf, "%PDF-1.7\n%%EOF\n");
    let a = dir.to_str().unwrap();
    let (id, en) = in_both(
        &["verify", "--archive", a, text.to_str().unwrap()],
        1,
        &["Berkas ini", "bukan PDF"],
        &["This file", "is not a PDF"],
    );
    assert!(!id.contains("PDF ini") && !en.contains("This PDF"), "{id}\n{en}");
    // 3 bytes, fewer than "%PDF-": the digest still names the whole file
    let digest = format!("{:x}", <sha2::Sha256 as sha2::Digest>::digest(b"hi\n"));
    assert!(id.contains(&format!("SHA-256 {digest}, 3 bait)")), "{id}");
    in_both(
        &["verify", "--archive", a, pdf.to_str().unwrap()],
        1,
        &["PDF ini", "tidak ada di arsip"],
        &["This PDF", "not in the archive"],
    );
}
