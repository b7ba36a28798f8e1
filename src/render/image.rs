//! Image checks before rendering: only PNG and JPEG that Typst's own decoder accepts; and the
//! whole way from an original image to the bytes the PDF embeds ([`prepare_image`]).

use typst::foundations::Bytes;
use typst::visualize::{ExchangeFormat, RasterImage};

/// Whether `bytes` starts like a PNG or a JPEG (the signature only; nothing is decoded).
pub fn looks_like_image(bytes: &[u8]) -> Result<(), String> {
    match ExchangeFormat::detect(bytes) {
        Some(ExchangeFormat::Png | ExchangeFormat::Jpg) => Ok(()),
        Some(other) => Err(format!("image format {other:?} is not accepted; use PNG or JPEG")),
        None => Err("not a PNG or JPEG image".into()),
    }
}

/// From an original image to what the PDF embeds: resampled for `target` and re-encoded
/// without metadata ([`super::resample::place`]), then decoded once more with Typst's own code,
/// so what reaches the render is known to be accepted. The original is decoded once, here, and
/// dropped before the next image is read.
pub fn prepare_image(original: &[u8], target: super::resample::Target) -> Result<Vec<u8>, String> {
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
pub fn check_image(bytes: &[u8]) -> Result<(), String> {
    let format = match ExchangeFormat::detect(bytes) {
        Some(f @ (ExchangeFormat::Png | ExchangeFormat::Jpg)) => f,
        Some(other) => return Err(format!("image format {other:?} is not accepted; use PNG or JPEG")),
        None => return Err("not a PNG or JPEG image".into()),
    };
    let image = RasterImage::plain(Bytes::new(bytes.to_vec()), format)
        .map_err(|e| format!("cannot decode the {format:?} image: {e}"))?;
    if image.width() == 0 || image.height() == 0 {
        return Err("the image has no pixels".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_image;

    #[test]
    fn fixture_png_passes_and_garbage_fails() {
        assert!(check_image(include_bytes!("../../tests/fixtures/logo.png")).is_ok());
        assert!(check_image(b"GIF89a not really").is_err());
        assert!(check_image(b"\x89PNG\r\n\x1a\n truncated").is_err());
        assert!(check_image(b"hello").is_err());
    }
}
