//! The words of the YAML pre-pass (`input::lint`): each common syntax mistake, where it is and its fix.
//!
//! Reached through [`crate::messages::input::InputMsg::Sintaks`], so every text exists in both languages.

use crate::messages::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SintaksMsg {
    /// A tab among the spaces that indent a line.
    Tab,
    /// A line indented `got` spaces where line `line` above it has `above`.
    Indent { got: usize, above: usize, line: usize },
    /// `: ` inside a value written without quotes; `fix` is the value quoted.
    ColonInText { fix: String },
    /// `-item`: a list item without the space after its dash; `fix` is the item written right.
    DashWithoutSpace { fix: String },
    /// `nama:Dinas`: a key without the space after its colon; `fix` is the pair written right.
    ColonWithoutSpace { fix: String },
    /// A quote (`"` or `'`) opened and never closed.
    UnclosedQuote { quote: char },
    /// A `[` or `{` opened and never closed.
    UnclosedBracket { open: char, close: char },
    /// `{ 2025: 85,5 }`: a decimal comma inside a flow mapping, which YAML reads as two entries.
    CommaDecimal { raw: String, fix: String },
}

impl SintaksMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Id => self.id(),
        }
    }

    fn en(&self) -> String {
        match self {
            SintaksMsg::Tab => {
                "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces".into()
            }
            SintaksMsg::Indent { got, above, line } => {
                format!("indentation {got} {}, line {line} above it {above}: make them equal", spaces_en(*got))
            }
            SintaksMsg::ColonInText { fix } => format!(
                "`: ` inside text without quotes, which YAML reads as a new key: put the text in quotes, `{fix}`"
            ),
            SintaksMsg::DashWithoutSpace { fix } => format!("a list item needs a space after its `-`: write `{fix}`"),
            SintaksMsg::ColonWithoutSpace { fix } => format!("a key needs a space after its `:`: write `{fix}`"),
            SintaksMsg::UnclosedQuote { quote } => {
                format!("the quote `{quote}` opened here is never closed: end the text with `{quote}`")
            }
            SintaksMsg::UnclosedBracket { open, close } => {
                format!("the `{open}` opened here is never closed: end it with `{close}`")
            }
            SintaksMsg::CommaDecimal { raw, fix } => format!(
                "`{raw}` inside `{{ }}`: YAML reads the comma as the end of an entry (`{}` and a key `{}`); write `{fix}`",
                raw.split(',').next().unwrap_or_default(),
                raw.rsplit(',').next().unwrap_or_default()
            ),
        }
    }

    fn id(&self) -> String {
        match self {
            SintaksMsg::Tab => {
                "tab di indentasi: YAML hanya memakai spasi untuk indentasi; ganti tab dengan spasi".into()
            }
            SintaksMsg::Indent { got, above, line } => {
                format!("indentasi {got} spasi, baris {line} di atasnya {above} — samakan")
            }
            SintaksMsg::ColonInText { fix } => format!(
                "`: ` di dalam teks tanpa tanda kutip, yang dibaca YAML sebagai kunci baru: beri tanda kutip, `{fix}`"
            ),
            SintaksMsg::DashWithoutSpace { fix } => {
                format!("butir daftar perlu spasi sesudah `-`: tulis `{fix}`")
            }
            SintaksMsg::ColonWithoutSpace { fix } => format!("kunci perlu spasi sesudah `:`: tulis `{fix}`"),
            SintaksMsg::UnclosedQuote { quote } => {
                format!(
                    "tanda kutip `{quote}` yang dibuka di sini tidak pernah ditutup: akhiri teksnya dengan `{quote}`"
                )
            }
            SintaksMsg::UnclosedBracket { open, close } => {
                format!("`{open}` yang dibuka di sini tidak pernah ditutup: akhiri dengan `{close}`")
            }
            SintaksMsg::CommaDecimal { raw, fix } => format!(
                "`{raw}` di dalam `{{ }}`: YAML membaca koma sebagai akhir isian (`{}` dan kunci `{}`); tulis `{fix}`",
                raw.split(',').next().unwrap_or_default(),
                raw.rsplit(',').next().unwrap_or_default()
            ),
        }
    }
}

fn spaces_en(n: usize) -> &'static str {
    if n == 1 { "space" } else { "spaces" }
}
