//! `lkjip init DIR [--from LAST_YEAR.yaml]`: a new report folder with a commented YAML to
//! fill in, and the JSON Schema beside it for editors.
//!
//! "To be filled" is written `""`: the YAML still parses, and `lkjip check` reports every
//! `""` as an error naming its field, numbers and years included. Nothing is overwritten:
//! DIR must not exist or be empty; a new DIR appears whole or not at all (written under a
//! temporary name beside it, then renamed), an empty one gets each file by rename.

mod emit;
mod hints;
mod next_year;
mod periode;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use yaml_rust2::YamlLoader;

use super::Verdict;
use crate::cli::InitArgs;
use crate::input::types::Lkjip;
use crate::messages::Lang;
use crate::messages::fatal::Stop;
use crate::model::walk;
use crate::show::Ui;

pub const YAML: &str = "lkjip.yaml";
pub const SCHEMA: &str = "lkjip.schema.json";

const BLANK: &str = include_str!("blank.yaml");

pub fn run(args: &InitArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    refuse_non_empty(&args.dir, ui.lang)?;
    let (text, copies) = match &args.from {
        None => (blank(this_year() - 1), Vec::new()),
        Some(from) => from_last_year(from, args.renstra.as_deref(), ui.lang)?,
    };
    write_folder(&args.dir, &text, &copies, ui.lang)?;
    if !ui.quiet() {
        let yaml = args.dir.join(YAML).display().to_string();
        println!("{}", crate::messages::Msg::InitDone { yaml }.text(ui.lang));
    }
    if ui.verbose() {
        for f in [SCHEMA.to_owned()].into_iter().chain(copies.iter().map(|(rel, _)| rel.clone())) {
            eprintln!("  + {}", args.dir.join(f).display());
        }
    }
    Ok(Verdict::Yes)
}

fn header(year: i64, from: Option<&Path>) -> String {
    let mut h = format!(
        "# yaml-language-server: $schema={SCHEMA}\n# Laporan Kinerja Instansi Pemerintah (LKjIP) tahun {year}.\n# Setiap \"\" masih harus diisi: `lkjip check {YAML}` menyebutkan semuanya.\n"
    );
    if let Some(from) = from {
        h.push_str(&format!(
            "# Disalin dari {}: instansi, Renstra, indikator (target dan realisasi tahun-tahun lalu)\n# dan program tetap; anggaran, realisasi {year}, tanggal dan narasi tahunan dikosongkan.\n# Periksa kembali teks yang disalin (tugas, fungsi, gambaran umum, struktur organisasi).\n",
            from.display()
        ));
    }
    h.push('\n');
    h
}

/// A blank report for `year`, every spot to fill written `""`.
pub fn blank(year: i64) -> String {
    let text = BLANK.replace("{TAHUN}", &year.to_string());
    let doc = YamlLoader::load_from_str(&text).expect("the embedded template is YAML").remove(0);
    emit::document(&doc, &header(year, None))
}

/// Next year's report from last year's file, and the files to copy along (the logo).
fn from_last_year(
    from: &Path,
    renstra: Option<&str>,
    lang: crate::messages::Lang,
) -> anyhow::Result<(String, Vec<(String, PathBuf)>)> {
    let path = from.display().to_string();
    let said = |s: Stop| s.text(lang);
    let text = std::fs::read_to_string(from).with_context(|| said(Stop::CannotRead { path: path.clone() }))?;
    let doc: Lkjip = serde_yaml::from_str(&text)
        .map_err(|e| Stop::ParserSaid { detail: e.to_string() })
        .with_context(|| said(Stop::NotAReport { path: path.clone() }))?;
    let mut tree = YamlLoader::load_from_str(&text)
        .map_err(|e| Stop::ParserSaid { detail: e.to_string() })
        .with_context(|| said(Stop::NotYaml { path: path.clone() }))?
        .into_iter()
        .next()
        .with_context(|| said(Stop::Empty { path: path.clone() }))?;
    let year = next_year::advance(&mut tree).with_context(|| said(Stop::NextYear { path: path.clone() }))?;
    let r = &doc.perencanaan.renstra;
    let mut head = header(year, Some(from));
    if let Some(period) = periode::choose(renstra, i64::from(r.awal), i64::from(r.akhir), year, lang)? {
        periode::apply(&mut tree, period)?;
        head.pop();
        head.push_str(&format!(
            "# Renstra baru {}–{} (sebelumnya {}–{}): indikator dibawa; realisasi terakhir sebelum {} menjadi\n# data_awal, nilai di luar periode baru dihapus; isi uraian Renstra dan target periode baru.\n\n",
            period.0, period.1, r.awal, r.akhir, period.0
        ));
    }
    let dir = from.parent().unwrap_or(Path::new("."));
    let copies = doc.dokumen.logo.iter().map(|logo| (logo.clone(), dir.join(logo))).collect();
    Ok((emit::document(&tree, &head), copies))
}

