//! Typed figures written the Indonesian way: the one place a placeholder's value becomes text.

use crate::compute::figures::Figure;
use crate::format::{angka, persen, rupiah};

/// The text printed for a figure; percentages with `dp` decimals (`71,18 %`).
pub fn text(f: &Figure, dp: u32) -> String {
    match f {
        Figure::Persen(p) => persen(p.nilai, dp),
        Figure::Rupiah(d) => rupiah(*d),
        Figure::Angka(d) => angka(*d),
        Figure::Teks(s) => s.clone(),
        Figure::Jumlah(n) => n.to_string(),
        Figure::Tahun(y) => y.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::report::Persen;

    fn d(s: &str) -> rust_decimal::Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn every_kind_of_figure_is_written_the_indonesian_way() {
        assert_eq!(text(&Figure::Persen(Persen::new(d("71.179674796"), 2)), 2), "71,18 %");
        assert_eq!(text(&Figure::Persen(Persen::new(d("-22.755"), 2)), 2), "-22,76 %");
        assert_eq!(text(&Figure::Rupiah(d("12644738000")), 2), "Rp 12.644.738.000");
        assert_eq!(text(&Figure::Angka(d("5.00")), 2), "5,00");
        assert_eq!(text(&Figure::Angka(d("14000")), 2), "14.000");
        assert_eq!(text(&Figure::Teks("Tercapai".into()), 2), "Tercapai");
        assert_eq!(text(&Figure::Jumlah(12), 2), "12");
        assert_eq!(text(&Figure::Tahun(2021), 2), "2021");
    }
}
