//! The one-way arrows of `src/`: every `crate::…`, `super::…` and `self::…` path in every file
//! (imports and paths in code, test modules included; comments and strings left out) is an
//! arrow from the file's room to the room it names. A room is a module, or a sub-module named in
//! [`FLOORS`] (the longest match wins); the table gives each room its floor. An arrow must point
//! to a lower floor: no arrow sideways or up, so no cycle either. A file in no room of the table
//! fails too, so a new module has to be given its floor. README.md's "Code layout" says why each
//! room is where it is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::prelude::root;

/// Every room of `src/` and its floor: 0 is the ground (values), the binary is the top.
pub const FLOORS: &[(&str, u32)] = &[
    // values and tools that know nothing of lkjip's reports: numbers and their one rounding, a
    // problem's severity and place, a date, a NIP, how quarters add up
    ("number", 0),
    ("value", 0),
    ("memory", 0),
    ("fsx", 0),
    ("yamldiff", 0),
    ("notice", 0),
    // what a PDF is (structure, signatures, CMS): bytes in, findings out; Indonesian formatting
    // of values (the catalogue words typed values with it)
    ("pdfcheck", 1),
    ("format", 1),
    // the message catalogue (typed messages and their words); narrative markup
    ("messages", 2),
    ("narrative", 2),
    // the store of released versions (it verifies its timestamps with pdfcheck); problems,
    // with their place in the file
    ("archive", 3),
    ("diag", 3),
    // the line pre-pass over the YAML text (its usual syntax mistakes, before the parser), under
    // the input layer that makes its findings problems: it knows positions and the catalogue only
    ("input::lint", 3),
    // the YAML as read: types, positions, limits
    ("input", 4),
    // the Typst embedder: knows the Typst data contract and the input's size limits, no model;
    // beside it, the formulas on the YAML's values (the model checks with them that every figure
    // can be computed, compute derives the report's figures with them)
    ("render", 5),
    ("formula", 5),
    // the checked report (with its measurement scales), then its figures, then the Typst data
    // built from both
    ("model", 6),
    ("compute", 7),
    ("present", 8),
    // the report pipeline (the library's entry) and the workbooks (a report in and out of xlsx)
    ("pipeline", 9),
    ("workbook", 9),
    // words about findings of pdfcheck and of the archive, the command line, showing problems
    ("messages::verify", 10),
    ("messages::archive", 11),
    ("cli", 11),
    ("show", 12),
    // the archive's own tests read its findings in the words a person reads, both languages: a
    // test stands above what it tests (no production code imports it)
    ("archive::tests", 12),
    // the words of the error a command ends with: the archive's, the pipeline's, the system's
    ("messages::fatal", 12),
    ("commands", 13),
    ("main", 14),
];

/// One arrow: `file` (relative to `src/`) names `to` on `line`.
#[derive(Debug, Clone)]
pub struct Arrow {
    pub file: String,
    pub line: usize,
    pub from: String,
    pub to: String,
}

/// The module path of a file under `src/`: `input/mod.rs` → `input`, `messages/verify.rs` →
/// `messages::verify`; `lib.rs` is the crate root (empty), `main.rs` the binary (`main`).
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    match (parts.is_empty(), stem) {
        (true, "lib") => {}
        (_, "mod") => {}
        _ => parts.push(stem.to_owned()),
    }
    parts
}

