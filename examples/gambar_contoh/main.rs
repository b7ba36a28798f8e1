//! Draws the example report's images (data/pekalongan-2021/foto/*.png and the cover logo) as
//! simple illustrations in SVG, rasterised with resvg: the stand-ins for the real photos, under
//! CC0 (see data/pekalongan-2021/foto/README.md). Same program, same bytes.
//! Run: `cargo run --release --locked --example gambar_contoh`
#![allow(clippy::disallowed_types, reason = "drawing coordinates of the example pictures, never a figure")]

mod scenes;

use std::path::Path;

use resvg::{tiny_skia, usvg};

/// Width and height of a documentation photo (4:3, as phone cameras take them).
pub const W: u32 = 1200;
pub const H: u32 = 900;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021");
    let mut fonts = usvg::fontdb::Database::new();
    for f in ["Regular", "Bold"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fonts/LiberationSans-{f}.ttf"));
        fonts.load_font_data(std::fs::read(&path).expect("read a font"));
    }
    let options = usvg::Options {
        font_family: "Liberation Sans".into(),
        fontdb: std::sync::Arc::new(fonts),
        ..usvg::Options::default()
    };
    let jobs: [(&str, String); 6] = [
        ("foto/sasaran1-peningkatan-kapasitas.png", scenes::pelatihan()),
        ("foto/sasaran1-pemberdayaan-umkm.png", scenes::umkm()),
        ("foto/sasaran2-pelatihan-ekspor.png", scenes::ekspor()),
        ("foto/sasaran3-pemeliharaan-pasar.png", scenes::pasar()),
        ("foto/sasaran3-qris-e-retribusi.png", scenes::qris()),
        ("logo-contoh.png", scenes::logo()),
    ];
    for (name, svg) in jobs {
        let tree = usvg::Tree::from_str(&svg, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("pixmap");
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let path = root.join(name);
        let rgba = pixmap_to_rgba(&pixmap);
        let img = image::RgbaImage::from_raw(size.width(), size.height(), rgba).expect("buffer");
        let opaque = img.pixels().all(|p| p.0[3] == 255);
        let out = if opaque {
            image::DynamicImage::ImageRgb8(image::DynamicImage::ImageRgba8(img).to_rgb8())
        } else {
            image::DynamicImage::ImageRgba8(img)
        };
        out.save_with_format(&path, image::ImageFormat::Png).unwrap_or_else(|e| panic!("{name}: {e}"));
        println!("{}", path.display());
    }
}

/// tiny-skia keeps premultiplied alpha; PNG wants it straight.
fn pixmap_to_rgba(p: &tiny_skia::Pixmap) -> Vec<u8> {
    p.pixels()
        .iter()
        .flat_map(|c| {
            let c = c.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect()
}
