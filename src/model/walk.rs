//! Walks over a report file: its narrative fields, its files, its strings, by field path.

use crate::input::types::Lkjip;
use crate::messages::Msg;

/// Every narrative (`Teks`) field with its path, in document order.
pub fn narratives(doc: &Lkjip) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut one = |p: &str, t: &str| out.push((p.to_owned(), t.to_owned()));
    one("kata_pengantar", &doc.kata_pengantar);
    if let Some(t) = &doc.ikhtisar {
        one("ikhtisar", t);
    }
    if let Some(r) = &doc.reviu {
        one("reviu.kesimpulan", &r.kesimpulan);
    }
    let b1 = &doc.pendahuluan;
    for (p, t) in [
        ("latar_belakang", Some(&b1.latar_belakang)),
        ("gambaran_umum", Some(&b1.gambaran_umum)),
        ("tugas_fungsi", b1.tugas_fungsi.as_ref()),
        ("tugas", Some(&b1.tugas)),
        ("fungsi", Some(&b1.fungsi)),
        ("struktur_organisasi.uraian", b1.struktur_organisasi.uraian.as_ref()),
        ("landasan_hukum_pengantar", b1.landasan_hukum_pengantar.as_ref()),
        ("sistematika", b1.sistematika.as_ref()),
    ] {
        if let Some(t) = t {
            one(&format!("pendahuluan.{p}"), t);
        }
    }
    for (i, isu) in b1.isu_strategis.iter().enumerate() {
        one(&format!("pendahuluan.isu_strategis[{i}].isu"), &isu.isu);
    }
    let b2 = &doc.perencanaan;
    for (p, t) in [
        ("pengantar", b2.pengantar.as_ref()),
        ("renstra.uraian", Some(&b2.renstra.uraian)),
        ("tujuan_sasaran", b2.tujuan_sasaran.as_ref()),
        ("iku", b2.iku.as_ref()),
        ("perjanjian_kinerja.uraian", b2.perjanjian_kinerja.uraian.as_ref()),
    ] {
        if let Some(t) = t {
            one(&format!("perencanaan.{p}"), t);
        }
    }
    let b3 = &doc.akuntabilitas;
    for (p, t) in [
        ("pengantar", b3.pengantar.as_ref()),
        ("pengukuran", b3.pengukuran.as_ref()),
        ("capaian_iku", b3.capaian_iku.as_ref()),
        ("analisis_pengantar", b3.analisis_pengantar.as_ref()),
    ] {
        if let Some(t) = t {
            one(&format!("akuntabilitas.{p}"), t);
        }
    }
    for (i, a) in b3.analisis_sasaran.iter().enumerate() {
        let at = format!("akuntabilitas.analisis_sasaran[{i}]");
        one(&format!("{at}.uraian"), &a.uraian);
        for (field, list) in [
            ("faktor_pendukung", &a.faktor_pendukung),
            ("faktor_penghambat", &a.faktor_penghambat),
            ("rekomendasi", &a.rekomendasi),
        ] {
            for (j, t) in list.iter().enumerate() {
                one(&format!("{at}.{field}[{j}]"), t);
            }
        }
    }
    if let Some(t) = &b3.keuangan.uraian {
        one("akuntabilitas.keuangan.uraian", t);
    }
    one("penutup.uraian", &doc.penutup.uraian);
    if let Some(t) = &doc.penutup.langkah {
        one("penutup.langkah", t);
    }
    out
}

