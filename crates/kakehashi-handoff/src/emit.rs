//! Emit: laid-out pages become printpdf operations and then PDF bytes.
//!
//! Everything printpdf would otherwise randomise (font resource names, subset tags, the file
//! identifier) or default (creation date 1970) is set from the input, so the same record and
//! time give byte-identical files.

use std::collections::BTreeSet;

use lopdf::{Object, StringFormat};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix, TextRenderingMode,
};

use crate::error::HandoffError;
use crate::fonts::{FaceId, FontLibrary};
use crate::layout::{Item, Page};
use crate::sheet::Meta;
use crate::text::Ink;

fn color(ink: Ink) -> Color {
    let (r, g, b) = ink.rgb();
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

fn page_ops(page: &Page) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Text {
                x,
                y,
                face,
                size,
                bold,
                ink,
                text,
                ..
            } => {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(FontId(face.pdf_tag().to_owned())),
                    size: Pt(*size),
                });
                ops.push(Op::SetFillColor { col: color(*ink) });
                if *bold && face.is_cjk() {
                    // No bold CJK face is bundled: stroke the outline too, a common synthetic bold.
                    ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::FillStroke,
                    });
                    ops.push(Op::SetOutlineColor { col: color(*ink) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(size * 0.035) });
                } else {
                    ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::Fill,
                    });
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(*x), Pt(*y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                ops.push(Op::EndTextSection);
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                ops.push(Op::SaveGraphicsState);
                if let Some(fill) = fill {
                    ops.push(Op::SetFillColor { col: color(*fill) });
                }
                if let Some((ink, width)) = stroke {
                    ops.push(Op::SetOutlineColor { col: color(*ink) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                }
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    _ => PaintMode::Stroke,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(*y),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                ink,
                width,
            } => {
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetOutlineColor { col: color(*ink) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1, *y1), point(*x2, *y2)],
                        is_closed: false,
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
        }
    }
    ops
}

/// A PDF text string: literal for ASCII, UTF-16BE with a byte-order mark otherwise.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `D:YYYYMMDDHHmmSS+HH'mm'` with the real offset of the timestamp.
pub fn pdf_date(t: time::OffsetDateTime) -> String {
    let offset = t.offset();
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { '-' } else { '+' };
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}{}{:02}'{:02}'",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        sign,
        h.unsigned_abs(),
        m.unsigned_abs()
    )
}

/// Deflates every stream not yet filtered. lopdf's own `compress` uses the slowest level, which
/// cost more than the rest of the export for a few kilobytes less.
fn compress_streams(doc: &mut lopdf::Document) -> Result<(), HandoffError> {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
                continue;
            }
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
            encoder
                .write_all(&stream.content)
                .map_err(|_| HandoffError::PdfWrite)?;
            let compressed = encoder.finish().map_err(|_| HandoffError::PdfWrite)?;
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
    Ok(())
}

/// Writes the pages as a PDF with subset fonts.
pub fn emit(pages: &[Page], meta: &Meta, fonts: &FontLibrary) -> Result<Vec<u8>, HandoffError> {
    let used: BTreeSet<FaceId> = pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Text { face, .. } => Some(*face),
            _ => None,
        })
        .collect();
    let mut doc = PdfDocument::new(&meta.title);
    for face in &used {
        let parsed = fonts.face(*face)?;
        doc.resources.fonts.map.insert(
            FontId(face.pdf_tag().to_owned()),
            PdfFont::new(parsed.parsed.clone()),
        );
    }
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|p| PdfPage::new(Mm(210.0), Mm(297.0), page_ops(p)))
        .collect();
    doc.with_pages(pdf_pages);
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);

    // A file identifier derived from the content, not random: same input, same bytes.
    let id_bytes = meta
        .content_hash
        .as_bytes()
        .iter()
        .take(32)
        .copied()
        .collect::<Vec<u8>>();
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id_bytes.clone(), StringFormat::Hexadecimal),
            Object::String(id_bytes, StringFormat::Hexadecimal),
        ]),
    );
    let date = pdf_date(meta.created);
    let info = lopdf::Dictionary::from_iter(vec![
        ("Title", text_string(&meta.title)),
        ("Subject", text_string(&meta.subject)),
        ("Author", text_string(&meta.author)),
        ("Creator", text_string("Kakehashi")),
        ("Producer", text_string("Kakehashi handoff (printpdf 0.12)")),
        (
            "CreationDate",
            Object::String(date.clone().into_bytes(), StringFormat::Literal),
        ),
        (
            "ModDate",
            Object::String(date.into_bytes(), StringFormat::Literal),
        ),
    ]);
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(obj) = lo.get_object_mut(info_id) {
            *obj = Object::Dictionary(info);
        }
    }
    if let Ok(root) = lo.trailer.get(b"Root").and_then(Object::as_reference) {
        if let Ok(catalog) = lo.get_object_mut(root).and_then(Object::as_dict_mut) {
            catalog.set("Lang", text_string(&meta.lang));
            catalog.set(
                "ViewerPreferences",
                Object::Dictionary(lopdf::Dictionary::from_iter(vec![(
                    "DisplayDocTitle",
                    Object::Boolean(true),
                )])),
            );
        }
    }
    compress_streams(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|_| HandoffError::PdfWrite)?;
    Ok(out)
}
