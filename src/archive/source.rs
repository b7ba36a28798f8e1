//! A source file a release archives: its name, digest and length known from the start, its
//! bytes either held or read again when the bag is written (and refused if they changed).

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use super::failure::Failure;
use super::{Sha256, SourceFile};

/// Reads a source's bytes again (from the report's folder) when its bag is written.
pub type Reread = Arc<dyn Fn() -> anyhow::Result<Vec<u8>> + Send + Sync>;

/// One source of a release request, as it will be archived under `data/source/`.
///
/// A release renders its PDF before it writes the bag; the report's photos are not needed
/// for that render (it embeds them resampled), so they need not stay in memory during it:
/// [`Source::reread`] keeps only the name, digest and length, and the bytes are read again,
/// one file at a time, when the bag is written. The bag then holds exactly the bytes the
/// digest (and so the ledger's `source_sha256`) was computed from, or the release fails.
#[derive(Clone)]
pub struct Source {
    /// Relative path inside the report folder, `/`-separated, e.g. `lkjip.yaml`, `foto/pasar.jpg`.
    pub name: String,
    pub sha256: Sha256,
    pub len: u64,
    content: Content,
}

#[derive(Clone)]
enum Content {
    Held(Vec<u8>),
    Reread(Reread),
}

impl Source {
    /// A source whose bytes stay in memory until the bag is written.
    pub fn held(name: impl Into<String>, bytes: Vec<u8>) -> Source {
        Source { name: name.into(), sha256: Sha256::of(&bytes), len: bytes.len() as u64, content: Content::Held(bytes) }
    }

    /// A source known by the digest and length of the bytes read now (which the caller may then
    /// drop; it hashed them already for the PDF's ident), read again by `read` when the bag is
    /// written.
    pub fn reread(name: impl Into<String>, sha256: Sha256, len: u64, read: Reread) -> Source {
        Source { name: name.into(), sha256, len, content: Content::Reread(read) }
    }

    /// The bytes to archive: the held ones, or the ones read again, refused unless they are
    /// the bytes this source was known by (a file changed while the release ran).
    pub fn bytes(&self) -> anyhow::Result<Cow<'_, [u8]>> {
        match &self.content {
            Content::Held(b) => Ok(Cow::Borrowed(b)),
            Content::Reread(read) => {
                let bytes = read()?;
                let found = Sha256::of(&bytes);
                if found != self.sha256 || bytes.len() as u64 != self.len {
                    return Err(Failure::SourceChanged { name: self.name.clone(), expected: self.sha256, found }.into());
                }
                Ok(Cow::Owned(bytes))
            }
        }
    }
}

impl From<SourceFile> for Source {
    fn from(f: SourceFile) -> Source {
        Source::held(f.name, f.bytes)
    }
}

impl fmt::Debug for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = matches!(self.content, Content::Held(_));
        f.debug_struct("Source")
            .field("name", &self.name)
            .field("sha256", &self.sha256)
            .field("len", &self.len)
            .field("held", &held)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn a_reread_source_gives_its_bytes_only_while_they_are_the_ones_it_was_known_by() {
        let disk = Arc::new(Mutex::new(b"foto asli".to_vec()));
        let d = disk.clone();
        let s =
            Source::reread("foto/a.jpg", Sha256::of(b"foto asli"), 9, Arc::new(move || Ok(d.lock().unwrap().clone())));
        assert_eq!((s.sha256, s.len), (Sha256::of(b"foto asli"), 9));
        assert_eq!(&*s.bytes().unwrap(), b"foto asli");

        *disk.lock().unwrap() = b"foto lain".to_vec();
        let err = s.bytes().unwrap_err();
        match err.downcast_ref::<Failure>() {
            Some(Failure::SourceChanged { name, expected, found }) => {
                assert_eq!(name, "foto/a.jpg");
                assert_eq!(*expected, Sha256::of(b"foto asli"));
                assert_eq!(*found, Sha256::of(b"foto lain"));
            }
            other => panic!("expected SourceChanged, got {other:?}"),
        }
    }

    #[test]
    fn a_held_source_is_known_by_its_own_bytes() {
        let s: Source = SourceFile { name: "lkjip.yaml".into(), bytes: b"a: 1\n".to_vec() }.into();
        assert_eq!((s.sha256, s.len), (Sha256::of(b"a: 1\n"), 5));
        assert_eq!(&*s.bytes().unwrap(), b"a: 1\n");
    }
}
