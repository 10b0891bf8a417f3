//! The text engine: normalisation, per-character font choice with a coverage check, and line
//! breaking (kinsoku for Japanese and Chinese, spaces elsewhere, over-long words split by grapheme).
//!
//! printpdf draws whatever glyph id a font maps a character to and silently prints an empty box
//! (or nothing) for characters the font lacks; this module guarantees every drawn character has
//! a real glyph in the face it is drawn with, or the export fails naming the field.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::HandoffError;
use crate::fonts::{FaceId, FontLibrary};

/// Colours the sheet uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Black,
    /// Secondary text and grid lines.
    Grey,
    /// Alerts.
    Red,
    /// Text on a red background.
    White,
    /// Light grey background of headings and header rows.
    Shade,
    /// Light red background inside the alert box.
    Blush,
}

impl Ink {
    /// The colour as RGB components in 0..=1 (the printed sheet and its on-screen preview share it).
    pub fn rgb(self) -> (f32, f32, f32) {
        match self {
            Ink::Black => (0.0, 0.0, 0.0),
            Ink::Grey => (0.45, 0.45, 0.45),
            Ink::Red => (0.78, 0.0, 0.0),
            Ink::White => (1.0, 1.0, 1.0),
            Ink::Shade => (0.9, 0.9, 0.9),
            Ink::Blush => (1.0, 0.92, 0.92),
        }
    }
}

/// How a span is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    pub bold: bool,
    pub ink: Ink,
}

impl Style {
    pub const fn body() -> Self {
        Style {
            size: 9.0,
            bold: false,
            ink: Ink::Black,
        }
    }
    pub const fn bold(self) -> Self {
        Style { bold: true, ..self }
    }
    pub const fn sized(self, size: f32) -> Self {
        Style { size, ..self }
    }
    pub const fn ink(self, ink: Ink) -> Self {
        Style { ink, ..self }
    }
}

/// A piece of text with its language (which picks the regional Han forms), style, and the name
/// of the record field it comes from (for errors and for the round-trip tests).
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    /// BCP 47 tag of the text.
    pub lang: String,
    pub style: Style,
    /// The record field this text comes from, e.g. `medications[3].name`; labels use `label`.
    pub field: String,
}

impl Span {
    pub fn new(
        text: impl Into<String>,
        lang: impl Into<String>,
        style: Style,
        field: impl Into<String>,
    ) -> Self {
        Span {
            text: text.into(),
            lang: lang.into(),
            style,
            field: field.into(),
        }
    }
}

/// Which regional forms Han characters take, from the language of the text.
pub fn cjk_face_for_lang(tag: &str) -> FaceId {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let language = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    match language {
        "ko" => FaceId::CjkKr,
        "zh" | "yue" | "cmn" => {
            if rest.contains(&"hk") || rest.contains(&"mo") || language == "yue" {
                FaceId::CjkHk
            } else if rest.contains(&"hant") || rest.contains(&"tw") {
                FaceId::CjkTc
            } else {
                FaceId::CjkSc
            }
        }
        _ => FaceId::CjkJp,
    }
}

/// Format characters with no visible form of their own (joiners, variation selectors, bidi
/// marks, tags). The sheet does no shaping, so they cannot change what is drawn; they are
/// skipped when drawing and ignored by the round-trip comparison.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

