//! One line of YAML taken apart as the pre-pass needs it: indentation, list dashes, key and value.
//!
//! Columns are 0-based character indexes into the line; the caller adds 1 when it reports.

/// Where a quoted text (`"` or `'`) that starts at `at` ends: the index after its closing quote,
/// or `None` when the line ends first.
pub fn quoted_end(c: &[char], at: usize) -> Option<usize> {
    let q = *c.get(at)?;
    let mut i = at.saturating_add(1);
    while let Some(&ch) = c.get(i) {
        if q == '"' && ch == '\\' {
            i = i.saturating_add(2);
            continue;
        }
        if ch == q {
            if q == '\'' && c.get(i.saturating_add(1)) == Some(&'\'') {
                i = i.saturating_add(2);
                continue;
            }
            return Some(i.saturating_add(1));
        }
        i = i.saturating_add(1);
    }
    None
}

pub fn blank(ch: Option<&char>) -> bool {
    matches!(ch, None | Some(' ' | '\t'))
}

/// Where a comment starts in plain text from `from` (a `#` at the start or after a blank).
pub fn comment_at(c: &[char], from: usize, to: usize) -> usize {
    (from..to)
        .find(|&i| c.get(i) == Some(&'#') && (i == from || matches!(c.get(i.wrapping_sub(1)), Some(' ' | '\t'))))
        .unwrap_or(to)
}

/// The end of `c[from..to]` without trailing blanks.
pub fn trim_end(c: &[char], from: usize, to: usize) -> usize {
    let mut e = to;
    while e > from && blank(c.get(e.wrapping_sub(1))) {
        e = e.saturating_sub(1);
    }
    e
}

/// What follows a key's `: ` (or a list dash).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Nothing (or only a comment): the line opens a block, or the value is empty.
    None,
    /// `|` or `>`: a block scalar; its lines follow.
    Block,
    /// A quoted text that closes on this line, a flow collection that closes, an alias: complete.
    Whole,
    /// A quote opened at this column that the line does not close.
    OpenQuote(usize),
    /// A `[` or `{` opened at this column that the line does not close.
    OpenFlow(usize),
    /// Plain text from `start` to `end` (comment and trailing blanks cut).
    Plain { start: usize, end: usize },
}

/// Classify the value of `c` starting at `at`.
pub fn value(c: &[char], at: usize) -> Value {
    let mut v = at;
    while blank(c.get(v)) && v < c.len() {
        v = v.saturating_add(1);
    }
    match c.get(v) {
        None | Some('#') => Value::None,
        Some('|' | '>') => {
            let mut i = v.saturating_add(1);
            while matches!(c.get(i), Some('0'..='9' | '+' | '-')) {
                i = i.saturating_add(1);
            }
            let rest = comment_at(c, i, c.len());
            if (i..rest).all(|k| blank(c.get(k))) { Value::Block } else { Value::Whole }
        }
        Some('"' | '\'') => match quoted_end(c, v) {
            Some(_) => Value::Whole,
            None => Value::OpenQuote(v),
        },
        Some('[' | '{') => match flow_end(c, v) {
            Some(_) => Value::Whole,
            None => Value::OpenFlow(v),
        },
        Some('&' | '!') => {
            // an anchor or a tag, then the value itself
            let mut i = v;
            while !blank(c.get(i)) {
                i = i.saturating_add(1);
            }
            value(c, i)
        }
        Some('*') => Value::Whole,
        Some(_) => {
            let end = comment_at(c, v, c.len());
            Value::Plain { start: v, end: trim_end(c, v, end) }
        }
    }
}

/// Where a flow collection opened at `at` closes on this line (the index after it).
pub fn flow_end(c: &[char], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    while let Some(&ch) = c.get(i) {
        match ch {
            '"' | '\'' if i == at || !plain_char_before(c, i) => i = quoted_end(c, i)?.saturating_sub(1),
            '#' if blank(c.get(i.wrapping_sub(1))) => return None,
            '[' | '{' => depth = depth.saturating_add(1),
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i.saturating_add(1));
                }
            }
            _ => {}
        }
        i = i.saturating_add(1);
    }
    None
}

/// Whether the character before `i` makes a quote at `i` part of plain text (`Dinas"X"`).
fn plain_char_before(c: &[char], i: usize) -> bool {
    !matches!(c.get(i.wrapping_sub(1)), None | Some(' ' | '\t' | '[' | '{' | ',' | ':'))
}

/// A line's parts: the dashes of list items, then a key, then its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// Columns of the `- ` that start list items on this line.
    pub dashes: Vec<usize>,
    /// Where the content after the dashes starts.
    pub body: usize,
    /// The key's column and the column of its `:`.
    pub key: Option<(usize, usize)>,
    pub value: Value,
}

/// Take a line apart from its first non-blank column `at`.
pub fn parts(c: &[char], at: usize) -> Parts {
    let mut dashes = Vec::new();
    let mut b = at;
    while c.get(b) == Some(&'-') && blank(c.get(b.saturating_add(1))) {
        dashes.push(b);
        b = b.saturating_add(1);
        while b < c.len() && blank(c.get(b)) {
            b = b.saturating_add(1);
        }
    }
    let key = key_colon(c, b);
    let value = match key {
        Some(colon) => value(c, colon.saturating_add(1)),
        None => value(c, b),
    };
    Parts { dashes, body: b, key: key.map(|k| (b, k)), value }
}

