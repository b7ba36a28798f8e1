//! `audit`: the whole archive checked: the ledger's chain and sequence, its head against
//! `lkjip-archive.txt`, every bag in full with its commit marker, a bag for every ledger entry
//! and an entry for every bag, and each entry agreeing with its bag.

use std::fs;
use std::path::Path;

use anyhow::Context;

use super::anchor::{self, ARCHIVE_FILE, Anchor, HeadState};
use super::fsio::{LOCK_FILE, is_own_temp};
use super::ledger::{self, LEDGER_FILE, LedgerEntry, ParsedLedger};
use super::{binding, commit};

/// The findings of an audit.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Audit {
    /// Each a sentence naming the file and what is wrong. Any problem fails the audit.
    pub problems: Vec<String>,
    /// Harmless leftovers of interrupted releases (temp entries, an unrecorded bag of the next
    /// revision, a recorded revision whose release did not finish); the next release completes them.
    pub notices: Vec<String>,
    /// How many ledger entries were checked.
    pub revisions: usize,
    /// The ledger head (SHA-256 of its last line; 64 zeros when empty).
    pub head: super::Sha256,
}

impl Audit {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Audits the archive `dir`. Errs only when `dir` cannot be read at all, or when it was
/// written by a newer lkjip (an `anchor::NewerFormat`).
pub fn audit(dir: &Path) -> anyhow::Result<Audit> {
    let top: Vec<_> = fs::read_dir(dir)
        .with_context(|| format!("reading archive {}", dir.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading archive {}", dir.display()))?;
    let anchor = match anchor::read(dir) {
        Ok(a) => a,
        Err(e) if e.downcast_ref::<anchor::NewerFormat>().is_some() => return Err(e),
        Err(e) => {
            let mut a = Audit::default();
            a.problems.push(format!("{ARCHIVE_FILE}: {e:#}"));
            return audit_with(dir, &top, None, a);
        }
    };
    let mut a = Audit::default();
    let only_lock = top.iter().all(|e| e.file_name() == LOCK_FILE);
    if anchor.is_none() && !only_lock {
        a.problems.push(format!(
            "{ARCHIVE_FILE} is missing: every lkjip archive has one (deleted, or this is not an lkjip archive)"
        ));
    }
    audit_with(dir, &top, anchor, a)
}

fn audit_with(dir: &Path, top: &[fs::DirEntry], anchor: Option<Anchor>, mut a: Audit) -> anyhow::Result<Audit> {
    let led = ledger::read(dir)?;
    a.revisions = led.entries.len();
    a.head = led.tip();
    a.problems.extend(led.problems.iter().map(|p| format!("{LEDGER_FILE}: {p}")));
    let state = anchor.map(|an| anchor::head_state(&an, &led.line_hashes));
    match &state {
        Some(HeadState::Shortened { lines, head, found }) => a.problems.push(format!(
            "{LEDGER_FILE} was shortened or replaced: {ARCHIVE_FILE} records {lines} lines ending in a line with SHA-256 {head}, the ledger has {found} lines{}",
            if found >= lines { " and its line there hashes otherwise" } else { "" }
        )),
        Some(HeadState::Appended { lines, found }) => a.problems.push(format!(
            "{LEDGER_FILE} has {found} lines but {ARCHIVE_FILE} records {lines}: lines were added without lkjip's release"
        )),
        Some(HeadState::Unfinished) => a.notices.push(
            "the newest ledger line was recorded by a release that did not finish (the next release completes it)"
                .to_owned(),
        ),
        Some(HeadState::Agrees) | None => {}
    }
    let unfinished = state == Some(HeadState::Unfinished);
    let last = led.line_hashes.len();
    for (n, e) in &led.entries {
        binding::check_bag(dir, *n, e, &mut a.problems);
        check_marker(dir, *n, e, &led, unfinished && *n == last, &mut a.problems);
    }
    for item in top {
        let name = item.file_name().to_string_lossy().into_owned();
        let is_dir = item.file_type().is_ok_and(|t| t.is_dir());
        if is_own_temp(&name) {
            a.notices
                .push(format!("{name}: leftover of an interrupted release (ignored; the next release removes it)"));
        } else if !is_dir && [LEDGER_FILE, LOCK_FILE, ARCHIVE_FILE].contains(&name.as_str()) {
        } else if !is_dir || name.starts_with('.') {
            a.problems.push(format!("{name}: unexpected entry in the archive"));
        } else {
            check_report_dir(dir, &name, &led, &mut a)?;
        }
    }
    Ok(a)
}

/// A recorded bag's commit marker must name its own ledger line; only the newest line of a
/// release that did not finish may lack it.
fn check_marker(dir: &Path, n: usize, e: &LedgerEntry, led: &ParsedLedger, may_lack: bool, problems: &mut Vec<String>) {
    let bag_dir = dir.join(&e.bag);
    if !bag_dir.is_dir() {
        return;
    }
    let want = led.line_hashes[n - 1];
    match commit::read(&bag_dir) {
        Ok(Some(m)) if m.line == n && m.sha256 == want => {}
        Ok(Some(m)) => problems.push(format!(
            "{}/{}: records ledger line {} with SHA-256 {}, but the ledger has this revision at line {n} with SHA-256 {want} (the ledger was rewritten)",
            e.bag,
            commit::MARKER_FILE,
            m.line,
            m.sha256
        )),
        Ok(None) if may_lack => {}
        Ok(None) => problems.push(format!(
            "{}/{} is missing: every bag whose release finished has one",
            e.bag,
            commit::MARKER_FILE
        )),
        Err(err) => problems.push(format!("{}/{}: {err:#}", e.bag, commit::MARKER_FILE)),
    }
    let token = bag_dir.join(commit::TOKEN_FILE);
    if token.exists() {
        let checked =
            fs::read(&token).map_err(anyhow::Error::from).and_then(|t| super::tsa::check_token(&t, want, &e.released));
        if let Err(err) = checked {
            problems.push(format!("{}/{}: {err:#}", e.bag, commit::TOKEN_FILE));
        }
    }
}

/// The cheap part of the audit that `verify FILE`, `log`, `diff`, `reproduce` and `release`
/// run before trusting the ledger: its head against `lkjip-archive.txt`, no bag marked as
/// committed beyond the ledger's end, and a bag for every entry.
pub(crate) fn quick_check(dir: &Path, led: &ParsedLedger, anchor: Option<Anchor>) -> anyhow::Result<()> {
    let audit_hint = format!("run `lkjip verify --archive {}` for a full audit", dir.display());
    match anchor {
        None if !led.bytes.is_empty() => {
            anyhow::bail!("{ARCHIVE_FILE} is missing from {}; {audit_hint}", dir.display())
        }
        None => {}
        Some(an) => match anchor::head_state(&an, &led.line_hashes) {
            HeadState::Agrees | HeadState::Unfinished => {}
            HeadState::Shortened { lines, found, .. } => anyhow::bail!(
                "the ledger of {} was shortened or replaced ({ARCHIVE_FILE} records {lines} lines, it has {found}); {audit_hint}",
                dir.display()
            ),
            HeadState::Appended { lines, found } => anyhow::bail!(
                "the ledger of {} has {found} lines, {ARCHIVE_FILE} records {lines}; {audit_hint}",
                dir.display()
            ),
        },
    }
    for (_, e) in &led.entries {
        if !dir.join(&e.bag).is_dir() {
            anyhow::bail!(
                "the bag of {} ({}) is missing from the archive {}; {audit_hint}",
                e.id(),
                e.bag,
                dir.display()
            );
        }
    }
    for (slug, next) in super::release::next_revisions(dir, led)? {
        let bag_rel = format!("{slug}/r{next}");
        if let Ok(Some(m)) = commit::read(&dir.join(&bag_rel)) {
            anyhow::bail!(
                "the ledger of {} lost the line of {bag_rel} (its bag records it was line {}); {audit_hint}",
                dir.display(),
                m.line
            );
        }
    }
    Ok(())
}

/// Every `r<N>` in a report directory must be a recorded bag, except that the revision after the
/// newest recorded one may be a complete bag left by a release that crashed before its ledger line.
fn check_report_dir(dir: &Path, slug: &str, led: &ledger::ParsedLedger, a: &mut Audit) -> anyhow::Result<()> {
    let next = led.current(slug).map_or(1, |c| c.revision + 1);
    let path = dir.join(slug);
    for item in fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))? {
        let item = item.with_context(|| format!("reading {}", path.display()))?;
        let name = item.file_name().to_string_lossy().into_owned();
        let rev = name.strip_prefix('r').and_then(|r| r.parse::<u32>().ok()).filter(|r| name == format!("r{r}"));
        let is_dir = item.file_type().is_ok_and(|t| t.is_dir());
        let marker = if is_dir { commit::read(&item.path()).ok().flatten() } else { None };
        match (rev, marker) {
            (Some(r), _) if is_dir && led.find(slug, r).is_some() => {}
            (Some(_), Some(m)) => a.problems.push(format!(
                "{slug}/{name}: its ledger line was removed: the bag's {} says it was recorded as ledger line {} (SHA-256 {})",
                commit::MARKER_FILE,
                m.line,
                m.sha256
            )),
            (Some(r), None) if is_dir && r == next => match binding::orphan_entry(dir, slug, r, led.tip()) {
                Ok(_) => a.notices.push(format!(
                    "{slug}/{name}: complete bag of an interrupted release, not yet in the ledger (the next release records it)"
                )),
                Err(e) => a.problems.push(format!("{slug}/{name}: a bag that the ledger does not record, and not a complete one: {e:#}")),
            },
            (Some(_), None) if is_dir => a.problems.push(format!("{slug}/{name}: a bag that the ledger does not record")),
            _ => a.problems.push(format!("{slug}/{name}: unexpected entry in a report folder")),
        }
    }
    Ok(())
}
