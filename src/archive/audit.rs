//! `audit`: the whole archive checked: the ledger's chain and sequence, every bag in full, a bag
//! for every ledger entry and an entry for every bag, and each entry agreeing with its bag.

use std::fs;
use std::path::Path;

use anyhow::Context;

use super::fsio::{LOCK_FILE, TEMP_PREFIX};
use super::ledger::{self, LEDGER_FILE, LedgerEntry};
use super::{bag, bound_labels, source_digest};

/// The findings of an audit.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Audit {
    /// Each a sentence naming the file and what is wrong. Any problem fails the audit.
    pub problems: Vec<String>,
    /// Harmless leftovers of interrupted releases (temp entries, an unrecorded bag of the next
    /// revision); the next release removes them.
    pub notices: Vec<String>,
    /// How many ledger entries were checked.
    pub revisions: usize,
}

impl Audit {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Audits the archive `dir`. Errs only when `dir` cannot be read at all.
pub fn audit(dir: &Path) -> anyhow::Result<Audit> {
    let top = fs::read_dir(dir).with_context(|| format!("reading archive {}", dir.display()))?;
    let led = ledger::read(dir)?;
    let mut a = Audit { revisions: led.entries.len(), ..Audit::default() };
    a.problems.extend(led.problems.iter().map(|p| format!("{LEDGER_FILE}: {p}")));
    for (n, e) in &led.entries {
        check_entry(dir, *n, e, &mut a.problems);
    }
    for item in top {
        let item = item.with_context(|| format!("reading archive {}", dir.display()))?;
        let name = item.file_name().to_string_lossy().into_owned();
        let is_dir = item.path().is_dir();
        if name.starts_with(TEMP_PREFIX) {
            a.notices
                .push(format!("{name}: leftover of an interrupted release (ignored; the next release removes it)"));
        } else if !is_dir && (name == LEDGER_FILE || name == LOCK_FILE) {
        } else if !is_dir || name.starts_with('.') {
            a.problems.push(format!("{name}: unexpected entry in the archive"));
        } else {
            check_report_dir(dir, &name, &led, &mut a)?;
        }
    }
    Ok(a)
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
        match rev {
            Some(r) if item.path().is_dir() && led.find(slug, r).is_some() => {}
            Some(r) if item.path().is_dir() && r == next => match super::recover::orphan_entry(dir, slug, r, led.tip()) {
                Ok(_) => a.notices.push(format!(
                    "{slug}/{name}: complete bag of an interrupted release, not yet in the ledger (the next release records it)"
                )),
                Err(e) => a.problems.push(format!("{slug}/{name}: a bag that the ledger does not record, and not a complete one: {e:#}")),
            },
            Some(_) if item.path().is_dir() => a.problems.push(format!("{slug}/{name}: a bag that the ledger does not record")),
            _ => a.problems.push(format!("{slug}/{name}: unexpected entry in a report folder")),
        }
    }
    Ok(())
}

pub(crate) fn check_entry(dir: &Path, n: usize, e: &LedgerEntry, problems: &mut Vec<String>) {
    let at = if n == 0 { format!("unrecorded {}", e.id()) } else { format!("ledger line {n} ({})", e.id()) };
    let bag_dir = dir.join(&e.bag);
    if !bag_dir.is_dir() {
        problems.push(format!("{}: the bag of {at} is missing", e.bag));
        return;
    }
    let c = bag::check(&bag_dir);
    let shown = bag_dir.display().to_string();
    problems.extend(
        c.problems.iter().map(|p| p.strip_prefix(&shown).map_or_else(|| p.clone(), |rest| format!("{}{rest}", e.bag))),
    );
    if c.tagmanifest != Some(e.tagmanifest_sha256) {
        problems.push(format!(
            "{}/{}: does not have the SHA-256 recorded in {at} (the bag or the ledger was changed)",
            e.bag,
            bag::TAGMANIFEST
        ));
    }
    let pdf_rel = e.pdf.strip_prefix(&format!("{}/data/", e.bag)).unwrap_or(&e.pdf);
    match c.payload.get(pdf_rel) {
        Some(b) if b.len() as u64 == e.pdf_length && super::Sha256::of(b) == e.pdf_sha256 => {}
        Some(_) => problems.push(format!("{}: does not have the SHA-256 and length recorded in {at}", e.pdf)),
        None => problems.push(format!("{}: the PDF recorded in {at} is missing", e.pdf)),
    }
    let prefix = format!("{}/", bag::SOURCE_DIR);
    let sources: Vec<(&str, &[u8])> =
        c.payload.iter().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|k| (k, v.as_slice()))).collect();
    if !sources.iter().any(|(k, _)| *k == e.source_yaml) {
        problems.push(format!("{}/data/source/{}: the YAML recorded in {at} is missing", e.bag, e.source_yaml));
    }
    if source_digest(sources) != e.source_sha256 {
        problems.push(format!("{}/data/source: the sources do not have the digest recorded in {at}", e.bag));
    }
    for (label, want) in bound_labels(e) {
        match c.label(label) {
            Some(v) if v == want.trim() => {}
            got => problems.push(format!("{}/bag-info.txt: {label} is {got:?}, but {at} says {want:?}", e.bag)),
        }
    }
}
