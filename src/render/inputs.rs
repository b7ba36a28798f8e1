//! What the layouts receive: `sys.inputs` as typed Typst values, never as Typst source.
//!
//! Why `sys.inputs` rather than a virtual `/data.json`: the values arrive typed (no JSON text to
//! write and parse again), images and the source YAML travel as `bytes` values (no file ids, so
//! the process-wide FileId interner never grows with user file names), and nothing the user wrote
//! ever becomes markup: layouts print strings with `#s`, which Typst treats as text.
//!
//! `sys.inputs` holds:
//! - `data`: the [`TypstData`] contract;
//! - `aset`: dictionary relative path → image bytes (the keys `Gambar::berkas` refers to);
//! - `sumber`: `(nama: "laporan.yaml", isi: bytes)`, attached to the PDF as its source;
//! - `mode`: `(draf: bool, revisi: none | "2")`.

use std::collections::BTreeMap;

use serde::Deserialize;
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

pub(crate) fn build(
    data: &TypstData,
    source: (&str, &[u8]),
    assets: &BTreeMap<String, Vec<u8>>,
    mode: Mode,
) -> Result<Dict, String> {
    let json = serde_json::to_value(data).map_err(|e| format!("cannot serialise the report data: {e}"))?;
    let data = Value::deserialize(json).map_err(|e| format!("cannot convert the report data for Typst: {e}"))?;

    let mut aset = Dict::new();
    for (name, bytes) in assets {
        aset.insert(name.as_str().into(), Value::Bytes(Bytes::new(bytes.clone())));
    }

    let mut sumber = Dict::new();
    sumber.insert("nama".into(), attachment_name(source.0).into_value());
    sumber.insert("isi".into(), Value::Bytes(Bytes::new(source.1.to_vec())));

    let mut mode_dict = Dict::new();
    let (draf, revisi) = match mode {
        Mode::Draft => (true, Value::None),
        Mode::Final { revision } => (false, revision.to_string().into_value()),
    };
    mode_dict.insert("draf".into(), draf.into_value());
    mode_dict.insert("revisi".into(), revisi);

    let mut inputs = Dict::new();
    inputs.insert("data".into(), data);
    inputs.insert("aset".into(), aset.into_value());
    inputs.insert("sumber".into(), sumber.into_value());
    inputs.insert("mode".into(), mode_dict.into_value());
    Ok(inputs)
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
