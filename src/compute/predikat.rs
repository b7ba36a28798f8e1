//! Grades printed after an indicator's value: the AKIP grade of an evaluation score (Permenpan RB
//! 12/2015 and 88/2021: AA ≥ 90, A ≥ 80, BB ≥ 70, B ≥ 60, CC ≥ 50, C ≥ 30, D below), as the
//! reference writes "84,21 (A)".

use rust_decimal::Decimal;

use crate::input::types::Predikat;

/// The grade of `v` on the indicator's grade scale.
pub fn predikat(scale: Predikat, v: Decimal) -> &'static str {
    match scale {
        Predikat::Akip => {
            const BANDS: [(i64, &str); 6] = [(90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")];
            BANDS.iter().find(|(min, _)| v >= Decimal::from(*min)).map_or("D", |(_, g)| g)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn akip_grades_are_those_the_reference_prints() {
        // every graded value of the reference: Tabel 2.1, 3.1, 3.2, 3.3 and the analyses
        for (v, g) in [
            ("74.50", "BB"),
            ("76.53", "BB"),
            ("79.91", "BB"),
            ("80", "A"),
            ("80.08", "A"),
            ("82.00", "A"),
            ("82.5", "A"),
            ("84.21", "A"),
            ("85", "A"),
        ] {
            assert_eq!(predikat(Predikat::Akip, v.parse().unwrap()), g, "{v}");
        }
        for (v, g) in [
            ("90", "AA"),
            ("100", "AA"),
            ("89.99", "A"),
            ("60", "B"),
            ("59.99", "CC"),
            ("30", "C"),
            ("29.99", "D"),
            ("0", "D"),
        ] {
            assert_eq!(predikat(Predikat::Akip, v.parse().unwrap()), g, "{v}");
        }
    }
}
