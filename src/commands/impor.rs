//! `lkjip impor BUKU.xlsx FILE [--coba]`: the values of a filled template into the YAML. Prints
//! every change (old → new) first; refuses the whole import when a cell cannot be read; writes
//! atomically, and not at all when the YAML changed on disk meanwhile.

use std::path::Path;

use super::Verdict;
use super::ekspor::write_atomically;
use crate::cli::ImporArgs;
use crate::diag::Severity;
use crate::input::limits::MAX_YAML_BYTES;
use crate::messages::severity;
use crate::messages::workbook::WorkbookMsg as M;
use crate::show::{self, Ui};
use crate::workbook::impor::rencana;

/// A filled template is small; a larger file is not one.
const MAX_XLSX_BYTES: u64 = 64 * 1024 * 1024;

/// Write `new` over the YAML at `path` atomically, unless its bytes are no longer `original`
/// (someone saved it meanwhile): checked after the new text is on disk, just before the rename.
/// The file keeps its permissions.
pub fn write_if_unchanged(path: &Path, original: &[u8], new: &[u8]) -> Result<(), M> {
    let file = path.display().to_string();
    let unchanged = || match crate::input::read_regular(path, MAX_YAML_BYTES) {
        Ok(Ok(now)) if now == original => Ok(()),
        _ => Err(M::BerubahSementara { file: file.clone() }),
    };
    let mode = std::fs::metadata(path).map(|m| m.permissions()).ok();
    write_atomically(path, new, unchanged)?;
    if let Some(mode) = mode {
        std::fs::set_permissions(path, mode).map_err(|e| M::TakBisaTulis { file, why: e.to_string() })?;
    }
    Ok(())
}

pub fn run(args: &ImporArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let lang = ui.lang;
    let (buku, file) = (args.workbook.display().to_string(), args.file.display().to_string());
    let cannot_read = |f: &str, why: String| anyhow::anyhow!(M::TakBisaBaca { file: f.to_owned(), why }.text(lang));
    let xlsx = match crate::input::read_regular(&args.workbook, MAX_XLSX_BYTES) {
        Ok(Ok(b)) => b,
        Ok(Err(size)) => return Err(cannot_read(&buku, format!("{size} > {MAX_XLSX_BYTES} bytes"))),
        Err(e) => return Err(cannot_read(&buku, e.to_string())),
    };
    let source = match crate::pipeline::read(&args.file)? {
        Ok(s) => s,
        Err(problems) => {
            eprint!("{}", show::problems(&problems, None, ui));
            return Ok(Verdict::No);
        }
    };
    let plan = match rencana(&xlsx, &buku, &source.text, &file) {
        Ok(p) => p,
        Err(errors) => {
            for m in &errors {
                eprintln!("{}: {}", severity(Severity::Error, lang), m.text(lang));
            }
            let refused = errors.iter().filter(|m| !matches!(m, M::BukanXlsx { .. } | M::BukanYaml { .. })).count();
            if refused > 0 {
                eprintln!("{}", M::Ditolak { n: refused, file }.text(lang));
            }
            return Ok(Verdict::No);
        }
    };
    for p in &plan.perubahan {
        println!("{}", p.msg().text(lang));
    }
    let n = plan.perubahan.len();
    if n == 0 {
        eprintln!("{}", M::TakAdaPerubahan { file }.text(lang));
        return Ok(Verdict::Yes);
    }
    if args.coba {
        eprintln!("{}", M::Coba { n, file }.text(lang));
        return Ok(Verdict::Yes);
    }
    match write_if_unchanged(&args.file, source.text.as_bytes(), plan.teks.as_bytes()) {
        Ok(()) => {}
        Err(m @ M::BerubahSementara { .. }) => {
            eprintln!("{}: {}", severity(Severity::Error, lang), m.text(lang));
            return Ok(Verdict::No);
        }
        Err(m) => return Err(anyhow::anyhow!(m.text(lang))),
    }
    if !ui.quiet() {
        eprintln!("{}", M::Ditulis { n, file: file.clone() }.text(lang));
        eprintln!("{}", M::Lanjut { file }.text(lang));
    }
    Ok(Verdict::Yes)
}