/// Scripts that need contextual shaping or right-to-left ordering, which printpdf does not do:
/// drawing them glyph by glyph would print wrong text, so they are refused like a missing glyph.
fn needs_shaping(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF      // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
        | 0x0900..=0x0DFF    // Indic scripts
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x0F00..=0x0FFF    // Tibetan
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0xA8E0..=0xA8FF | 0xA980..=0xA9DF
        | 0xFB1D..=0xFDFF    // Hebrew and Arabic presentation forms
        | 0xFE70..=0xFEFE
        | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Characters drawn from a CJK face first.
fn prefers_cjk_face(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x2FF0..=0x303F | 0x3040..=0x31FF | 0x3200..=0x33FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF
        | 0xFE10..=0xFE1F | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Characters between which a line may break without a space (Chinese and Japanese writing,
/// fullwidth forms and pictographs). Hangul is not here: Korean breaks at spaces.
fn breaks_freely(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x2FF0..=0x303F | 0x3040..=0x31FF | 0x3200..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF9F | 0x20000..=0x3FFFF
        | 0x2600..=0x27BF | 0x1F000..=0x1FAFF)
}

/// Kinsoku (行頭禁則): characters that must not begin a line — closing brackets and
/// punctuation, small kana, iteration marks and the long-vowel mark, in Japanese and Chinese.
pub fn no_line_start(c: char) -> bool {
    matches!(c,
        '、' | '。' | '，' | '．' | '・' | '：' | '；' | '？' | '！' | '‼' | '⁇' | '⁈' | '⁉'
        | '）' | '」' | '』' | '】' | '〕' | '〉' | '》' | '〙' | '〗' | '｝' | '］' | '〟' | '’' | '”'
        | '｣' | '､' | '｡' | 'ｰ' | 'ｧ'..='ｯ'
        | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ' | '々' | '〻' | 'ー' | '゠' | '〜' | '～'
        | 'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'っ' | 'ゃ' | 'ゅ' | 'ょ' | 'ゎ' | 'ゕ' | 'ゖ'
        | 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ヵ' | 'ヶ'
        | 'ㇰ'..='ㇿ'
        | ')' | ']' | '}' | ',' | '.' | '!' | '?' | ':' | ';' | '%' | '°' | '′' | '″' | '℃')
}

/// Kinsoku (行末禁則): characters that must not end a line — opening brackets and quotes.
pub fn no_line_end(c: char) -> bool {
    matches!(
        c,
        '（' | '「'
            | '『'
            | '【'
            | '〔'
            | '〈'
            | '《'
            | '〘'
            | '〖'
            | '｛'
            | '［'
            | '〝'
            | '‘'
            | '“'
            | '｢'
            | '('
            | '['
            | '{'
            | '¥'
            | '$'
            | '£'
            | '€'
            | '＄'
            | '￥'
    )
}

/// One glyph to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub ch: char,
    pub face: FaceId,
    /// Advance in points.
    pub width: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Newline,
    Space,
    Other,
}

/// A grapheme cluster (base character and its combining marks), the unit of line breaking.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub glyphs: Vec<Glyph>,
    pub width: f32,
    /// Index of the span it comes from.
    pub span: usize,
    kind: Kind,
    free: bool,
    first: char,
    last: char,
}

/// The normalised text of a span as the sheet sets it: NFC, line endings as `\n`, tabs as spaces.
pub fn normalise(text: &str) -> String {
    let unified = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{2028}', '\u{2029}', '\u{85}'], "\n");
    unified.replace('\t', " ").nfc().collect()
}

fn is_space_char(c: char) -> bool {
    c != '\n' && c.is_whitespace()
}

/// Chooses a face for every character of `spans` and measures it; fails on the first character
/// no bundled face can draw, naming its field.
pub fn shape(spans: &[Span], fonts: &FontLibrary) -> Result<Vec<Cluster>, HandoffError> {
    let mut out = Vec::new();
    for (index, span) in spans.iter().enumerate() {
        let text = normalise(&span.text);
        let cjk = cjk_face_for_lang(&span.lang);
        for grapheme in text.graphemes(true) {
            let mut chars = grapheme.chars();
            let Some(first) = chars.next() else { continue };
            let last = grapheme.chars().last().unwrap_or(first);
            if grapheme.contains('\n') {
                // "\n" after normalisation; a newline never forms a cluster with other marks.
                for _ in grapheme.chars().filter(|c| *c == '\n') {
                    out.push(Cluster {
                        glyphs: Vec::new(),
                        width: 0.0,
                        span: index,
                        kind: Kind::Newline,
                        free: false,
                        first: '\n',
                        last: '\n',
                    });
                }
                continue;
            }
            let kind = if is_space_char(first) {
                Kind::Space
            } else {
                Kind::Other
            };
            let mut glyphs = Vec::new();
            let mut width = 0.0;
            for c in grapheme.chars() {
                if is_invisible_format(c) {
                    continue;
                }
                let c = if kind == Kind::Space { ' ' } else { c };
                let glyph = glyph_for(c, cjk, span, fonts)?;
                width += glyph.width;
                glyphs.push(glyph);
            }
            out.push(Cluster {
                glyphs,
                width,
                span: index,
                kind,
                free: breaks_freely(first),
                first,
                last,
            });
        }
    }
    Ok(out)
}

fn glyph_for(c: char, cjk: FaceId, span: &Span, fonts: &FontLibrary) -> Result<Glyph, HandoffError> {
    let unrenderable = || HandoffError::Unrenderable {
        field: span.field.clone(),
        character: c.to_string(),
        codepoint: format!("U+{:04X}", c as u32),
    };
    if c.is_control() || needs_shaping(c) {
        return Err(unrenderable());
    }
    let sans = if span.style.bold {
        FaceId::SansBold
    } else {
        FaceId::Sans
    };
    let chain: [FaceId; 4] = if prefers_cjk_face(c) {
        [cjk, sans, FaceId::Symbols, FaceId::Emoji]
    } else {
        [sans, cjk, FaceId::Symbols, FaceId::Emoji]
    };
    for id in chain {
        let face = fonts.face(id)?;
        if let Some(gid) = face.glyph(c) {
            return Ok(Glyph {
                ch: c,
                face: id,
                width: face.advance_em(gid) * span.style.size,
            });
        }
    }
    Err(unrenderable())
}

