//! How much a problem weighs: an error stops a build, a warning asks for a look, a note suggests.

use serde::Serialize;

/// The weight of a problem; ordered error first, so problems sort by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Not a problem: something that could be done better (a right figure typed by hand).
    Note,
}
