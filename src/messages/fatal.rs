//! The words of the error a command ends with (exit 2), in Indonesian and English: the
//! pipeline's typed errors (`pipeline::Failure`) and [`words_of`], which says a whole error
//! chain in the reader's language, link by link (the archive's links by `messages::archive`).

use crate::messages::Lang;
use crate::messages::archive::typed_link;
use crate::pipeline::Failure;
use crate::render::{LayoutError, RenderError};

/// One pipeline error, for a person (the system's error it carries is said after it).
pub fn failure(f: &Failure, lang: Lang) -> String {
    match (f, lang) {
        (Failure::ReadReport { path, .. }, Lang::En) => format!("cannot read {}", path.display()),
        (Failure::ReadReport { path, .. }, Lang::Id) => format!("tidak dapat membaca {}", path.display()),
        (Failure::OutputIsSource { output }, Lang::En) => format!(
            "the output {} is the report's own YAML; give the PDF another name (-o laporan.pdf)",
            output.display()
        ),
        (Failure::OutputIsSource { output }, Lang::Id) => format!(
            "keluaran {} adalah YAML laporan itu sendiri; beri PDF-nya nama lain (`-o laporan.pdf`)",
            output.display()
        ),
        (Failure::OutputIsFolder { output }, Lang::En) => {
            format!(
                "the output {} is a folder; give a file name (-o {}/laporan.pdf)",
                output.display(),
                output.display()
            )
        }
        (Failure::OutputIsFolder { output }, Lang::Id) => format!(
            "keluaran {} adalah folder; beri nama berkas (`-o {}/laporan.pdf`)",
            output.display(),
            output.display()
        ),
        (Failure::CheckOutput { output, .. }, Lang::En) => {
            format!("cannot read {} to check that it is a PDF", output.display())
        }
        (Failure::CheckOutput { output, .. }, Lang::Id) => {
            format!("tidak dapat membaca {} untuk memastikan bahwa ia PDF", output.display())
        }
        (Failure::NotAPdf { output }, Lang::En) => {
            format!("refusing to overwrite {}: it exists and is not a PDF", output.display())
        }
        (Failure::NotAPdf { output }, Lang::Id) => {
            format!("{} tidak ditimpa: berkas itu sudah ada dan bukan PDF", output.display())
        }
        (Failure::WritePdf { output, .. }, Lang::En) => format!("cannot write the PDF {}", output.display()),
        (Failure::WritePdf { output, .. }, Lang::Id) => format!("tidak dapat menulis PDF {}", output.display()),
        (Failure::Render { output, .. }, Lang::En) => format!("cannot render {}", output.display()),
        (Failure::Render { output, .. }, Lang::Id) => format!("tidak dapat menyusun {}", output.display()),
    }
}

/// Why a render failed (Typst's own diagnostics are quoted as Typst says them).
pub fn render_error(e: &RenderError, lang: Lang) -> String {
    match (e, lang) {
        (RenderError::Input(m), Lang::En) => format!("cannot prepare the render: {m}"),
        (RenderError::Input(m), Lang::Id) => format!("penyusunan PDF tidak dapat disiapkan: {m}"),
        (RenderError::Compile(d), Lang::En) => format!("typst could not lay out the report:\n{}", d.join("\n")),
        (RenderError::Compile(d), Lang::Id) => format!("Typst tidak dapat menata laporan:\n{}", d.join("\n")),
        (RenderError::Export(d), Lang::En) => format!("the pdf export failed:\n{}", d.join("\n")),
        (RenderError::Export(d), Lang::Id) => format!("ekspor PDF gagal:\n{}", d.join("\n")),
        (RenderError::Signature(m), Lang::En) => format!("cannot locate the signature box: {m}"),
        (RenderError::Signature(m), Lang::Id) => format!("kotak tanda tangan tidak ditemukan: {m}"),
        (RenderError::TooManyPages { pages, limit }, Lang::En) => format!(
            "the report was laid out to {pages} pages; a report may have at most {limit} (MAX_PAGES, docs/yaml.md): shorten its longest texts or lists"
        ),
        (RenderError::TooManyPages { pages, limit }, Lang::Id) => format!(
            "laporan tertata menjadi {pages} halaman; sebuah laporan paling banyak {limit} halaman (`MAX_PAGES`, docs/yaml.md): persingkat teks atau daftar terpanjangnya"
        ),
    }
}

