//! The sheet as a document: blocks of styled text, independent of any record type and of PDF.

use crate::text::{Ink, Span};

/// A table cell (or a paragraph): spans flowing one after another, wrapping as needed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub spans: Vec<Span>,
    /// Background colour, e.g. the red behind "not asked".
    pub fill: Option<Ink>,
}

impl Cell {
    pub fn new(spans: Vec<Span>) -> Self {
        Cell { spans, fill: None }
    }
    pub fn one(span: Span) -> Self {
        Cell {
            spans: vec![span],
            fill: None,
        }
    }
    pub fn filled(mut self, ink: Ink) -> Self {
        self.fill = Some(ink);
        self
    }
}

/// How a table is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Thin grey lines around every cell; a shaded header row.
    Grid,
    /// A thick red border around the whole table, on every page it spans: the alert box.
    Alert,
    /// No lines (paragraphs, the title block).
    Plain,
}

/// Rows of cells with relative column widths. The header row repeats on every page the table
/// spans; a row taller than the space left splits between pages, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Relative column widths (any positive numbers; normalised to the content width).
    pub widths: Vec<f32>,
    pub header: Option<Vec<Cell>>,
    pub rows: Vec<Vec<Cell>>,
    pub frame: Frame,
}

/// One block of the sheet, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading on a shaded bar, kept with what follows.
    Heading(Cell),
    Table(Table),
    /// Lines to sign on, one per label, side by side.
    Signatures(Vec<Span>),
    /// Vertical space in points.
    Gap(f32),
}

/// What repeats on every page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Furniture {
    /// The running header (title, patient, record version).
    pub header: Vec<Span>,
    /// The confidentiality notice.
    pub notice: Vec<Span>,
    /// The content hash line.
    pub hash: Vec<Span>,
}

/// Document metadata written into the PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
    /// BCP 47 language of the document (`ja`).
    pub lang: String,
    /// Creation time, from the input, so the same input gives the same bytes.
    pub created: time::OffsetDateTime,
    /// Content hash (hex), also used for the PDF file identifier.
    pub content_hash: String,
}

/// The whole sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub blocks: Vec<Block>,
    pub furniture: Furniture,
    pub meta: Meta,
}
