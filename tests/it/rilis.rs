//! `lkjip release` as a person meets it (#14 item 5): a release despite warnings is asked on a
//! terminal and refused without one (piped text is not a person), `--ya` goes ahead, `-o`
//! copies the final PDF and the output says where it is.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use crate::bahasa::english_words;
use crate::prelude::{fixture_text, lkjip_cmd, on_a_terminal};

/// The small report with one warning: the Perjanjian Kinerja's date missing.
fn with_warning() -> String {
    let s = fixture_text("kecil.yaml");
    let dated = "    tanggal: 2024-01-05\n    indikator:";
    assert!(s.contains(dated));
    s.replacen(dated, "    indikator:", 1)
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// `lkjip release YAML --archive ARSIP …` in `lang`, with `stdin` piped in (or none at all).
fn release(lang: &str, yaml: &Path, arsip: &Path, more: &[&str], stdin: Option<&str>) -> Output {
    let mut c = lkjip_cmd(lang);
    c.arg("release").arg(yaml).arg("--archive").arg(arsip).args(more);
    let Some(input) = stdin else { return c.output().unwrap() };
    let mut child = c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// The archive's revisions: its bags (`REPORT/rN`) and its ledger's bytes (empty when none).
fn archived(arsip: &Path) -> (Vec<PathBuf>, Vec<u8>) {
    let mut bags = vec![];
    for report in std::fs::read_dir(arsip).into_iter().flatten().flatten().filter(|e| e.path().is_dir()) {
        bags.extend(std::fs::read_dir(report.path()).unwrap().flatten().map(|e| e.path()));
    }
    bags.sort();
    (bags, std::fs::read(arsip.join("ledger.jsonl")).unwrap_or_default())
}

#[test]
fn warnings_without_a_terminal_refuse_the_release_and_archive_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (yaml, arsip) = (tmp.path().join("lkjip.yaml"), tmp.path().join("arsip"));
    // revision 1 without warnings: no question, released without a terminal
    std::fs::write(&yaml, fixture_text("kecil.yaml")).unwrap();
    let r1 = release("C", &yaml, &arsip, &[], None);
    assert_eq!(r1.status.code(), Some(0), "{}", text(&r1));
    assert!(!text(&r1).contains("[y/N]"), "{}", text(&r1));
    let before = archived(&arsip);
    assert_eq!(before.0.len(), 1, "{before:?}");

    std::fs::write(&yaml, with_warning()).unwrap();
    for (lang, words) in [
        ("C", ["not released: 1 warning and no terminal", "revision 2", "nothing was archived", "--ya"]),
        (
            "id_ID.UTF-8",
            ["tidak dirilis: ada 1 peringatan dan tidak ada terminal", "revisi 2", "tidak ada yang diarsipkan", "--ya"],
        ),
    ] {
        // stdin closed, and `y` piped in: neither is a person who saw the warnings
        for stdin in [None, Some("y\n")] {
            let o = release(lang, &yaml, &arsip, &["--note", "koreksi"], stdin);
            assert_eq!(o.status.code(), Some(1), "{lang} {stdin:?}: {}", text(&o));
            let said = String::from_utf8_lossy(&o.stderr);
            assert!(words.iter().all(|w| said.contains(w)), "{lang} {stdin:?}: {said}");
            assert!(said.contains("perjanjian_kinerja.tanggal"), "the warning is shown first: {said}");
            assert!(!said.contains("[y/N]"), "nobody to ask: {said}");
            if lang != "C" {
                assert!(english_words(&said.replace("--ya", "")).is_empty(), "{:?}", english_words(&said));
            }
            assert_eq!(archived(&arsip), before, "{lang} {stdin:?}: the archive changed");
        }
    }
    // the same without any revision yet: no ledger is started
    let fresh = tmp.path().join("baru");
    let o = release("C", &yaml, &fresh, &[], Some("yes\n"));
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(archived(&fresh), (vec![], vec![]));
    assert!(!fresh.exists(), "a refused first release leaves the folder it created (#14)");
    // an empty folder given stays without an anchor
    std::fs::create_dir(&fresh).unwrap();
    let o = release("C", &yaml, &fresh, &[], None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(!fresh.join("lkjip-archive.txt").exists(), "a refused first release left an anchor");
}

#[test]
fn ya_or_yes_releases_despite_warnings_without_asking() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    std::fs::write(&yaml, with_warning()).unwrap();
    for flag in ["--ya", "--yes"] {
        let arsip = tmp.path().join(flag.trim_start_matches('-'));
        let o = release("C", &yaml, &arsip, &[flag], None);
        assert_eq!(o.status.code(), Some(0), "{flag}: {}", text(&o));
        assert!(text(&o).contains("released revision 1") && !text(&o).contains("[y/N]"), "{}", text(&o));
        assert_eq!(archived(&arsip).0.len(), 1, "{flag}");
    }
}

/// `lkjip release YAML --archive ARSIP --note koreksi` on a terminal, `answer` typed in.
fn release_on_a_terminal(lang: &str, yaml: &Path, arsip: &Path, answer: &str) -> Output {
    let args = [
        "release".as_ref(),
        yaml.as_os_str(),
        "--archive".as_ref(),
        arsip.as_os_str(),
        "--note".as_ref(),
        "koreksi".as_ref(),
    ];
    on_a_terminal(lang, &args, answer)
}

#[test]
fn on_a_terminal_a_release_despite_warnings_is_asked_and_only_yes_goes_ahead() {
    let tmp = tempfile::tempdir().unwrap();
    let (yaml, arsip) = (tmp.path().join("lkjip.yaml"), tmp.path().join("arsip"));
    std::fs::write(&yaml, fixture_text("kecil.yaml")).unwrap();
    assert_eq!(release("C", &yaml, &arsip, &[], None).status.code(), Some(0));
    std::fs::write(&yaml, with_warning()).unwrap();
    let before = archived(&arsip);

    for (lang, answer, question, refusal) in [
        ("id_ID.UTF-8", "n\n", "1 peringatan; tetap rilis revisi 2? [y/N]", "tidak dirilis: revisi 2 tidak disetujui"),
        ("C", "\n", "1 warning; release revision 2 anyway? [y/N]", "not released: revision 2 was not confirmed"),
    ] {
        let o = release_on_a_terminal(lang, &yaml, &arsip, answer);
        let said = text(&o);
        assert_eq!(o.status.code(), Some(1), "{lang} {answer:?}: {said}");
        assert!(said.contains(question) && said.contains(refusal), "{lang} {answer:?}: {said}");
        assert_eq!(archived(&arsip), before, "{lang} {answer:?}: the archive changed");
    }
    let o = release_on_a_terminal("id_ID.UTF-8", &yaml, &arsip, "ya\n");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("merilis revisi 2"), "{}", text(&o));
    assert_eq!(archived(&arsip).0.len(), 2);
}

