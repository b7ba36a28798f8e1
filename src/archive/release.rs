//! `release`: under the archive lock, decide the next revision (or recognise unchanged sources),
//! render, build the bag in a temp dir, rename it into place, then commit the ledger line.

use std::fs;
use std::path::Path;

use super::failure::{Failure, Io};

use super::anchor::{self, HeadState};
use super::commit::{self, Marker};
use super::findings::{Refusal, Refused};
use super::folder;
use super::fsio::{self, RealWorld, SimulatedCrash, Step, World};
use super::ledger::{self, LEDGER_FILE, LedgerEntry, ParsedLedger};
use super::request::check_request;
use super::{ReleaseRequest, Released, Sha256, bag, binding, source_digest_of, time};

/// Archives the PDF that `render(revision)` returns as the next revision of `req.report` in the
/// archive `dir` (created if missing). Unchanged sources (same [`source_digest`](super::source_digest) as the
/// current revision) write nothing and report the current revision with `created: false`.
/// From revision 2 on, `req.note` is required. Safe against crashes and concurrent releases.
pub fn release(
    dir: &Path,
    req: &ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Released> {
    release_in(dir, req, render, &RealWorld)
}

/// [`release`] with an explicit clock and fault points (tests inject crashes through `world`).
pub fn release_in(
    dir: &Path,
    req: &ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
    world: &dyn World,
) -> anyhow::Result<Released> {
    let note = check_request(req)?;
    let created = folder::open_for_release(dir)?;
    let lock = match fsio::lock_archive(dir) {
        Ok(lock) => lock,
        Err(e) => {
            if created {
                folder::forget_fresh(dir, true);
            }
            return Err(e);
        }
    };
    // A first release writes the archive's anchor only once its PDF is rendered (and so
    // agreed to): a refused or failed first release leaves no archive behind, and the folder
    // it created is removed again, still under the lock.
    let fresh = anchor::read(dir)?.is_none() && !dir.join(LEDGER_FILE).exists();
    let released = locked(dir, req, note, fresh, render, world);
    if let Err(e) = &released
        && fresh
        && e.downcast_ref::<SimulatedCrash>().is_none()
    {
        folder::forget_fresh(dir, created);
    }
    drop(lock);
    released
}

/// The part of [`release_in`] under the archive's lock; `fresh`: the archive has no anchor
/// and no ledger yet (its anchor is written after the render).
fn locked(
    dir: &Path,
    req: &ReleaseRequest,
    note: Option<String>,
    fresh: bool,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
    world: &dyn World,
) -> anyhow::Result<Released> {
    let slug = req.report.slug();
    let mut led = ledger::read_clean(dir)?;
    fsio::remove_temps(dir)?;
    let audit = super::audit(dir)?;
    if !audit.problems.is_empty() {
        return Err(Refused { dir: dir.to_path_buf(), refusal: Refusal::Release, problems: audit.problems }.into());
    }
    finish_unfinished(dir, &led, world)?;
    adopt_orphans(dir, &mut led, world)?;

    let digest = source_digest_of(req.sources.iter().map(|s| (s.name.as_str(), s.sha256)));
    let current = led.current(&slug);
    if let Some(cur) = current.filter(|c| c.source_sha256 == digest) {
        return Ok(Released {
            report: slug,
            revision: cur.revision,
            pdf_path: dir.join(&cur.pdf),
            sha256: cur.pdf_sha256,
            len: cur.pdf_length,
            head: led.tip(),
            created: false,
        });
    }
    let revision = current.map_or(1, |c| c.revision + 1);
    if revision > 1 && note.is_none() {
        return Err(Failure::NoteMissing { slug, revision }.into());
    }
    let pdf = render(revision).map_err(|source| Failure::Rendering { slug: slug.clone(), revision, source })?;
    if fresh {
        anchor::write(dir, 0, Sha256::ZERO, &NoFaults(world))?;
    }

    let bag_rel = format!("{slug}/r{revision}");
    let pdf_name = format!("{slug}-r{revision}.pdf");
    let mut entry = LedgerEntry {
        prev: led.tip(),
        report: slug.clone(),
        instansi: req.report.instansi.trim().to_string(),
        pemerintah: req.report.pemerintah.trim().to_string(),
        jenis: req.report.jenis.trim().to_string(),
        tahun: req.report.tahun,
        revision,
        supersedes: (revision > 1).then(|| revision - 1),
        released: time::rfc3339_utc(world.now()),
        note,
        bag: bag_rel.clone(),
        pdf: format!("{bag_rel}/data/{pdf_name}"),
        pdf_sha256: Sha256::of(&pdf),
        pdf_length: pdf.len() as u64,
        source_yaml: req.sources[0].name.clone(),
        source_sha256: digest,
        tagmanifest_sha256: Sha256::ZERO,
        generator: req.generator.clone(),
    };
    let info = binding::bag_info(&entry, req.bagging_date, bag::payload_oxum(&pdf, &req.sources), &req.bag_info);

    let tmp = fsio::temp_path(dir, "bag");
    let final_bag = dir.join(&bag_rel);
    let result = (|| {
        entry.tagmanifest_sha256 = bag::write(&tmp, &pdf_name, &pdf, &req.sources, &info, world)?;
        let slug_dir = dir.join(&slug);
        fsio::ensure_dir(&slug_dir)?;
        if final_bag.exists() {
            return Err(Failure::BagExists { bag: final_bag.clone() }.into());
        }
        fs::rename(&tmp, &final_bag).map_err(Failure::io(Io::MoveInto, &final_bag))?;
        fsio::checkpoint(world, Step::BagRenamed)?;
        fsio::sync_dir(&slug_dir)?;
        fsio::sync_dir(dir)?;
        fsio::checkpoint(world, Step::BagParentSynced)?;
        let marker = Marker { line: led.line_hashes.len() + 1, sha256: Sha256::of(entry.to_line().as_bytes()) };
        // Asked before the commit: an unreachable authority leaves the archive unchanged.
        let token = req.tsa.as_deref().map(|url| super::tsa::timestamp(url, marker.sha256)).transpose()?;
        ledger::commit(dir, &led.bytes, &entry, world)?;
        commit::mark(&final_bag, marker, token.as_deref(), world)?;
        anchor::write(dir, marker.line, marker.sha256, world)
    })();
    if let Err(err) = result {
        if err.downcast_ref::<SimulatedCrash>().is_some() {
            return Err(err);
        }
        if cleanup(dir, &tmp, &final_bag, &entry) {
            return Err(Failure::NotDurable { slug, revision, source: err }.into());
        }
        return Err(Failure::Unchanged { slug, revision, source: err }.into());
    }
    Ok(Released {
        report: slug,
        revision,
        pdf_path: dir.join(&entry.pdf),
        sha256: entry.pdf_sha256,
        len: entry.pdf_length,
        head: Sha256::of(entry.to_line().as_bytes()),
        created: true,
    })
}

/// After a failed release: remove the temp bag, and the placed bag if the ledger does not
/// record it (the commit point was not reached). Best effort: audit tolerates what remains.
/// Returns whether the ledger records the revision (then nothing is removed).
fn cleanup(dir: &Path, tmp: &Path, final_bag: &Path, entry: &LedgerEntry) -> bool {
    let _ = fs::remove_dir_all(tmp);
    let committed =
        ledger::read(dir).map(|l| l.find(&entry.report, entry.revision).is_some_and(|e| e == entry)).unwrap_or(true);
    if !committed && final_bag.is_dir() {
        let _ = fsio::remove_tree(dir, final_bag);
    }
    committed
}

/// Completes releases that crashed after placing their bag but before their ledger line: for
/// each report, while the bag of the revision after its newest recorded one exists and is
/// complete and consistent, its ledger line is rebuilt from its bag-info and committed.
/// An incomplete one is never deleted: the release stops and names it.
fn adopt_orphans(dir: &Path, led: &mut ParsedLedger, world: &dyn World) -> anyhow::Result<()> {
    for (slug, mut next) in super::next::next_revisions(dir, led)? {
        while dir.join(&slug).join(format!("r{next}")).exists() {
            let entry = binding::orphan_entry(dir, &slug, next, led.tip())
                .map_err(|source| Failure::Unadoptable { bag: format!("{slug}/r{next}"), source })?;
            ledger::commit(dir, &led.bytes, &entry, &NoFaults(world))?;
            *led = ledger::read_clean(dir)?;
            finish_unfinished(dir, led, world)?;
            next += 1;
        }
    }
    Ok(())
}

/// Finishes a release that died after committing its ledger line: marks its bag and records
/// the new head in `lkjip-archive.txt`. Does nothing when the last release finished.
fn finish_unfinished(dir: &Path, led: &ParsedLedger, world: &dyn World) -> anyhow::Result<()> {
    let Some(an) = anchor::read(dir)? else { return Ok(()) };
    if anchor::head_state(&an, &led.line_hashes) != HeadState::Unfinished {
        return Ok(());
    }
    let line = led.line_hashes.len();
    let (_, last) = led.entries.last().filter(|(n, _)| *n == line).ok_or(Failure::LastLineNotEntry)?;
    commit::mark(&dir.join(&last.bag), Marker { line, sha256: led.tip() }, None, &NoFaults(world))?;
    anchor::write(dir, line, led.tip(), &NoFaults(world))
}

/// The world's clock without its faults (recovery is not one of the release's steps).
struct NoFaults<'a>(&'a dyn World);
impl World for NoFaults<'_> {
    fn now(&self) -> std::time::SystemTime {
        self.0.now()
    }
}