/// The column of the `:` that ends a key starting at `b`, if the text there is a key.
fn key_colon(c: &[char], b: usize) -> Option<usize> {
    let after = |i: usize| -> Option<usize> {
        // spaces may stand between a quoted key and its colon
        let mut j = i;
        while c.get(j) == Some(&' ') {
            j = j.saturating_add(1);
        }
        (c.get(j) == Some(&':') && blank(c.get(j.saturating_add(1)))).then_some(j)
    };
    match c.get(b)? {
        '"' | '\'' => after(quoted_end(c, b)?),
        '[' | '{' | '|' | '>' | '#' | '&' | '*' | '!' | '%' | '@' | '`' | '?' => None,
        _ => {
            let end = comment_at(c, b, c.len());
            (b..end).find(|&i| c.get(i) == Some(&':') && blank(c.get(i.saturating_add(1))))
        }
    }
}

/// `nama:Dinas`: an identifier, a colon and text right after it (not `http://`, not `08:00`);
/// the column of the colon.
pub fn colon_without_space(c: &[char], b: usize, lower_only: bool) -> Option<usize> {
    let first = *c.get(b)?;
    let ok_first = if lower_only { first.is_ascii_lowercase() || first == '_' } else { first.is_ascii_alphabetic() };
    if !ok_first {
        return None;
    }
    let mut i = b;
    while matches!(c.get(i), Some(ch) if ch.is_ascii_alphanumeric() || *ch == '_')
        && !(lower_only && c.get(i).is_some_and(char::is_ascii_uppercase))
    {
        i = i.saturating_add(1);
    }
    let next = c.get(i.saturating_add(1));
    if c.get(i) != Some(&':') || blank(next) || matches!(next, Some(':' | '/' | '#')) {
        return None;
    }
    let word: String = c.get(b..i).unwrap_or_default().iter().collect();
    const SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp", "file", "urn", "data", "doi", "isbn"];
    (!SCHEMES.contains(&word.to_ascii_lowercase().as_str())).then_some(i)
}

/// The first `: ` (or a `:` ending it) inside plain text `c[start..end]`: its column.
pub fn colon_in_plain(c: &[char], start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&i| {
        c.get(i) == Some(&':') && (i.saturating_add(1) >= end || matches!(c.get(i.saturating_add(1)), Some(' ' | '\t')))
    })
}

/// `text` quoted so that YAML reads it as written.
pub fn quote(text: &str) -> String {
    if text.contains('"') || text.contains('\\') {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{text}\"")
    }
}

/// Numbers split by commas inside a flow mapping on this line (`{ 2025: 85,5 }`): the column
/// of each number and its whole text (`85,5`).
pub fn comma_decimals(c: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut stack: Vec<char> = Vec::new();
    // the current entry of the innermost `{`: its start, and whether a `:` split it at that level
    let mut entries: Vec<(usize, String, bool)> = Vec::new();
    let mut start = 0usize;
    let mut colon = false;
    let mut i = 0usize;
    let close_entry = |from: usize, to: usize, colon: bool, entries: &mut Vec<(usize, String, bool)>| {
        let s: String = c.get(from..to).unwrap_or_default().iter().collect();
        let lead = s.len().saturating_sub(s.trim_start().len());
        entries.push((from.saturating_add(s[..lead].chars().count()), s.trim().to_owned(), colon));
    };
    while let Some(&ch) = c.get(i) {
        match ch {
            '"' | '\'' if !plain_char_before(c, i) => match quoted_end(c, i) {
                Some(e) => i = e.saturating_sub(1),
                None => break,
            },
            '#' if blank(c.get(i.wrapping_sub(1))) => break,
            '{' | '[' => {
                stack.push(ch);
                if ch == '{' && stack.len() == 1 {
                    entries.clear();
                    start = i.saturating_add(1);
                    colon = false;
                }
            }
            '}' | ']' => {
                if stack.len() == 1 && ch == '}' {
                    close_entry(start, i, colon, &mut entries);
                    out.extend(split_numbers(&entries));
                }
                stack.pop();
            }
            ',' if stack.len() == 1 && stack.first() == Some(&'{') => {
                close_entry(start, i, colon, &mut entries);
                start = i.saturating_add(1);
                colon = false;
            }
            ':' if stack.len() == 1 && blank(c.get(i.saturating_add(1))) => colon = true,
            _ => {}
        }
        i = i.saturating_add(1);
    }
    out
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// In a flow mapping's entries: a `key: 85` followed by entries that are bare digits (`5`).
fn split_numbers(entries: &[(usize, String, bool)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut k = 0usize;
    while let Some((col, text, has_colon)) = entries.get(k) {
        k = k.saturating_add(1);
        let value = text.rsplit_once(':').map(|(_, v)| v.trim()).unwrap_or_default();
        let number = value.strip_prefix('-').unwrap_or(value);
        if !has_colon || !digits(number) {
            continue;
        }
        let mut raw = value.to_owned();
        while let Some((_, next, false)) = entries.get(k)
            && digits(next.trim_end_matches('%').trim_end())
        {
            raw.push(',');
            raw.push_str(next);
            k = k.saturating_add(1);
            if next.ends_with('%') {
                break;
            }
        }
        if raw.len() > value.len() {
            let offset = text.chars().count().saturating_sub(value.chars().count());
            out.push((col.saturating_add(offset), raw));
        }
    }
    out
}