#[test]
fn release_o_copies_the_archived_pdf_and_says_where_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let (yaml, arsip) = (tmp.path().join("lkjip.yaml"), tmp.path().join("arsip"));
    std::fs::write(&yaml, fixture_text("kecil.yaml")).unwrap();
    let out = tmp.path().join("LKjIP-final.pdf");
    let o = release("C", &yaml, &arsip, &["-o", out.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    let fact = |name: &str| {
        let line = said.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in {said}"));
        line[name.len()..].trim().to_owned()
    };
    let (archived_pdf, sha256) = (PathBuf::from(fact("pdf:")), fact("sha256:"));
    let copy = std::fs::read(&out).unwrap();
    assert_eq!(copy, std::fs::read(&archived_pdf).unwrap(), "the copy is the archived PDF");
    assert_eq!(lkjip::archive::Sha256::of(&copy).to_string(), sha256, "{said}");
    assert!(
        said.contains(&format!("the final PDF of revision 1 is in the archive: {}", archived_pdf.display())),
        "{said}"
    );
    assert!(said.contains(&format!("a copy of it: {}", out.display())), "{said}");

    // unchanged sources: nothing archived, the current revision copied again, said in Indonesian
    std::fs::remove_file(&out).unwrap();
    let o = release("id_ID.UTF-8", &yaml, &arsip, &["-o", out.to_str().unwrap(), "--format", "json"], None);
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&o)));
    assert_eq!((j["created"].as_bool(), j["copy"].as_str()), (Some(false), out.to_str()), "{j}");
    assert_eq!(std::fs::read(&out).unwrap(), copy);
    let o = release("id_ID.UTF-8", &yaml, &arsip, &["-o", out.to_str().unwrap()], None);
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("PDF final revisi 1 ada di arsip: ") && said.contains("salinannya: "), "{said}");

    // never over the report's own YAML, and then nothing is released
    std::fs::write(&yaml, fixture_text("kecil.yaml").replacen("2024-01-05", "2024-01-06", 1)).unwrap();
    let before = archived(&arsip);
    let o = release("C", &yaml, &arsip, &["-o", yaml.to_str().unwrap(), "--note", "x"], None);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(std::fs::read_to_string(&yaml).unwrap().contains("2024-01-06"));
    assert_eq!(archived(&arsip), before);
}

