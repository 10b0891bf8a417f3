//! Layout: a [`Sheet`] becomes pages of positioned glyph runs, rectangles and rules.
//!
//! Pure and deterministic (same sheet and fonts, same pages), and independent of PDF, so the
//! promises of the sheet — nothing cut, headers repeated, kinsoku kept — are tested here.

use std::ops::Range;

use kakehashi_i18n::{msg, Localizer};

use crate::error::HandoffError;
use crate::fonts::{FaceId, FontLibrary};
use crate::sheet::{Block, Cell, Frame, Sheet, Table};
use crate::text::{break_lines, line_runs, shape, Cluster, Ink, Span, Style};

/// A4 portrait, in points.
pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 36.0;
/// Top margin above the running header, and bottom margin below the footer.
pub const MARGIN_Y: f32 = 24.0;
const CELL_PAD: f32 = 2.2;
const LINE_FACTOR: f32 = 1.32;
const BLOCK_GAP: f32 = 3.0;
/// The largest type size a line is laid out for.
const MAX_SIZE: f32 = 72.0;

/// Something drawn on a page. Coordinates are PDF points from the bottom-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text on one baseline, in one face.
    Text {
        x: f32,
        y: f32,
        face: FaceId,
        size: f32,
        bold: bool,
        ink: Ink,
        text: String,
        /// The record field the text comes from (`label` for the sheet's own wording).
        field: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Ink>,
        stroke: Option<(Ink, f32)>,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        ink: Ink,
        width: f32,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// The text of the page in drawing order (for tests and previews).
    pub fn text(&self) -> String {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// A block of wrapped text ready to place: its clusters, its lines and their height.
struct Prepared {
    spans: Vec<Span>,
    clusters: Vec<Cluster>,
    lines: Vec<Range<usize>>,
    line_h: f32,
    size: f32,
}

impl Prepared {
    fn new(spans: &[Span], width: f32, fonts: &FontLibrary) -> Result<Prepared, HandoffError> {
        let clusters = shape(spans, fonts)?;
        let lines = break_lines(&clusters, width.max(1.0));
        // Clamped so that a line always fits on a page: pagination loops rely on it.
        let size = spans
            .iter()
            .map(|s| s.style.size)
            .filter(|s| s.is_finite())
            .fold(Style::body().size, f32::max)
            .min(MAX_SIZE);
        Ok(Prepared {
            spans: spans.to_vec(),
            clusters,
            lines,
            line_h: size * LINE_FACTOR,
            size,
        })
    }

    /// Draws lines `range` with the top of the first line at `top`.
    fn draw(&self, page: &mut Page, range: Range<usize>, x: f32, top: f32) {
        for (k, line) in self.lines[range].iter().enumerate() {
            let baseline = top - k as f32 * self.line_h - (self.line_h - self.size) / 2.0 - self.size * 0.86;
            let (runs, _) = line_runs(&self.clusters, line.clone());
            for run in runs {
                let span = &self.spans[run.span];
                page.items.push(Item::Text {
                    x: x + run.x,
                    y: baseline,
                    face: run.face,
                    size: span.style.size,
                    bold: span.style.bold,
                    ink: span.style.ink,
                    text: run.text,
                    field: span.field.clone(),
                });
            }
        }
    }

    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.line_h
    }
}

struct Layout<'a> {
    fonts: &'a FontLibrary,
    pages: Vec<Page>,
    y: f32,
    body_top: f32,
    body_bottom: f32,
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.body_top;
    }

    fn remaining(&self) -> f32 {
        self.y - self.body_bottom
    }

    fn content_width() -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN_X
    }

    fn heading(&mut self, cell: &Cell) -> Result<(), HandoffError> {
        let width = Self::content_width();
        let prepared = Prepared::new(&cell.spans, width - 2.0 * CELL_PAD, self.fonts)?;
        let h = prepared.height() + 2.0 * CELL_PAD;
        // Keep the heading with at least a few lines of what follows.
        let keep = h + 4.0 * Style::body().size * LINE_FACTOR + 2.0 * CELL_PAD;
        if self.remaining() < keep && self.y < self.body_top {
            self.new_page();
        }
        let mut drawn = 0;
        while drawn < prepared.lines.len() {
            let fit = (((self.remaining() - 2.0 * CELL_PAD) / prepared.line_h)
                .floor()
                .max(0.0) as usize)
                .min(prepared.lines.len() - drawn);
            if fit == 0 {
                self.new_page();
                continue;
            }
            let h = fit as f32 * prepared.line_h + 2.0 * CELL_PAD;
            let y = self.y;
            let fill = cell.fill.unwrap_or(Ink::Shade);
            let page = self.page();
            page.items.push(Item::Rect {
                x: MARGIN_X,
                y: y - h,
                w: width,
                h,
                fill: Some(fill),
                stroke: None,
            });
            prepared.draw(page, drawn..drawn + fit, MARGIN_X + CELL_PAD, y - CELL_PAD);
            self.y -= h;
            drawn += fit;
        }
        self.y -= 2.0;
        Ok(())
    }

    fn table(&mut self, table: &Table) -> Result<(), HandoffError> {
        let width = Self::content_width();
        // A row with more cells than widths gets extra equal columns: no cell is ever dropped,
        // and a zero or negative width counts as an equal share too.
        let columns = table
            .rows
            .iter()
            .map(Vec::len)
            .chain(table.header.as_ref().map(Vec::len))
            .fold(table.widths.len(), usize::max);
        let widths: Vec<f32> = (0..columns)
            .map(|i| {
                table
                    .widths
                    .get(i)
                    .copied()
                    .filter(|w| *w > 0.0 && w.is_finite())
                    .unwrap_or(1.0)
            })
            .collect();
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        let mut xs = Vec::new();
        let mut ws = Vec::new();
        let mut x = MARGIN_X;
        for w in &widths {
            let w = w.max(0.0) / total * width;
            xs.push(x);
            ws.push(w);
            x += w;
        }
        let prepare = |cells: &[Cell], fonts: &FontLibrary| -> Result<Vec<Prepared>, HandoffError> {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    Prepared::new(
                        &c.spans,
                        ws.get(i).copied().unwrap_or(width) - 2.0 * CELL_PAD,
                        fonts,
                    )
                })
                .collect()
        };
        let header = match &table.header {
            Some(cells) => Some((cells, prepare(cells, self.fonts)?)),
            None => None,
        };
        let header_h = header
            .as_ref()
            .map(|(_, p)| p.iter().map(Prepared::height).fold(0.0, f32::max) + 2.0 * CELL_PAD)
            .unwrap_or(0.0);
        let first_line = Style::body().size * LINE_FACTOR + 2.0 * CELL_PAD;
        if self.remaining() < header_h + first_line && self.y < self.body_top {
            self.new_page();
        }
        // The header row is repeated at the top of every page the table continues on.
        let place_header = |me: &mut Self| {
            if let Some((cells, prepared)) = &header {
                me.place_row(
                    table.frame,
                    cells,
                    prepared,
                    &xs,
                    &ws,
                    &vec![0; cells.len()],
                    None,
                );
            }
        };
        let next_page = |me: &mut Self, portion_top: f32| -> f32 {
            me.end_portion(table.frame, portion_top);
            me.new_page();
            let top = me.y;
            place_header(me);
            top
        };
        let mut portion_top = self.y;
        place_header(self);
        for row in &table.rows {
            let prepared = prepare(row, self.fonts)?;
            let mut done = vec![0usize; row.len()];
            loop {
                let left_h = prepared
                    .iter()
                    .zip(&done)
                    .map(|(p, d)| (p.lines.len() - d) as f32 * p.line_h)
                    .fold(0.0, f32::max)
                    + 2.0 * CELL_PAD;
                let capacity = self.body_top - self.body_bottom - header_h;
                let started = done.iter().any(|d| *d > 0);
                if left_h <= self.remaining() + 0.01 {
                    self.place_row(table.frame, row, &prepared, &xs, &ws, &done, None);
                    break;
                }
                let fresh = (self.y - (self.body_top - header_h)).abs() < 0.01;
                let fits: Vec<usize> = prepared
                    .iter()
                    .zip(&done)
                    .map(|(p, d)| {
                        (((self.remaining() - 2.0 * CELL_PAD) / p.line_h).floor().max(0.0) as usize)
                            .min(p.lines.len() - d)
                    })
                    .collect();
                let can_split = fits
                    .iter()
                    .zip(prepared.iter().zip(&done))
                    .any(|(f, (p, d))| *f > 0 && *d < p.lines.len());
                // A row that fits on a fresh page moves there whole; a taller one splits here.
                if (!started && left_h <= capacity && !fresh) || !can_split {
                    portion_top = next_page(self, portion_top);
                    continue;
                }
                let limits: Vec<usize> = fits.iter().zip(&done).map(|(f, d)| d + f).collect();
                self.place_row(table.frame, row, &prepared, &xs, &ws, &done, Some(&limits));
                done = limits;
                portion_top = next_page(self, portion_top);
            }
        }
        self.end_portion(table.frame, portion_top);
        Ok(())
    }

    /// Places the lines `done[i]..limit[i]` of each cell as one row (portion) at the cursor.
    #[allow(clippy::too_many_arguments)]
    fn place_row(
        &mut self,
        frame: Frame,
        cells: &[Cell],
        prepared: &[Prepared],
        xs: &[f32],
        ws: &[f32],
        done: &[usize],
        limits: Option<&[usize]>,
    ) {
        let ranges: Vec<Range<usize>> = prepared
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let end = limits.map(|l| l[i]).unwrap_or(p.lines.len());
                done[i]..end.max(done[i])
            })
            .collect();
        let h = prepared
            .iter()
            .zip(&ranges)
            .map(|(p, r)| r.len() as f32 * p.line_h)
            .fold(0.0, f32::max)
            + 2.0 * CELL_PAD;
        let top = self.y;
        let page = self.page();
        for (i, p) in prepared.iter().enumerate() {
            let (x, w) = (xs[i], ws[i]);
            if let Some(fill) = cells[i].fill {
                page.items.push(Item::Rect {
                    x,
                    y: top - h,
                    w,
                    h,
                    fill: Some(fill),
                    stroke: None,
                });
            }
            p.draw(page, ranges[i].clone(), x + CELL_PAD, top - CELL_PAD);
            match frame {
                Frame::Grid => page.items.push(Item::Rect {
                    x,
                    y: top - h,
                    w,
                    h,
                    fill: None,
                    stroke: Some((Ink::Grey, 0.5)),
                }),
                Frame::Alert => page.items.push(Item::Rule {
                    x1: x,
                    y1: top - h,
                    x2: x + w,
                    y2: top - h,
                    ink: Ink::Red,
                    width: 0.5,
                }),
                Frame::Plain => {}
            }
        }
        self.y -= h;
    }

    fn end_portion(&mut self, frame: Frame, top: f32) {
        if frame == Frame::Alert && top - self.y > 0.01 {
            let y = self.y;
            self.page().items.push(Item::Rect {
                x: MARGIN_X,
                y,
                w: Self::content_width(),
                h: top - y,
                fill: None,
                stroke: Some((Ink::Red, 2.0)),
            });
        }
    }

    fn signatures(&mut self, labels: &[Span]) -> Result<(), HandoffError> {
        if labels.is_empty() {
            return Ok(());
        }
        let w = Self::content_width() / labels.len() as f32;
        let prepared: Vec<Prepared> = labels
            .iter()
            .map(|l| Prepared::new(std::slice::from_ref(l), w - 12.0, self.fonts))
            .collect::<Result<_, _>>()?;
        let text_h = prepared.iter().map(Prepared::height).fold(0.0, f32::max);
        let h = text_h + 40.0;
        if self.remaining() < h {
            self.new_page();
        }
        let top = self.y;
        let page = self.page();
        for (i, p) in prepared.iter().enumerate() {
            let x = MARGIN_X + i as f32 * w;
            p.draw(page, 0..p.lines.len(), x, top);
            page.items.push(Item::Rule {
                x1: x,
                y1: top - h + 6.0,
                x2: x + w - 12.0,
                y2: top - h + 6.0,
                ink: Ink::Black,
                width: 0.7,
            });
        }
        self.y -= h;
        Ok(())
    }
}

