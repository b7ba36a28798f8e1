//! The report as a checked whole: ids resolved, scales checked, dates parsed.
//!
//! A [`Report`] exists only when [`check`] found no error, so everything downstream can
//! rely on it (ids exist, the report year has targets, bands have no gaps). Pure: no I/O.
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

pub mod anggaran;
mod checks;
pub mod jenis;
mod limits;
pub mod markers;
pub mod scale;
pub mod sisipan;
mod ukur;
mod wajar;
pub mod walk;

use std::collections::HashMap;

use crate::diag::{Problem, Severity};
use crate::input::types::{Indikator, Kegiatan, Lkjip, Program, Sasaran, SubKegiatan, Tahun, Tingkat, Tujuan};
use crate::messages::Msg;
use crate::model::scale::{Scale, default_skala};
use crate::value::tanggal::Tanggal;
pub use anggaran::{AnggaranKegiatan, AnggaranProgram, Dana};

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Tujuan(usize),
    Sasaran(usize, usize),
    /// Index into [`Report::indikator`].
    Indikator(usize),
    Program(usize),
    Kegiatan(usize, usize),
    SubKegiatan(usize, usize, usize),
}

/// Where an indicator hangs: under a tujuan directly or under one of its sasaran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndikatorRef {
    pub tujuan: usize,
    pub sasaran: Option<usize>,
    pub index: usize,
    pub path: String,
}

#[derive(Debug)]
pub struct Report {
    pub doc: Lkjip,
    pub tanggal: Tanggal,
    /// Decimals shown for computed percentages.
    pub dp: u32,
    pub status: Scale,
    pub kategori: Scale,
    /// Categories of budget absorption, when the data declares them (`skala.serapan`).
    pub serapan: Option<Scale>,
    /// Every indicator in document order.
    pub indikator: Vec<IndikatorRef>,
    /// Every program's budget tree, the figures not written derived from their children.
    pub anggaran: Vec<AnggaranProgram>,
    ids: HashMap<String, Entity>,
}

impl Report {
    pub fn tahun(&self) -> Tahun {
        self.doc.dokumen.tahun
    }
    /// The government the agency belongs to, named from the data: "Kota Pekalongan", "Provinsi
    /// Jawa Tengah"; for the central government its kementerian or lembaga as written. Part of
    /// the report's identity in the archive (with the agency, the kind and the year): changing
    /// what this returns starts a new revision history for every report, so the cover's way of
    /// printing the name (`present`) must never be the source of it.
    pub fn pemerintah(&self) -> String {
        let p = &self.doc.instansi.pemerintah;
        let t = match p.tingkat {
            Tingkat::Kota => "Kota",
            Tingkat::Kabupaten => "Kabupaten",
            Tingkat::Provinsi => "Provinsi",
            Tingkat::Pusat => return p.nama.clone(),
        };
        format!("{t} {}", p.nama)
    }
    pub fn entity(&self, id: &str) -> Option<Entity> {
        self.ids.get(id).copied()
    }
    pub fn indikator_at(&self, r: &IndikatorRef) -> &Indikator {
        let t = &self.doc.perencanaan.tujuan[r.tujuan];
        match r.sasaran {
            Some(s) => &t.sasaran[s].indikator[r.index],
            None => &t.indikator[r.index],
        }
    }
    pub fn tujuan(&self, i: usize) -> &Tujuan {
        &self.doc.perencanaan.tujuan[i]
    }
    pub fn sasaran(&self, t: usize, s: usize) -> &Sasaran {
        &self.doc.perencanaan.tujuan[t].sasaran[s]
    }
    pub fn program(&self, p: usize) -> &Program {
        &self.doc.program[p]
    }
    pub fn kegiatan(&self, p: usize, k: usize) -> &Kegiatan {
        &self.doc.program[p].kegiatan[k]
    }
    pub fn sub_kegiatan(&self, p: usize, k: usize, s: usize) -> &SubKegiatan {
        &self.doc.program[p].kegiatan[k].sub_kegiatan[s]
    }
    /// The pagu and realisasi of a kegiatan (written, or the sums of its sub kegiatan).
    pub fn dana_kegiatan(&self, p: usize, k: usize) -> Dana {
        self.anggaran[p].kegiatan[k].dana
    }
    pub fn dana_sub(&self, p: usize, k: usize, s: usize) -> Dana {
        self.anggaran[p].kegiatan[k].sub[s]
    }
    /// A program's pagu (written, or the sum of its kegiatan).
    pub fn pagu_program(&self, p: usize) -> rust_decimal::Decimal {
        self.anggaran[p].pagu
    }
    /// The indicator index of an id, if it names an indicator.
    pub fn indikator_index(&self, id: &str) -> Option<usize> {
        match self.entity(id)? {
            Entity::Indikator(i) => Some(i),
            _ => None,
        }
    }
}

