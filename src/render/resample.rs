//! Images as a publisher places them: resampled to the pixels their printed width needs,
//! re-encoded (JPEG for photos, lossless PNG for drawings and logos), every metadata block but
//! the colour profile dropped. A pure function of its inputs: the same bytes and target give
//! the same bytes out (the PDF is byte-reproducible), and no clock, path or name enters it.
//!
//! The printed widths are the data contract's ([`super::data::LEBAR_FOTO_MM`],
//! [`super::data::LEBAR_LOGO_MM`]); the layouts place images at exactly those widths, so the
//! pixels needed are known here, before Typst runs.

use std::collections::BTreeMap;
use std::io::Cursor;

use image::codecs::jpeg::{JpegDecoder, JpegEncoder, PixelDensity};
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngDecoder, PngEncoder};
use image::imageops::FilterType;
use image::{DynamicImage, ImageBuffer, ImageDecoder, ImageEncoder, Limits, Pixel};

use super::data::TypstData;
use crate::messages::gambar::ImageFault;

/// Pixels per inch when `dokumen.ppi` is not given: what office suites use for print.
pub const DEFAULT_PPI: u32 = 220;
/// The range `dokumen.ppi` may take.
pub const PPI_RANGE: std::ops::RangeInclusive<u32> = 72..=600;
/// JPEG quality for photos: no visible artefacts at print size (4:2:0 at 220 ppi).
pub const JPEG_QUALITY: u8 = 90;

/// How an image is re-encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Lossy JPEG at [`JPEG_QUALITY`]: photos (what arrives as JPEG).
    Photo,
    /// Lossless PNG: drawings, screenshots, logos (what arrives as PNG, and every logo).
    Lossless,
}

/// What one image must become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    /// The widest width it is printed at, in millimetres.
    pub width_mm: u32,
    /// Pixels per inch at that width.
    pub ppi: u32,
    /// Force lossless output (a logo), whatever the source format.
    pub lossless: bool,
}

impl Target {
    /// The pixel width the printed width needs: ⌈mm × ppi / 25,4⌉, at least 1.
    pub fn pixels(&self) -> u32 {
        let num = u64::from(self.width_mm) * u64::from(self.ppi) * 10;
        u32::try_from(num.div_ceil(254)).unwrap_or(u32::MAX).max(1)
    }
}

/// A re-encoded image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// PNG or JPEG bytes, without EXIF, XMP, text chunks or comments.
    pub bytes: Vec<u8>,
    /// Pixel size after resampling.
    pub width: u32,
    pub height: u32,
    /// How it was encoded.
    pub encoding: Encoding,
}

/// What each image the layouts print must become: by relative path, the widest width it is
/// printed at (an image used twice is resampled once, for the larger use) at `ppi`; a logo is
/// lossless.
pub fn targets(data: &TypstData, ppi: u32) -> BTreeMap<String, Target> {
    let logo = data.sampul.logo.iter().map(|g| (g, true));
    let fotos = data.bab3.analisis.sasaran.iter().flat_map(|s| &s.foto).map(|f| (&f.gambar, false));
    let mut out: BTreeMap<String, Target> = BTreeMap::new();
    for (g, lossless) in logo.chain(fotos) {
        let t = out.entry(g.berkas.clone()).or_insert(Target { width_mm: 0, ppi, lossless });
        t.width_mm = t.width_mm.max(g.lebar_mm);
        t.lossless |= lossless;
    }
    out
}

/// Decode `bytes` (PNG or JPEG), turn it upright (EXIF orientation, which is then dropped),
/// shrink it to `target.pixels()` wide when it is wider (never enlarge), and encode it again,
/// keeping only an ICC profile that fits the pixels written.
pub fn place(bytes: &[u8], target: Target) -> Result<Placed, ImageFault> {
    let (image, icc, source_is_jpeg) = decode(bytes)?;
    let encoding = if source_is_jpeg && !target.lossless { Encoding::Photo } else { Encoding::Lossless };
    let want = target.pixels();
    let mut image = normalise(image, encoding);
    if image.width() > want {
        image = shrink(image, want);
    }
    let icc = icc.filter(|p| profile_fits(p, &image));
    let (width, height) = (image.width(), image.height());
    let mut out = Vec::new();
    match encoding {
        Encoding::Photo => {
            let mut enc = JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            enc.set_pixel_density(PixelDensity::dpi(u16::try_from(target.ppi).unwrap_or(u16::MAX)));
            if let Some(p) = icc {
                enc.set_icc_profile(p).map_err(|e| ImageFault::KeepProfile { detail: e.to_string() })?;
            }
            enc.encode_image(&image).map_err(|e| ImageFault::CannotEncode { format: "JPEG", detail: e.to_string() })?;
        }
        Encoding::Lossless => {
            let mut enc = PngEncoder::new_with_quality(&mut out, CompressionType::Fast, PngFilter::Adaptive);
            if let Some(p) = icc {
                enc.set_icc_profile(p).map_err(|e| ImageFault::KeepProfile { detail: e.to_string() })?;
            }
            enc.write_image(image.as_bytes(), width, height, image.color().into())
                .map_err(|e| ImageFault::CannotEncode { format: "PNG", detail: e.to_string() })?;
        }
    }
    Ok(Placed { bytes: out, width, height, encoding })
}

