//! `lkjip impor BUKU.xlsx FILE [--coba]`: the values of a filled template into the YAML. Prints
//! every change (old → new) first; refuses the whole import when a cell cannot be read; writes
//! atomically, and not at all when the YAML changed on disk meanwhile.

use super::Verdict;
use crate::cli::ImporArgs;
use crate::diag::Severity;
use crate::messages::severity;
use crate::messages::workbook::WorkbookMsg as M;
use crate::show::{self, Ui};
use crate::workbook::impor::{rencana, write_if_unchanged};

/// A filled template is small; a larger file is not one.
const MAX_XLSX_BYTES: u64 = 64 * 1024 * 1024;

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
