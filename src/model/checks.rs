//! The semantic checks of a report file; each pushes problems named by field path.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::{Entity, IndikatorRef, walk};
use crate::diag::{Problem, Severity};
use crate::formula::ukur::Sisi;
use crate::input::types::Lkjip;
use crate::messages::Msg;
use crate::messages::anggaran::AnggaranMsg;
use crate::messages::input::{InputMsg, OverflowOf};
use crate::messages::ukur::UkurMsg;
use crate::value::nip::Nip;
use crate::value::tanggal::Tanggal;

/// Register every id (one namespace, so placeholders are unambiguous) and list indicators.
pub(super) fn index(doc: &Lkjip, problems: &mut Vec<Problem>) -> (HashMap<String, Entity>, Vec<IndikatorRef>) {
    let mut ids: HashMap<String, Entity> = HashMap::new();
    let mut first_path: HashMap<String, String> = HashMap::new();
    let mut indikator = Vec::new();
    let mut add = |id: &str, path: String, e: Entity, problems: &mut Vec<Problem>| {
        let reserved = ["ringkasan", "keuangan", "tahun"];
        if id.is_empty() || !id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            problems.push(Problem::said(Severity::Error, format!("{path}.id"), Msg::IdChars { id: id.to_owned() }));
        } else if reserved.contains(&id) {
            problems.push(Problem::said(Severity::Error, format!("{path}.id"), Msg::IdReserved { id: id.to_owned() }));
        } else if let Some(first) = first_path.get(id) {
            problems.push(Problem::said(
                Severity::Error,
                format!("{path}.id"),
                Msg::DuplicateId { id: id.to_owned(), first: first.clone() },
            ));
        } else {
            first_path.insert(id.to_owned(), path);
            ids.insert(id.to_owned(), e);
        }
    };
    for (t, tujuan) in doc.perencanaan.tujuan.iter().enumerate() {
        let tp = format!("perencanaan.tujuan[{t}]");
        add(&tujuan.id, tp.clone(), Entity::Tujuan(t), problems);
        for (i, ind) in tujuan.indikator.iter().enumerate() {
            let path = format!("{tp}.indikator[{i}]");
            add(&ind.id, path.clone(), Entity::Indikator(indikator.len()), problems);
            indikator.push(IndikatorRef { tujuan: t, sasaran: None, index: i, path });
        }
        for (s, sasaran) in tujuan.sasaran.iter().enumerate() {
            let sp = format!("{tp}.sasaran[{s}]");
            add(&sasaran.id, sp.clone(), Entity::Sasaran(t, s), problems);
            if sasaran.indikator.is_empty() {
                problems.push(Problem::said(Severity::Error, format!("{sp}.indikator"), Msg::SasaranWithoutIndicator));
            }
            for (i, ind) in sasaran.indikator.iter().enumerate() {
                let path = format!("{sp}.indikator[{i}]");
                add(&ind.id, path.clone(), Entity::Indikator(indikator.len()), problems);
                indikator.push(IndikatorRef { tujuan: t, sasaran: Some(s), index: i, path });
            }
        }
    }
    for (p, program) in doc.program.iter().enumerate() {
        add(&program.id, format!("program[{p}]"), Entity::Program(p), problems);
        for (k, kegiatan) in program.kegiatan.iter().enumerate() {
            add(&kegiatan.id, format!("program[{p}].kegiatan[{k}]"), Entity::Kegiatan(p, k), problems);
            for (s, sub) in kegiatan.sub_kegiatan.iter().enumerate() {
                let path = format!("program[{p}].kegiatan[{k}].sub_kegiatan[{s}]");
                add(&sub.id, path, Entity::SubKegiatan(p, k, s), problems);
            }
        }
    }
    (ids, indikator)
}

/// Every text left empty (`""` or blank) is an error naming its field: that is how a
/// scaffold from `lkjip init` marks what is still to be filled in.
pub(super) fn blanks(doc: &Lkjip, problems: &mut Vec<Problem>) {
    for (path, text) in walk::strings(doc) {
        if text.trim().is_empty() {
            problems.push(Problem::said(Severity::Error, path, Msg::Empty));
        }
    }
}

