//! Differences between two YAML documents by field path (`tujuan[0].sasaran[1].target.2021: 9.16 → 9.43`),
//! for `lkjip diff`. Pure: values in, changes out.
//!
//! Numbers are compared by their text as serde_yaml gives it (so `9.16` and `9.160` are equal,
//! `1` and `1.0` are not): figures are never compared through floating-point arithmetic.
//! Sequences are compared index by index; mappings key by key (old order, then new keys).

use serde_yaml::Value;

/// One difference at one path; `None` means absent on that side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A side that does not parse as YAML: which one (`newer`), and the parser's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unparsable {
    pub newer: bool,
    pub detail: String,
}

/// Parses both documents and diffs them; the error names which side failed.
pub fn diff_text(old: &str, new: &str) -> Result<Vec<Change>, Unparsable> {
    let parse = |text: &str, newer| {
        serde_yaml::from_str::<Value>(text).map_err(|e| Unparsable { newer, detail: e.to_string() })
    };
    Ok(diff(&parse(old, false)?, &parse(new, true)?))
}

/// Every difference between `old` and `new`, in document order.
pub fn diff(old: &Value, new: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(String::new(), Some(old), Some(new), &mut out);
    out
}

fn walk(path: String, old: Option<&Value>, new: Option<&Value>, out: &mut Vec<Change>) {
    match (old, new) {
        (Some(Value::Mapping(a)), Some(Value::Mapping(b))) => {
            for (k, va) in a {
                walk(join(&path, k), Some(va), b.get(k), out);
            }
            for (k, vb) in b.iter().filter(|(k, _)| !a.contains_key(*k)) {
                walk(join(&path, k), None, Some(vb), out);
            }
        }
        (Some(Value::Sequence(a)), Some(Value::Sequence(b))) => {
            for i in 0..a.len().max(b.len()) {
                walk(format!("{path}[{i}]"), a.get(i), b.get(i), out);
            }
        }
        (Some(Value::Tagged(a)), Some(Value::Tagged(b))) if a.tag == b.tag => {
            walk(path, Some(&a.value), Some(&b.value), out)
        }
        (a, b) => {
            if !a.zip(b).is_some_and(|(a, b)| same_scalar(a, b)) {
                out.push(Change { path, old: a.map(show), new: b.map(show) });
            }
        }
    }
}

fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.to_string() == y.to_string(),
        _ => a == b,
    }
}

fn join(path: &str, key: &Value) -> String {
    let k = match key {
        Value::String(s) if !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') => {
            s.clone()
        }
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => format!("[{}]", show(other)),
    };
    match (path.is_empty(), k.starts_with('[')) {
        (true, _) => k,
        (false, true) => format!("{path}{k}"),
        (false, false) => format!("{path}.{k}"),
    }
}

/// A value on one line: scalars as written, strings quoted, collections in flow style.
fn show(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{s:?}"),
        Value::Sequence(items) => format!("[{}]", items.iter().map(show).collect::<Vec<_>>().join(", ")),
        Value::Mapping(m) => {
            format!("{{{}}}", m.iter().map(|(k, v)| format!("{}: {}", show(k), show(v))).collect::<Vec<_>>().join(", "))
        }
        Value::Tagged(t) => format!("{} {}", t.tag, show(&t.value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(old: &str, new: &str) -> Vec<String> {
        let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_owned());
        let path = |c: &Change| if c.path.is_empty() { "(document)".to_owned() } else { c.path.clone() };
        diff_text(old, new)
            .unwrap()
            .iter()
            .map(|c| format!("{}: {} → {}", path(c), side(&c.old), side(&c.new)))
            .collect()
    }

    #[test]
    fn nested_paths_old_to_new() {
        let old =
            "tujuan:\n  - sasaran:\n      - x: 1\n      - indikator:\n          - target: {2021: 9.16, 2022: 9.5}\n";
        let new =
            "tujuan:\n  - sasaran:\n      - x: 1\n      - indikator:\n          - target: {2021: 9.43, 2022: 9.5}\n";
        assert_eq!(lines(old, new), ["tujuan[0].sasaran[1].indikator[0].target.2021: 9.16 → 9.43"]);
    }

    #[test]
    fn equal_documents_have_no_changes() {
        assert!(lines("a: [1, 2]\nb: {c: x}\n", "b: {c: x}\na: [1, 2]\n").is_empty());
    }

    #[test]
    fn numbers_compare_by_text_not_by_type_games() {
        assert!(lines("a: 9.160\n", "a: 9.16\n").is_empty());
        assert_eq!(lines("a: 1\n", "a: 1.0\n"), ["a: 1 → 1.0"]);
        assert_eq!(lines("a: 7\n", "a: \"7\"\n"), ["a: 7 → \"7\""]);
    }

    #[test]
    fn added_removed_and_retyped() {
        let got = lines("a: 1\nlist: [x, y]\nm: {k: 1}\n", "list: [x]\nm: [1]\nn: {p: true}\n");
        assert_eq!(
            got,
            ["a: 1 → (none)", "list[1]: \"y\" → (none)", "m: {\"k\": 1} → [1]", "n: (none) → {\"p\": true}",]
        );
    }

    #[test]
    fn odd_keys_are_bracketed() {
        assert_eq!(lines("\"nama dinas\": a\n", "\"nama dinas\": b\n"), ["[\"nama dinas\"]: \"a\" → \"b\""]);
        assert_eq!(lines("1: a\n", "1: b\n"), ["1: \"a\" → \"b\""]);
        assert_eq!(lines("a\n", "b\n"), ["(document): \"a\" → \"b\""]);
    }

    #[test]
    fn unparsable_side_is_named() {
        let err = diff_text("a: [", "a: 1").unwrap_err();
        assert!(!err.newer && !err.detail.is_empty(), "{err:?}");
        assert!(diff_text("a: 1", "a: [").unwrap_err().newer);
    }
}