/// The room of a module path: the longest entry of `floors` that is a prefix of it.
fn room_of<'a>(path: &[String], floors: &'a [(&'a str, u32)]) -> Option<&'a str> {
    floors
        .iter()
        .filter(|(room, _)| {
            let r: Vec<&str> = room.split("::").collect();
            r.len() <= path.len() && r.iter().zip(path).all(|(a, b)| a == b)
        })
        .max_by_key(|(room, _)| room.split("::").count())
        .map(|(room, _)| *room)
}

/// The text with comments, string and character literals blanked (newlines kept, so lines
/// still count).
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || (next == Some('#') && !prev_is_ident(&b, i))) {
            // raw string r"…" or r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < b.len() && !(b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#'))) {
                j += 1;
            }
            let end = (j + 1 + hashes).min(b.len());
            b[i..end].iter().for_each(|&c| out.push(blank(c)));
            i = end;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            b[i..end].iter().for_each(|&c| out.push(blank(c)));
            i = end;
        } else if c == '\'' && char_literal_len(&b[i..]).is_some() {
            let n = char_literal_len(&b[i..]).unwrap_or(1);
            b[i..i + n].iter().for_each(|&c| out.push(blank(c)));
            i += n;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// `'x'`, `'\n'`, `'\u{1F600}'`; `None` for a lifetime such as `'a`.
fn char_literal_len(b: &[char]) -> Option<usize> {
    if b.get(1) == Some(&'\\') {
        let close = b.iter().skip(2).position(|&c| c == '\'')?;
        return Some(close + 3);
    }
    (b.get(2) == Some(&'\'')).then_some(3)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths of a use tree starting at `s` (right after `crate::` or the like): `a::b`,
/// `{a, b::{c, d}}`, `*`. Each path is cut at the first segment that is not an identifier.
fn paths_in(s: &[char]) -> Vec<Vec<String>> {
    let mut pos = 0;
    tree(s, &mut pos)
}

fn skip_ws(s: &[char], pos: &mut usize) {
    while *pos < s.len() && s[*pos].is_whitespace() {
        *pos += 1;
    }
}

fn tree(s: &[char], pos: &mut usize) -> Vec<Vec<String>> {
    skip_ws(s, pos);
    if s.get(*pos) == Some(&'{') {
        *pos += 1;
        let mut all = Vec::new();
        loop {
            skip_ws(s, pos);
            match s.get(*pos) {
                None => break,
                Some('}') => {
                    *pos += 1;
                    break;
                }
                Some(',') => *pos += 1,
                _ => {
                    let before = *pos;
                    all.extend(tree(s, pos));
                    if *pos == before {
                        *pos += 1;
                    }
                }
            }
        }
        return all;
    }
    let start = *pos;
    while *pos < s.len() && is_ident(s[*pos]) {
        *pos += 1;
    }
    if *pos == start {
        return vec![vec![]];
    }
    let name: String = s[start..*pos].iter().collect();
    skip_ws(s, pos);
    if s.get(*pos) == Some(&':') && s.get(*pos + 1) == Some(&':') {
        *pos += 2;
        let rest = tree(s, pos);
        return rest
            .into_iter()
            .map(|mut r| {
                r.insert(0, name.clone());
                r
            })
            .collect();
    }
    vec![vec![name]]
}

/// Every arrow of the `src/` folder at `src`, and the files in no room of `floors`.
pub fn arrows(src: &Path, floors: &[(&str, u32)]) -> (Vec<Arrow>, Vec<String>) {
    let mut files = Vec::new();
    collect(src, &mut files);
    files.sort();
    let mut arrows = Vec::new();
    let mut homeless = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src").to_path_buf();
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        let module = module_of(&rel);
        if module.is_empty() {
            continue; // lib.rs only declares the rooms
        }
        let Some(from) = room_of(&module, floors) else {
            homeless.push(rel_s);
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        let code: Vec<char> = code_only(&text).chars().collect();
        // `crate::` in the library, `lkjip::` in the binary (a crate of its own over the library)
        let roots: &[&str] = if module == ["main"] { &["lkjip"] } else { &["crate", "super", "self"] };
        let mut line = 1;
        let mut i = 0;
        while i < code.len() {
            if code[i] == '\n' {
                line += 1;
            }
            let at_word = i == 0 || !is_ident(code[i - 1]);
            let root = roots.iter().find(|r| {
                let r: Vec<char> = r.chars().collect();
                at_word && code[i..].starts_with(&r) && code[i + r.len()..].starts_with(&[':', ':'])
            });
            let Some(root) = root else {
                i += 1;
                continue;
            };
            let after = i + root.len() + 2;
            for p in paths_in(&code[after..]) {
                let target = match *root {
                    "crate" | "lkjip" => p,
                    kind => {
                        // `super::` (maybe several) or `self::`, from this file's module
                        let mut base = module.clone();
                        let mut segs = p.as_slice();
                        if kind == "super" {
                            base.pop();
                        }
                        while segs.first().map(String::as_str) == Some("super") {
                            base.pop();
                            segs = &segs[1..];
                        }
                        base.extend(segs.iter().cloned());
                        base
                    }
                };
                if let Some(to) = room_of(&target, floors)
                    && to != from
                {
                    arrows.push(Arrow { file: rel_s.clone(), line, from: from.into(), to: to.into() });
                }
            }
            i = after;
        }
    }
    (arrows, homeless)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())).flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// What is wrong with the arrows of `src`: every arrow that does not point down, every file in
/// no room, every room of the table that no longer exists. Empty when the house is in order.
pub fn violations(src: &Path, floors: &[(&str, u32)]) -> Vec<String> {
    let floor: BTreeMap<&str, u32> = floors.iter().copied().collect();
    let (arrows, homeless) = arrows(src, floors);
    let mut out: Vec<String> = homeless
        .into_iter()
        .map(|f| format!("src/{f} is in no room of the floor table: give its module a floor"))
        .collect();
    for a in &arrows {
        let (f, t) = (floor[a.from.as_str()], floor[a.to.as_str()]);
        if t >= f {
            let how = if t == f { "sideways" } else { "up" };
            out.push(format!(
                "src/{}:{}: {} (floor {f}) imports {} (floor {t}): an arrow {how}",
                a.file, a.line, a.from, a.to
            ));
        }
    }
    let cycle = cycle(&arrows);
    if let Some(c) = cycle {
        out.push(format!("a cycle of rooms: {}", c.join(" → ")));
    }
    out
}

/// A cycle among the rooms, if any (shown as the rooms around it, first one repeated).
fn cycle(arrows: &[Arrow]) -> Option<Vec<String>> {
    let mut next: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for a in arrows {
        next.entry(a.from.as_str()).or_default().insert(a.to.as_str());
    }
    fn visit<'a>(
        n: &'a str,
        next: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| *s == n) {
            let mut c: Vec<String> = stack[at..].iter().map(|s| s.to_string()).collect();
            c.push(n.to_owned());
            return Some(c);
        }
        if !done.insert(n) {
            return None;
        }
        stack.push(n);
        for m in next.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, next, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    next.keys().find_map(|n| visit(n, &next, &mut Vec::new(), &mut done))
}

