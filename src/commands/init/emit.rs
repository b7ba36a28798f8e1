//! Writing a YAML tree back as text people fill in: block style, short maps and lists in
//! flow style, numbers exactly as read, and a short Indonesian hint above known keys.
//!
//! serde_yaml cannot write comments, and its `Value` turns `5.00` into a float; yaml-rust2's
//! tree keeps key order and the text of every number, so the scaffold is written from it.

use yaml_rust2::{Yaml, YamlLoader};

use super::hints;

/// The whole document: `header` lines (already `# `-prefixed), then the tree.
pub fn document(root: &Yaml, header: &str) -> String {
    let mut out = header.to_owned();
    if let Yaml::Hash(map) = root {
        block_map(&mut out, map, 0, "", true);
    }
    out
}

fn block_map(out: &mut String, map: &yaml_rust2::yaml::Hash, indent: usize, path: &str, first: bool) {
    let pad = " ".repeat(indent);
    for (k, v) in map {
        let key = scalar(k, true);
        let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        if first && let Some(h) = hints::hint(&here) {
            for line in h.lines() {
                out.push_str(&format!("{pad}# {line}\n"));
            }
        }
        out.push_str(&format!("{pad}{key}:"));
        value(out, v, indent, &here, first);
    }
}

/// A value after `key:` (the key's line is not yet ended).
fn value(out: &mut String, v: &Yaml, indent: usize, path: &str, first: bool) {
    let section = indent == 0 && matches!(v, Yaml::Hash(m) if !m.is_empty());
    if !section && let Some(flow) = flow(v, path) {
        out.push_str(&format!(" {flow}\n"));
        return;
    }
    match v {
        Yaml::Hash(map) => {
            out.push('\n');
            block_map(out, map, indent + 2, path, first);
        }
        Yaml::Array(items) => {
            out.push('\n');
            block_seq(out, items, indent + 2, path, first);
        }
        Yaml::String(s) => out.push_str(&text(s, indent + 2)),
        other => out.push_str(&format!(" {}\n", scalar(other, false))),
    }
}

fn block_seq(out: &mut String, items: &[Yaml], indent: usize, path: &str, first: bool) {
    let pad = " ".repeat(indent);
    for (i, item) in items.iter().enumerate() {
        let first = first && i == 0;
        match item {
            Yaml::Hash(map) if flow(item, path).is_none() => {
                // `- ` then the map's first key on the same line, the rest aligned under it
                let mut inner = String::new();
                block_map(&mut inner, map, indent + 2, path, first);
                let inner = inner.trim_start_matches(' ').to_owned();
                // hint lines of the first key stay above the dash
                let (comments, body): (Vec<&str>, Vec<&str>) = {
                    let lines: Vec<&str> = inner.split_inclusive('\n').collect();
                    let n = lines.iter().take_while(|l| l.trim_start().starts_with('#')).count();
                    (lines[..n].to_vec(), lines[n..].to_vec())
                };
                for c in comments {
                    out.push_str(&format!("{pad}{}", c.trim_start()));
                }
                out.push_str(&format!("{pad}- {}", body.concat().trim_start_matches(' ')));
            }
            _ => {
                out.push_str(&format!("{pad}-"));
                value(out, item, indent, path, first);
            }
        }
    }
}

/// A short collection of scalars on one line, e.g. `{ 2024: 60.27, 2026: 65 }`, `[a, b]`;
/// not a top-level section, nor a map with a key that gets a hint.
fn flow(v: &Yaml, path: &str) -> Option<String> {
    if let Yaml::Hash(m) = v
        && m.keys().any(|k| hints::hint(&format!("{path}.{}", scalar(k, true))).is_some())
    {
        return None;
    }
    let one_line =
        |s: &Yaml| !matches!(s, Yaml::String(t) if t.contains('\n')) && !matches!(s, Yaml::Hash(_) | Yaml::Array(_));
    let text = match v {
        Yaml::Hash(m) if m.is_empty() => "{}".to_owned(),
        Yaml::Array(a) if a.is_empty() => "[]".to_owned(),
        Yaml::Hash(m) if m.values().all(one_line) && m.len() <= 4 => {
            let parts: Vec<String> =
                m.iter().map(|(k, v)| format!("{}: {}", scalar(k, true), scalar(v, true))).collect();
            format!("{{ {} }}", parts.join(", "))
        }
        Yaml::Array(a) if a.iter().all(one_line) => {
            format!("[{}]", a.iter().map(|v| scalar(v, true)).collect::<Vec<_>>().join(", "))
        }
        _ => return None,
    };
    (text.len() <= 72).then_some(text)
}