/// An empty spot explains every other problem found at it (a bad date, an unknown id):
/// keep only the request to fill it in.
pub(super) fn drop_echoes_of_blanks(problems: &mut Vec<Problem>) {
    let blank: HashSet<String> =
        problems.iter().filter(|p| p.said == Some(Msg::Empty)).map(|p| p.path.clone()).collect();
    problems.retain(|p| p.said == Some(Msg::Empty) || !blank.contains(&p.path));
}

pub(super) fn years(doc: &Lkjip, indikator: &[IndikatorRef], problems: &mut Vec<Problem>) {
    let r = &doc.perencanaan.renstra;
    let tahun = doc.dokumen.tahun;
    if r.awal > r.akhir {
        problems.push(Problem::said(
            Severity::Error,
            "perencanaan.renstra.akhir",
            Msg::RenstraOrder { awal: r.awal, akhir: r.akhir },
        ));
    }
    if tahun < r.awal || tahun > r.akhir {
        problems.push(
            Problem::said(
                Severity::Error,
                "dokumen.tahun",
                Msg::OutsideRenstra { year: tahun, awal: r.awal, akhir: r.akhir },
            )
            .with_hint_said(Msg::Anggaran(AnggaranMsg::PetunjukTahunLaporan { akhir: r.akhir })),
        );
    }
    for ir in indikator {
        let t = &doc.perencanaan.tujuan[ir.tujuan];
        let ind = match ir.sasaran {
            Some(s) => &t.sasaran[s].indikator[ir.index],
            None => &t.indikator[ir.index],
        };
        let ada = |sisi, y| matches!(crate::formula::ukur::nilai(ind, sisi, y), Ok(Some(_)) | Err(_));
        for (field, years) in super::ukur::tahun_tertulis(ind) {
            for year in years {
                // realisations before the Renstra are history (the comparison over the years)
                let history = field == "realisasi" && year < r.awal;
                if (year < r.awal && !history) || year > r.akhir {
                    problems.push(
                        Problem::said(
                            Severity::Error,
                            format!("{}.{field}.{year}", ir.path),
                            Msg::OutsideRenstra { year, awal: r.awal, akhir: r.akhir },
                        )
                        .with_hint_said(Msg::Anggaran(AnggaranMsg::PetunjukTahunNilai { awal: r.awal })),
                    );
                }
            }
        }
        if !ada(Sisi::Target, tahun) && !ind.tanpa_target.contains(&tahun) {
            problems.push(
                Problem::said(Severity::Error, format!("{}.target", ir.path), Msg::NoTarget { year: tahun })
                    .with_hint_said(Msg::Ukur(UkurMsg::TanpaTargetHint { year: tahun })),
            );
        }
        if !ada(Sisi::Realisasi, tahun) {
            problems.push(Problem::said(
                Severity::Warning,
                format!("{}.realisasi", ir.path),
                Msg::NoRealisasi { year: tahun },
            ));
        }
        if ind.target_akhir.is_none() && !ada(Sisi::Target, r.akhir) {
            problems.push(Problem::said(
                Severity::Error,
                format!("{}.target_akhir", ir.path),
                Msg::NoEndTarget { akhir: r.akhir },
            ));
        }
        super::ukur::check(ind, &ir.path, problems);
    }
}