#[test]
fn every_arrow_in_src_points_down() {
    let v = violations(&root().join("src"), FLOORS);
    assert!(v.is_empty(), "the arrows of src/ (floors in tests/it/arrows.rs):\n{}", v.join("\n"));
    // the table names only rooms that exist, and the check does see arrows
    let (arrows, _) = arrows(&root().join("src"), FLOORS);
    assert!(arrows.len() > 500, "only {} arrows seen in src/: is the reader still reading?", arrows.len());
    for (room, _) in FLOORS {
        let seen = arrows.iter().any(|a| a.from == *room || a.to == *room);
        assert!(seen, "room {room} of the floor table has no arrow in or out: gone or renamed?");
    }
}

/// A copy of `src/` to break on purpose.
fn copy_of_src() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap().flatten() {
            let (p, q) = (e.path(), to.join(e.file_name()));
            if p.is_dir() {
                copy(&p, &q)
            } else {
                std::fs::copy(&p, &q).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&root().join("src"), dir.path());
    assert!(violations(dir.path(), FLOORS).is_empty(), "the copy starts clean");
    dir
}

fn append(file: &Path, text: &str) {
    let mut s = std::fs::read_to_string(file).unwrap();
    s.push_str(text);
    std::fs::write(file, s).unwrap();
}

#[test]
fn an_upward_import_fails_the_check() {
    let src = copy_of_src();
    // the ground floor reaching up to the commands, grouped and nested as real code writes it
    append(&src.path().join("number.rs"), "\nuse crate::{diag::Severity, commands::{Verdict, run}};\n");
    append(&src.path().join("commands/mod.rs"), "\nuse crate::number::Num;\n"); // down: fine alone
    let v = violations(src.path(), FLOORS);
    assert!(v.iter().any(|m| m.contains("src/number.rs:") && m.contains("number (floor 0) imports commands")), "{v:?}");
    assert!(v.iter().any(|m| m.contains("number (floor 0) imports diag (floor 3): an arrow up")), "{v:?}");
    assert!(v.iter().any(|m| m.starts_with("a cycle of rooms:")), "number → commands → number is a cycle: {v:?}");
}

#[test]
fn a_path_in_code_and_a_super_path_count_as_arrows() {
    let src = copy_of_src();
    append(&src.path().join("model/walk.rs"), "\nfn up() -> usize { crate::present::ANY.len() }\n");
    append(&src.path().join("messages/verify.rs"), "\nuse super::super::show::Ui;\n");
    // a path inside a comment or a string is no arrow
    append(&src.path().join("format.rs"), "\n// crate::commands::run\nconst S: &str = \"crate::commands\";\n");
    let v = violations(src.path(), FLOORS);
    assert!(v.iter().any(|m| m.contains("src/model/walk.rs:") && m.contains("imports present")), "{v:?}");
    assert!(v.iter().any(|m| m.contains("messages::verify (floor 10) imports show")), "{v:?}");
    assert!(!v.iter().any(|m| m.contains("src/format.rs")), "{v:?}");
}

#[test]
fn a_sideways_import_and_a_module_without_a_floor_fail_the_check() {
    let src = copy_of_src();
    append(&src.path().join("pipeline/mod.rs"), "\nuse crate::workbook::ekspor;\n");
    std::fs::write(src.path().join("gudang.rs"), "//! a new room\nuse crate::number::Num;\n").unwrap();
    let v = violations(src.path(), FLOORS);
    assert!(v.iter().any(|m| m.contains("pipeline (floor 9) imports workbook (floor 9): an arrow sideways")), "{v:?}");
    assert!(v.iter().any(|m| m.contains("src/gudang.rs is in no room")), "{v:?}");
}
