//! `audit`: the whole archive checked: the ledger's chain and sequence, its head against
//! `lkjip-archive.txt`, every bag in full with its commit marker, a bag for every ledger entry
//! and an entry for every bag, and each entry agreeing with its bag.

use std::fs;
use std::path::Path;

use super::failure::{Failure, FileIssue, Io, OrphanIssue};

use super::anchor::{self, ARCHIVE_FILE, Anchor, HeadState};
use super::findings::{BagProblems, Notice, Problem, TokenIssue};
use super::fsio::{LOCK_FILE, is_own_temp};
use super::ledger::{self, LEDGER_FILE, LedgerEntry, ParsedLedger};
use super::{binding, commit};

/// The findings of an audit.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Audit {
    /// What is wrong, typed (the words are `messages::archive`'s). Any problem fails the audit.
    pub problems: Vec<Problem>,
    /// Harmless leftovers of interrupted releases (temp entries, an unrecorded bag of the next
    /// revision, a recorded revision whose release did not finish); the next release completes them.
    pub notices: Vec<Notice>,
    /// How many ledger entries were checked.
    pub revisions: usize,
    /// The ledger head (SHA-256 of its last line; 64 zeros when empty).
    pub head: super::Sha256,
    /// The verified RFC 3161 timestamp tokens of ledger lines (by line number): the TSA's
    /// signature, the imprint (the line's SHA-256) and the time all checked.
    pub timestamps: std::collections::BTreeMap<usize, super::tsa::TokenInfo>,
}

