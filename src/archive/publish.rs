//! `publish`: a static folder that verifies a PDF without lkjip: one HTML page, its
//! JavaScript, the ledger (as `ledger.jsonl` and, loadable from `file://`, as `ledger.js`).
//! The page hashes a dropped PDF with WebCrypto; no server, no network, no CDN.

use std::fs;
use std::path::Path;

use super::failure::{Failure, Io};

use super::findings::{Refusal, Refused};
use super::fsio;
use super::ledger::{self, LEDGER_FILE};

const INDEX_HTML: &str = include_str!("publikasi/index.html");
const PERIKSA_JS: &str = include_str!("publikasi/periksa.js");

/// What `publish` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub revisions: usize,
    pub head: super::Sha256,
    /// The files written, relative to the output folder.
    pub files: Vec<&'static str>,
}

/// Writes the verification page for the archive `dir` into `out` (which must not exist, or be
/// an empty folder). Refuses an archive that does not audit clean.
pub fn publish(dir: &Path, out: &Path) -> anyhow::Result<Published> {
    let led = ledger::read_clean(dir)?;
    let audit = super::audit(dir)?;
    if !audit.problems.is_empty() {
        return Err(Refused { dir: dir.to_path_buf(), refusal: Refusal::Publish, problems: audit.problems }.into());
    }
    if out.exists() && fs::read_dir(out).map_err(Failure::io(Io::Read, out))?.next().is_some() {
        return Err(Failure::NotEmpty { dir: out.to_path_buf() }.into());
    }
    fsio::ensure_dir(out)?;
    let text = String::from_utf8(led.bytes.clone()).map_err(|_| Failure::LedgerNotUtf8)?;
    let ledger_js = format!(
        "// The archive's ledger, byte for byte as ledger.jsonl (a script, so that file:// pages can load it).\nwindow.LKJIP_LEDGER = {};\n",
        serde_json::to_string(&text)?
    );
    let files: [(&'static str, &[u8]); 4] = [
        ("index.html", INDEX_HTML.as_bytes()),
        ("periksa.js", PERIKSA_JS.as_bytes()),
        ("ledger.js", ledger_js.as_bytes()),
        (LEDGER_FILE, &led.bytes),
    ];
    for (name, bytes) in files {
        fsio::write_new(&out.join(name), bytes)?;
    }
    fsio::sync_dir(out)?;
    Ok(Published { revisions: led.entries.len(), head: led.tip(), files: files.map(|(n, _)| n).to_vec() })
}
