//! How a ledger entry is bound to its bag: one table of `bag-info.txt` labels, each with how
//! it is written from the entry and, for the ledger's own fields, read back into one. The
//! table drives writing bag-info (`release`), rebuilding the entry of an unrecorded bag
//! ([`orphan_entry`]), checking a bag against its entry (`audit`) and the labels extra bag-info may
//! not use, so the writer and the reader cannot drift apart label by label. Recovery of a
//! release that crashed between placing its bag and committing its line rebuilds the line
//! from the bag-info exactly ([`orphan_entry`]).

use std::path::Path;

use super::failure::{Failure, FileIssue, Kind, OrphanIssue};
use super::findings::{At, BagProblems, Problem};
use super::ledger::LedgerEntry;
use super::{Generator, Sha256, bag, source_digest};
use crate::value::tanggal::Tanggal;

type Write = fn(&LedgerEntry) -> String;
/// Reads a value into the entry; `Err` names the kind the value is not.
type Read = fn(&mut LedgerEntry, &str) -> Result<(), Kind>;

/// One bag-info label: its name, its value from the entry, and (for the ledger's own fields)
/// how its value is read back into an entry; derived labels are only checked.
pub(crate) struct Label {
    pub name: &'static str,
    write: Write,
    read: Option<Read>,
}

const fn derived(name: &'static str, write: Write) -> Label {
    Label { name, write, read: None }
}
const fn field(name: &'static str, write: Write, read: Read) -> Label {
    Label { name, write, read: Some(read) }
}

/// The labels bound to the ledger entry, in the order they are written (the first three come
/// before `Bagging-Date` and `Payload-Oxum`, see [`bag_info`]).
pub(crate) const LABELS: &[Label] = &[
    derived("Source-Organization", |e| e.instansi.clone()),
    derived("External-Identifier", |e| e.id()),
    derived("External-Description", |e| {
        format!("{} {} {}, {} (revision {})", e.jenis, e.tahun, e.instansi, e.pemerintah, e.revision)
    }),
    derived("Bag-Software-Agent", |e| format!("lkjip {} (Typst {})", e.generator.lkjip, e.generator.typst)),
    field("LKjIP-Report", |e| e.report.clone(), |e, v| text(&mut e.report, v)),
    field("LKjIP-Instansi", |e| e.instansi.clone(), |e, v| text(&mut e.instansi, v)),
    field("LKjIP-Pemerintah", |e| e.pemerintah.clone(), |e, v| text(&mut e.pemerintah, v)),
    field("LKjIP-Jenis", |e| e.jenis.clone(), |e, v| text(&mut e.jenis, v)),
    field("LKjIP-Tahun", |e| e.tahun.to_string(), |e, v| set(&mut e.tahun, parse(v, Kind::Year)?)),
    field("LKjIP-Revision", |e| e.revision.to_string(), |e, v| set(&mut e.revision, parse(v, Kind::Number)?)),
    field(
        "LKjIP-Supersedes",
        |e| e.supersedes.map_or_else(|| "none".into(), |r| r.to_string()),
        |e, v| set(&mut e.supersedes, if v == "none" { None } else { Some(parse(v, Kind::Number)?) }),
    ),
    field("LKjIP-Released", |e| e.released.clone(), |e, v| text(&mut e.released, v)),
    field(
        "LKjIP-Note",
        |e| e.note.clone().unwrap_or_default(),
        |e, v| set(&mut e.note, (!v.is_empty()).then(|| v.into())),
    ),
    field("LKjIP-Source-YAML", |e| e.source_yaml.clone(), |e, v| text(&mut e.source_yaml, v)),
    field(
        "LKjIP-Source-SHA256",
        |e| e.source_sha256.to_string(),
        |e, v| set(&mut e.source_sha256, parse(v, Kind::Sha256)?),
    ),
    field("LKjIP-PDF-SHA256", |e| e.pdf_sha256.to_string(), |e, v| set(&mut e.pdf_sha256, parse(v, Kind::Sha256)?)),
    field("LKjIP-PDF-Length", |e| e.pdf_length.to_string(), |e, v| set(&mut e.pdf_length, parse(v, Kind::Number)?)),
    field("LKjIP-PDF", |e| e.pdf.clone(), |e, v| text(&mut e.pdf, v)),
    field("LKjIP-Generator-LKjIP", |e| e.generator.lkjip.clone(), |e, v| text(&mut e.generator.lkjip, v)),
    field("LKjIP-Generator-Typst", |e| e.generator.typst.clone(), |e, v| text(&mut e.generator.typst, v)),
];