/// An archive with one revision of a stand-in report (the archive never renders).
fn one_revision(dir: &Path) {
    let req = crate::prelude::stand_in_request("a: 1\n", None);
    lkjip::archive::release(dir, &req, |_| Ok(b"%PDF-1.7\n% uji\n%%EOF\n".to_vec())).unwrap();
}

#[test]
fn log_shows_the_local_time_with_its_offset_and_short_hashes() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    one_revision(&arsip);
    let log = |tz: &str, more: &[&str]| {
        let o = lkjip_cmd("C").env("TZ", tz).arg("log").arg("--archive").arg(&arsip).args(more).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&log("Asia/Jakarta", &["--format", "json"])).unwrap();
    let e = &json[0]["revisions"][0]["entry"];
    let (released, pdf, source) =
        (e["released"].as_str().unwrap(), e["pdf_sha256"].as_str().unwrap(), e["source_sha256"].as_str().unwrap());
    assert!(released.ends_with('Z') && pdf.len() == 64 && source.len() == 64, "JSON keeps the ledger's values: {e}");
    // the expected clock, computed here from the UTC text with a fixed offset
    let t: jiff::Timestamp = released.parse().unwrap();
    let at =
        |hours: i8| t.to_zoned_datetime(jiff::tz::offset(hours).to_time_zone()).strftime("%Y-%m-%d %H:%M").to_string();

    for (tz, shown) in [
        ("Asia/Jakarta", format!("{} WIB (+07:00)", at(7))),
        ("Asia/Makassar", format!("{} WITA (+08:00)", at(8))),
        ("WIT-9", format!("{} WIT (+09:00)", at(9))),
        ("UTC", format!("{} UTC (+00:00)", at(0))),
    ] {
        let said = log(tz, &[]);
        assert!(said.contains(&format!("  r1 {shown} current")), "TZ={tz}: {said}");
        assert!(!said.contains(released), "TZ={tz}: the UTC text is for -v: {said}");
        assert!(said.contains(&format!("pdf:    {} (", &pdf[..12])) && !said.contains(pdf), "{said}");
        assert!(said.contains(&format!("source: {}  lkjip", &source[..12])) && !said.contains(source), "{said}");
    }
    let full = log("Asia/Jakarta", &["-v"]);
    assert!(full.contains(&format!("{} WIB (+07:00) [{released}]", at(7))), "{full}");
    assert!(full.contains(pdf) && full.contains(source), "{full}");
    // the ledger keeps UTC whatever the reader's zone
    let ledger = std::fs::read_to_string(arsip.join("ledger.jsonl")).unwrap();
    assert!(ledger.contains(&format!("\"released\":\"{released}\"")), "{ledger}");
}