/// A layout folder's error in `lang` (the system's error follows as the next link).
pub fn layout_error(e: &LayoutError, lang: Lang) -> String {
    use crate::render::MAIN_LAYOUT as MAIN;
    match (e, lang) {
        (LayoutError::CannotList { dir, .. }, Lang::Id) => format!("folder tata letak {dir} tidak dapat dibaca"),
        (LayoutError::CannotRead { path, .. }, Lang::Id) => format!("tata letak {path} tidak dapat dibaca"),
        (LayoutError::NoMain { dir }, Lang::Id) => format!("folder tata letak {dir} tidak memuat {MAIN}"),
        (LayoutError::NotEmpty { dir }, Lang::Id) => format!("{dir} tidak kosong; pilih folder baru"),
        (LayoutError::CannotCreate { dir, .. }, Lang::Id) => format!("{dir} tidak dapat dibuat"),
        (LayoutError::CannotWrite { path, .. }, Lang::Id) => format!("{path} tidak dapat ditulis"),
        (e, Lang::En) => e.to_string(),
    }
}

/// An error chain lkjip ends with, said in `lang`: every typed link (the archive's, the
/// pipeline's, the system's I/O error) in its words, the rest (a foreign crate's text) as it
/// says itself; the links joined by ": ".
pub fn words_of(e: &anyhow::Error, lang: Lang) -> String {
    let word = |link: &(dyn std::error::Error + 'static)| {
        if let Some(f) = link.downcast_ref::<Failure>() {
            return failure(f, lang);
        }
        if let Some(r) = link.downcast_ref::<RenderError>() {
            return render_error(r, lang);
        }
        if let Some(l) = link.downcast_ref::<LayoutError>() {
            return layout_error(l, lang);
        }
        if let Some(g) = link.downcast_ref::<crate::messages::gambar::GambarMsg>() {
            return g.text(lang);
        }
        if let Some(p) = link.downcast_ref::<crate::messages::present::PresentFault>() {
            return p.text(lang);
        }
        if let Some(s) = link.downcast_ref::<Stop>() {
            return s.text(lang);
        }
        if let Some(t) = link.downcast_ref::<crate::pdfcheck::trust::TrustError>() {
            return crate::messages::verify::trust_error(t, lang);
        }
        typed_link(link, lang).unwrap_or_else(|| link.to_string())
    };
    e.chain().map(word).collect::<Vec<_>>().join(": ")
}

/// An error of any command, worded for a person by [`words_of`].
pub fn reword(e: anyhow::Error, lang: Lang) -> anyhow::Error {
    anyhow::anyhow!(words_of(&e, lang))
}

/// What a command says when it stops, beyond the typed errors: worded where it stops, in the
/// reader's language (a context around the system's error, or the whole error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The report has errors, so no PDF was written (`build`) or nothing released (`release`).
    HasErrors {
        file: String,
        release: bool,
    },
    /// `init --from FILE`: the file cannot be read.
    CannotRead {
        path: String,
    },
    /// `init --from FILE`: not a report lkjip reads.
    NotAReport {
        path: String,
    },
    /// `init --from FILE`: not YAML.
    NotYaml {
        path: String,
    },
    /// `init --from FILE`: empty.
    Empty {
        path: String,
    },
    /// `init --from FILE`: next year's report cannot be made from it.
    NextYear {
        path: String,
    },
    /// `init DIR`: DIR is not empty.
    NotEmptyFolder {
        dir: String,
    },
    ReadFolder {
        dir: String,
    },
    Copy {
        path: String,
    },
    /// `init DIR`: DIR has no name (`/`, `..`).
    NoName,
    Create {
        path: String,
    },
    Write {
        path: String,
    },
    /// A file appeared in the new folder while it was filled.
    Appeared {
        path: String,
    },
    /// `reproduce`: no temporary folder.
    TempFolder,
    /// `reproduce`: an archived source cannot be laid out.
    LayOut {
        name: String,
    },
    /// `reproduce`: the archived source checks but cannot be rendered.
    CannotRender {
        problems: String,
    },
    /// `reproduce`: the archived source no longer checks.
    NoLongerChecks {
        problems: String,
    },
    /// `diff`: an archived YAML is not UTF-8.
    YamlNotUtf8 {
        revision: String,
    },
    /// `init --from`: the YAML's top is not a mapping.
    NotMapping,
    /// `init --from`: the YAML lacks `key` (a mapping), e.g. `perencanaan.renstra`.
    NoKey {
        key: String,
    },
    /// `init --from`: `key` is not a year.
    NotAYear {
        key: String,
    },
    /// `init --from`: the answer typed on the terminal cannot be read.
    CannotReadAnswer,
    /// `man`: the page cannot be made (clap's renderer failed or wrote no UTF-8).
    ManualPage,
    /// `man`: the page cannot be written to standard output.
    WriteManual,
    /// A YAML parser's own words (English), after what could not be read.
    ParserSaid {
        detail: String,
    },
    /// `ekspor`: the workbook cannot be made (the xlsx writer's own words).
    Workbook {
        detail: String,
    },
}