/// Check a parsed file. Returns the report when there is no error, and every problem
/// (errors and warnings) found.
pub fn check(doc: Lkjip) -> (Option<Report>, Vec<Problem>) {
    let mut problems = Vec::new();
    checks::blanks(&doc, &mut problems);
    let dp = doc.dokumen.desimal.unwrap_or(2);
    if dp > 6 {
        problems.push(Problem::said(Severity::Error, "dokumen.desimal", Msg::TooManyDecimals { dp }));
    }
    let dp = dp.min(6);
    if let Some(ppi) = doc.dokumen.ppi.filter(|p| !crate::render::resample::PPI_RANGE.contains(p)) {
        problems.push(Problem::said(Severity::Error, "dokumen.ppi", Msg::PpiOutOfRange { ppi }));
    }
    let tanggal = Tanggal::parse(doc.dokumen.tanggal.trim());
    if tanggal.is_none() {
        problems.push(Problem::said(
            Severity::Error,
            "dokumen.tanggal",
            Msg::BadDate { value: doc.dokumen.tanggal.clone() },
        ));
    }

    let (ids, indikator) = checks::index(&doc, &mut problems);
    limits::check(&doc, indikator.len(), &mut problems);
    let skala = doc.akuntabilitas.skala.clone().unwrap_or_else(|| default_skala(dp));
    let mut scale = |bands, path: &str| Scale::from_input(bands, dp, path).map_err(|e| problems.extend(e)).ok();
    let status = scale(&skala.status, "akuntabilitas.skala.status");
    let kategori = scale(&skala.kategori, "akuntabilitas.skala.kategori");
    let serapan = skala.serapan.as_ref().map(|b| scale(b, "akuntabilitas.skala.serapan"));
    for (s, path) in
        [(&status, "status"), (&kategori, "kategori")].into_iter().chain(serapan.as_ref().map(|s| (s, "serapan")))
    {
        if let Some(s) = s {
            problems.extend(s.warnings(&format!("akuntabilitas.skala.{path}")));
        }
    }
    ukur::eka(&doc, &mut problems);

    checks::years(&doc, &indikator, &mut problems);
    checks::references(&doc, &ids, &mut problems);
    let anggaran = anggaran::check(&doc, &mut problems);
    checks::budgets(&doc, &anggaran, &mut problems);
    wajar::check(&doc, &anggaran, &indikator, &mut problems);
    ukur::triwulan_anggaran(&doc, &anggaran, &mut problems);
    ukur::perbandingan(&doc, &mut problems);
    checks::people_and_files(&doc, &mut problems);
    jenis::check(&doc, &mut problems);
    markers::signatories(&doc, &mut problems);
    sisipan::check(&doc, &mut problems);
    checks::drop_echoes_of_blanks(&mut problems);

    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    let report = match (tanggal, status, kategori, serapan) {
        (Some(tanggal), Some(status), Some(kategori), serapan) if !has_errors => {
            let serapan = serapan.flatten();
            Some(Report { doc, tanggal, dp, status, kategori, serapan, indikator, anggaran, ids })
        }
        _ => None,
    };
    (report, problems)
}