impl Audit {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Audits the archive `dir`. Errs only when `dir` cannot be read at all, or when it was
/// written by a newer lkjip (an `anchor::NewerFormat`).
pub fn audit(dir: &Path) -> anyhow::Result<Audit> {
    let top: Vec<_> = fs::read_dir(dir).and_then(|rd| rd.collect()).map_err(Failure::io(Io::ReadArchive, dir))?;
    let anchor = match anchor::read(dir) {
        Ok(a) => a,
        Err(e) if e.downcast_ref::<anchor::NewerFormat>().is_some() => return Err(e),
        Err(e) => {
            let mut a = Audit::default();
            a.problems.push(Problem::AnchorUnreadable { issue: file_issue(e) });
            return audit_with(dir, &top, None, a);
        }
    };
    let mut a = Audit::default();
    let only_lock = top.iter().all(|e| e.file_name() == LOCK_FILE);
    if anchor.is_none() && !only_lock {
        a.problems.push(Problem::AnchorMissing);
    }
    audit_with(dir, &top, anchor, a)
}

fn audit_with(dir: &Path, top: &[fs::DirEntry], anchor: Option<Anchor>, mut a: Audit) -> anyhow::Result<Audit> {
    let led = ledger::read(dir)?;
    a.revisions = led.entries.len();
    a.head = led.tip();
    a.problems.extend(led.problems.iter().cloned().map(Problem::Ledger));
    let state = anchor.map(|an| anchor::head_state(&an, &led.line_hashes));
    match &state {
        Some(HeadState::Shortened { lines, head, found }) => {
            a.problems.push(Problem::LedgerShortened { lines: *lines, head: *head, found: *found })
        }
        Some(HeadState::Appended { lines, found }) => {
            a.problems.push(Problem::LedgerAppended { lines: *lines, found: *found })
        }
        Some(HeadState::Unfinished) => a.notices.push(Notice::Unfinished),
        Some(HeadState::Agrees) | None => {}
    }
    let unfinished = state == Some(HeadState::Unfinished);
    let last = led.line_hashes.len();
    for (n, e) in &led.entries {
        binding::check_bag(dir, *n, e, &mut a.problems);
        if let Some(t) = check_marker(dir, *n, e, &led, unfinished && *n == last, &mut a.problems) {
            a.timestamps.insert(*n, t);
        }
    }
    for item in top {
        let name = item.file_name().to_string_lossy().into_owned();
        let is_dir = item.file_type().is_ok_and(|t| t.is_dir());
        if is_own_temp(&name) {
            a.notices.push(Notice::Temp { name });
        } else if !is_dir && [LEDGER_FILE, LOCK_FILE, ARCHIVE_FILE].contains(&name.as_str()) {
        } else if !is_dir || name.starts_with('.') {
            a.problems.push(Problem::UnexpectedEntry { name });
        } else {
            check_report_dir(dir, &name, &led, &mut a)?;
        }
    }
    Ok(a)
}

/// A recorded bag's commit marker must name its own ledger line; only the newest line of a
/// release that did not finish may lack it. Its timestamp token, if any, must verify: the
/// token's details when it does.
fn check_marker(
    dir: &Path,
    n: usize,
    e: &LedgerEntry,
    led: &ParsedLedger,
    may_lack: bool,
    problems: &mut Vec<Problem>,
) -> Option<super::tsa::TokenInfo> {
    let bag_dir = dir.join(&e.bag);
    if !bag_dir.is_dir() {
        return None;
    }
    let want = led.line_hashes[n - 1];
    match commit::read(&bag_dir) {
        Ok(Some(m)) if m.line == n && m.sha256 == want => {}
        Ok(Some(m)) => problems.push(Problem::MarkerMismatch {
            bag: e.bag.clone(),
            marker_line: m.line,
            marker_sha256: m.sha256,
            line: n,
            sha256: want,
        }),
        Ok(None) if may_lack => {}
        Ok(None) => problems.push(Problem::MarkerMissing { bag: e.bag.clone() }),
        Err(err) => problems.push(Problem::MarkerUnreadable { bag: e.bag.clone(), issue: file_issue(err) }),
    }
    let token = bag_dir.join(commit::TOKEN_FILE);
    if !token.exists() {
        return None;
    }
    let checked = fs::read(&token)
        .map_err(|err| TokenIssue::Unreadable { detail: err.to_string() })
        .and_then(|t| super::tsa::check_token(&t, want, &e.released));
    match checked {
        Ok(t) => Some(t),
        Err(issue) => {
            problems.push(Problem::Token { bag: e.bag.clone(), issue });
            None
        }
    }
}

/// The cheap part of the audit that `verify FILE`, `log`, `diff`, `reproduce` and `release`
/// run before trusting the ledger: its head against `lkjip-archive.txt`, no bag marked as
/// committed beyond the ledger's end, and a bag for every entry.
pub(crate) fn quick_check(dir: &Path, led: &ParsedLedger, anchor: Option<Anchor>) -> anyhow::Result<()> {
    let d = || dir.to_path_buf();
    match anchor {
        None if !led.bytes.is_empty() => return Err(Failure::AnchorMissing { dir: d() }.into()),
        None => {}
        Some(an) => match anchor::head_state(&an, &led.line_hashes) {
            HeadState::Agrees | HeadState::Unfinished => {}
            HeadState::Shortened { lines, found, .. } => {
                return Err(Failure::LedgerShortened { dir: d(), lines, found }.into());
            }
            HeadState::Appended { lines, found } => {
                return Err(Failure::LedgerAppended { dir: d(), lines, found }.into());
            }
        },
    }
    for (_, e) in &led.entries {
        if !dir.join(&e.bag).is_dir() {
            return Err(Failure::BagMissing { dir: d(), revision: e.id(), bag: e.bag.clone() }.into());
        }
    }
    for (slug, next) in super::next::next_revisions(dir, led)? {
        let bag = format!("{slug}/r{next}");
        if let Ok(Some(m)) = commit::read(&dir.join(&bag)) {
            return Err(Failure::LineLost { dir: d(), bag, line: m.line }.into());
        }
    }
    Ok(())
}

/// What an error reading the anchor or a commit marker says about the file, typed: an I/O
/// failure's system words, or the file's issue.
fn file_issue(e: anyhow::Error) -> FileIssue {
    match e.downcast::<Failure>() {
        Ok(Failure::File { issue, .. }) => issue,
        Ok(Failure::Io { source, .. }) => FileIssue::Unreadable { detail: source.to_string() },
        Ok(other) => FileIssue::Unreadable { detail: other.to_string() },
        Err(e) => FileIssue::Unreadable { detail: format!("{e:#}") },
    }
}

/// Why an unrecorded bag cannot be taken in, typed (`binding::orphan_entry`'s error).
fn orphan_issue(e: anyhow::Error) -> OrphanIssue {
    match e.downcast::<Failure>() {
        Ok(Failure::Orphan { issue, .. }) => issue,
        Ok(other) => OrphanIssue::Marker { issue: file_issue(other.into()) },
        Err(e) => OrphanIssue::Marker { issue: file_issue(e) },
    }
}

/// Every `r<N>` in a report directory must be a recorded bag, except that the revision after the
/// newest recorded one may be a complete bag left by a release that crashed before its ledger line.
fn check_report_dir(dir: &Path, slug: &str, led: &ledger::ParsedLedger, a: &mut Audit) -> anyhow::Result<()> {
    let next = led.current(slug).map_or(1, |c| c.revision + 1);
    let path = dir.join(slug);
    for item in fs::read_dir(&path).map_err(Failure::io(Io::Read, &path))? {
        let item = item.map_err(Failure::io(Io::Read, &path))?;
        let name = item.file_name().to_string_lossy().into_owned();
        let rev = name.strip_prefix('r').and_then(|r| r.parse::<u32>().ok()).filter(|r| name == format!("r{r}"));
        let is_dir = item.file_type().is_ok_and(|t| t.is_dir());
        let marker = if is_dir { commit::read(&item.path()).ok().flatten() } else { None };
        let bag = format!("{slug}/{name}");
        match (rev, marker) {
            (Some(r), _) if is_dir && led.find(slug, r).is_some() => {}
            (Some(_), Some(m)) => a.problems.push(Problem::LineRemoved { bag, line: m.line, sha256: m.sha256 }),
            (Some(r), None) if is_dir && r == next => match binding::orphan_entry(dir, slug, r, led.tip()) {
                Ok(_) => a.notices.push(Notice::UnrecordedComplete { bag }),
                Err(e) => a.problems.push(match e.downcast::<BagProblems>() {
                    Ok(BagProblems(problems)) => Problem::UnrecordedIncomplete { bag, problems, issue: None },
                    Err(e) => Problem::UnrecordedIncomplete { bag, problems: vec![], issue: Some(orphan_issue(e)) },
                }),
            },
            (Some(_), None) if is_dir => a.problems.push(Problem::Unrecorded { bag }),
            _ => a.problems.push(Problem::UnexpectedInReport { path: bag }),
        }
    }
    Ok(())
}
