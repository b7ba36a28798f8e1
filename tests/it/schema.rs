//! `lkjip schema` describes the files people write: every data file and fixture validates,
//! and the usual mistakes do not.

use std::path::PathBuf;

fn schema() -> serde_json::Value {
    let out = crate::prelude::lkjip_cmd("C").arg("schema").output().expect("run lkjip");
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).expect("the schema is JSON")
}

/// YAML → JSON as an editor's YAML language server sees it: map keys become strings,
/// numbers stay numbers.
fn to_json(v: &serde_yaml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    match v {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(*b),
        Y::Number(n) => n
            .as_i64()
            .map(J::from)
            .or_else(|| n.as_u64().map(J::from))
            .or_else(|| n.as_f64().and_then(serde_json::Number::from_f64).map(J::Number))
            .unwrap_or(J::Null),
        Y::String(s) => J::String(s.clone()),
        Y::Sequence(items) => J::Array(items.iter().map(to_json).collect()),
        Y::Mapping(m) => J::Object(
            m.iter()
                .map(|(k, v)| {
                    let key = match k {
                        Y::String(s) => s.clone(),
                        other => serde_yaml::to_string(other).unwrap().trim().to_owned(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
        Y::Tagged(t) => to_json(&t.value),
    }
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    validator.iter_errors(&to_json(&yaml)).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn data_files() -> Vec<PathBuf> {
    let root = crate::prelude::root();
    let mut files = vec![root.join("tests/fixtures/kecil.yaml")];
    if let Ok(dirs) = std::fs::read_dir(root.join("data")) {
        for d in dirs.flatten() {
            let f = d.path().join("lkjip.yaml");
            if f.is_file() {
                files.push(f);
            }
        }
    }
    files
}

#[test]
fn every_data_file_validates() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid JSON Schema");
    for f in data_files() {
        let errs = errors(&validator, &std::fs::read_to_string(&f).unwrap());
        assert!(errs.is_empty(), "{}:\n{}", f.display(), errs.join("\n"));
    }
}

#[test]
fn usual_mistakes_do_not_validate() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let good = std::fs::read_to_string(&data_files()[0]).unwrap();
    for (from, to, why) in [
        ("              realisasi: { 2024: 0 }", "              realisasy: { 2024: 0 }", "unknown key"),
        ("pagu: 1000000", "pagu: \"1.000.000\"", "thousands separators"),
        ("target: { 2024: 60.27, 2026: 60.27 }", "target: { 2024: \"60,27\", 2026: 60.27 }", "decimal comma"),
        ("  tempat: Contoh\n", "", "missing required field"),
        ("polaritas: negatif", "polaritas: menurun", "unknown enum value"),
    ] {
        assert!(good.contains(from), "fixture lacks {from:?}");
        let errs = errors(&validator, &good.replacen(from, to, 1));
        assert!(!errs.is_empty(), "{why} should not validate");
    }
    // numbers may be written as strings of digits, as `Num` reads them
    let errs = errors(&validator, &good.replacen("pagu: 1000000", "pagu: \"1_000_000\"", 1));
    assert!(errs.is_empty(), "{errs:?}");
}
