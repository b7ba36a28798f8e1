//! Recovery of a release that crashed between placing its bag and committing its ledger line:
//! the bag's bag-info carries every ledger field, so the line can be rebuilt exactly.

use std::path::Path;

use anyhow::Context;

use super::ledger::LedgerEntry;
use super::{Generator, Sha256, bag};

/// The ledger entry the unrecorded bag `<slug>/r<revision>` would have had, given the current
/// ledger tip; an error when the bag is incomplete or inconsistent in any way.
pub(crate) fn orphan_entry(dir: &Path, slug: &str, revision: u32, tip: Sha256) -> anyhow::Result<LedgerEntry> {
    let bag_rel = format!("{slug}/r{revision}");
    if let Some(m) = super::commit::read(&dir.join(&bag_rel))? {
        anyhow::bail!(
            "{bag_rel} was recorded as ledger line {} (its commit marker says so): its line was removed",
            m.line
        );
    }
    let c = bag::check(&dir.join(&bag_rel));
    if let Some(p) = c.problems.first() {
        anyhow::bail!("{p}");
    }
    let get = |label: &str| {
        c.label(label).map(str::to_string).with_context(|| format!("{bag_rel}/bag-info.txt has no {label}"))
    };
    let num = |label: &str| -> anyhow::Result<u64> {
        get(label)?.parse().with_context(|| format!("{bag_rel}/bag-info.txt: {label} is not a number"))
    };
    let hash = |label: &str| -> anyhow::Result<Sha256> {
        get(label)?.parse().with_context(|| format!("{bag_rel}/bag-info.txt: {label}"))
    };
    let note = get("LKjIP-Note")?;
    let supersedes = get("LKjIP-Supersedes")?;
    let entry = LedgerEntry {
        prev: tip,
        report: get("LKjIP-Report")?,
        instansi: get("LKjIP-Instansi")?,
        pemerintah: get("LKjIP-Pemerintah")?,
        jenis: get("LKjIP-Jenis")?,
        tahun: u16::try_from(num("LKjIP-Tahun")?).context("LKjIP-Tahun out of range")?,
        revision: u32::try_from(num("LKjIP-Revision")?).context("LKjIP-Revision out of range")?,
        supersedes: if supersedes == "none" { None } else { Some(supersedes.parse().context("LKjIP-Supersedes")?) },
        released: get("LKjIP-Released")?,
        note: (!note.is_empty()).then_some(note),
        bag: bag_rel.clone(),
        pdf: get("LKjIP-PDF")?,
        pdf_sha256: hash("LKjIP-PDF-SHA256")?,
        pdf_length: num("LKjIP-PDF-Length")?,
        source_yaml: get("LKjIP-Source-YAML")?,
        source_sha256: hash("LKjIP-Source-SHA256")?,
        tagmanifest_sha256: c.tagmanifest.context("no tag manifest")?,
        generator: Generator { lkjip: get("LKjIP-Generator-LKjIP")?, typst: get("LKjIP-Generator-Typst")? },
    };
    if entry.report != slug || entry.revision != revision {
        anyhow::bail!("{bag_rel}/bag-info.txt says it is {}", entry.id());
    }
    if entry.supersedes != (revision > 1).then(|| revision - 1) || (revision > 1 && entry.note.is_none()) {
        anyhow::bail!("{bag_rel}/bag-info.txt: supersedes or note do not fit revision {revision}");
    }
    let mut problems = Vec::new();
    super::audit::check_entry(dir, 0, &entry, &mut problems);
    if let Some(p) = problems.first() {
        anyhow::bail!("{p}");
    }
    Ok(entry)
}
