//! What the layouts receive, always as values, never as Typst source.
//!
//! Two virtual files carry what changes with every edit: `/data.json` (the [`TypstData`]
//! contract, read with `json()`) and `/sumber.yaml` (the source YAML's bytes, attached to the
//! PDF). Keeping them out of `sys.inputs` matters: `sys.inputs` is part of Typst's library,
//! and a library that changes invalidates every memoized result, so `watch` could reuse
//! nothing. Files are tracked one by one, and their ids are two fixed names (the process-wide
//! FileId interner does not grow).
//!
//! `sys.inputs` holds what rarely changes:
//! - `aset`: dictionary relative path → image bytes (the keys `Gambar::berkas` refers to; as
//!   values, so user file names never become file ids);
//! - `sumber`: `(nama: "laporan.yaml")`, the name the source is attached under;
//! - `mode`: `(draf: bool, revisi: none | "2")`.
//!
//! Nothing the user wrote ever becomes markup: layouts print strings with `#s`.

use std::collections::BTreeMap;

use typst::foundations::{Bytes, Dict, IntoValue, Value};

use super::Mode;
use super::data::TypstData;

/// The name under which the source YAML is attached: its last path component, or a fixed name
/// when that is unusable as a Typst path.
pub(crate) fn attachment_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or("");
    let usable = !base.is_empty() && base != "." && base != ".." && !base.chars().any(char::is_control);
    if usable { base.to_string() } else { "laporan.yaml".to_string() }
}

/// The virtual path of the report data.
pub(crate) const DATA_FILE: &str = "data.json";
/// The virtual path of the source YAML's bytes.
pub(crate) const SOURCE_FILE: &str = "sumber.yaml";

/// The virtual files: name (at the root) → bytes.
pub(crate) fn files(data: &TypstData, source: &[u8]) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    let json = serde_json::to_vec(data).map_err(|e| format!("cannot serialise the report data: {e}"))?;
    Ok(vec![(DATA_FILE, json), (SOURCE_FILE, source.to_vec())])
}

pub(crate) fn build(source_name: &str, assets: &BTreeMap<String, Vec<u8>>, mode: Mode) -> Dict {
    let mut aset = Dict::new();
    for (name, bytes) in assets {
        aset.insert(name.as_str().into(), Value::Bytes(Bytes::new(bytes.clone())));
    }

    let mut sumber = Dict::new();
    sumber.insert("nama".into(), attachment_name(source_name).into_value());

    let mut mode_dict = Dict::new();
    let (draf, revisi) = match mode {
        Mode::Draft => (true, Value::None),
        Mode::Final { revision } => (false, revision.to_string().into_value()),
    };
    mode_dict.insert("draf".into(), draf.into_value());
    mode_dict.insert("revisi".into(), revisi);

    let mut inputs = Dict::new();
    inputs.insert("aset".into(), aset.into_value());
    inputs.insert("sumber".into(), sumber.into_value());
    inputs.insert("mode".into(), mode_dict.into_value());
    inputs
}

#[cfg(test)]
mod tests {
    use super::attachment_name;

    #[test]
    fn attachment_name_is_the_base_name() {
        assert_eq!(attachment_name("/srv/x/lkjip-2021.yaml"), "lkjip-2021.yaml");
        assert_eq!(attachment_name("a\\b.yaml"), "b.yaml");
        assert_eq!(attachment_name(".."), "laporan.yaml");
        assert_eq!(attachment_name(""), "laporan.yaml");
    }
}