fn refuse_non_empty(dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let d = dir.display().to_string();
    match std::fs::read_dir(dir) {
        Ok(entries) => match entries.count() {
            0 => Ok(()),
            _ => bail!(Stop::NotEmptyFolder { dir: d }.text(lang)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).context(Stop::ReadFolder { dir: d }.text(lang)),
    }
}

/// Write the new folder. A new DIR is filled under a temporary name beside it and renamed,
/// so it appears whole or not at all. An existing empty DIR (e.g. `lkjip init .`) keeps
/// its identity (it may be the shell's current folder): each file is written under a
/// temporary name inside it and renamed to a name that does not exist.
fn write_folder(dir: &Path, yaml: &str, copies: &[(String, PathBuf)], lang: Lang) -> anyhow::Result<()> {
    let said = |s: Stop| s.text(lang);
    let path = |p: &Path| p.display().to_string();
    let mut files =
        vec![(YAML.to_owned(), yaml.as_bytes().to_vec()), (SCHEMA.to_owned(), super::schema::json().into_bytes())];
    for (rel, src) in copies {
        walk::check_relative(rel).map_err(|e| anyhow::anyhow!(e.text(lang)))?;
        files.push((rel.clone(), std::fs::read(src).with_context(|| said(Stop::Copy { path: path(src) }))?));
    }
    if dir.is_dir() {
        return write_into_empty(dir, &files, lang);
    }
    let name = dir.file_name().with_context(|| said(Stop::NoName))?.to_string_lossy().into_owned();
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| said(Stop::Create { path: path(parent) }))?;
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let fill = || -> anyhow::Result<()> {
        std::fs::create_dir(&tmp).with_context(|| said(Stop::Create { path: path(&tmp) }))?;
        for (rel, bytes) in &files {
            let to = tmp.join(rel);
            if let Some(p) = to.parent() {
                std::fs::create_dir_all(p)?;
            }
            #[expect(clippy::disallowed_methods, reason = "into a temp folder renamed into place whole")]
            std::fs::write(&to, bytes).with_context(|| said(Stop::Write { path: path(&to) }))?;
        }
        std::fs::rename(&tmp, dir).with_context(|| said(Stop::Create { path: path(dir) }))
    };
    fill().inspect_err(|_| {
        let _ = std::fs::remove_dir_all(&tmp);
    })
}

fn write_into_empty(dir: &Path, files: &[(String, Vec<u8>)], lang: Lang) -> anyhow::Result<()> {
    let said = |s: Stop| s.text(lang);
    let path = |p: &Path| p.display().to_string();
    for (rel, bytes) in files {
        let to = dir.join(rel);
        if let Some(p) = to.parent() {
            std::fs::create_dir_all(p)?;
        }
        let tmp = to.with_file_name(format!(
            ".{}.tmp-{}",
            to.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        #[expect(clippy::disallowed_methods, reason = "a temp file renamed into place")]
        std::fs::write(&tmp, bytes).with_context(|| said(Stop::Write { path: path(&tmp) }))?;
        if to.exists() {
            let _ = std::fs::remove_file(&tmp);
            bail!(said(Stop::Appeared { path: path(&to) }));
        }
        std::fs::rename(&tmp, &to).with_context(|| said(Stop::Write { path: path(&to) }))?;
    }
    Ok(())
}

/// The current calendar year (UTC), from the system clock.
#[expect(clippy::disallowed_methods, reason = "init proposes this year for a new report; it never reaches a PDF")]
fn this_year() -> i64 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    // civil-from-days (H. Hinnant), enough to get the year
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods, reason = "tests write their fixtures and set file times directly")]
    use super::*;

    #[test]
    fn the_year_is_plausible() {
        let y = this_year();
        assert!((2024..2200).contains(&y), "{y}");
    }

    #[test]
    fn blank_parses_and_every_spot_is_a_blank() {
        let text = blank(2025);
        assert!(text.starts_with("# yaml-language-server: $schema=lkjip.schema.json\n"), "{text}");
        let positions = crate::input::positions::Positions::index(&text);
        let blanks: Vec<&str> = positions.blanks().iter().map(|(p, _)| p.as_str()).collect();
        for want in [
            "dokumen.tanggal",
            "kata_pengantar",
            "perencanaan.renstra.awal",
            "program[0].pagu",
            "akuntabilitas.keuangan.belanja_modal.realisasi",
        ] {
            assert!(blanks.contains(&want), "{want} not blank in {blanks:?}");
        }
    }
}
