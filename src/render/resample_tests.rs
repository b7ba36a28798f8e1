//! Tests of the resampler: sizes, encodings, metadata dropped, determinism.

use super::*;

#[path = "../../benches/common/photos.rs"]
mod photos;

const PHOTO: Target = Target { width_mm: 76, ppi: 220, lossless: false };

fn dims(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory(bytes).expect("decodes");
    (img.width(), img.height())
}

#[test]
fn pixels_follow_the_printed_width() {
    assert_eq!(PHOTO.pixels(), 659); // 76 mm / 25,4 × 220 = 658,27 → 659
    assert_eq!(Target { width_mm: 254, ppi: 100, lossless: false }.pixels(), 1000);
    assert_eq!(Target { width_mm: 45, ppi: 300, lossless: true }.pixels(), 532);
}

#[test]
fn a_phone_photo_shrinks_to_its_print_size_without_exif_or_gps() {
    let src = photos::phone_jpeg(2016, 1512, 7, 1);
    assert!(photos::has_exif_traces(&src), "the fixture must carry EXIF, or this test proves nothing");
    let placed = place(&src, PHOTO).unwrap();
    assert_eq!(placed.encoding, Encoding::Photo);
    assert_eq!((placed.width, placed.height), (659, 494));
    assert_eq!(dims(&placed.bytes), (659, 494));
    assert!(placed.bytes.starts_with(&[0xFF, 0xD8, 0xFF]), "a photo stays a JPEG");
    assert!(!photos::has_exif_traces(&placed.bytes), "EXIF or GPS survived");
    assert!(placed.bytes.len() * 10 < src.len(), "{} → {} bytes", src.len(), placed.bytes.len());
    // Typst's decoder accepts what is placed.
    super::super::check_image(&placed.bytes).unwrap();
}

#[test]
fn same_input_same_bytes() {
    let src = photos::phone_jpeg(1400, 1000, 3, 1);
    let a = place(&src, PHOTO).unwrap();
    let b = place(&src, PHOTO).unwrap();
    assert_eq!(a, b);
    let png = include_bytes!("../../tests/fixtures/foto-pasar.png");
    assert_eq!(place(png, PHOTO).unwrap(), place(png, PHOTO).unwrap());
}

#[test]
fn exif_orientation_is_applied_before_it_is_dropped() {
    // 6: the camera was turned; the stored 400 × 200 pixels are viewed 200 wide, 400 high.
    let src = photos::phone_jpeg(400, 200, 1, 6);
    let placed = place(&src, PHOTO).unwrap();
    assert_eq!((placed.width, placed.height), (200, 400));
    assert!(!photos::has_exif_traces(&placed.bytes));
}

#[test]
fn a_small_image_is_never_enlarged() {
    let src = photos::phone_jpeg(320, 240, 2, 1);
    assert_eq!(dims(&place(&src, PHOTO).unwrap().bytes), (320, 240));
}

#[test]
fn a_drawing_stays_lossless_pixel_for_pixel_and_loses_its_text_chunks() {
    // A PNG with a tEXt chunk (what editors write: software, author, dates).
    let img = image::RgbImage::from_fn(120, 80, |x, y| image::Rgb([(x * 2) as u8, (y * 3) as u8, 200]));
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 120, 80);
        enc.set_color(png::ColorType::Rgb);
        enc.add_text_chunk("Author".into(), "SecretAuthorName".into()).unwrap();
        let mut w = enc.write_header().unwrap();
        w.write_image_data(img.as_raw()).unwrap();
    }
    assert!(png.windows(16).any(|w| w == b"SecretAuthorName"));
    let placed = place(&png, PHOTO).unwrap();
    assert_eq!(placed.encoding, Encoding::Lossless);
    assert!(placed.bytes.starts_with(b"\x89PNG"));
    assert!(!placed.bytes.windows(16).any(|w| w == b"SecretAuthorName"));
    assert_eq!(image::load_from_memory(&placed.bytes).unwrap().to_rgb8(), img, "pixels changed");
}

