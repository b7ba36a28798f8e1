//! One BagIt 1.0 bag (RFC 8493, SHA-256 manifests): writing it durably, and checking it the way
//! `bagit.py --validate` does (every payload and tag file hashed, Payload-Oxum, no strays).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::failure::{Failure, Io};

use super::findings::BagIssue;
use super::fsio::{self, Step, World};
use super::{Sha256, Source};

/// The exact content of `bagit.txt`.
pub const BAGIT_TXT: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
/// Tag files, in the order they are listed in the tag manifest.
pub const TAG_FILES: [&str; 3] = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"];
pub const TAGMANIFEST: &str = "tagmanifest-sha256.txt";
/// Where the sources go inside `data/`.
pub const SOURCE_DIR: &str = "source";

/// `<total bytes>.<file count>` over the payload.
pub fn payload_oxum(pdf: &[u8], sources: &[Source]) -> String {
    let bytes = pdf.len() as u64 + sources.iter().map(|s| s.len).sum::<u64>();
    format!("{bytes}.{}", sources.len() + 1)
}

fn manifest(files: impl IntoIterator<Item = (String, Sha256)>) -> String {
    let mut lines: Vec<String> = files.into_iter().map(|(p, h)| format!("{h}  {p}\n")).collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

/// Builds the bag in `bag` (which must not exist): payload `data/<pdf_name>` and
/// `data/source/<name>`, then the tag files, every file and directory fsynced. Sources not
/// held in memory are read one at a time and refused if they changed (see [`Source::bytes`]).
/// Returns the SHA-256 of the tag manifest.
pub fn write(
    bag: &Path,
    pdf_name: &str,
    pdf: &[u8],
    sources: &[Source],
    info: &[(String, String)],
    world: &dyn World,
) -> anyhow::Result<Sha256> {
    fs::create_dir(bag).map_err(Failure::io(Io::Create, bag))?;
    fsio::checkpoint(world, Step::TempDirCreated)?;
    let data = bag.join("data");
    let mut dirs = vec![bag.to_path_buf(), data.clone()];
    fs::create_dir(&data).map_err(Failure::io(Io::Create, &data))?;
    fsio::write_new(&data.join(pdf_name), pdf)?;
    for s in sources {
        let path = data.join(SOURCE_DIR).join(&s.name);
        let parent = path.parent().expect("a source path has a parent").to_path_buf();
        if !parent.is_dir() {
            fs::create_dir_all(&parent).map_err(Failure::io(Io::Create, &parent))?;
        }
        let mut p = parent.as_path();
        while p != data && !dirs.iter().any(|d| d == p) {
            dirs.push(p.to_path_buf());
            p = p.parent().expect("inside data/");
        }
        fsio::write_new(&path, &s.bytes()?)?;
    }
    fsio::checkpoint(world, Step::PayloadWritten)?;

    let payload = std::iter::once((format!("data/{pdf_name}"), Sha256::of(pdf)))
        .chain(sources.iter().map(|s| (format!("data/{SOURCE_DIR}/{}", s.name), s.sha256)));
    let manifest_txt = manifest(payload);
    let info_txt: String = info.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
    let tags = [info_txt.as_bytes(), BAGIT_TXT.as_bytes(), manifest_txt.as_bytes()];
    for (name, bytes) in TAG_FILES.iter().zip(tags) {
        fsio::write_new(&bag.join(name), bytes)?;
    }
    let tagmanifest = manifest(TAG_FILES.iter().map(|n| n.to_string()).zip(tags.map(Sha256::of)));
    fsio::write_new(&bag.join(TAGMANIFEST), tagmanifest.as_bytes())?;
    fsio::checkpoint(world, Step::TagFilesWritten)?;

    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in &dirs {
        fsio::sync_dir(d)?;
    }
    fsio::checkpoint(world, Step::BagSynced)?;
    Ok(Sha256::of(tagmanifest.as_bytes()))
}

/// What a bag holds, as far as it could be read, and what is wrong with it.
#[derive(Debug, Default)]
pub struct BagCheck {
    pub problems: Vec<BagIssue>,
    /// bag-info.txt labels in file order.
    pub info: Vec<(String, String)>,
    pub tagmanifest: Option<Sha256>,
    /// Payload files by path relative to `data/`, with their bytes.
    pub payload: BTreeMap<String, Vec<u8>>,
}

impl BagCheck {
    /// The value of bag-info label `label`, if present once or more (first wins).
    pub fn label(&self, label: &str) -> Option<&str> {
        self.info.iter().find(|(k, _)| k == label).map(|(_, v)| v.as_str())
    }
}

fn parse_manifest(text: &str, name: &str, problems: &mut Vec<BagIssue>) -> Vec<(Sha256, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match line.split_once(char::is_whitespace).map(|(h, p)| (h.parse::<Sha256>(), p.trim_start())) {
            Some((Ok(h), p)) if !p.is_empty() => out.push((h, p.to_string())),
            _ => problems.push(BagIssue::ManifestLine { manifest: name.to_owned(), line: i + 1 }),
        }
    }
    out
}

