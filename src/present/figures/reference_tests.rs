//! Typed figures checked against the reference report: right and wrong, in every kind of
//! field, each with the exact message it gets (or none).
//!
//! The reference's figures (tests/snapshots/pekalongan-2021.computed.json): `kup-kur` target
//! 60,27 %, realisasi 42,9 %, capaian 71,18 % (71,1797…); `modal-koperasi` 9,43 / 7,22 Rp
//! Trilyun, 76,56 %; `akip` capaian 99,07 % (2020: 99,39 %); `sasaran-koperasi` serapan
//! 95,64 %, efisiensi −22,76 %; `sasaran-ekspor` serapan 99,61 % (99,6087…); `sasaran-pasar`
//! pagu Rp 12.644.738.000, realisasi Rp 12.316.720.052; belanja modal serapan 99,55 %.

use std::sync::OnceLock;

use crate::compute::report::compute;
use crate::input::types::Lkjip;
use crate::messages::Lang;
use crate::model;

fn reference() -> Lkjip {
    static DOC: OnceLock<Lkjip> = OnceLock::new();
    DOC.get_or_init(|| {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021/lkjip.yaml");
        crate::input::read(&p).unwrap().unwrap().parse().unwrap()
    })
    .clone()
}

/// Every problem of the texts, as `severity: path: message = hint`, in `lang`.
fn said(doc: Lkjip, lang: Lang) -> Vec<String> {
    let (report, problems) = model::check(doc);
    let report = report.unwrap_or_else(|| panic!("the variant does not check: {problems:#?}"));
    let c = compute(&report).unwrap();
    super::check(&report, &c)
        .iter()
        .map(|p| {
            let sev = crate::messages::severity(p.severity, lang);
            let hint = p.hint_in(lang).map_or(String::new(), |h| format!(" = {h}"));
            format!("{sev}: {}: {}{hint}", p.path, p.message_in(lang))
        })
        .collect()
}

/// Which field of the reference a text goes into.
#[derive(Clone, Copy)]
enum Field {
    Analisis(usize),
    Penghambat(usize),
    Rekomendasi(usize),
    Keuangan,
    KataPengantar,
    Penutup,
    Foto(usize, usize),
    Output(usize, usize),
    Hukum(usize),
    Tujuan(usize),
    Bidang(usize),
}

impl Field {
    fn path(self) -> String {
        match self {
            Field::Analisis(i) => format!("akuntabilitas.analisis_sasaran[{i}].uraian"),
            Field::Penghambat(i) => format!("akuntabilitas.analisis_sasaran[{i}].faktor_penghambat[0]"),
            Field::Rekomendasi(i) => format!("akuntabilitas.analisis_sasaran[{i}].rekomendasi[0]"),
            Field::Keuangan => "akuntabilitas.keuangan.uraian".into(),
            Field::KataPengantar => "kata_pengantar".into(),
            Field::Penutup => "penutup.uraian".into(),
            Field::Foto(i, j) => format!("akuntabilitas.analisis_sasaran[{i}].foto[{j}].keterangan"),
            Field::Output(p, k) => format!("program[{p}].kegiatan[{k}].output[0]"),
            Field::Hukum(i) => format!("pendahuluan.landasan_hukum[{i}]"),
            Field::Tujuan(t) => format!("perencanaan.tujuan[{t}].uraian"),
            Field::Bidang(i) => format!("pendahuluan.isu_strategis[{i}].bidang"),
        }
    }
    fn set(self, doc: &mut Lkjip, text: &str) {
        let t = text.to_owned();
        let a = &mut doc.akuntabilitas.analisis_sasaran;
        match self {
            Field::Analisis(i) => a[i].uraian = t,
            Field::Penghambat(i) => first(&mut a[i].faktor_penghambat, t),
            Field::Rekomendasi(i) => first(&mut a[i].rekomendasi, t),
            Field::Keuangan => doc.akuntabilitas.keuangan.uraian = Some(t),
            Field::KataPengantar => doc.kata_pengantar = t,
            Field::Penutup => doc.penutup.uraian = t,
            Field::Foto(i, j) => a[i].foto[j].keterangan = t,
            Field::Output(p, k) => doc.program[p].kegiatan[k].output[0] = t,
            Field::Hukum(i) => doc.pendahuluan.landasan_hukum[i] = t,
            Field::Tujuan(i) => doc.perencanaan.tujuan[i].uraian = t,
            Field::Bidang(i) => doc.pendahuluan.isu_strategis[i].bidang = t,
        }
    }
}