#[test]
fn a_logo_is_lossless_even_from_a_jpeg() {
    let src = photos::phone_jpeg(1600, 1200, 4, 1);
    let placed = place(&src, Target { width_mm: 45, ppi: 220, lossless: true }).unwrap();
    assert_eq!(placed.encoding, Encoding::Lossless);
    assert!(placed.bytes.starts_with(b"\x89PNG"));
    assert_eq!(placed.width, 390);
}

#[test]
fn transparency_is_kept_only_where_used() {
    let mut img = image::RgbaImage::from_pixel(50, 50, image::Rgba([10, 20, 30, 255]));
    let mut opaque = Vec::new();
    image::DynamicImage::ImageRgba8(img.clone())
        .write_to(&mut Cursor::new(&mut opaque), image::ImageFormat::Png)
        .unwrap();
    let placed = place(&opaque, PHOTO).unwrap();
    assert_eq!(image::load_from_memory(&placed.bytes).unwrap().color(), image::ColorType::Rgb8);
    img.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
    let mut clear = Vec::new();
    image::DynamicImage::ImageRgba8(img).write_to(&mut Cursor::new(&mut clear), image::ImageFormat::Png).unwrap();
    let placed = place(&clear, PHOTO).unwrap();
    assert_eq!(image::load_from_memory(&placed.bytes).unwrap().color(), image::ColorType::Rgba8);
}

#[test]
fn only_a_fitting_colour_profile_is_kept() {
    let mut rgb = vec![0u8; 132];
    rgb[16..20].copy_from_slice(b"RGB ");
    let mut cmyk = rgb.clone();
    cmyk[16..20].copy_from_slice(b"CMYK");
    let colour = DynamicImage::ImageRgb8(image::RgbImage::new(2, 2));
    let gray = DynamicImage::ImageLuma8(image::GrayImage::new(2, 2));
    assert!(profile_fits(&rgb, &colour));
    assert!(!profile_fits(&cmyk, &colour));
    assert!(!profile_fits(&rgb, &gray));
    assert!(!profile_fits(b"short", &colour));
}

#[test]
fn the_colour_profile_of_a_photo_travels_with_it() {
    let mut profile = vec![7u8; 600];
    profile[16..20].copy_from_slice(b"RGB ");
    let img = image::RgbImage::from_pixel(900, 600, image::Rgb([90, 140, 200]));
    let mut src = Vec::new();
    let mut enc = JpegEncoder::new_with_quality(&mut src, 92);
    enc.set_icc_profile(profile.clone()).unwrap();
    enc.set_exif_metadata(photos::exif(1)).unwrap();
    enc.write_image(img.as_raw(), 900, 600, image::ExtendedColorType::Rgb8).unwrap();
    let placed = place(&src, PHOTO).unwrap();
    let mut d = JpegDecoder::new(Cursor::new(&placed.bytes)).unwrap();
    assert_eq!(d.icc_profile().unwrap(), Some(profile));
    assert!(!photos::has_exif_traces(&placed.bytes));
}

#[test]
fn what_is_not_an_image_is_refused() {
    assert!(place(b"GIF89a", PHOTO).is_err());
    assert!(place(b"\x89PNG\r\n\x1a\n truncated", PHOTO).is_err());
    assert!(place(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0], PHOTO).is_err());
}

#[test]
fn the_area_average_is_the_rounded_mean_of_each_block() {
    let src = image::GrayImage::from_raw(
        5,
        4,
        vec![0, 10, 20, 30, 99, 1, 2, 3, 4, 99, 100, 100, 7, 8, 99, 101, 100, 9, 9, 99],
    )
    .unwrap();
    let out = box_average(&src, 2);
    assert_eq!((out.width(), out.height()), (2, 2));
    // (0+10+1+2)/4 = 3,25 → 3; (20+30+3+4)/4 = 14,25 → 14; (100+100+101+100)/4 = 100,25 → 100; (7+8+9+9)/4 = 8,25 → 8
    assert_eq!(out.into_raw(), vec![3, 14, 100, 8]);
    // A phone photo takes that path: 4032 wide for 659 needed averages 3 × 3 blocks first.
    let big = photos::phone_jpeg(4032, 3024, 5, 1);
    let placed = place(&big, PHOTO).unwrap();
    assert_eq!((placed.width, placed.height), (659, 494));
}
