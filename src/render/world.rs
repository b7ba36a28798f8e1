//! The Typst World: layouts as sources, fonts from the binary, no disk, no clock.
//!
//! It only delegates, like typst-cli's: the files are the layouts and two virtual data files
//! (`/data.json`, `/sumber.yaml`); images reach Typst as values in `sys.inputs` (see
//! `inputs.rs`). Every other path is `NotFound` with its virtual name; packages are refused;
//! nothing is read from disk. File ids are fixed names, so the process-wide FileId interner
//! does not grow per render.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FONTS;
use super::layouts::{Layouts, MAIN};

pub(crate) struct LkjipWorld {
    library: LazyHash<Library>,
    main: FileId,
    sources: Vec<Source>,
    files: Vec<(FileId, Bytes)>,
}

/// The file id of a layout file at the virtual root.
pub(crate) fn layout_id(name: &str) -> Result<FileId, String> {
    let vpath =
        VirtualPath::new(format!("/{name}")).map_err(|e| format!("invalid layout file name {name:?}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl LkjipWorld {
    pub(crate) fn new(layouts: &Layouts, inputs: Dict, files: Vec<(&str, Vec<u8>)>) -> Result<Self, String> {
        let mut sources = Vec::new();
        for (name, text) in layouts.files() {
            sources.push(Source::new(layout_id(name)?, text.to_string()));
        }
        let files = files
            .into_iter()
            .map(|(name, bytes)| Ok((layout_id(name)?, Bytes::new(bytes))))
            .collect::<Result<_, String>>()?;
        let library = Library::builder().with_inputs(inputs).build();
        Ok(Self { library: LazyHash::new(library), main: layout_id(MAIN)?, sources, files })
    }

    fn find(&self, id: FileId) -> FileResult<&Source> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::AccessDenied);
        }
        self.sources
            .iter()
            .find(|s| s.id() == id)
            .ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }
}

impl World for LkjipWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.find(id).cloned()
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some((_, bytes)) = self.files.iter().find(|(f, _)| *f == id) {
            return Ok(bytes.clone());
        }
        self.find(id).map(|s| Bytes::from_string(s.clone()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    /// No clock: `datetime.today()` is an error; dates come from the data.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
