//! Image checks before rendering: only PNG and JPEG that Typst's own decoder accepts; and the
//! whole way from an original image to the bytes the PDF embeds ([`prepare_image`]).

use typst::foundations::Bytes;

use crate::input::limits::{MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE};
use crate::messages::gambar::ImageFault;
use typst::visualize::{ExchangeFormat, RasterImage};

/// Whether `bytes` starts like a PNG or a JPEG whose header's size is within the limits
/// (read by `header_size`); nothing is decoded.
pub fn looks_like_image(bytes: &[u8]) -> Result<(), ImageFault> {
    match ExchangeFormat::detect(bytes) {
        Some(ExchangeFormat::Png | ExchangeFormat::Jpg) => {}
        Some(other) => return Err(ImageFault::FormatNotAccepted { format: format!("{other:?}") }),
        None => return Err(ImageFault::NotPngOrJpeg),
    }
    let (w, h) = header_size(bytes).ok_or(ImageFault::NoSize)?;
    let pixels = u64::from(w).saturating_mul(u64::from(h));
    if w == 0 || h == 0 {
        return Err(ImageFault::NoPixels);
    }
    if u64::from(w.max(h)) > MAX_IMAGE_SIDE || pixels > MAX_IMAGE_PIXELS {
        return Err(ImageFault::TooManyPixels {
            width: w,
            height: h,
            max_pixels: MAX_IMAGE_PIXELS,
            max_side: MAX_IMAGE_SIDE,
        });
    }
    Ok(())
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u32::from(u16::from_be_bytes([s[0], s[1]])))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

/// Width and height as the header of a PNG (IHDR) or JPEG (the first SOF segment) gives them,
/// read before anything is decoded: a 335-byte JPEG may claim 65 500 × 65 500.
pub fn header_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        return (b.get(12..16)? == b"IHDR").then_some((be32(b, 16)?, be32(b, 20)?));
    }
    if !b.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut at = 2usize;
    loop {
        // a marker: 0xFF, any fill bytes 0xFF, then its code
        if *b.get(at)? != 0xFF {
            return None;
        }
        while *b.get(at)? == 0xFF {
            at = at.checked_add(1)?;
        }
        let code = *b.get(at)?;
        at = at.checked_add(1)?;
        match code {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None,
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                // length, precision, height, width
                return Some((be16(b, at.checked_add(5)?)?, be16(b, at.checked_add(3)?)?));
            }
            _ => at = at.checked_add(usize::try_from(be16(b, at)?).ok()?)?,
        }
    }
}

/// From an original image to what the PDF embeds: resampled for `target` and re-encoded
/// without metadata ([`super::resample::place`]), then decoded once more with Typst's own code,
/// so what reaches the render is known to be accepted. The original is decoded once, here, and
/// dropped before the next image is read.
///
/// Memoized (by the original's bytes and the target): `watch` re-renders after every edit, and
/// resampling the report's images again each time was most of its work. Typst's cache eviction
/// (`comemo::evict`, which every render ends with) drops entries no longer used.
pub fn prepare_image(original: &[u8], target: super::resample::Target) -> Result<Vec<u8>, ImageFault> {
    prepare_image_memoized(original, target)
}

#[comemo::memoize]
fn prepare_image_memoized(original: &[u8], target: super::resample::Target) -> Result<Vec<u8>, ImageFault> {
    looks_like_image(original)?;
    let placed = super::resample::place(original, target)?;
    check_image(&placed.bytes)?;
    Ok(placed.bytes)
}

/// Whether `bytes` is a PNG or JPEG that Typst can decode and embed in a PDF/A-3b.
///
/// Decodes with the very code the render uses. PDF/A-3b targets PDF 1.7, so 16-bit channels and
/// alpha are allowed (they fail only for PDF/A-1 / PDF 1.4). Call `typst::comemo::evict` some time
/// after many checks: the decoder is memoized.
pub fn check_image(bytes: &[u8]) -> Result<(), ImageFault> {
    let format = match ExchangeFormat::detect(bytes) {
        Some(f @ (ExchangeFormat::Png | ExchangeFormat::Jpg)) => f,
        Some(other) => return Err(ImageFault::FormatNotAccepted { format: format!("{other:?}") }),
        None => return Err(ImageFault::NotPngOrJpeg),
    };
    let image = RasterImage::plain(Bytes::new(bytes.to_vec()), format)
        .map_err(|e| ImageFault::CannotDecode { detail: format!("{format:?}: {e}") })?;
    if image.width() == 0 || image.height() == 0 {
        return Err(ImageFault::NoPixels);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_image;

    /// A JPEG of a few hundred bytes whose frame header claims `w` × `h`.
    pub(crate) fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        b.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        b.extend_from_slice(&[0xFF, 0xC0, 0, 17, 8]);
        b.extend_from_slice(&h.to_be_bytes());
        b.extend_from_slice(&w.to_be_bytes());
        b.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        b.extend_from_slice(&[0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
        b.resize(335, 0);
        b
    }

    /// A PNG signature and header claiming `w` × `h` (the pixel data need not follow).
    pub(crate) fn png_claiming(w: u32, h: u32) -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend_from_slice(&w.to_be_bytes());
        b.extend_from_slice(&h.to_be_bytes());
        b.extend_from_slice(&[8, 0, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn sizes_are_read_from_the_header_and_limited() {
        use super::{header_size, looks_like_image};
        assert_eq!(header_size(include_bytes!("../../tests/fixtures/logo.png")), Some((48, 48)));
        assert_eq!(header_size(&jpeg_claiming(65_500, 65_500)), Some((65_500, 65_500)));
        assert_eq!(header_size(&png_claiming(40_000, 40_000)), Some((40_000, 40_000)));
        let e = looks_like_image(&jpeg_claiming(65_500, 65_500)).unwrap_err();
        assert!(
            matches!(e, crate::messages::gambar::ImageFault::TooManyPixels { width: 65_500, height: 65_500, .. }),
            "{e:?}"
        );
        assert!(looks_like_image(&png_claiming(40_000, 40_000)).is_err());
        assert!(looks_like_image(&png_claiming(8_000, 6_000)).is_ok());
        assert!(looks_like_image(&png_claiming(20_001, 10)).is_err());
        assert!(looks_like_image(&png_claiming(0, 10)).is_err());
        assert!(looks_like_image(b"\xFF\xD8\xFF").is_err());
    }

    #[test]
    fn fixture_png_passes_and_garbage_fails() {
        assert!(check_image(include_bytes!("../../tests/fixtures/logo.png")).is_ok());
        assert!(check_image(b"GIF89a not really").is_err());
        assert!(check_image(b"\x89PNG\r\n\x1a\n truncated").is_err());
        assert!(check_image(b"hello").is_err());
    }
}