/// The files under `root/rel`, by path relative to `root`; `shown` is `root` relative to the bag.
fn walk(root: &Path, shown: &str, rel: &str, out: &mut BTreeMap<String, Vec<u8>>, problems: &mut Vec<BagIssue>) {
    let dir = if rel.is_empty() { root.to_path_buf() } else { root.join(rel) };
    let in_bag = |r: &str| if r.is_empty() { shown.to_owned() } else { format!("{shown}/{r}") };
    let Ok(rd) = fs::read_dir(&dir) else {
        problems.push(BagIssue::DirUnreadable { dir: in_bag(rel) });
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let sub = if rel.is_empty() { name } else { format!("{rel}/{name}") };
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(root, shown, &sub, out, problems),
            Ok(t) if t.is_file() => match fs::read(e.path()) {
                Ok(b) => {
                    out.insert(sub, b);
                }
                Err(err) => problems.push(BagIssue::Unreadable { file: in_bag(&sub), detail: err.to_string() }),
            },
            _ => problems.push(BagIssue::NotAFile { path: in_bag(&sub) }),
        }
    }
}

/// Checks the bag at `bag` completely (like `bagit.py --validate`, not `--fast`). Paths in
/// the findings are relative to the bag.
pub fn check(bag: &Path) -> BagCheck {
    let mut c = BagCheck::default();
    let read = |name: &str, problems: &mut Vec<BagIssue>| match fs::read(bag.join(name)) {
        Ok(b) => Some(b),
        Err(e) => {
            problems.push(BagIssue::Unreadable { file: name.to_owned(), detail: e.to_string() });
            None
        }
    };
    if let Some(b) = read("bagit.txt", &mut c.problems).filter(|b| b != BAGIT_TXT.as_bytes()) {
        c.problems.push(BagIssue::NotBagit { bytes: b.len() });
    }
    if let Some(b) = read("bag-info.txt", &mut c.problems) {
        for (i, line) in String::from_utf8_lossy(&b).lines().enumerate() {
            match line.split_once(':') {
                Some((k, v)) if !k.is_empty() && !k.starts_with(char::is_whitespace) => {
                    c.info.push((k.to_string(), v.trim().to_string()))
                }
                _ => c.problems.push(BagIssue::BagInfoLine { line: i + 1 }),
            }
        }
    }
    // Tag manifest: every listed file hashes right, and it lists every tag file.
    if let Some(b) = read(TAGMANIFEST, &mut c.problems) {
        c.tagmanifest = Some(Sha256::of(&b));
        let listed = parse_manifest(&String::from_utf8_lossy(&b), TAGMANIFEST, &mut c.problems);
        for (h, p) in &listed {
            let (file, manifest) = (p.clone(), TAGMANIFEST.to_owned());
            match fs::read(bag.join(p)) {
                Ok(bytes) if Sha256::of(&bytes) == *h => {}
                Ok(bytes) => {
                    c.problems.push(BagIssue::HashMismatch { file, manifest, expected: *h, found: Sha256::of(&bytes) })
                }
                Err(e) => c.problems.push(BagIssue::ListedUnreadable { file, manifest, detail: e.to_string() }),
            }
        }
        for t in TAG_FILES {
            if !listed.iter().any(|(_, p)| p == t) {
                c.problems.push(BagIssue::TagFileNotListed { manifest: TAGMANIFEST.to_owned(), file: (*t).to_owned() });
            }
        }
    }
    // Payload manifest against the files actually under data/.
    let mut files = BTreeMap::new();
    walk(&bag.join("data"), "data", "", &mut files, &mut c.problems);
    let manifest = "manifest-sha256.txt";
    if let Some(b) = read(manifest, &mut c.problems) {
        let listed = parse_manifest(&String::from_utf8_lossy(&b), manifest, &mut c.problems);
        for (h, p) in &listed {
            let (file, m) = (p.clone(), manifest.to_owned());
            match p.strip_prefix("data/").and_then(|rel| files.get(rel)) {
                Some(bytes) if Sha256::of(bytes) == *h => {}
                Some(bytes) => c.problems.push(BagIssue::HashMismatch {
                    file,
                    manifest: m,
                    expected: *h,
                    found: Sha256::of(bytes),
                }),
                None => c.problems.push(BagIssue::ListedMissing { file, manifest: m }),
            }
        }
        for rel in files.keys() {
            if !listed.iter().any(|(_, p)| p.strip_prefix("data/") == Some(rel)) {
                c.problems.push(BagIssue::NotListed { file: format!("data/{rel}"), manifest: manifest.to_owned() });
            }
        }
    }
    let oxum = format!("{}.{}", files.values().map(|b| b.len() as u64).sum::<u64>(), files.len());
    match c.label("Payload-Oxum") {
        Some(v) if v == oxum => {}
        Some(v) => c.problems.push(BagIssue::Oxum { recorded: v.to_owned(), found: oxum }),
        None => c.problems.push(BagIssue::NoOxum),
    }
    // Nothing else at the top of the bag.
    if let Ok(rd) = fs::read_dir(bag) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            let own = [TAGMANIFEST, super::commit::MARKER_FILE, super::commit::TOKEN_FILE].contains(&n.as_str());
            if n != "data" && !own && !TAG_FILES.contains(&n.as_str()) {
                c.problems.push(BagIssue::Unexpected { file: n });
            }
        }
    }
    c.payload = files;
    c
}