impl std::fmt::Display for Stop {
    /// The English words (`words_of` says a chain in the reader's language).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en())
    }
}

/// A `Stop` can end a command as its error, worded by [`words_of`].
impl std::error::Error for Stop {}

impl Stop {
    pub fn text(&self, lang: Lang) -> String {
        if lang == Lang::En { self.en() } else { self.id() }
    }

    fn en(&self) -> String {
        match self {
            Stop::HasErrors { file, release: false } => format!("no PDF was written: {file} has errors"),
            Stop::HasErrors { file, release: true } => format!("nothing was released: {file} has errors"),
            Stop::CannotRead { path } => format!("cannot read {path}"),
            Stop::NotAReport { path } => format!("{path} is not a valid report; run `lkjip check {path}` first"),
            Stop::NotYaml { path } => format!("cannot read {path} as YAML"),
            Stop::Empty { path } => format!("{path} is empty"),
            Stop::NextYear { path } => format!("cannot start next year from {path}"),
            Stop::NotEmptyFolder { dir } => format!("{dir} is not empty; choose a new folder (nothing was written)"),
            Stop::ReadFolder { dir } => format!("cannot read the folder {dir}"),
            Stop::Copy { path } => format!("cannot copy {path}"),
            Stop::NoName => "the folder needs a name".into(),
            Stop::Create { path } => format!("cannot create {path}"),
            Stop::Write { path } => format!("cannot write {path}"),
            Stop::Appeared { path } => format!("{path} appeared meanwhile; it was left as it is"),
            Stop::TempFolder => "cannot create a temporary folder".into(),
            Stop::LayOut { name } => format!("cannot lay out {name}"),
            Stop::CannotRender { problems } => format!("the archived source cannot be rendered:\n{problems}"),
            Stop::NoLongerChecks { problems } => format!("the archived source no longer checks:\n{problems}"),
            Stop::YamlNotUtf8 { revision } => format!("{revision}: the YAML is not UTF-8"),
            Stop::NotMapping => "the file is not a mapping of keys (`dokumen:`, `perencanaan:`, …)".into(),
            Stop::NoKey { key } => format!("the file has no `{key}`"),
            Stop::NotAYear { key } => format!("`{key}` is not a year"),
            Stop::CannotReadAnswer => "cannot read the answer".into(),
            Stop::ManualPage => "cannot make the manual page".into(),
            Stop::WriteManual => "cannot write the manual page".into(),
            Stop::Workbook { detail } => format!("cannot make the workbook: {detail}"),
            Stop::ParserSaid { detail } => detail.clone(),
        }
    }

