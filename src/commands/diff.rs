//! `lkjip diff FROM TO`: what changed in the source data between two archived revisions: the
//! YAML by field path (old → new), other source files by name. Needs no model.

use std::collections::BTreeMap;

use anyhow::Context;

use super::Verdict;
use crate::archive::{self, Sha256};
use crate::cli::DiffArgs;
use crate::messages::output::{FileChange, Said};
use crate::yamldiff;

pub fn run(args: &DiffArgs, lang: crate::messages::Lang) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let old = archive::load_revision(&dir, &args.from)?;
    let new = archive::load_revision(&dir, &args.to)?;
    let text = |r: &archive::ArchivedRevision| {
        String::from_utf8(r.yaml().to_vec())
            .with_context(|| crate::messages::fatal::Stop::YamlNotUtf8 { revision: r.entry.id() }.text(lang))
    };
    let changes = yamldiff::diff_text(&text(&old)?, &text(&new)?)?;
    println!("{} → {}", old.entry.id(), new.entry.id());
    for c in &changes {
        println!("{c}");
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
    }
    Ok(Verdict::Yes)
}