pub(super) fn references(doc: &Lkjip, ids: &HashMap<String, Entity>, problems: &mut Vec<Problem>) {
    let pk = &doc.perencanaan.perjanjian_kinerja;
    let path = "perencanaan.perjanjian_kinerja";
    let expect = |list: &[String], field: &str, want: &str, ok: fn(Entity) -> bool, problems: &mut Vec<Problem>| {
        let mut seen = HashSet::new();
        for (i, id) in list.iter().enumerate() {
            let at = format!("{field}[{i}]");
            match ids.get(id) {
                None => problems.push(Problem::said(
                    Severity::Error,
                    at,
                    Msg::UnknownRef { what: want.to_owned(), id: id.clone() },
                )),
                Some(e) if !ok(*e) => problems.push(Problem::said(
                    Severity::Error,
                    at,
                    Msg::NotA { what: want.to_owned(), id: id.clone() },
                )),
                _ if !seen.insert(id) => {
                    problems.push(Problem::said(Severity::Error, at, Msg::ListedTwice { id: id.clone() }))
                }
                _ => {}
            }
        }
    };
    expect(&pk.indikator, &format!("{path}.indikator"), "indicator", |e| matches!(e, Entity::Indikator(_)), problems);
    expect(&pk.program, &format!("{path}.program"), "program", |e| matches!(e, Entity::Program(_)), problems);
    let mut analysed: HashMap<&str, usize> = HashMap::new();
    for (i, a) in doc.akuntabilitas.analisis_sasaran.iter().enumerate() {
        let at = format!("akuntabilitas.analisis_sasaran[{i}]");
        match ids.get(&a.sasaran) {
            None => problems.push(Problem::said(
                Severity::Error,
                format!("{at}.sasaran"),
                Msg::UnknownRef { what: "sasaran".into(), id: a.sasaran.clone() },
            )),
            Some(Entity::Sasaran(..)) => {
                if let Some(first) = analysed.insert(&a.sasaran, i) {
                    problems.push(Problem::said(
                        Severity::Error,
                        format!("{at}.sasaran"),
                        Msg::AnalysedTwice { id: a.sasaran.clone(), first },
                    ));
                }
            }
            Some(_) => problems.push(Problem::said(
                Severity::Error,
                format!("{at}.sasaran"),
                Msg::NotA { what: "sasaran".into(), id: a.sasaran.clone() },
            )),
        }
        let kegiatan_or_sub = |e| matches!(e, Entity::Kegiatan(..) | Entity::SubKegiatan(..));
        expect(&a.kegiatan, &format!("{at}.kegiatan"), "kegiatan", kegiatan_or_sub, problems);
        // a sub kegiatan and its kegiatan both linked: its budget would count twice
        for (j, id) in a.kegiatan.iter().enumerate() {
            if let Some(Entity::SubKegiatan(p, k, _)) = ids.get(id) {
                let parent = &doc.program[*p].kegiatan[*k].id;
                if a.kegiatan.contains(parent) {
                    problems.push(Problem::said(
                        Severity::Error,
                        format!("{at}.kegiatan[{j}]"),
                        Msg::Anggaran(crate::messages::anggaran::AnggaranMsg::IndukJugaTerkait {
                            id: id.clone(),
                            parent: parent.clone(),
                        }),
                    ));
                }
            }
        }
    }
    for (t, tujuan) in doc.perencanaan.tujuan.iter().enumerate() {
        for (s, sasaran) in tujuan.sasaran.iter().enumerate() {
            if !analysed.contains_key(sasaran.id.as_str()) {
                problems.push(Problem::said(
                    Severity::Warning,
                    format!("perencanaan.tujuan[{t}].sasaran[{s}]"),
                    Msg::NoAnalysis { id: sasaran.id.clone() },
                ));
            }
        }
    }
}

pub(super) fn money(path: String, v: Decimal, problems: &mut Vec<Problem>) {
    if v.is_sign_negative() && !v.is_zero() {
        problems.push(Problem::said(Severity::Error, path, Msg::NegativeMoney { value: v.to_string() }));
    }
}

pub(super) fn over(path: String, pagu: Decimal, realisasi: Decimal, problems: &mut Vec<Problem>) {
    if realisasi > pagu {
        problems.push(Problem::said(
            Severity::Warning,
            path,
            Msg::AbovePagu { realisasi: realisasi.to_string(), pagu: pagu.to_string() },
        ));
    }
}

