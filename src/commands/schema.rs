//! `lkjip schema`: the JSON Schema of the YAML, generated from the serde types, for editors.

use super::Verdict;
use crate::input::types::Lkjip;

/// The schema as pretty JSON text (what `lkjip schema` prints and `init` writes).
pub fn json() -> String {
    let schema = schemars::schema_for!(Lkjip);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

pub fn run() -> anyhow::Result<Verdict> {
    print!("{}", json());
    Ok(Verdict::Yes)
}