/// Labels `release` sets itself that come from the request, not the entry.
const OWN_LABELS: [&str; 2] = ["Bagging-Date", "Payload-Oxum"];

fn text(slot: &mut String, v: &str) -> Result<(), Kind> {
    set(slot, v.to_string())
}

fn set<T>(slot: &mut T, v: T) -> Result<(), Kind> {
    *slot = v;
    Ok(())
}

/// `v` parsed, or the `kind` it is not.
fn parse<T: std::str::FromStr>(v: &str, kind: Kind) -> Result<T, Kind> {
    v.parse().map_err(|_| kind)
}

/// Whether extra bag-info may not use `label`: it is one of the archive's own.
pub(crate) fn is_reserved(label: &str) -> bool {
    label.starts_with("LKjIP-") || OWN_LABELS.contains(&label) || LABELS.iter().any(|l| l.name == label)
}

/// The complete bag-info of `e`, in file order: the bound labels with `Bagging-Date` and
/// `Payload-Oxum` after the first three, then `extra`.
pub(crate) fn bag_info(
    e: &LedgerEntry,
    bagging_date: Tanggal,
    payload_oxum: String,
    extra: &[(String, String)],
) -> Vec<(String, String)> {
    let mut info: Vec<(String, String)> = LABELS.iter().map(|l| (l.name.to_string(), (l.write)(e))).collect();
    info.insert(3, (OWN_LABELS[0].into(), bagging_date.iso()));
    info.insert(4, (OWN_LABELS[1].into(), payload_oxum));
    info.extend(extra.iter().cloned());
    info
}

/// Rebuilds the ledger entry a bag's bag-info describes (`label` looks a label up), with the
/// fields bag-info does not carry given: `prev`, `bag` and the tag manifest's hash.
pub(crate) fn read_entry(
    label: impl Fn(&str) -> Option<String>,
    prev: Sha256,
    bag: &str,
    tagmanifest: Sha256,
) -> anyhow::Result<LedgerEntry> {
    let mut e = LedgerEntry {
        prev,
        report: String::new(),
        instansi: String::new(),
        pemerintah: String::new(),
        jenis: String::new(),
        tahun: 0,
        revision: 0,
        supersedes: None,
        released: String::new(),
        note: None,
        bag: bag.to_string(),
        pdf: String::new(),
        pdf_sha256: Sha256::ZERO,
        pdf_length: 0,
        source_yaml: String::new(),
        source_sha256: Sha256::ZERO,
        tagmanifest_sha256: tagmanifest,
        generator: Generator { lkjip: String::new(), typst: String::new() },
    };
    for l in LABELS {
        if let Some(read) = l.read {
            let issue = |issue| Failure::Orphan { bag: bag.to_owned(), issue: OrphanIssue::BagInfo { issue } };
            let v = label(l.name).ok_or_else(|| issue(FileIssue::NoLabel { label: l.name.to_owned() }))?;
            read(&mut e, &v).map_err(|expected| {
                issue(FileIssue::BadValue { label: l.name.to_owned(), value: v.clone(), expected })
            })?;
        }
    }
    Ok(e)
}

/// Every bound label whose value in the bag (`label`) is not what the entry says: the label,
/// the bag's value (None when absent) and the entry's.
pub(crate) fn disagreements(
    e: &LedgerEntry,
    label: impl Fn(&str) -> Option<String>,
) -> Vec<(&'static str, Option<String>, String)> {
    LABELS
        .iter()
        .filter_map(|l| {
            let want = (l.write)(e);
            match label(l.name) {
                Some(v) if v == want.trim() => None,
                got => Some((l.name, got, want)),
            }
        })
        .collect()
}

