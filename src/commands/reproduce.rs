//! `lkjip reproduce REVISION`: re-render an archived revision from its archived sources and say
//! whether the bytes equal the archived PDF, and if not, what differs.
//!
//! COMMAND LAYER TODO (needs the model): pass a closure that renders the final PDF for the given
//! revision from `ArchivedRevision::sources` (YAML first; images by their relative names) with
//! the given revision number, and the current generator versions; then call [`finish`].

use super::Verdict;
use crate::archive::{self, ArchivedRevision, Generator};
use crate::cli::ReproduceArgs;

/// Loads the revision, renders it with `render`, compares, prints. Exit 0 only when identical.
pub fn finish(
    args: &ReproduceArgs,
    generator: &Generator,
    render: impl FnOnce(&ArchivedRevision) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let rev = archive::load_revision(&dir, &args.revision)?;
    let bytes = render(&rev)?;
    let r = archive::compare_reproduction(&rev, &bytes, generator)?;
    println!("{}", r.explanation);
    Ok(if r.identical {
        Verdict::Yes
    } else {
        Verdict::No
    })
}
