//! Indonesian throughout (#14): every `--help`, the man page, the completions and what each
//! command says are free of English sentences when the locale (or `--lang id`) says so, and
//! English otherwise.

use crate::prelude::*;

/// English words that never belong in an Indonesian sentence. Domain words (sasaran, pagu),
/// identifiers (`{IKU1.capaian}`, `--format`), paths and backticked text are not looked at.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "not",
    "file",
    "found",
    "error",
    "errors",
    "warning",
    "warnings",
    "and",
    "of",
    "to",
    "with",
    "without",
    "when",
    "cannot",
    "this",
    "that",
    "are",
    "was",
    "were",
    "has",
    "have",
    "for",
    "from",
    "print",
    "write",
    "written",
    "wrote",
    "read",
    "revision",
    "released",
    "unchanged",
    "hint",
    "there",
    "must",
    "should",
    "which",
    "every",
    "each",
    "only",
    "or",
    "an",
    "it",
    "its",
    "be",
    "no",
    "yes",
    "default",
    "possible",
    "values",
    "usage",
    "options",
    "arguments",
    "commands",
    "show",
    "shows",
    "say",
    "says",
    "more",
    "changed",
    "added",
    "removed",
    "holds",
    "archive",
    "bytes",
    "line",
    "did",
    "you",
    "mean",
    "expected",
    "missing",
    "unknown",
    "keep",
    "open",
    "browser",
    "layout",
    "render",
    "rendering",
    "output",
];

/// The English words of `out`, outside backticks, quotes, paths, options and `{placeholders}`.
pub fn english_words(out: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in out.lines() {
        let mut plain = String::new();
        let mut quoted = None;
        for c in line.chars() {
            match (quoted, c) {
                (None, '`' | '"' | '{') => quoted = Some(if c == '{' { '}' } else { c }),
                (Some(q), c) if c == q => quoted = None,
                (None, c) => plain.push(c),
                _ => {}
            }
        }
        for token in plain.split_whitespace() {
            // options, paths, files, URLs, placeholders: identifiers, not words
            if token.starts_with('-') || token.contains('/') || token.contains('.') && token.len() > 4 {
                continue;
            }
            for word in token.split(|c: char| !c.is_alphanumeric()) {
                if ENGLISH.contains(&word) {
                    found.push(format!("{word:?} in {line:?}"));
                }
            }
        }
    }
    found
}

fn stdout_in(lang: &str, args: &[&str]) -> String {
    let out = lkjip_cmd(lang).args(args).output().expect("run lkjip");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

const COMMANDS: &[&str] = &[
    "check",
    "build",
    "layouts",
    "release",
    "verify",
    "publikasi",
    "log",
    "diff",
    "reproduce",
    "init",
    "schema",
    "watch",
    "completions",
    "man",
];

#[test]
fn every_help_man_page_and_completion_is_indonesian_under_an_indonesian_locale() {
    let mut english = Vec::new();
    let mut pages = vec![
        stdout_in("id_ID.UTF-8", &["--help"]),
        stdout_in("id_ID.UTF-8", &["-h"]),
        stdout_in("id_ID.UTF-8", &["help"]),
    ];
    for cmd in COMMANDS {
        pages.push(stdout_in("id_ID.UTF-8", &[cmd, "--help"]));
        pages.push(stdout_in("C", &["--lang", "id", cmd, "-h"]));
        pages.push(stdout_in("C", &["--lang=id", "help", cmd]));
    }
    let man = stdout_in("id_ID.UTF-8", &["man"]);
    assert!(man.contains(".SH NAMA") && man.contains(".SH RINGKASAN") && !man.contains(".SH NAME"), "{man}");
    // roff escapes dashes; the words are what matters
    pages.push(man.lines().filter(|l| !l.starts_with('.')).collect::<Vec<_>>().join("\n").replace("\\-", "-"));
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_in("id_ID.UTF-8", &["completions", shell]);
        if shell == "fish" {
            // descriptions only: the rest is shell code
            let descriptions: Vec<&str> = script.split("-d '").skip(1).filter_map(|d| d.split('\'').next()).collect();
            assert!(descriptions.iter().any(|d| d.contains("Susun PDF draf")), "{script}");
            pages.push(descriptions.join("\n"));
        }
    }
    for p in &pages {
        english.extend(english_words(p));
    }
    assert!(english.is_empty(), "English in Indonesian output:\n{}", english.join("\n"));
    for p in pages.iter().take(3) {
        assert!(p.contains("Penggunaan: lkjip [PILIHAN] <PERINTAH>"), "{p}");
    }
}