    fn id(&self) -> String {
        match self {
            Stop::HasErrors { file, release: false } => {
                format!("tidak ada PDF yang ditulis: {file} mengandung kesalahan")
            }
            Stop::HasErrors { file, release: true } => format!("tidak ada yang dirilis: {file} mengandung kesalahan"),
            Stop::CannotRead { path } => format!("tidak dapat membaca {path}"),
            Stop::NotAReport { path } => {
                format!("{path} bukan laporan yang sah; jalankan `lkjip check {path}` lebih dulu")
            }
            Stop::NotYaml { path } => format!("{path} tidak dapat dibaca sebagai YAML"),
            Stop::Empty { path } => format!("{path} kosong"),
            Stop::NextYear { path } => format!("laporan tahun berikutnya tidak dapat dibuat dari {path}"),
            Stop::NotEmptyFolder { dir } => {
                format!("{dir} tidak kosong; pilih folder baru (tidak ada yang ditulis)")
            }
            Stop::ReadFolder { dir } => format!("tidak dapat membaca folder {dir}"),
            Stop::Copy { path } => format!("tidak dapat menyalin {path}"),
            Stop::NoName => "folder itu perlu nama".into(),
            Stop::Create { path } => format!("tidak dapat membuat {path}"),
            Stop::Write { path } => format!("tidak dapat menulis {path}"),
            Stop::Appeared { path } => format!("{path} muncul sementara itu; berkas itu dibiarkan"),
            Stop::TempFolder => "tidak dapat membuat folder sementara".into(),
            Stop::LayOut { name } => format!("tidak dapat menyalin sumber {name} ke folder sementara"),
            Stop::CannotRender { problems } => {
                format!("sumber yang diarsipkan tidak dapat disusun menjadi PDF:\n{problems}")
            }
            Stop::NoLongerChecks { problems } => {
                format!("sumber yang diarsipkan tidak lagi lolos pemeriksaan:\n{problems}")
            }
            Stop::YamlNotUtf8 { revision } => format!("{revision}: YAML-nya bukan UTF-8"),
            Stop::NotMapping => "berkas itu bukan pemetaan kunci (`dokumen:`, `perencanaan:`, …)".into(),
            Stop::NoKey { key } => format!("berkas itu tidak memuat `{key}`"),
            Stop::NotAYear { key } => format!("`{key}` bukan tahun"),
            Stop::CannotReadAnswer => "jawabannya tidak dapat dibaca".into(),
            Stop::ManualPage => "halaman manual tidak dapat dibuat".into(),
            Stop::WriteManual => "halaman manual tidak dapat ditulis".into(),
            Stop::Workbook { detail } => {
                format!("buku kerja tidak dapat dibuat (kata penulis xlsx: \"{detail}\")")
            }
            Stop::ParserSaid { detail } => format!("kata pengurai YAML: \"{detail}\""),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::archive::{FileIssue, Io, Kind};

    fn p(s: &str) -> PathBuf {
        PathBuf::from(s)
    }

    type Archive = crate::archive::Failure;

    #[test]
    fn a_whole_chain_is_said_in_one_language() {
        let anchor = Archive::File {
            path: p("/x/arsip/lkjip-archive.txt"),
            issue: FileIssue::BadValue { label: "Ledger-Lines".into(), value: "satu".into(), expected: Kind::Number },
        };
        let e: anyhow::Error = Archive::Damaged { dir: p("/x/arsip"), source: anchor.into() }.into();
        assert_eq!(
            words_of(&e, Lang::Id),
            "arsip /x/arsip rusak; jalankan `lkjip verify --archive /x/arsip`: /x/arsip/lkjip-archive.txt `Ledger-Lines` bernilai \"satu\", bukan angka"
        );
        assert_eq!(
            words_of(&e, Lang::En),
            "the archive /x/arsip is damaged; run `lkjip verify --archive /x/arsip`: /x/arsip/lkjip-archive.txt `Ledger-Lines` is \"satu\", not a number"
        );
        let io: anyhow::Error =
            Archive::Io { op: Io::Create, path: p("/x/b"), source: std::io::Error::from_raw_os_error(20) }.into();
        let io = io.context("an untyped English link");
        assert_eq!(
            words_of(&io, Lang::Id),
            "an untyped English link: tidak dapat membuat /x/b: bukan folder (kode OS 20)"
        );
        let newer: anyhow::Error = crate::archive::NewerFormat(7).into();
        assert!(words_of(&newer, Lang::Id).contains("format arsip 7"));
    }

    #[test]
    fn every_pipeline_failure_and_stop_is_worded_in_both_languages() {
        let io = || std::io::Error::from_raw_os_error(2);
        let out = || p("/x/laporan.pdf");
        let failures = [
            Failure::ReadReport { path: out(), source: io() },
            Failure::OutputIsSource { output: out() },
            Failure::OutputIsFolder { output: out() },
            Failure::CheckOutput { output: out(), source: io() },
            Failure::NotAPdf { output: out() },
            Failure::WritePdf { output: out(), source: anyhow::anyhow!("x") },
            Failure::Render { output: out(), source: anyhow::anyhow!("x") },
        ];
        for f in &failures {
            let (en, id) = (failure(f, Lang::En), failure(f, Lang::Id));
            assert!(en.contains("/x/laporan.pdf") && id.contains("/x/laporan.pdf") && en != id, "{en} / {id}");
        }
        let stop = Stop::HasErrors { file: "a.yaml".into(), release: true };
        assert_eq!(stop.text(Lang::En), "nothing was released: a.yaml has errors");
        assert_eq!(stop.text(Lang::Id), "tidak ada yang dirilis: a.yaml mengandung kesalahan");
        let e: anyhow::Error = Failure::WritePdf { output: out(), source: io().into() }.into();
        assert_eq!(words_of(&e, Lang::Id), "tidak dapat menulis PDF /x/laporan.pdf: tidak ada (kode OS 2)");
        let pages = RenderError::TooManyPages { pages: 900, limit: 500 };
        assert!(render_error(&pages, Lang::Id).contains("900 halaman"), "{}", render_error(&pages, Lang::Id));
    }

    #[test]
    fn every_stop_is_worded_in_both_languages_with_its_values() {
        let s = |x: &str| x.to_owned();
        let stops = [
            (Stop::HasErrors { file: s("a.yaml"), release: false }, vec!["a.yaml"]),
            (Stop::CannotRead { path: s("a.yaml") }, vec!["a.yaml"]),
            (Stop::NotAReport { path: s("a.yaml") }, vec!["a.yaml"]),
            (Stop::NotYaml { path: s("a.yaml") }, vec!["a.yaml"]),
            (Stop::Empty { path: s("a.yaml") }, vec!["a.yaml"]),
            (Stop::NextYear { path: s("a.yaml") }, vec!["a.yaml"]),
            (Stop::NotEmptyFolder { dir: s("d") }, vec!["d"]),
            (Stop::ReadFolder { dir: s("d") }, vec!["d"]),
            (Stop::Copy { path: s("f") }, vec!["f"]),
            (Stop::NoName, vec![]),
            (Stop::Create { path: s("f") }, vec!["f"]),
            (Stop::Write { path: s("f") }, vec!["f"]),
            (Stop::Appeared { path: s("f") }, vec!["f"]),
            (Stop::TempFolder, vec![]),
            (Stop::LayOut { name: s("logo.png") }, vec!["logo.png"]),
            (Stop::CannotRender { problems: s("P1") }, vec!["P1"]),
            (Stop::NoLongerChecks { problems: s("P1") }, vec!["P1"]),
            (Stop::YamlNotUtf8 { revision: s("r@3") }, vec!["r@3"]),
            (Stop::NotMapping, vec![]),
            (Stop::NoKey { key: s("perencanaan.renstra") }, vec!["`perencanaan.renstra`"]),
            (Stop::NotAYear { key: s("dokumen.tahun") }, vec!["`dokumen.tahun`"]),
            (Stop::CannotReadAnswer, vec![]),
            (Stop::ManualPage, vec![]),
            (Stop::WriteManual, vec![]),
            (Stop::ParserSaid { detail: s("bad indent") }, vec!["bad indent"]),
            (Stop::Workbook { detail: s("zip error") }, vec!["zip error"]),
        ];
        for (stop, facts) in &stops {
            let (en, id) = (stop.text(Lang::En), stop.text(Lang::Id));
            assert_ne!(en, id);
            for f in facts {
                assert!(en.contains(f) && id.contains(f), "{f} in {en:?} / {id:?}");
            }
            // a Stop that ends a command is said in the reader's language, not its Display's
            let e: anyhow::Error = stop.clone().into();
            assert_eq!(words_of(&e, Lang::Id), id);
            assert_eq!(e.to_string(), en);
        }
    }
}
