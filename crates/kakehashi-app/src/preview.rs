//! The handoff sheet's laid-out pages as SVG, so the window previews exactly what will print
//! (same layout, same line breaks) without a PDF viewer inside the app.

use std::fmt::Write as _;

use kakehashi_handoff::layout::{Item, Page, PAGE_HEIGHT, PAGE_WIDTH};
use kakehashi_handoff::text::Ink;
use kakehashi_handoff::FaceId;

/// One page as a standalone SVG document (A4, in PDF points).
pub fn page_svg(page: &Page) -> String {
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {PAGE_WIDTH} {PAGE_HEIGHT}" width="{PAGE_WIDTH}" height="{PAGE_HEIGHT}"><rect width="100%" height="100%" fill="#fff"/>"##
    );
    for item in &page.items {
        // PDF coordinates start at the bottom; SVG's at the top.
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
                let _ = write!(
                    out,
                    r#"<text x="{x:.2}" y="{:.2}" font-family="{}" font-size="{size:.2}"{} fill="{}" xml:space="preserve">{}</text>"#,
                    PAGE_HEIGHT - y,
                    family(*face),
                    if *bold { r#" font-weight="bold""# } else { "" },
                    colour(*ink),
                    escape(text)
                );
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let fill = fill.map(colour).unwrap_or_else(|| "none".into());
                let (stroke, width) = stroke
                    .map(|(ink, w)| (colour(ink), w))
                    .unwrap_or_else(|| ("none".into(), 0.0));
                let _ = write!(
                    out,
                    r#"<rect x="{x:.2}" y="{:.2}" width="{w:.2}" height="{h:.2}" fill="{fill}" stroke="{stroke}" stroke-width="{width:.2}"/>"#,
                    PAGE_HEIGHT - y - h
                );
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                ink,
                width,
            } => {
                let _ = write!(
                    out,
                    r#"<line x1="{x1:.2}" y1="{:.2}" x2="{x2:.2}" y2="{:.2}" stroke="{}" stroke-width="{width:.2}"/>"#,
                    PAGE_HEIGHT - y1,
                    PAGE_HEIGHT - y2,
                    colour(*ink)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

fn family(face: FaceId) -> &'static str {
    match face {
        FaceId::Sans | FaceId::SansBold => "Noto Sans, sans-serif",
        FaceId::CjkJp => "Noto Sans CJK JP, sans-serif",
        FaceId::CjkKr => "Noto Sans CJK KR, sans-serif",
        FaceId::CjkSc => "Noto Sans CJK SC, sans-serif",
        FaceId::CjkTc => "Noto Sans CJK TC, sans-serif",
        FaceId::CjkHk => "Noto Sans CJK HK, sans-serif",
        FaceId::Symbols | FaceId::Emoji => "Noto Sans Symbols 2, Symbola, sans-serif",
    }
}

fn colour(ink: Ink) -> String {
    let (r, g, b) = ink.rgb();
    let byte = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_placed_from_the_top() {
        let page = Page {
            items: vec![Item::Text {
                x: 10.0,
                y: PAGE_HEIGHT - 20.0,
                face: FaceId::CjkJp,
                size: 9.0,
                bold: false,
                ink: Ink::Red,
                text: "<アレルギー & 未聴取>".into(),
                field: "label".into(),
            }],
        };
        let svg = page_svg(&page);
        assert!(svg.contains(r#"y="20.00""#), "{svg}");
        assert!(svg.contains("&lt;アレルギー &amp; 未聴取&gt;"), "{svg}");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
