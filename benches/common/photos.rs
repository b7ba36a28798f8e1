//! Phone photos made in code, for the benchmark and the tests: a noisy gradient as a JPEG with
//! an EXIF block like a phone writes (camera make and model, orientation, a GPS position).
//! Included by path from benches/, tests/ and the resampler's unit tests.

#![allow(dead_code)] // each includer uses a part

use image::codecs::jpeg::JpegEncoder;
use image::{ImageEncoder, RgbImage};

/// Text in the EXIF block that must never reach a PDF (as the camera's make).
pub const CANARY_MAKE: &str = "CanaryPhoneMaker";
/// The GPS latitude reference written ("S"); the GPS IFD also holds latitude and longitude.
pub const GPS_TAG: u16 = 0x8825;

/// A `width` × `height` JPEG (quality 92, as phones save) of a noisy colour gradient, with an
/// EXIF block carrying `orientation` (1 = upright, 6 = turn 90° clockwise to view) and a GPS
/// position. `seed` varies the noise, so photos differ. Same arguments, same bytes.
pub fn phone_jpeg(width: u32, height: u32, seed: u64, orientation: u16) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut noise = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 56) as i32 % 14 - 7
    };
    let img = RgbImage::from_fn(width, height, |x, y| {
        let r = (x * 255 / width.max(1)) as i32;
        let g = (y * 255 / height.max(1)) as i32;
        let b = (((x + y) / 7 + seed as u32 * 40) % 256) as i32;
        let n = noise();
        image::Rgb([(r + n).clamp(0, 255) as u8, (g + n).clamp(0, 255) as u8, (b - n).clamp(0, 255) as u8])
    });
    let mut out = Vec::new();
    let mut enc = JpegEncoder::new_with_quality(&mut out, 92);
    enc.set_exif_metadata(exif(orientation)).expect("exif");
    enc.write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8).expect("encode");
    out
}

/// A big-endian TIFF block: IFD0 with Make, Orientation and a GPS IFD pointer; the GPS IFD with
/// latitude S 6° 53' 20", longitude E 109° 40' 30" (Pekalongan).
pub fn exif(orientation: u16) -> Vec<u8> {
    let make = format!("{CANARY_MAKE}\0");
    // Layout: header (8) | IFD0: 2 + 3*12 + 4 = 42 → 50 | GPS IFD: 2 + 4*12 + 4 = 54 → 104 |
    // make text | rationals (3 × 8 bytes each for lat and lon).
    let ifd0 = 8u32;
    let gps = ifd0 + 42;
    let make_at = gps + 54;
    let lat_at = make_at + make.len() as u32;
    let lon_at = lat_at + 24;
    let mut t = b"MM\0\x2a".to_vec();
    t.extend(ifd0.to_be_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: [u8; 4]| {
        t.extend(tag.to_be_bytes());
        t.extend(typ.to_be_bytes());
        t.extend(count.to_be_bytes());
        t.extend(value);
    };
    t.extend(3u16.to_be_bytes());
    entry(&mut t, 0x010F, 2, make.len() as u32, make_at.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, GPS_TAG, 4, 1, gps.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    t.extend(4u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"S\0\0\0");
    entry(&mut t, 0x0002, 5, 3, lat_at.to_be_bytes());
    entry(&mut t, 0x0003, 2, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, 5, 3, lon_at.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    t.extend(make.as_bytes());
    for v in [6u32, 53, 20, 109, 40, 30] {
        t.extend(v.to_be_bytes());
        t.extend(1u32.to_be_bytes());
    }
    t
}

/// Whether `bytes` holds an EXIF block, the canary or a GPS IFD tag as written by [`exif`].
pub fn has_exif_traces(bytes: &[u8]) -> bool {
    let find = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    find(b"Exif\0\0") || find(CANARY_MAKE.as_bytes()) || find(&[0x88, 0x25, 0x00, 0x04]) || find(b"MM\0\x2a")
}
