//! Who reports and what the report is called: the kind of instansi against its government's
//! level, and the document kind's full name (LKjIP, LKIP, LKj, LAKIP or the data's own).

use crate::diag::{Problem, Severity};
use crate::input::types::{Dokumen, JenisInstansi, Lkjip, Tingkat};
use crate::messages::Msg;
use crate::messages::anggaran::AnggaranMsg;

/// The kinds every government uses, with their full names.
pub const JENIS: &[(&str, &str)] = &[
    ("LKjIP", "Laporan Kinerja Instansi Pemerintah"),
    ("LKIP", "Laporan Kinerja Instansi Pemerintah"),
    ("LKj", "Laporan Kinerja"),
    ("LAKIP", "Laporan Akuntabilitas Kinerja Instansi Pemerintah"),
];

/// The document kind's full name: the data's `judul`, else the known kind's.
pub fn judul(d: &Dokumen) -> Option<String> {
    d.judul.clone().or_else(|| JENIS.iter().find(|(j, _)| *j == d.jenis).map(|(_, n)| (*n).to_owned()))
}

fn jenis_word(j: JenisInstansi) -> &'static str {
    match j {
        JenisInstansi::PerangkatDaerah => "perangkat_daerah",
        JenisInstansi::PemerintahDaerah => "pemerintah_daerah",
        JenisInstansi::KementerianLembaga => "kementerian_lembaga",
        JenisInstansi::UnitKerja => "unit_kerja",
    }
}

pub(super) fn check(doc: &Lkjip, problems: &mut Vec<Problem>) {
    let d = &doc.dokumen;
    if judul(d).is_none() {
        let known = JENIS.iter().map(|(j, _)| *j).collect::<Vec<_>>().join(", ");
        problems.push(Problem::said(
            Severity::Error,
            "dokumen.jenis",
            Msg::Anggaran(AnggaranMsg::JenisTanpaJudul { jenis: d.jenis.clone(), known }),
        ));
    }
    let i = &doc.instansi;
    let pusat = i.pemerintah.tingkat == Tingkat::Pusat;
    let wants_pusat = matches!(i.jenis, JenisInstansi::KementerianLembaga | JenisInstansi::UnitKerja);
    if pusat != wants_pusat {
        problems.push(Problem::said(
            Severity::Error,
            "instansi.pemerintah.tingkat",
            Msg::Anggaran(AnggaranMsg::JenisTingkat { jenis: jenis_word(i.jenis), pusat: wants_pusat }),
        ));
    }
}
