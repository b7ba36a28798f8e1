//! Why the presentation layer could not build the Typst data, and its words in Indonesian and
//! English. Only a report `check` would have refused gets here, so never a prepared one.

use super::{Lang, Msg};

/// A presentation fault (`present::typst_data`'s error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresentFault {
    /// A narrative placeholder names no figure (`check` reports it first, with its place).
    Placeholder(Msg),
    /// A sasaran of the model has no computed figures (a fault between compute and present).
    NotComputed { sasaran: String },
}

impl PresentFault {
    /// The fault for a person.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Placeholder(m), Lang::Id) => format!("penanda dalam narasi: {}", m.text(lang)),
            (Self::Placeholder(m), Lang::En) => format!("placeholder in narrative: {}", m.text(lang)),
            (Self::NotComputed { sasaran }, Lang::Id) => {
                format!("sasaran {sasaran} tidak terhitung (galat lkjip; laporkan bersama YAML-nya)")
            }
            (Self::NotComputed { sasaran }, Lang::En) => {
                format!("sasaran {sasaran} was not computed (a fault of lkjip; report it with the YAML)")
            }
        }
    }
}

impl std::fmt::Display for PresentFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for PresentFault {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_each_fault_with_its_facts() {
        let missing = PresentFault::NotComputed { sasaran: "S9".into() };
        let (id, en) = (missing.text(Lang::Id), missing.text(Lang::En));
        assert!(id.contains("S9") && en.contains("S9"), "{id} / {en}");
        assert!(id.contains("tidak terhitung") && !id.contains("computed"), "{id}");
        assert!(en.contains("not computed"), "{en}");
        let unknown = Msg::UnknownFigure { figure: "xyz".into(), allowed: "capaian".into() };
        let placeholder = PresentFault::Placeholder(unknown.clone());
        let id = placeholder.text(Lang::Id);
        assert_eq!(id, format!("penanda dalam narasi: {}", unknown.text(Lang::Id)));
        assert!(!id.contains("placeholder"), "{id}");
        assert_eq!(placeholder.to_string(), placeholder.text(Lang::En));
    }
}
