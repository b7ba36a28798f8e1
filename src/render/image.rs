//! Image checks before rendering: only PNG and JPEG that Typst's own decoder accepts.

use typst::foundations::Bytes;
use typst::visualize::{ExchangeFormat, RasterImage};

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