/// Checks the bag of `e` (ledger line `n`, 0 for an unrecorded one) completely and against `e`:
/// its manifests, tag-manifest hash, PDF, source digest and every bound label.
pub(crate) fn check_bag(dir: &Path, n: usize, e: &LedgerEntry, problems: &mut Vec<Problem>) {
    let at = At { line: n, revision: e.id() };
    let bag_dir = dir.join(&e.bag);
    let bag = e.bag.clone();
    if !bag_dir.is_dir() {
        problems.push(Problem::BagMissing { bag, at });
        return;
    }
    let c = bag::check(&bag_dir);
    problems.extend(c.problems.iter().map(|i| Problem::Bag { bag: bag.clone(), issue: i.clone() }));
    if c.tagmanifest != Some(e.tagmanifest_sha256) {
        let (expected, found) = (e.tagmanifest_sha256, c.tagmanifest);
        problems.push(Problem::TagmanifestMismatch { bag: bag.clone(), at: at.clone(), expected, found });
    }
    let pdf_rel = e.pdf.strip_prefix(&format!("{}/data/", e.bag)).unwrap_or(&e.pdf);
    match c.payload.get(pdf_rel) {
        Some(b) if b.len() as u64 == e.pdf_length && super::Sha256::of(b) == e.pdf_sha256 => {}
        Some(b) => problems.push(Problem::PdfMismatch {
            pdf: e.pdf.clone(),
            at: at.clone(),
            expected: e.pdf_sha256,
            expected_length: e.pdf_length,
            found: super::Sha256::of(b),
            found_length: b.len() as u64,
        }),
        None => problems.push(Problem::PdfMissing { pdf: e.pdf.clone(), at: at.clone() }),
    }
    let prefix = format!("{}/", bag::SOURCE_DIR);
    let sources: Vec<(&str, &[u8])> =
        c.payload.iter().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|k| (k, v.as_slice()))).collect();
    if !sources.iter().any(|(k, _)| *k == e.source_yaml) {
        problems.push(Problem::YamlMissing { bag: bag.clone(), yaml: e.source_yaml.clone(), at: at.clone() });
    }
    if let Err(m) = source_digest(sources).verify(e.source_sha256) {
        problems.push(Problem::SourceDigest {
            bag: bag.clone(),
            at: at.clone(),
            expected: m.expected,
            found: m.actual,
        });
    }
    for (label, found, expected) in disagreements(e, |l| c.label(l).map(str::to_string)) {
        problems.push(Problem::Label { bag: bag.clone(), at: at.clone(), label: label.to_owned(), expected, found });
    }
}

/// The ledger entry the unrecorded bag `<slug>/r<revision>` would have had, given the current
/// ledger tip; an error when the bag is incomplete or inconsistent in any way.
pub(crate) fn orphan_entry(dir: &Path, slug: &str, revision: u32, tip: Sha256) -> anyhow::Result<LedgerEntry> {
    let bag_rel = format!("{slug}/r{revision}");
    if let Some(m) = super::commit::read(&dir.join(&bag_rel))? {
        return Err(Failure::Orphan { bag: bag_rel, issue: OrphanIssue::Recorded { line: m.line } }.into());
    }
    let c = bag::check(&dir.join(&bag_rel));
    if !c.problems.is_empty() {
        let issues = c.problems.into_iter().map(|issue| Problem::Bag { bag: bag_rel.clone(), issue });
        return Err(BagProblems(issues.collect()).into());
    }
    let orphan = |issue| Failure::Orphan { bag: bag_rel.clone(), issue };
    let tagmanifest = c.tagmanifest.ok_or_else(|| orphan(OrphanIssue::NoTagmanifest))?;
    let entry = read_entry(|l| c.label(l).map(str::to_string), tip, &bag_rel, tagmanifest)?;
    if entry.report != slug || entry.revision != revision {
        return Err(orphan(OrphanIssue::OtherRevision { found: entry.id() }).into());
    }
    if entry.supersedes != (revision > 1).then(|| revision - 1) || (revision > 1 && entry.note.is_none()) {
        return Err(orphan(OrphanIssue::DoesNotFit { revision }).into());
    }
    let mut problems = Vec::new();
    check_bag(dir, 0, &entry, &mut problems);
    if !problems.is_empty() {
        return Err(BagProblems(problems).into());
    }
    Ok(entry)
}
