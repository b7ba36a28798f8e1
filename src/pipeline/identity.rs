//! What the archive records of a report and of what made it: the report's identity, from the
//! checked model, and the versions of the programs that produce its bytes.

use crate::archive;
use crate::model::Report;

/// The versions of what produces the PDF bytes.
pub fn generator() -> archive::Generator {
    archive::Generator { lkjip: env!("CARGO_PKG_VERSION").to_owned(), typst: typst::utils::version().raw().to_owned() }
}

/// The report's identity in the archive, from the checked model (not from how the cover prints
/// it: a change of presentation must not start a new revision history).
pub fn report_id(report: &Report) -> archive::ReportId {
    let d = &report.doc;
    archive::ReportId {
        instansi: d.instansi.nama.clone(),
        pemerintah: report.pemerintah(),
        jenis: d.dokumen.jenis.clone(),
        tahun: d.dokumen.tahun,
    }
}
