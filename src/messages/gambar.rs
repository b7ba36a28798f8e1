//! The words about a report's images (finding, reading, checking and preparing them) and about
//! the system's I/O errors, in Indonesian and English. The render and the pipeline return the
//! typed facts ([`ImageFault`], [`IoWords`]); only this file says them. Reached through
//! [`super::Msg::Gambar`].

use super::Lang;

/// A system I/O error as facts that can be kept, compared and said later in either language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IoWords {
    pub kind: std::io::ErrorKind,
    pub os: Option<i32>,
    /// The system's own text (English), shown when the kind has no words of its own.
    pub detail: String,
}

impl From<&std::io::Error> for IoWords {
    fn from(e: &std::io::Error) -> Self {
        IoWords { kind: e.kind(), os: e.raw_os_error(), detail: e.to_string() }
    }
}

impl IoWords {
    /// The error in `lang`: English as the system says it; in Indonesian by its kind, with the
    /// system's code, and the system's text for a kind without words here.
    pub fn text(&self, lang: Lang) -> String {
        use std::io::ErrorKind as K;
        if lang == Lang::En {
            return self.detail.clone();
        }
        let kind = match self.kind {
            K::NotFound => "tidak ada",
            K::PermissionDenied => "izin ditolak",
            K::AlreadyExists => "sudah ada",
            K::IsADirectory => "berupa folder",
            K::NotADirectory => "bukan folder",
            K::DirectoryNotEmpty => "folder tidak kosong",
            K::ReadOnlyFilesystem => "sistem berkas hanya-baca",
            K::StorageFull | K::QuotaExceeded => "ruang penyimpanan penuh",
            K::ConnectionRefused => "sambungan ditolak",
            K::ConnectionReset | K::ConnectionAborted => "sambungan terputus",
            K::TimedOut => "waktu habis",
            K::Interrupted => "terinterupsi",
            K::UnexpectedEof => "berkas berakhir sebelum waktunya",
            K::InvalidData => "isi berkas tidak sah",
            // `input::read_regular`'s own error (a FIFO, a device, a folder)
            K::InvalidInput if self.os.is_none() && self.detail == "not a regular file" => "bukan berkas biasa",
            _ => return format!("galat sistem (kata sistem: \"{}\")", self.detail),
        };
        match self.os {
            Some(code) => format!("{kind} (kode OS {code})"),
            None => kind.to_owned(),
        }
    }
}

/// What is wrong with one image, as facts. A decoder's or encoder's own text (`detail`, a foreign
/// crate's English) is quoted as such in Indonesian.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageFault {
    /// Absolute, empty, or with `..`.
    PathNotRelative,
    /// The report's folder cannot be opened.
    FolderUnreadable {
        dir: String,
        io: IoWords,
    },
    NotFound {
        dir: String,
        io: IoWords,
    },
    /// Resolves (through a link) outside the report's folder.
    Outside,
    TooManyBytes {
        size: u64,
        max: u64,
    },
    CannotRead {
        io: IoWords,
    },
    /// A raster format Typst knows but lkjip does not accept (GIF, WebP).
    FormatNotAccepted {
        format: String,
    },
    NotPngOrJpeg,
    /// The header gives no size.
    NoSize,
    NoPixels,
    TooManyPixels {
        width: u32,
        height: u32,
        max_pixels: u64,
        max_side: u64,
    },
    /// The decoder's own text (a foreign crate's words).
    CannotDecode {
        detail: String,
    },
    TooLargeToDecode {
        detail: String,
    },
    Orientation {
        detail: String,
    },
    KeepProfile {
        detail: String,
    },
    CannotEncode {
        format: &'static str,
        detail: String,
    },
}

/// An image of the report, by the name the YAML gives it, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GambarMsg {
    pub name: String,
    pub fault: ImageFault,
}

impl GambarMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en(&self.name, &self.fault),
            Lang::Id => id(&self.name, &self.fault),
        }
    }
}

/// Every fault of image `n`, in English: one arm per fault.
fn en(n: &str, f: &ImageFault) -> String {
    match f {
        ImageFault::PathNotRelative => {
            format!("image path {n:?} must be relative to the report's folder, without \"..\"")
        }
        ImageFault::FolderUnreadable { dir, io } => {
            format!("image {n:?}: cannot open the report folder {dir}: {}", io.text(Lang::En))
        }
        ImageFault::NotFound { dir, io } => format!("cannot find image {n:?} in {dir}: {}", io.text(Lang::En)),
        ImageFault::Outside => format!("image {n:?} lies outside the report's folder"),
        ImageFault::CannotRead { io } => format!("cannot read image {n:?}: {}", io.text(Lang::En)),
        ImageFault::TooManyBytes { size, max } => {
            format!("image {n:?} has {size} bytes; an image may have at most {max}: make it smaller")
        }
        ImageFault::FormatNotAccepted { format } => {
            format!("image {n:?}: image format {format} is not accepted; use PNG or JPEG")
        }
        ImageFault::NotPngOrJpeg => format!("image {n:?}: not a PNG or JPEG image"),
        ImageFault::NoSize => format!("image {n:?}: its header gives no size: it is damaged or truncated"),
        ImageFault::NoPixels => format!("image {n:?}: the image has no pixels"),
        ImageFault::TooManyPixels { width, height, max_pixels, max_side } => format!(
            "image {n:?}: it is {width} × {height} pixels; an image may have at most {max_pixels} pixels and {max_side} on a side: make it smaller"
        ),
        ImageFault::CannotDecode { detail } => format!("image {n:?}: cannot decode the image: {detail}"),
        ImageFault::TooLargeToDecode { detail } => format!("image {n:?}: the image is too large to decode: {detail}"),
        ImageFault::Orientation { detail } => format!("image {n:?}: cannot read the image's orientation: {detail}"),
        ImageFault::KeepProfile { detail } => format!("image {n:?}: cannot keep the colour profile: {detail}"),
        ImageFault::CannotEncode { format, detail } => format!("image {n:?}: cannot encode the {format}: {detail}"),
    }
}