/// A string after `key:`: plain or quoted on the line, or a `|` block for several lines.
fn text(s: &str, indent: usize) -> String {
    let blockable = s.contains('\n')
        && !s.contains('\r')
        && !s.starts_with([' ', '\n'])
        && !s.trim_end_matches('\n').is_empty()
        && !s.ends_with("\n\n")
        && s.lines().all(|l| !l.ends_with([' ', '\t']));
    if !blockable {
        return format!(" {}\n", scalar(&Yaml::String(s.to_owned()), false));
    }
    let pad = " ".repeat(indent);
    let mut out = if s.ends_with('\n') { " |\n".to_owned() } else { " |-\n".to_owned() };
    for line in s.trim_end_matches('\n').split('\n') {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("{pad}{line}\n"));
        }
    }
    out
}

/// One scalar on one line; strings plain when they read back as the same string.
pub fn scalar(v: &Yaml, in_flow: bool) -> String {
    match v {
        Yaml::String(s) if s.is_empty() => "\"\"".to_owned(),
        Yaml::String(s) if plain_ok(s, in_flow) => s.clone(),
        Yaml::String(s) => serde_json::to_string(s).expect("a string is JSON"),
        Yaml::Integer(i) => i.to_string(),
        Yaml::Real(r) => r.clone(),
        Yaml::Boolean(b) => b.to_string(),
        _ => "null".to_owned(),
    }
}

fn plain_ok(s: &str, in_flow: bool) -> bool {
    let risky_start = s.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ',
    ]);
    let flow_chars = in_flow && s.contains([',', '[', ']', '{', '}']);
    if risky_start
        || flow_chars
        || s.ends_with([' ', ':'])
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(['\n', '\t', '\r'])
    {
        return false;
    }
    matches!(YamlLoader::load_from_str(s).as_deref(), Ok([Yaml::String(back)]) if back == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> (Yaml, String) {
        let doc = YamlLoader::load_from_str(text).unwrap().remove(0);
        let out = document(&doc, "");
        let back = YamlLoader::load_from_str(&out).unwrap().remove(0);
        (back, out)
    }

    #[test]
    fn tricky_values_read_back_the_same() {
        let text = "a: \"true\"\nb: \"12\"\nc: \"x: y\"\nd: \"- no\"\ne: 5.00\nf: 0.018169\ng: \"\"\nh: \"Dra. SITI, M.Si\"\ni: \"line one\\n\\nline two\\n\"\nj: [\"a, b\", c]\nx:\n  k: { 2024: 60.27, 2026: \"\" }\nl:\n  - { nama: x }\n  - nama: y\n    bawahan: [{ nama: z }]\nm: \"2025-02-28\"\nn: \"  lead\\nx\"\n";
        let doc = YamlLoader::load_from_str(text).unwrap().remove(0);
        let (back, out) = round_trip(text);
        assert_eq!(back, doc, "{out}");
        assert!(out.contains("e: 5.00\n"), "numbers keep their text: {out}");
        assert!(out.contains("g: \"\"\n"), "{out}");
        assert!(out.contains("i: |\n  line one\n\n  line two\n"), "{out}");
        assert!(out.contains("\n  k: { 2024: 60.27, 2026: \"\" }\n"), "short maps in flow style: {out}");
    }

    #[test]
    fn hints_go_above_the_first_occurrence_only() {
        let text = "dokumen:\n  tahun: 2024\nprogram:\n  - id: P1\n    pagu: 1\n  - id: P2\n    pagu: 2\n";
        let (_, out) = round_trip(text);
        assert!(out.starts_with("# "), "{out}");
        assert_eq!(out.matches("pagu:").count(), 2);
        let pagu_hint = hints::hint("program.pagu").unwrap();
        assert_eq!(out.matches(pagu_hint.lines().next().unwrap()).count(), 1, "{out}");
    }
}