/// Make `t` the first item of a list.
fn first(list: &mut Vec<String>, t: String) {
    match list.first_mut() {
        Some(x) => *x = t,
        None => list.push(t),
    }
}

/// What a typed figure gets.
enum Want {
    /// Nothing: right, and no placeholder can print it there.
    Silent,
    /// A note: right, typed by hand; the placeholder would keep it right.
    Right(&'static str, &'static str, &'static str),
    /// A warning with this message.
    Warn(&'static str),
}

fn expected(path: &str, typed: &str, want: &Want) -> Option<String> {
    match want {
        Want::Silent => None,
        Want::Right(jenis, owner, key) => Some(format!(
            "note: {path}: `{typed}` is right (the {jenis} of `{owner}`) but typed by hand \
             = write `{{{key}}}` instead, so the text stays right when the data change"
        )),
        Want::Warn(msg) => Some(format!("warning: {path}: {msg}")),
    }
}

/// One text, and for each figure typed in it what it gets.
struct Case {
    field: Field,
    text: &'static str,
    figures: &'static [(&'static str, Want)],
}

fn run(cases: &[Case]) -> usize {
    let mut failures = Vec::new();
    let mut figures = 0;
    for case in cases {
        let mut doc = reference();
        case.field.set(&mut doc, case.text);
        let path = case.field.path();
        let got = said(doc, Lang::En);
        let want: Vec<String> = case.figures.iter().filter_map(|(t, w)| expected(&path, t, w)).collect();
        figures += case.figures.len();
        for (typed, _) in case.figures {
            assert!(case.text.contains(typed), "{typed} is not in {}", case.text);
        }
        if got != want {
            failures.push(format!("{}\n  got:  {got:#?}\n  want: {want:#?}", case.text));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    figures
}

use Field::*;
use Want::*;

const NARRATIVE: &[Case] = &[
    Case {
        field: Analisis(0),
        text: "Capaian kinerja nyata indikator Persentase UMKM menerima KUP/KUR 42,9% dari target sebesar 60,27%, \
               sehingga persentase capaian kinerjanya adalah 71,13 %.",
        figures: &[
            ("42,9%", Right("realisasi", "kup-kur", "kup-kur.realisasi")),
            ("60,27%", Right("target", "kup-kur", "kup-kur.target")),
            ("71,13 %", Warn("`71,13 %` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`")),
        ],
    },
    // 42,9 is the realisasi, not the capaian: an unrelated value no longer passes
    Case {
        field: Analisis(0),
        text: "Capaian kinerja indikator KUP/KUR adalah 42,9 %.",
        figures: &[("42,9 %", Warn("`42,9 %` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`"))],
    },
    Case {
        field: Analisis(0),
        text: "Capaian indikator KUP/KUR 71,13 persen.",
        figures: &[(
            "71,13 persen",
            Warn("`71,13 persen` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`"),
        )],
    },
    Case {
        field: Analisis(0),
        text: "Capaian indikator KUP/KUR 71,13 per seratus.",
        figures: &[(
            "71,13 per seratus",
            Warn("`71,13 per seratus` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`"),
        )],
    },
    Case {
        field: Analisis(0),
        text: "Capaian KUP/KUR 71,18 %.",
        figures: &[("71,18 %", Right("capaian", "kup-kur", "kup-kur.capaian"))],
    },
    // fewer decimals: right only as a correct rounding of 71,1797…
    Case {
        field: Analisis(0),
        text: "Capaian KUP/KUR 71,2 %, dibulatkan 71 %.",
        figures: &[
            ("71,2 %", Right("capaian", "kup-kur", "kup-kur.capaian")),
            ("71 %", Right("capaian", "kup-kur", "kup-kur.capaian")),
        ],
    },
    // a truncation is wrong
    Case {
        field: Analisis(0),
        text: "Capaian KUP/KUR 71,17 %.",
        figures: &[("71,17 %", Warn("`71,17 %` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`"))],
    },
    Case {
        field: Analisis(0),
        text: "Capaian KUP/KUR 71,1 %.",
        figures: &[("71,1 %", Warn("`71,1 %` — the capaian of `kup-kur` is 71,18 %; write `{kup-kur.capaian}`"))],
    },
    // the sentence names the indicator by id, and a placeholder of it names it too
    Case {
        field: Analisis(0),
        text: "Realisasi {kup-kur.realisasi} % dari target 60,72 %.",
        figures: &[("60,72 %", Warn("`60,72 %` — the target of `kup-kur` is 60,27 %; write `{kup-kur.target}`"))],
    },
    Case {
        field: Analisis(0),
        text: "Modal koperasi Rp 7,22 Trilyun dari target Rp 9,43 Trilyun, capaiannya 76,65 %.",
        figures: &[
            ("Rp 7,22 Trilyun", Right("realisasi", "modal-koperasi", "modal-koperasi.realisasi")),
            ("Rp 9,43 Trilyun", Right("target", "modal-koperasi", "modal-koperasi.target")),
            (
                "76,65 %",
                Warn("`76,65 %` — the capaian of `modal-koperasi` is 76,56 %; write `{modal-koperasi.capaian}`"),
            ),
        ],
    },
    // a serapan of the sasaran the analysis is about; 95 is a truncation of 95,64
    Case {
        field: Analisis(0),
        text: "Serapan anggaran sasaran ini 95 %, tepatnya 95,64 %.",
        figures: &[
            ("95 %", Warn("`95 %` — the serapan of `sasaran-koperasi` is 95,64 %; write `{sasaran-koperasi.serapan}`")),
            ("95,64 %", Right("serapan", "sasaran-koperasi", "sasaran-koperasi.serapan")),
        ],
    },
    Case {
        field: Analisis(0),
        text: "Pagu sasaran ini Rp 908.849.000 dengan realisasi Rp. 869.234.500,-.",
        figures: &[
            ("Rp 908.849.000", Right("pagu", "sasaran-koperasi", "sasaran-koperasi.pagu")),
            ("Rp. 869.234.500,-", Right("realisasi", "sasaran-koperasi", "sasaran-koperasi.realisasi")),
        ],
    },
    // the minus sign as - or −, both right; a wrong one is quoted with its sign
    Case {
        field: Penghambat(0),
        text: "Efisiensi sasaran ini −22,76 % (ditulis juga -22,76 %), bukan -22,27 %.",
        figures: &[
            ("−22,76 %", Right("efisiensi", "sasaran-koperasi", "sasaran-koperasi.efisiensi")),
            ("-22,76 %", Right("efisiensi", "sasaran-koperasi", "sasaran-koperasi.efisiensi")),
            (
                "-22,27 %",
                Warn(
                    "`-22,27 %` — the efisiensi of `sasaran-koperasi` is -22,76 %; write `{sasaran-koperasi.efisiensi}`",
                ),
            ),
        ],
    },
    Case {
        field: Rekomendasi(0),
        text: "Efisiensi sebesar 22,76 % harus diperbaiki.",
        figures: &[(
            "22,76 %",
            Warn("`22,76 %` — the efisiensi of `sasaran-koperasi` is -22,76 %; write `{sasaran-koperasi.efisiensi}`"),
        )],
    },
    // 99,60 is not 99,61 although 99,6 is
    Case {
        field: Analisis(1),
        text: "Serapan anggaran sasaran ini 99,60 %, dibulatkan 99,6 %.",
        figures: &[
            (
                "99,60 %",
                Warn("`99,60 %` — the serapan of `sasaran-ekspor` is 99,61 %; write `{sasaran-ekspor.serapan}`"),
            ),
            ("99,6 %", Right("serapan", "sasaran-ekspor", "sasaran-ekspor.serapan")),
        ],
    },
    Case {
        field: Analisis(1),
        text: "Capaian sasaran meningkatnya nilai ekspor perdagangan 115,58 %.",
        figures: &[("115,58 %", Right("capaian", "sasaran-ekspor", "sasaran-ekspor.capaian"))],
    },
    Case {
        field: Analisis(2),
        text: "Pagu anggaran sasaran ini Rp 12.644.738.000 dengan realisasi Rp 12,316,720,052.",
        figures: &[
            ("Rp 12.644.738.000", Right("pagu", "sasaran-pasar", "sasaran-pasar.pagu")),
            ("Rp 12,316,720,052", Right("realisasi", "sasaran-pasar", "sasaran-pasar.realisasi")),
        ],
    },
    Case {
        field: Analisis(2),
        text: "Pagu anggaran sasaran ini 12.644.738.001 rupiah, ditulis juga Rp 12,644,738,001.",
        figures: &[
            (
                "12.644.738.001 rupiah",
                Warn(
                    "`12.644.738.001 rupiah` — the pagu of `sasaran-pasar` is Rp 12.644.738.000; write `{sasaran-pasar.pagu}`",
                ),
            ),
            (
                "Rp 12,644,738,001",
                Warn(
                    "`Rp 12,644,738,001` — the pagu of `sasaran-pasar` is Rp 12.644.738.000; write `{sasaran-pasar.pagu}`",
                ),
            ),
        ],
    },
    // this year's capaian unless another year is named
    Case {
        field: Analisis(3),
        text: "Capaian AKIP 99,39 %.",
        figures: &[("99,39 %", Warn("`99,39 %` — the capaian of `akip` is 99,07 %; write `{akip.capaian}`"))],
    },
    Case {
        field: Analisis(3),
        text: "Pada tahun 2020 capaian AKIP 99,39 %, dan tahun ini 99,07 %.",
        figures: &[("99,39 %", Silent), ("99,07 %", Right("capaian", "akip", "akip.capaian"))],
    },
    Case {
        field: Analisis(3),
        text: "Capaian Nilai Evaluasi AKIP tahun 2020 sebesar 99,07 %.",
        figures: &[("99,07 %", Warn("`99,07 %` — the capaian of `akip` in 2020 is 99,39 %"))],
    },
    Case { field: Analisis(3), text: "Capaian AKIP tahun lalu 99,4 %.", figures: &[("99,4 %", Silent)] },
    Case {
        field: Analisis(4),
        text: "Capaian Nilai Keterbukaan Informasi Publik 100 %.",
        figures: &[("100 %", Right("capaian", "kip", "kip.capaian"))],
    },
    // the owner named, not the kind: it must be one of the owner's figures
    Case {
        field: Tujuan(0),
        text: "Meningkatkan pertumbuhan ekonomi kerakyatan: laju PDRB 5,64 %",
        figures: &[(
            "5,64 %",
            Warn(
                "`5,64 %` is none of the figures of `pdrb-perdagangan`: capaian 94,14 %, target 5,80 %, realisasi 5,46 %",
            ),
        )],
    },
    Case {
        field: Keuangan,
        text: "Serapan belanja modal 99,5 %, belanja operasi 91,29 %.",
        figures: &[
            (
                "99,5 %",
                Warn(
                    "`99,5 %` — the serapan of `keuangan.belanja_modal` is 99,55 %; write `{keuangan.belanja_modal.serapan}`",
                ),
            ),
            ("91,29 %", Right("serapan", "keuangan.belanja_operasi", "keuangan.belanja_operasi.serapan")),
        ],
    },
    Case {
        field: Keuangan,
        text: "Realisasi pendapatan Rp 2.773.463.086 atau 88,61 % dari target Rp 3.130.000.000.",
        figures: &[
            ("Rp 2.773.463.086", Right("realisasi", "keuangan.pendapatan", "keuangan.pendapatan.realisasi")),
            ("88,61 %", Right("serapan", "keuangan.pendapatan", "keuangan.pendapatan.serapan")),
            ("Rp 3.130.000.000", Right("pagu", "keuangan.pendapatan", "keuangan.pendapatan.pagu")),
        ],
    },
    Case {
        field: Penutup,
        text: "Capaian kinerja secara keseluruhan 97,71 %.",
        figures: &[("97,71 %", Right("capaian", "ringkasan", "ringkasan.capaian"))],
    },
    // the kind named, not whose: it must be some figure of that kind
    Case {
        field: KataPengantar,
        text: "Tingkat capaian kinerja mencapai 95 %.",
        figures: &[(
            "95 %",
            Warn(
                "`95 %`: no capaian of the report is 95 % as typed; say whose capaian it is \
                  = write a placeholder such as `{ID.capaian}` so the text always agrees with the tables",
            ),
        )],
    },
    Case {
        field: KataPengantar,
        text: "Tingkat serapan anggaran mencapai 93,94 %.",
        figures: &[("93,94 %", Right("serapan", "keuangan.belanja", "keuangan.belanja.serapan"))],
    },
    // no context: today's rule, said so
    Case {
        field: KataPengantar,
        text: "Inflasi daerah 1,87 %, dan 25 % pelaku usaha terdampak.",
        figures: &[
            (
                "1,87 %",
                Warn(
                    "`1,87 %` is typed by hand and matches no figure of the report (its sentence names no indicator, \
                      sasaran, program or kegiatan and no kind of figure, so it was compared with every figure) \
                      = write a placeholder such as `{ID.capaian}` so the text always agrees with the tables",
                ),
            ),
            ("25 %", Silent),
        ],
    },
    // a bound, not a figure
    Case { field: KataPengantar, text: "Indikator yang tidak tercapai (< 100%) dianalisis.", figures: &[] },
];

const PLAIN: &[Case] = &[
    // captions, outputs, legal basis and titles print as typed: right figures are silent,
    // wrong ones say the right value, without a placeholder (there is none there)
    Case {
        field: Foto(0, 0),
        text: "Pelatihan koperasi; serapan anggaran 95,64 % (96 %)",
        figures: &[("95,64 %", Silent), ("96 %", Silent)],
    },
    Case {
        field: Foto(0, 1),
        text: "Pendampingan UMKM, serapan anggaran 95,46 %",
        figures: &[("95,46 %", Warn("`95,46 %` — the serapan of `sasaran-koperasi` is 95,64 %"))],
    },
    Case { field: Output(6, 0), text: "Jumlah pasar yang dibangun (serapan 97,70 %)", figures: &[("97,70 %", Silent)] },
    Case {
        field: Output(6, 0),
        text: "Jumlah pasar yang dibangun (serapan 97,07 %)",
        figures: &[("97,07 %", Warn("`97,07 %` — the serapan of `pembangunan-sarana-distribusi` is 97,70 %"))],
    },
    Case {
        field: Output(8, 0),
        text: "UMKM dilatih, pagu Rp 127.550.000 dan realisasi Rp 127.500.000",
        figures: &[
            ("Rp 127.550.000", Silent),
            ("Rp 127.500.000", Warn("`Rp 127.500.000` — the realisasi of `promosi-dagang-ekspor` is Rp 127.050.000")),
        ],
    },
    Case {
        field: Hukum(0),
        text: "Peraturan Daerah Nomor 5 Tahun 2020 tentang APBD Tahun Anggaran 2021, belanja Rp 22.991.804.000",
        figures: &[("Rp 22.991.804.000", Silent)],
    },
    Case {
        field: Hukum(1),
        text: "Peraturan Daerah tentang APBD 2021 dengan pagu belanja Rp 22.991.804.001",
        figures: &[(
            "Rp 22.991.804.001",
            Warn("`Rp 22.991.804.001` — the pagu of `keuangan.belanja` is Rp 22.991.804.000"),
        )],
    },
    Case { field: Hukum(2), text: "Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP", figures: &[] },
    Case {
        field: Tujuan(1),
        text: "Meningkatnya kualitas pelayanan publik (IKM 76,59 %)",
        figures: &[("76,59 %", Warn("`76,59 %` — the capaian of `ikm` is 102,12 %"))],
    },
    Case {
        field: Bidang(0),
        text: "Bidang Perdagangan (capaian sasaran ekspor 115,85 %)",
        figures: &[("115,85 %", Warn("`115,85 %` — the capaian of `sasaran-ekspor` is 115,58 %"))],
    },
];

#[test]
fn typed_figures_in_narrative_are_checked_against_what_they_claim_to_be() {
    let n = run(NARRATIVE);
    assert!(n >= 40, "only {n} typed figures");
}

#[test]
fn typed_figures_in_captions_outputs_legal_basis_and_titles_are_checked_too() {
    let n = run(PLAIN);
    assert!(n >= 10, "only {n} typed figures");
}

#[test]
fn the_wrong_figure_says_the_right_one_in_indonesian() {
    let mut doc = reference();
    Analisis(0).set(&mut doc, "Capaian KUP/KUR 71,13 % dan sebesar 71,18 %.");
    let path = Analisis(0).path();
    assert_eq!(
        said(doc, Lang::Id),
        [
            format!("peringatan: {path}: `71,13 %` — capaian `kup-kur` adalah 71,18 %; tulis `{{kup-kur.capaian}}`"),
            format!(
                "catatan: {path}: `71,18 %` benar (capaian `kup-kur`), tetapi diketik manual \
                 = tulis `{{kup-kur.capaian}}` saja, agar teks tetap benar bila datanya berubah"
            ),
        ]
    );
}

#[test]
fn the_reference_has_no_false_alarm() {
    assert_eq!(said(reference(), Lang::En), Vec::<String>::new());
}

/// The reference with `kip`'s target and realisasi for 2021 set, and its decimals.
fn on_the_edge(target: &str, realisasi: &str, desimal: Option<u32>) -> Lkjip {
    let mut doc = reference();
    let kip = &mut doc.perencanaan.tujuan[1].sasaran[1].indikator[0];
    assert_eq!(kip.id, "kip");
    kip.target.insert(2021, target.parse().unwrap());
    kip.realisasi.insert(2021, realisasi.parse().unwrap());
    doc.dokumen.desimal = desimal;
    doc
}

fn kip(doc: &Lkjip) -> (String, String) {
    let (report, _) = model::check(doc.clone());
    let c = compute(&report.unwrap()).unwrap();
    let h = c.indikator.iter().find(|i| i.id == "kip").unwrap();
    (h.capaian.unwrap().nilai.to_string(), h.status.clone().unwrap())
}

#[test]
fn status_is_judged_on_the_printed_capaian_and_a_capaian_printed_across_100_is_warned() {
    let at = "perencanaan.tujuan[1].sasaran[1].indikator[0]";
    // 199,99 of 200 is 99,995 %: printed 100,00 % and judged on that, with a warning
    let doc = on_the_edge("200", "199.99", None);
    assert_eq!(kip(&doc), ("100.00".into(), "Tercapai".into()));
    assert_eq!(
        said(doc, Lang::En),
        [format!(
            "warning: {at}: `kip`: realisasi 199,99 against the target 200 is a capaian of 99,995 %, below 100 %, \
             but it prints as 100,00 % and is judged `Tercapai` = status follows the printed capaian: set \
             `desimal: 3` under `dokumen` to print the difference, or check the realisasi and the target"
        )]
    );
    // with three decimals the difference prints, the status follows it, and nothing is said
    let doc = on_the_edge("200", "199.99", Some(3));
    assert_eq!(kip(&doc), ("99.995".into(), "Tidak Tercapai".into()));
    assert_eq!(said(doc, Lang::En), Vec::<String>::new());
    // above: 200,009 of 200 is 100,0045 %, printed 100,00 % (and 100,005 % with three decimals)
    let doc = on_the_edge("200", "200.009", None);
    assert_eq!(kip(&doc), ("100.00".into(), "Tercapai".into()));
    assert_eq!(
        said(doc, Lang::Id),
        [format!(
            "peringatan: {at}: `kip`: realisasi 200,009 terhadap target 200 adalah capaian 100,005 %, di atas \
             100 %, tetapi tercetak 100,00 % dan dinilai `Tercapai` = status mengikuti capaian yang tercetak: isi \
             `desimal: 3` di bawah `dokumen` agar selisihnya tercetak, atau periksa realisasi dan targetnya"
        )]
    );
    // away from the edge nothing is said: 200,01 of 200 prints 100,01 % (half away from zero)
    let doc = on_the_edge("200", "200.01", None);
    assert_eq!(kip(&doc), ("100.01".into(), "Melebihi Target".into()));
    assert_eq!(said(doc, Lang::En), Vec::<String>::new());
    let doc = on_the_edge("200", "199.98", None);
    assert_eq!(kip(&doc), ("99.99".into(), "Tidak Tercapai".into()));
    assert_eq!(said(doc, Lang::En), Vec::<String>::new());
}