/// Every text that is not narrative (no placeholders there) but is printed as typed:
/// legal basis, titles and names, kegiatan outputs, photo captions; with its path.
pub fn plain_texts(doc: &Lkjip) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let b1 = &doc.pendahuluan;
    for (i, t) in b1.landasan_hukum.iter().enumerate() {
        out.push((format!("pendahuluan.landasan_hukum[{i}]"), t.clone()));
    }
    for (i, isu) in b1.isu_strategis.iter().enumerate() {
        out.push((format!("pendahuluan.isu_strategis[{i}].bidang"), isu.bidang.clone()));
    }
    for (t, tujuan) in doc.perencanaan.tujuan.iter().enumerate() {
        let at = format!("perencanaan.tujuan[{t}]");
        out.push((format!("{at}.uraian"), tujuan.uraian.clone()));
        for (i, ind) in tujuan.indikator.iter().enumerate() {
            out.push((format!("{at}.indikator[{i}].nama"), ind.nama.clone()));
        }
        for (s, sas) in tujuan.sasaran.iter().enumerate() {
            out.push((format!("{at}.sasaran[{s}].uraian"), sas.uraian.clone()));
            for (i, ind) in sas.indikator.iter().enumerate() {
                out.push((format!("{at}.sasaran[{s}].indikator[{i}].nama"), ind.nama.clone()));
            }
        }
    }
    for (p, prog) in doc.program.iter().enumerate() {
        out.push((format!("program[{p}].nama"), prog.nama.clone()));
        for (o, x) in prog.outcome.iter().enumerate() {
            out.push((format!("program[{p}].outcome[{o}].nama"), x.nama.clone()));
        }
        for (k, keg) in prog.kegiatan.iter().enumerate() {
            out.push((format!("program[{p}].kegiatan[{k}].nama"), keg.nama.clone()));
            for (j, t) in keg.output.iter().enumerate() {
                out.push((format!("program[{p}].kegiatan[{k}].output[{j}]"), t.clone()));
            }
            for (s, sub) in keg.sub_kegiatan.iter().enumerate() {
                let at = format!("program[{p}].kegiatan[{k}].sub_kegiatan[{s}]");
                out.push((format!("{at}.nama"), sub.nama.clone()));
                for (j, t) in sub.output.iter().enumerate() {
                    out.push((format!("{at}.output[{j}]"), t.clone()));
                }
            }
        }
    }
    for (i, a) in doc.akuntabilitas.analisis_sasaran.iter().enumerate() {
        for (j, f) in a.foto.iter().enumerate() {
            out.push((format!("akuntabilitas.analisis_sasaran[{i}].foto[{j}].keterangan"), f.keterangan.clone()));
        }
    }
    out
}

/// Every file the report refers to (logo, photos), with its field path.
pub fn files(doc: &Lkjip) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(logo) = &doc.dokumen.logo {
        out.push(("dokumen.logo".to_owned(), logo.clone()));
    }
    for (i, a) in doc.akuntabilitas.analisis_sasaran.iter().enumerate() {
        for (j, f) in a.foto.iter().enumerate() {
            out.push((format!("akuntabilitas.analisis_sasaran[{i}].foto[{j}].berkas"), f.berkas.clone()));
        }
    }
    out
}

/// A file named in a report must stay inside the report's own folder.
pub fn check_relative(file: &str) -> Result<(), Msg> {
    let p = std::path::Path::new(file);
    if file.is_empty() {
        return Err(Msg::EmptyFileName);
    }
    if p.is_absolute() || file.starts_with('/') || file.starts_with('\\') || file.contains(':') {
        return Err(Msg::AbsolutePath { file: file.to_owned() });
    }
    if p.components().any(|c| matches!(c, std::path::Component::ParentDir))
        || file.split(['/', '\\']).any(|s| s == "..")
    {
        return Err(Msg::LeavesFolder { file: file.to_owned() });
    }
    Ok(())
}

/// Every string value in the file with its field path (for checks such as font coverage).
pub fn strings(doc: &Lkjip) -> Vec<(String, String)> {
    fn go(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((path, s.clone())),
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| go(x, format!("{path}[{i}]"), out)),
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    go(x, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out)
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(doc) {
        go(&v, String::new(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::check_relative;
    use crate::messages::Lang;

    #[test]
    fn files_outside_the_folder_are_refused() {
        assert!(check_relative("foto/pasar.png").is_ok());
        assert!(check_relative("../rahasia.png").unwrap_err().text(Lang::En).contains("leaves the report's folder"));
        assert!(check_relative("foto/../../x.png").is_err());
        assert!(check_relative("/etc/passwd").unwrap_err().text(Lang::En).contains("absolute"));
        assert!(check_relative("C:\\x.png").is_err());
        assert!(check_relative("").is_err());
    }
}