/// The checked sum of `values`, or a problem at `path` naming what overflowed.
pub(super) fn sum(
    values: impl IntoIterator<Item = Decimal>,
    path: &str,
    what: OverflowOf,
    problems: &mut Vec<Problem>,
) -> Option<Decimal> {
    let s = crate::formula::sum(values).ok();
    if s.is_none() {
        problems.push(Problem::said(Severity::Error, path, Msg::Input(InputMsg::Overflow { what })));
    }
    s
}

/// The financial accountability, and the PK's programs against it (the budget tree itself is
/// checked by [`super::anggaran`]).
pub(super) fn budgets(doc: &Lkjip, anggaran: &[super::anggaran::AnggaranProgram], problems: &mut Vec<Problem>) {
    let k = &doc.akuntabilitas.keuangan;
    for (name, a) in
        [("pendapatan", &k.pendapatan), ("belanja_operasi", &k.belanja_operasi), ("belanja_modal", &k.belanja_modal)]
    {
        let at = format!("akuntabilitas.keuangan.{name}");
        money(format!("{at}.pagu"), a.pagu.value(), problems);
        money(format!("{at}.realisasi"), a.realisasi.value(), problems);
        if name != "pendapatan" {
            over(format!("{at}.realisasi"), a.pagu.value(), a.realisasi.value(), problems);
        }
    }
    let pk =
        doc.perencanaan.perjanjian_kinerja.program.iter().filter_map(|id| doc.program.iter().position(|p| &p.id == id));
    let pk_path = "perencanaan.perjanjian_kinerja.program";
    let pk_total = sum(pk.filter_map(|p| anggaran.get(p)).map(|a| a.pagu), pk_path, OverflowOf::SumPagu, problems);
    let belanja = [k.belanja_operasi.pagu.value(), k.belanja_modal.pagu.value()];
    let belanja = sum(belanja, "akuntabilitas.keuangan", OverflowOf::SumPagu, problems);
    let realisasi = [k.belanja_operasi.realisasi.value(), k.belanja_modal.realisasi.value()];
    sum(realisasi, "akuntabilitas.keuangan", OverflowOf::SumRealisasi, problems);
    let (Some(pk_total), Some(belanja)) = (pk_total, belanja) else { return };
    // a government's own PK lists the programs of its IKU, not the whole APBD
    let pemda = doc.instansi.jenis == crate::input::types::JenisInstansi::PemerintahDaerah;
    if pk_total != belanja && !pemda {
        problems.push(Problem::said(
            Severity::Warning,
            "akuntabilitas.keuangan",
            Msg::NotReconciled { pk: pk_total.to_string(), belanja: belanja.to_string() },
        ));
    }
}

pub(super) fn people_and_files(doc: &Lkjip, problems: &mut Vec<Problem>) {
    let mut nip = |path: &str, v: &Option<String>| {
        if let Some(v) = v
            && Nip::parse(v).is_none()
        {
            problems.push(Problem::said(Severity::Error, path, Msg::BadNip { value: v.clone() }));
        }
    };
    nip("penandatangan.nip", &doc.penandatangan.nip);
    if let Some(p2) = &doc.perencanaan.perjanjian_kinerja.pihak_kedua {
        nip("perencanaan.perjanjian_kinerja.pihak_kedua.nip", &p2.nip);
    }
    if let Some(r) = &doc.reviu {
        nip("reviu.pereviu.nip", &r.pereviu.nip);
    }
    for (path, v) in [
        ("perencanaan.perjanjian_kinerja.tanggal", &doc.perencanaan.perjanjian_kinerja.tanggal),
        ("reviu.tanggal", &doc.reviu.as_ref().and_then(|r| r.tanggal.clone())),
    ] {
        if let Some(v) = v
            && Tanggal::parse(v.trim()).is_none()
        {
            problems.push(Problem::said(Severity::Error, path, Msg::BadDate { value: v.clone() }));
        }
    }
    for (path, file) in walk::files(doc) {
        if let Err(msg) = walk::check_relative(&file) {
            problems.push(Problem::said(Severity::Error, path, msg));
        }
    }
}
