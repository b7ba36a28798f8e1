//! `lkjip diff FROM TO`: what changed in the source data between two archived revisions: the
//! YAML by field path (old → new), other source files by name; then what those changes did to
//! the computed figures (capaian, status, serapan), each side checked and computed by the
//! pipeline from its archived YAML. A side that does not compute is said so; its paths still show.

use std::collections::BTreeMap;

use anyhow::Context;

use super::Verdict;
use crate::archive::{self, Sha256};
use crate::cli::DiffArgs;
use crate::messages::beda::{Remark, Side};
use crate::messages::output::{FileChange, Said};
use crate::pipeline::{self, Checked, Prepared};
use crate::yamldiff;

pub fn run(args: &DiffArgs, lang: crate::messages::Lang) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let old = archive::load_revision(&dir, &args.from)?;
    let new = archive::load_revision(&dir, &args.to)?;
    let text = |r: &archive::ArchivedRevision| {
        String::from_utf8(r.yaml().to_vec())
            .with_context(|| crate::messages::fatal::Stop::YamlNotUtf8 { revision: r.entry.id() }.text(lang))
    };
    let (old_text, new_text) = (text(&old)?, text(&new)?);
    let changes = yamldiff::diff_text(&old_text, &new_text).map_err(|u| {
        let (side, r) = if u.newer { (Side::New, &new) } else { (Side::Old, &old) };
        anyhow::anyhow!(Remark::Unparsable { side, revision: r.entry.revision, detail: u.detail }.text(lang))
    })?;
    println!("{} → {}", old.entry.id(), new.entry.id());
    for c in &changes {
        println!("{}", crate::messages::beda::path_change(c, lang));
    }
    // Other files (images): by name and digest.
    let files = |r: &archive::ArchivedRevision| -> BTreeMap<String, Sha256> {
        r.sources[1..].iter().map(|s| (s.name.clone(), Sha256::of(&s.bytes))).collect()
    };
    let (a, b) = (files(&old), files(&new));
    let mut other = 0;
    for (name, h) in &a {
        match b.get(name) {
            None => println!("{}", Said::File { name: name.clone(), change: FileChange::Removed }.text(lang)),
            Some(h2) if h2 != h => {
                println!("{}", Said::File { name: name.clone(), change: FileChange::Changed }.text(lang))
            }
            _ => continue,
        }
        other += 1;
    }
    for name in b.keys().filter(|n| !a.contains_key(*n)) {
        println!("{}", Said::File { name: name.clone(), change: FileChange::Added }.text(lang));
        other += 1;
    }
    if changes.is_empty() && other == 0 {
        println!("{}", Said::NoChanges.text(lang));
        return Ok(Verdict::Yes);
    }
    computed(&old, old_text, &new, new_text, lang);
    Ok(Verdict::Yes)
}

/// Check and compute one side from its archived YAML (nothing else is read: the figures need
/// no image), or the number of errors that stop it.
fn compute_side(r: &archive::ArchivedRevision, text: String) -> Result<Box<Prepared>, usize> {
    let name = std::path::PathBuf::from(&r.sources[0].name);
    match pipeline::check_source(crate::input::Source::new(name, text)) {
        Checked::Valid(p) => Ok(p),
        Checked::Invalid(s) => Err(s.problems.count(crate::diag::Severity::Error)),
    }
}

/// The computed figures that changed, or why they cannot be compared.
fn computed(
    old: &archive::ArchivedRevision,
    old_text: String,
    new: &archive::ArchivedRevision,
    new_text: String,
    lang: crate::messages::Lang,
) {
    let (a, b) = (compute_side(old, old_text), compute_side(new, new_text));
    for (side, r, res) in [(Side::Old, old, &a), (Side::New, new, &b)] {
        if let Err(errors) = res {
            let said = Remark::DoesNotCompute { side, revision: r.entry.revision, errors: *errors };
            println!("{}", said.text(lang));
        }
    }
    let (Ok(a), Ok(b)) = (a, b) else { return };
    let found = crate::compute::beda::beda((&a.report, &a.computed), (&b.report, &b.computed));
    if found.is_empty() {
        println!("{}", Remark::NoneChanged.text(lang));
        return;
    }
    println!("{}", Remark::Heading.text(lang));
    for f in &found {
        println!("  {}", f.text(lang));
    }
}