/// Every fault of image `n`, in Indonesian (a decoder's or encoder's own English quoted).
fn id(n: &str, f: &ImageFault) -> String {
    match f {
        ImageFault::PathNotRelative => {
            format!("jalur gambar {n:?} harus relatif terhadap folder laporan, tanpa \"..\"")
        }
        ImageFault::FolderUnreadable { dir, io } => {
            format!("gambar {n:?}: folder laporan {dir} tidak dapat dibuka: {}", io.text(Lang::Id))
        }
        ImageFault::NotFound { dir, io } => format!("gambar {n:?} tidak ditemukan di {dir}: {}", io.text(Lang::Id)),
        ImageFault::Outside => format!("gambar {n:?} berada di luar folder laporan"),
        ImageFault::CannotRead { io } => format!("gambar {n:?} tidak dapat dibaca: {}", io.text(Lang::Id)),
        ImageFault::TooManyBytes { size, max } => {
            format!("gambar {n:?} berukuran {size} bita; sebuah gambar paling besar {max} bita: perkecil ukurannya")
        }
        ImageFault::FormatNotAccepted { format } => {
            format!("gambar {n:?}: format gambar {format} tidak diterima; gunakan PNG atau JPEG")
        }
        ImageFault::NotPngOrJpeg => format!("gambar {n:?}: bukan gambar PNG atau JPEG"),
        ImageFault::NoSize => format!("gambar {n:?}: kepalanya tidak memuat ukuran: berkas rusak atau terpotong"),
        ImageFault::NoPixels => format!("gambar {n:?}: gambar tidak memiliki piksel"),
        ImageFault::TooManyPixels { width, height, max_pixels, max_side } => format!(
            "gambar {n:?}: ukurannya {width} × {height} piksel; sebuah gambar paling banyak {max_pixels} piksel dan {max_side} piksel per sisi: perkecil ukurannya"
        ),
        ImageFault::CannotDecode { detail } => {
            format!("gambar {n:?}: gambar tidak dapat diurai (kata pengurainya: \"{detail}\")")
        }
        ImageFault::TooLargeToDecode { detail } => {
            format!("gambar {n:?}: gambar terlalu besar untuk diurai (kata pengurainya: \"{detail}\")")
        }
        ImageFault::Orientation { detail } => {
            format!("gambar {n:?}: arah gambar tidak dapat dibaca (kata pengurainya: \"{detail}\")")
        }
        ImageFault::KeepProfile { detail } => {
            format!("gambar {n:?}: profil warna tidak dapat dipertahankan (kata pengodenya: \"{detail}\")")
        }
        ImageFault::CannotEncode { format, detail } => {
            format!("gambar {n:?}: {format} tidak dapat dikodekan (kata pengodenya: \"{detail}\")")
        }
    }
}

impl std::fmt::Display for GambarMsg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for GambarMsg {}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<ImageFault> {
        let io = IoWords { kind: std::io::ErrorKind::NotFound, os: Some(2), detail: "No such file".into() };
        vec![
            ImageFault::PathNotRelative,
            ImageFault::FolderUnreadable { dir: "/d".into(), io: io.clone() },
            ImageFault::NotFound { dir: "/d".into(), io: io.clone() },
            ImageFault::Outside,
            ImageFault::TooManyBytes { size: 9, max: 8 },
            ImageFault::CannotRead { io },
            ImageFault::FormatNotAccepted { format: "GIF".into() },
            ImageFault::NotPngOrJpeg,
            ImageFault::NoSize,
            ImageFault::NoPixels,
            ImageFault::TooManyPixels { width: 1, height: 2, max_pixels: 3, max_side: 4 },
            ImageFault::CannotDecode { detail: "x".into() },
            ImageFault::TooLargeToDecode { detail: "x".into() },
            ImageFault::Orientation { detail: "x".into() },
            ImageFault::KeepProfile { detail: "x".into() },
            ImageFault::CannotEncode { format: "PNG", detail: "x".into() },
        ]
    }

    #[test]
    fn every_fault_is_said_in_both_languages_with_the_name() {
        for fault in all() {
            let m = GambarMsg { name: "foto/a.png".into(), fault };
            let (en, id) = (m.text(Lang::En), m.text(Lang::Id));
            assert!(en.contains("\"foto/a.png\"") && id.contains("\"foto/a.png\""), "{en} / {id}");
            assert_ne!(en, id, "{:?} has one text for both languages", m.fault);
            assert!(id.contains("gambar"), "{id}");
            for english in ["image", "cannot", "the "] {
                assert!(!id.contains(english), "English `{english}` in: {id}");
            }
        }
    }

    #[test]
    fn an_io_error_is_said_by_its_kind_in_indonesian_and_as_the_system_says_in_english() {
        let e = std::io::Error::from_raw_os_error(13);
        let w = IoWords::from(&e);
        assert_eq!(w.text(Lang::Id), "izin ditolak (kode OS 13)");
        assert_eq!(w.text(Lang::En), e.to_string());
        let other = IoWords::from(&std::io::Error::other("strange"));
        assert_eq!(other.text(Lang::Id), "galat sistem (kata sistem: \"strange\")");
    }
}