/// Lays out the sheet: body blocks first, then the running header and the footer (page n / N,
/// notice, content hash) on every page once the page count is known.
pub fn layout(sheet: &Sheet, fonts: &FontLibrary) -> Result<Vec<Page>, HandoffError> {
    let width = Layout::content_width();
    let header = Prepared::new(&sheet.furniture.header, width, fonts)?;
    let notice = Prepared::new(&sheet.furniture.notice, width - 90.0, fonts)?;
    let hash = Prepared::new(&sheet.furniture.hash, width, fonts)?;
    let body_top = PAGE_HEIGHT - MARGIN_Y - header.height() - 8.0;
    let footer_h = notice.height() + hash.height() + 6.0;
    let body_bottom = MARGIN_Y + footer_h + 8.0;

    let mut l = Layout {
        fonts,
        pages: vec![Page::default()],
        y: body_top,
        body_top,
        body_bottom,
    };
    for block in &sheet.blocks {
        match block {
            Block::Heading(cell) => l.heading(cell)?,
            Block::Table(table) => l.table(table)?,
            Block::Signatures(labels) => l.signatures(labels)?,
            Block::Gap(h) => {
                if l.remaining() > *h {
                    l.y -= h;
                } else {
                    l.new_page();
                }
            }
        }
        l.y -= BLOCK_GAP;
    }
    let mut pages = l.pages;
    // A trailing page break leaves an empty page; it carries nothing and is not printed.
    while pages.len() > 1 && pages.last().is_some_and(|p| p.items.is_empty()) {
        pages.pop();
    }
    let total = pages.len();
    for (n, page) in pages.iter_mut().enumerate() {
        let mut furniture = Page::default();
        let top = PAGE_HEIGHT - MARGIN_Y;
        header.draw(&mut furniture, 0..header.lines.len(), MARGIN_X, top);
        let rule_y = top - header.height() - 3.0;
        furniture.items.push(Item::Rule {
            x1: MARGIN_X,
            y1: rule_y,
            x2: PAGE_WIDTH - MARGIN_X,
            y2: rule_y,
            ink: Ink::Grey,
            width: 0.5,
        });
        let footer_top = MARGIN_Y + footer_h;
        furniture.items.push(Item::Rule {
            x1: MARGIN_X,
            y1: footer_top + 3.0,
            x2: PAGE_WIDTH - MARGIN_X,
            y2: footer_top + 3.0,
            ink: Ink::Grey,
            width: 0.5,
        });
        notice.draw(&mut furniture, 0..notice.lines.len(), MARGIN_X, footer_top);
        let label = Localizer::embedded().format(
            "ja",
            &msg!("handoff-footer-page", "page" => n + 1, "pages" => total),
        );
        let page_style = Style::body().bold();
        let number = Prepared::new(&[Span::new(label, "ja", page_style, "label")], 90.0, fonts)?;
        let (_, number_w) = line_runs(&number.clusters, number.lines.first().cloned().unwrap_or(0..0));
        number.draw(
            &mut furniture,
            0..number.lines.len(),
            PAGE_WIDTH - MARGIN_X - number_w,
            footer_top,
        );
        hash.draw(
            &mut furniture,
            0..hash.lines.len(),
            MARGIN_X,
            footer_top - notice.height() - 2.0,
        );
        // Furniture first, body after: extraction in content order reads each page top-down.
        let mut items = std::mem::take(&mut furniture.items);
        items.append(&mut page.items);
        page.items = items;
    }
    Ok(pages)
}

/// The area between the running header and the footer: `(bottom, top)` in points, as used for
/// the given sheet. Tests crop text extraction to it.
pub fn body_band(sheet: &Sheet, fonts: &FontLibrary) -> Result<(f32, f32), HandoffError> {
    let width = Layout::content_width();
    let header = Prepared::new(&sheet.furniture.header, width, fonts)?;
    let notice = Prepared::new(&sheet.furniture.notice, width - 90.0, fonts)?;
    let hash = Prepared::new(&sheet.furniture.hash, width, fonts)?;
    let top = PAGE_HEIGHT - MARGIN_Y - header.height() - 8.0;
    let bottom = MARGIN_Y + notice.height() + hash.height() + 6.0 + 8.0;
    Ok((bottom, top))
}
