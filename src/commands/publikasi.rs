//! `lkjip publikasi OUT`: the archive's static verification page (see `archive::publish`).

use super::Verdict;
use crate::archive;
use crate::cli::PublikasiArgs;

pub fn run(args: &PublikasiArgs) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let p = archive::publish(&dir, &args.out)?;
    println!(
        "wrote {} ({}) for {} revisions, ledger head {}; open {} in a browser",
        args.out.display(),
        p.files.join(", "),
        p.revisions,
        p.head,
        args.out.join("index.html").display()
    );
    Ok(Verdict::Yes)
}