#[test]
fn every_help_is_english_under_an_english_locale() {
    for cmd in COMMANDS {
        let help = stdout_in("en_US.UTF-8", &[cmd, "--help"]);
        assert!(help.contains("Usage: lkjip"), "{cmd}: {help}");
        assert!(help.contains("Examples:\n  "), "{cmd} --help has no examples:\n{help}");
        let id_words = ["Penggunaan", "Pilihan", "Contoh", "berkas", "Tampilkan"];
        assert!(!id_words.iter().any(|w| help.contains(w)), "{cmd}: Indonesian in English help:\n{help}");
    }
    let man = stdout_in("C", &["man"]);
    assert!(man.contains(".SH NAME") && man.contains("Render a draft PDF"), "{man}");
}

#[test]
fn the_word_list_finds_english_and_leaves_identifiers_alone() {
    assert_eq!(english_words("berkas `the file` --format lkjip.yaml {IKU1.capaian}"), Vec::<String>::new());
    assert_eq!(english_words("the file is not found").len(), 5);
}

#[test]
fn command_line_mistakes_are_explained_in_indonesian() {
    for (args, want) in [
        (&["chek", "x"][..], "perintah `chek` tidak dikenal"),
        (&["check"][..], "argumen wajib belum diisi: <BERKAS>"),
        (&["check", "--format", "xml", "x"][..], "`xml` bukan nilai yang sah"),
        (&["check", "-q", "-v", "x"][..], "tidak dapat dipakai bersama"),
        (&["check", "x", "--bogus"][..], "argumen `--bogus` tidak dikenal"),
    ] {
        let out = lkjip_cmd("id_ID.UTF-8").args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(err.starts_with("kesalahan: ") && err.contains(want), "{args:?}: {err}");
        assert!(english_words(&err).is_empty(), "{args:?}: {:?}", english_words(&err));
        let en = lkjip_cmd("C").args(args).output().unwrap();
        assert!(String::from_utf8_lossy(&en.stderr).starts_with("error: "), "{args:?}");
    }
}

/// Runs `check` on `text` written as a report beside a copy of the small fixture's folder.
fn check_text(text: &str, lang: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("lkjip.yaml");
    std::fs::write(&yaml, text).unwrap();
    let out = lkjip_cmd(lang).args(["check", yaml.to_str().unwrap()]).output().unwrap();
    (out.status.code(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn every_number_hint_is_accepted_by_the_next_run() {
    let base = fixture_text("kecil.yaml");
    assert!(base.contains("    pagu: 1000000\n"));
    for (typed, good) in [
        ("\"1.000.000\"", "1000000"),
        ("\"1,000,000\"", "1000000"),
        ("\"1.000.000,00\"", "1000000.00"),
        ("\"999999,5\"", "999999.5"),
    ] {
        let (code, out) =
            check_text(&base.replacen("    pagu: 1000000\n", &format!("    pagu: {typed}\n"), 1), "id_ID.UTF-8");
        assert_eq!(code, Some(1), "{typed}: {out}");
        let hint = format!("tulis `{good}`");
        assert!(out.contains(&hint), "{typed}: {out}");
        assert!(english_words(&out.replace(&format!("`{}`", typed.trim_matches('"')), "")).is_empty(), "{out}");
        let (_, en) = check_text(&base.replacen("    pagu: 1000000\n", &format!("    pagu: {typed}\n"), 1), "C");
        assert!(en.contains(&format!("write `{good}`")), "{en}");
        // the hint, typed in, is accepted
        let (code, out) = check_text(&base.replacen("    pagu: 1000000\n", &format!("    pagu: {good}\n"), 1), "C");
        assert!(!out.contains("not a number"), "{good}: {out}");
        assert!(code == Some(0) || code == Some(1), "{out}");
    }
}

#[test]
fn init_says_what_to_do_next_and_asks_only_for_what_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [("id_ID.UTF-8", ["langkah berikutnya", "lkjip check"]), ("C", ["next:", "lkjip check"])] {
        let to = dir.path().join(lang);
        let out = lkjip_cmd(lang).args(["init", to.to_str().unwrap()]).output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(words.iter().all(|w| said.contains(w)) && said.contains("lkjip release"), "{said}");
        if lang != "C" {
            assert!(english_words(&said).is_empty(), "{:?}", english_words(&said));
        }
        let yaml = std::fs::read_to_string(to.join("lkjip.yaml")).unwrap();
        for unprinted in ["alamat:", "telepon:", "email:"] {
            assert!(!yaml.contains(unprinted), "the scaffold asks for {unprinted}, which no page prints");
        }
    }
}
