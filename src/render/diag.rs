//! Typst diagnostics as readable lines: `layout.typ:line:col: message`, hints for end users.

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::syntax::{DiagSpan, DiagSpanKind, Lines};

use super::world::LkjipWorld;

/// `file:line:col` of a span (1-based), or `None` when it points into no file.
fn locate(world: &LkjipWorld, span: DiagSpan) -> Option<String> {
    let range = world.range(span)?;
    let (id, (line, col)) = match span.get() {
        DiagSpanKind::Detached => return None,
        DiagSpanKind::Number { id, .. } => (id, world.source(id).ok()?.lines().byte_to_line_column(range.start)?),
        DiagSpanKind::Range { id, .. } => {
            let text = String::from_utf8_lossy(world.file(id).ok()?.as_slice()).into_owned();
            (id, Lines::new(text).byte_to_line_column(range.start)?)
        }
    };
    Some(format!("{}:{}:{}", id.vpath().get_without_slash(), line + 1, col + 1))
}

/// Hints written for the Typst CLI make no sense to someone running `lkjip`; reword or drop them.
fn user_hint(hint: &str) -> Option<String> {
    if hint.contains("--root") || hint.contains("--input") || hint.contains("--font-path") {
        return None;
    }
    if hint.contains("--pdf-standard") || hint.contains("--format") {
        return Some("lkjip always exports PDF/A-3b and PDF/UA-1".into());
    }
    Some(hint.to_string())
}

/// One diagnostic as a line (plus trace and hint lines, indented).
pub(crate) fn format_one(world: &LkjipWorld, diag: &SourceDiagnostic) -> String {
    let kind = match diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = match locate(world, diag.span) {
        Some(at) => format!("{at}: {kind}: {}", diag.message),
        None => format!("{kind}: {}", diag.message),
    };
    for point in &diag.trace {
        if let Some(at) = locate(world, point.span.into()) {
            out.push_str(&format!("\n  = trace {at}: {}", point.v));
        }
    }
    for hint in &diag.hints {
        if let Some(h) = user_hint(&hint.v) {
            out.push_str(&format!("\n  = hint: {h}"));
        }
    }
    out
}

/// All diagnostics, errors first, one block each.
pub(crate) fn format_all(world: &LkjipWorld, diags: &[SourceDiagnostic]) -> Vec<String> {
    let mut sorted: Vec<&SourceDiagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| d.severity != Severity::Error);
    sorted.into_iter().map(|d| format_one(world, d)).collect()
}