fn may_break_before(prev: &Cluster, cur: &Cluster) -> bool {
    match (prev.kind, cur.kind) {
        (_, Kind::Space) | (_, Kind::Newline) => false,
        (Kind::Space, _) => true,
        _ => {
            if no_line_start(cur.first) || no_line_end(prev.last) {
                false
            } else {
                prev.free || cur.free
            }
        }
    }
}

/// Breaks clusters into lines no wider than `width` points (a single cluster wider than the line
/// gets a line of its own). Each line is a range of cluster indices; a space where a line breaks
/// and the newline clusters themselves belong to no line. Nothing else is ever left out.
pub fn break_lines(clusters: &[Cluster], width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut x = 0.0f32;
    let mut last_break: Option<usize> = None;
    let mut i = 0usize;
    while i < clusters.len() {
        let cur = &clusters[i];
        if cur.kind == Kind::Newline {
            lines.push(start..i);
            start = i + 1;
            x = 0.0;
            last_break = None;
            i += 1;
            continue;
        }
        if i > start && may_break_before(&clusters[i - 1], cur) {
            last_break = Some(i);
        }
        if x + cur.width > width && i > start {
            if cur.kind == Kind::Space {
                // The space at a break is the break itself.
                lines.push(start..i);
                start = i + 1;
                x = 0.0;
                last_break = None;
                i += 1;
                continue;
            }
            let at = match last_break {
                Some(b) if b > start => b,
                _ => forced_split(clusters, start, i),
            };
            lines.push(start..at);
            start = at;
            if at >= i {
                // Hanging punctuation took the overflowing clusters into this line.
                i = at;
                x = 0.0;
                last_break = None;
                continue;
            }
            x = clusters[at..i].iter().map(|c| c.width).sum();
            last_break = None;
            for j in (start + 1)..i {
                if may_break_before(&clusters[j - 1], &clusters[j]) {
                    last_break = Some(j);
                }
            }
            // Re-examine `cur` against the new line.
            continue;
        }
        x += cur.width;
        i += 1;
    }
    if start < clusters.len() || lines.is_empty() || clusters.last().is_some_and(|c| c.kind == Kind::Newline)
    {
        lines.push(start..clusters.len());
    }
    lines
}

/// Where to split a run with no break opportunity (a word longer than the line): before the
/// overflowing grapheme, moved back so the new line does not start with closing punctuation.
fn forced_split(clusters: &[Cluster], start: usize, overflow: usize) -> usize {
    let starts_badly = |at: usize| {
        clusters
            .get(at)
            .is_some_and(|c| c.kind == Kind::Other && no_line_start(c.first))
    };
    let mut at = overflow;
    while at > start + 1 && starts_badly(at) {
        at -= 1;
    }
    if starts_badly(at) {
        // A run of closing punctuation longer than the whole line: let it hang past the line end
        // (burasage) rather than start the next line with it.
        at = overflow;
        while starts_badly(at) {
            at += 1;
        }
    }
    at
}

/// A stretch of one line drawn with one face and one span.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Offset from the start of the line, in points.
    pub x: f32,
    pub width: f32,
    pub face: FaceId,
    pub span: usize,
    pub text: String,
}

/// The runs of one line, and its width.
pub fn line_runs(clusters: &[Cluster], line: Range<usize>) -> (Vec<Run>, f32) {
    let mut runs: Vec<Run> = Vec::new();
    let mut x = 0.0f32;
    for cluster in &clusters[line] {
        for glyph in &cluster.glyphs {
            match runs.last_mut() {
                Some(run) if run.face == glyph.face && run.span == cluster.span => {
                    run.text.push(glyph.ch);
                    run.width += glyph.width;
                }
                _ => runs.push(Run {
                    x,
                    width: glyph.width,
                    face: glyph.face,
                    span: cluster.span,
                    text: glyph.ch.to_string(),
                }),
            }
            x += glyph.width;
        }
    }
    (runs, x)
}

/// The characters of a text that must appear on the sheet: its normalised form without
/// whitespace and invisible format characters (what the round-trip checks compare).
pub fn visible_chars(text: &str) -> String {
    normalise(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !is_invisible_format(*c))
        .collect()
}
