//! Where something stands in a text file: a 1-based line and column.

use serde::Serialize;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}
