//! What `release` refuses before it touches the archive: a report id, source names, bag-info
//! labels, generator or note that the archive could not keep as given.

use std::collections::HashSet;

use super::failure::{Failure, RequestIssue};
use super::{ReleaseRequest, binding, check_source_name};

/// Validates the request; returns the trimmed note (None when absent or blank).
pub(super) fn check_request(req: &ReleaseRequest) -> anyhow::Result<Option<String>> {
    let slug = req.report.slug();
    let parts = [&req.report.jenis, &req.report.instansi, &req.report.pemerintah];
    if parts.iter().any(|p| p.trim().is_empty() || p.chars().any(char::is_control)) || slug.len() > 200 {
        return refuse(RequestIssue::ReportId { slug });
    }
    if parts.iter().any(|p| super::slugify(p).is_empty()) {
        return refuse(RequestIssue::ReportIdEmpty { slug });
    }
    if req.sources.is_empty() {
        return refuse(RequestIssue::NoSources);
    }
    let mut seen = HashSet::new();
    for s in &req.sources {
        check_source_name(&s.name)?;
        if !seen.insert(s.name.as_str()) {
            return refuse(RequestIssue::SourceTwice { name: s.name.clone() });
        }
    }
    for s in &req.sources {
        let mut prefix = s.name.as_str();
        while let Some((p, _)) = prefix.rsplit_once('/') {
            if seen.contains(p) {
                return refuse(RequestIssue::SourceFileAndFolder { file: p.to_owned(), inside: s.name.clone() });
            }
            prefix = p;
        }
    }
    for (k, v) in &req.bag_info {
        if binding::is_reserved(k)
            || k.is_empty()
            || k.contains(':')
            || k.trim() != k
            || k.chars().any(char::is_control)
            || v.chars().any(char::is_control)
        {
            return refuse(RequestIssue::Label { label: k.clone() });
        }
    }
    if req.generator.lkjip.chars().chain(req.generator.typst.chars()).any(char::is_control) {
        return refuse(RequestIssue::GeneratorMultiline);
    }
    match req.note.as_deref().map(str::trim) {
        Some(n) if n.chars().any(char::is_control) => refuse(RequestIssue::NoteMultiline),
        Some(n) if !n.is_empty() => Ok(Some(n.to_string())),
        _ => Ok(None),
    }
}

fn refuse<T>(issue: RequestIssue) -> anyhow::Result<T> {
    Err(Failure::Request(issue).into())
}
