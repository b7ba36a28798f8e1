//! What the commands say when they did what was asked (`build`, `release`, `diff`, `layouts`,
//! `watch`), in Indonesian and English. The log of the archive is worded in `messages::archive`.

use super::Lang;

/// One line (or block) a command prints on success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// `build`: the draft PDF was written.
    WroteDraft { file: String, pages: usize },
    /// `layouts DIR`: the embedded layouts were written.
    LayoutsWritten { count: usize, dir: String, names: String },
    /// `layouts DIR`: how to render with them.
    LayoutsUse { dir: String },
    /// `release`: a new revision was archived.
    Released { revision: u32, report: String },
    /// `release`: the sources equal the current revision; nothing was archived.
    Unchanged { revision: u32, report: String },
    /// `release`: the facts of the revision, one per line.
    ReleaseFacts { revision: u32, pdf: String, sha256: String, length: u64, head: String },
    /// `release`: keep the head outside the archive.
    KeepHead { dir: String, head: String },
    /// `diff`: a source file other than the YAML.
    File { name: String, change: FileChange },
    /// `diff`: nothing changed.
    NoChanges,
    /// A step under way (shown while it runs): the draft or a revision's final PDF.
    Rendering { draft: bool },
    /// `-v`: how long the render took.
    RenderedIn { ms: u128 },
    /// `watch`: started.
    Watching { file: String, output: String },
}

/// How a source file differs between two revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChange {
    Removed,
    Changed,
    Added,
}

impl Said {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Said::WroteDraft { file, pages } if en => format!("wrote {file} ({pages} pages, draft)"),
            Said::WroteDraft { file, pages } => format!("menulis {file} ({pages} halaman, draf)"),
            Said::LayoutsWritten { count, dir, names } if en => {
                format!("wrote {count} layout files to {dir}: {names}")
            }
            Said::LayoutsWritten { count, dir, names } => {
                format!("menulis {count} berkas tata letak ke {dir}: {names}")
            }
            Said::LayoutsUse { dir } if en => format!("render with them: lkjip build REPORT.yaml --layout {dir}"),
            Said::LayoutsUse { dir } => format!("merender dengannya: lkjip build LAPORAN.yaml --layout {dir}"),
            Said::Released { revision, report } if en => format!("released revision {revision} of {report}"),
            Said::Released { revision, report } => format!("merilis revisi {revision} dari {report}"),
            Said::Unchanged { revision, report } if en => {
                format!("unchanged: the sources equal revision {revision} of {report}; nothing was archived")
            }
            Said::Unchanged { revision, report } => {
                format!("tetap: sumbernya sama dengan revisi {revision} dari {report}; tidak ada yang diarsipkan")
            }
            Said::ReleaseFacts { revision, pdf, sha256, length, head } if en => format!(
                "revision: {revision}\npdf:      {pdf}\nsha256:   {sha256}\nlength:   {length} bytes\nhead:     {head}"
            ),
            Said::ReleaseFacts { revision, pdf, sha256, length, head } => format!(
                "revisi:   {revision}\npdf:      {pdf}\nsha256:   {sha256}\npanjang:  {length} bait\nkepala:   {head}"
            ),
            Said::KeepHead { dir, head } if en => format!(
                "(keep the head outside the archive; `lkjip verify --archive {dir} --head {head}` later proves the ledger still holds it)"
            ),
            Said::KeepHead { dir, head } => format!(
                "(simpan kepala ini di luar arsip; kelak `lkjip verify --archive {dir} --head {head}` membuktikan buku besar masih memuatnya)"
            ),
            Said::File { name, change } => {
                let what = match (change, en) {
                    (FileChange::Removed, true) => "removed",
                    (FileChange::Changed, true) => "changed",
                    (FileChange::Added, true) => "added",
                    (FileChange::Removed, false) => "dihapus",
                    (FileChange::Changed, false) => "diubah",
                    (FileChange::Added, false) => "ditambahkan",
                };
                if en { format!("file {name}: {what}") } else { format!("berkas {name}: {what}") }
            }
            Said::NoChanges if en => "no changes in the source data".to_owned(),
            Said::NoChanges => "tidak ada perubahan pada data sumber".to_owned(),
            Said::Rendering { draft: true } if en => "rendering the draft PDF".to_owned(),
            Said::Rendering { draft: true } => "menyusun PDF draf".to_owned(),
            Said::Rendering { draft: false } if en => "rendering the final PDF of this revision".to_owned(),
            Said::Rendering { draft: false } => "menyusun PDF final revisi ini".to_owned(),
            Said::RenderedIn { ms } if en => format!("rendered in {ms} ms"),
            Said::RenderedIn { ms } => format!("dirender dalam {ms} ms"),
            Said::Watching { file, output } if en => format!(
                "watching {file} → {output} (a preview, not the archival PDF: `lkjip build` writes that; Ctrl+C to stop)"
            ),
            Said::Watching { file, output } => format!(
                "memantau {file} → {output} (pratinjau, bukan PDF arsip: `lkjip build` yang menulisnya; Ctrl+C untuk berhenti)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Said> {
        let s = |t: &str| t.to_owned();
        let mut v = vec![
            Said::WroteDraft { file: s("a.pdf"), pages: 3 },
            Said::LayoutsWritten { count: 2, dir: s("t"), names: s("a.typ, b.typ") },
            Said::LayoutsUse { dir: s("t") },
            Said::Released { revision: 2, report: s("lkjip-2021-x") },
            Said::Unchanged { revision: 2, report: s("lkjip-2021-x") },
            Said::ReleaseFacts { revision: 2, pdf: s("p.pdf"), sha256: s("ab"), length: 9, head: s("cd") },
            Said::KeepHead { dir: s("gudang"), head: s("cd") },
            Said::Rendering { draft: true },
            Said::Rendering { draft: false },
            Said::RenderedIn { ms: 12 },
            Said::NoChanges,
            Said::Watching { file: s("a.yaml"), output: s("a.pdf") },
        ];
        for change in [FileChange::Removed, FileChange::Changed, FileChange::Added] {
            v.push(Said::File { name: s("foto/a.png"), change });
        }
        v
    }

    #[test]
    fn every_line_is_said_in_both_languages_with_its_values() {
        for m in all() {
            let (en, id) = (m.text(Lang::En), m.text(Lang::Id));
            assert_ne!(en, id, "{m:?}");
            for v in ["a.pdf", "lkjip-2021-x", "p.pdf", "gudang", "a.yaml", "foto/a.png", "a.typ, b.typ"] {
                assert_eq!(en.contains(v), id.contains(v), "{m:?}: {v} in one language only");
            }
        }
        assert_eq!(
            Said::WroteDraft { file: "a.pdf".into(), pages: 3 }.text(Lang::Id),
            "menulis a.pdf (3 halaman, draf)"
        );
    }
}