/// The decoded image, upright, with its ICC profile; and whether it was a JPEG.
fn decode(bytes: &[u8]) -> Result<(DynamicImage, Option<Vec<u8>>, bool), ImageFault> {
    fn finish(mut d: impl ImageDecoder) -> Result<(DynamicImage, Option<Vec<u8>>), ImageFault> {
        d.set_limits(Limits::default()).map_err(|e| ImageFault::TooLargeToDecode { detail: e.to_string() })?;
        let icc = d.icc_profile().ok().flatten();
        let orientation = d.orientation().map_err(|e| ImageFault::Orientation { detail: e.to_string() })?;
        let mut image =
            DynamicImage::from_decoder(d).map_err(|e| ImageFault::CannotDecode { detail: e.to_string() })?;
        image.apply_orientation(orientation);
        Ok((image, icc))
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        let d = PngDecoder::new(Cursor::new(bytes))
            .map_err(|e| ImageFault::CannotDecode { detail: format!("PNG: {e}") })?;
        finish(d).map(|(i, p)| (i, p, false))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let d = JpegDecoder::new(Cursor::new(bytes))
            .map_err(|e| ImageFault::CannotDecode { detail: format!("JPEG: {e}") })?;
        finish(d).map(|(i, p)| (i, p, true))
    } else {
        Err(ImageFault::NotPngOrJpeg)
    }
}

/// Downscale an 8-bit image to `width` pixels wide, keeping the aspect ratio: an integer area
/// average (each output pixel the mean of k × k source pixels) down to two to three times the
/// size, then Lanczos (sharp, no aliasing) for the last step.
fn shrink(image: DynamicImage, width: u32) -> DynamicImage {
    let height = scaled(image.height(), width, image.width());
    let k = image.width() / width.saturating_mul(2).max(1);
    let step = if k >= 2 {
        match image {
            DynamicImage::ImageLuma8(b) => DynamicImage::ImageLuma8(box_average(&b, k)),
            DynamicImage::ImageLumaA8(b) => DynamicImage::ImageLumaA8(box_average(&b, k)),
            DynamicImage::ImageRgba8(b) => DynamicImage::ImageRgba8(box_average(&b, k)),
            other => DynamicImage::ImageRgb8(box_average(&other.into_rgb8(), k)),
        }
    } else {
        image
    };
    step.resize_exact(width, height, FilterType::Lanczos3)
}

/// Each output pixel is the rounded mean of a k × k block (the last partial blocks are dropped:
/// at most k − 1 pixels of a side, which the final resize does not miss).
fn box_average<P: Pixel<Subpixel = u8>>(src: &ImageBuffer<P, Vec<u8>>, k: u32) -> ImageBuffer<P, Vec<u8>> {
    let c = usize::from(P::CHANNEL_COUNT);
    let (w, ow, oh) = (src.width() as usize, (src.width() / k) as usize, src.height() / k);
    let (k, kk) = (k as usize, k * k);
    let raw = src.as_raw();
    let mut out = Vec::with_capacity(ow * oh as usize * c);
    let mut acc = vec![0u32; ow * c];
    for oy in 0..oh as usize {
        acc.fill(0);
        for y in oy * k..oy * k + k {
            let row = &raw[y * w * c..][..ow * k * c];
            for (block, sums) in row.chunks_exact(k * c).zip(acc.chunks_exact_mut(c)) {
                for px in block.chunks_exact(c) {
                    for (s, v) in sums.iter_mut().zip(px) {
                        *s += u32::from(*v);
                    }
                }
            }
        }
        out.extend(acc.iter().map(|s| ((s + kk / 2) / kk) as u8));
    }
    ImageBuffer::from_raw(ow as u32, oh, out).expect("the buffer has the size computed for it")
}

/// `h × new_w / old_w`, rounded half up, at least 1.
fn scaled(h: u32, new_w: u32, old_w: u32) -> u32 {
    let num = u64::from(h) * u64::from(new_w) * 2 + u64::from(old_w);
    u32::try_from(num / (u64::from(old_w) * 2)).unwrap_or(u32::MAX).max(1)
}

/// 8 bits per channel; alpha only where it is used and the encoding can carry it. An image
/// already in its final form is moved, not copied.
fn normalise(image: DynamicImage, encoding: Encoding) -> DynamicImage {
    let gray = matches!(
        image,
        DynamicImage::ImageLuma8(_)
            | DynamicImage::ImageLumaA8(_)
            | DynamicImage::ImageLuma16(_)
            | DynamicImage::ImageLumaA16(_)
    );
    let image = match (gray, image.color().has_alpha() && encoding == Encoding::Lossless) {
        (true, false) => DynamicImage::ImageLuma8(image.into_luma8()),
        (true, true) => DynamicImage::ImageLumaA8(image.into_luma_alpha8()),
        (false, false) => DynamicImage::ImageRgb8(image.into_rgb8()),
        (false, true) => DynamicImage::ImageRgba8(image.into_rgba8()),
    };
    match image {
        DynamicImage::ImageLumaA8(b) if b.pixels().all(|p| p.0[1] == u8::MAX) => {
            DynamicImage::ImageLuma8(DynamicImage::ImageLumaA8(b).into_luma8())
        }
        DynamicImage::ImageRgba8(b) if b.pixels().all(|p| p.0[3] == u8::MAX) => {
            DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(b).into_rgb8())
        }
        other => other,
    }
}

/// An ICC profile is kept only when its colour space is the pixels' (a CMYK JPEG is decoded to
/// RGB, so its CMYK profile would lie).
fn profile_fits(profile: &[u8], image: &DynamicImage) -> bool {
    let space = profile.get(16..20);
    let gray = matches!(image, DynamicImage::ImageLuma8(_) | DynamicImage::ImageLumaA8(_));
    if gray { space == Some(b"GRAY") } else { space == Some(b"RGB ") }
}

#[cfg(test)]
#[path = "resample_tests.rs"]
mod tests;
