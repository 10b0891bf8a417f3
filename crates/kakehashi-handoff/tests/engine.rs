#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The text engine and the layout: nothing cut, kinsoku kept, headers repeated, missing glyphs refused.

use kakehashi_handoff::fonts::FaceId;
use kakehashi_handoff::layout::{layout, Item, Page};
use kakehashi_handoff::sheet::{Block, Cell, Frame, Furniture, Meta, Sheet, Table};
use kakehashi_handoff::text::{break_lines, line_runs, no_line_start, shape, visible_chars, Span, Style};
use kakehashi_handoff::{FontLibrary, HandoffError};

fn fonts() -> std::sync::Arc<FontLibrary> {
    FontLibrary::resolve(None)
}

fn span(text: &str, lang: &str, field: &str) -> Span {
    Span::new(text, lang, Style::body(), field)
}

fn sheet(blocks: Vec<Block>) -> Sheet {
    Sheet {
        blocks,
        furniture: Furniture {
            header: vec![span("ヘッダー", "ja", "label")],
            notice: vec![span("機密", "ja", "label")],
            hash: vec![span("hash", "ja", "label")],
        },
        meta: Meta {
            title: "test".into(),
            subject: String::new(),
            author: String::new(),
            lang: "ja".into(),
            created: time::OffsetDateTime::UNIX_EPOCH,
            content_hash: "0".repeat(64),
        },
    }
}

/// Everything drawn for `field`, in drawing order across pages.
fn drawn(pages: &[Page], field: &str) -> String {
    pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Text { text, field: f, .. } if f == field => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn pages_with(pages: &[Page], field: &str) -> Vec<usize> {
    pages
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.items
                .iter()
                .any(|i| matches!(i, Item::Text { field: f, .. } if f == field))
        })
        .map(|(n, _)| n)
        .collect()
}

/// A paragraph in many scripts with punctuation, emoji and combining marks.
fn mixed(len: usize) -> String {
    let pieces = [
        "患者は「膝が痛い」と言った。",
        "Bệnh nhân bị đau khớp gối, dị ứng penicillin. ",
        "Пациент принимает варфарин. ",
        "환자는 무릎 통증을 호소합니다. ",
        "患者说：“膝盖很痛。”",
        "病患說：「膝蓋很痛。」",
        "Zoë e\u{301}\u{323} naïve 😀❤️👍 ",
        "ｶﾀｶﾅ ＡＢＣ ①②③ ",
    ];
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < len {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s.chars().take(len).collect()
}

#[test]
fn a_ten_thousand_character_field_spans_pages_and_every_character_appears_exactly_once() {
    let text = mixed(10_000);
    let table = Table {
        widths: vec![1.0, 3.0],
        header: Some(vec![
            Cell::one(span("項目", "ja", "label")),
            Cell::one(span("内容", "ja", "label")),
        ]),
        rows: vec![vec![
            Cell::one(span("申告", "ja", "label")),
            Cell::one(span(&text, "ja", "statement")),
        ]],
        frame: Frame::Grid,
    };
    let pages = layout(&sheet(vec![Block::Table(table)]), &fonts()).unwrap();
    assert!(
        pages.len() >= 3,
        "10,000 characters should need several pages, got {}",
        pages.len()
    );
    assert_eq!(visible_chars(&drawn(&pages, "statement")), visible_chars(&text));
}

#[test]
fn a_row_taller_than_a_page_splits_and_the_header_repeats_on_every_page() {
    let text = "長い記述。".repeat(2_000);
    let table = Table {
        widths: vec![1.0, 3.0],
        header: Some(vec![
            Cell::one(span("見出し列A", "ja", "header-a")),
            Cell::one(span("見出し列B", "ja", "header-b")),
        ]),
        rows: vec![vec![
            Cell::one(span("行", "ja", "label")),
            Cell::one(span(&text, "ja", "long")),
        ]],
        frame: Frame::Grid,
    };
    let pages = layout(&sheet(vec![Block::Table(table)]), &fonts()).unwrap();
    let with_row = pages_with(&pages, "long");
    assert!(
        with_row.len() >= 2,
        "the row should split across pages: {with_row:?}"
    );
    assert_eq!(
        pages_with(&pages, "header-a"),
        with_row,
        "the header repeats on each page the row spans"
    );
    assert_eq!(visible_chars(&drawn(&pages, "long")), visible_chars(&text));
}

#[test]
fn two_hundred_rows_paginate_without_losing_a_row() {
    let rows = (0..200)
        .map(|i| {
            vec![
                Cell::one(span(&format!("薬剤{i}"), "ja", &format!("name[{i}]"))),
                Cell::one(span("1日2回", "ja", "dose")),
            ]
        })
        .collect();
    let table = Table {
        widths: vec![1.0, 1.0],
        header: Some(vec![Cell::one(span("薬剤名", "ja", "h"))]),
        rows,
        frame: Frame::Grid,
    };
    let pages = layout(&sheet(vec![Block::Table(table)]), &fonts()).unwrap();
    for i in 0..200 {
        assert_eq!(drawn(&pages, &format!("name[{i}]")), format!("薬剤{i}"));
    }
    assert_eq!(
        pages_with(&pages, "h").len(),
        pages.len(),
        "the header is on every page"
    );
}

fn lines_of(text: &str, lang: &str, width: f32) -> Vec<String> {
    let f = fonts();
    let clusters = shape(&[span(text, lang, "f")], &f).unwrap();
    break_lines(&clusters, width)
        .into_iter()
        .map(|r| {
            line_runs(&clusters, r)
                .0
                .into_iter()
                .map(|run| run.text)
                .collect::<String>()
        })
        .collect()
}

#[test]
fn no_line_starts_with_closing_punctuation_small_kana_or_the_long_vowel_mark() {
    let text = "「はい。」と、患者さんはゆっくり言った。ちょっとキャッシュカードをコピーしてください。（了解）」、。"
        .repeat(20);
    for width in (40..300).step_by(7) {
        let lines = lines_of(&text, "ja", width as f32);
        for (n, line) in lines.iter().enumerate().skip(1) {
            let first = line.chars().next().unwrap();
            assert!(
                !no_line_start(first),
                "width {width}: line {n} starts with {first:?}: {line}"
            );
        }
        for line in &lines {
            let last = line.chars().last().unwrap();
            assert!(
                !matches!(last, '「' | '（'),
                "width {width}: line ends with {last:?}: {line}"
            );
        }
        assert_eq!(
            visible_chars(&lines.concat()),
            visible_chars(&text),
            "width {width}"
        );
    }
}

#[test]
fn latin_cyrillic_and_korean_break_at_spaces() {
    for (text, lang) in [
        (
            "The patient reports knee pain for three years and takes warfarin daily",
            "en",
        ),
        (
            "Bệnh nhân bị đau khớp gối ba năm nay và đang dùng thuốc chống đông",
            "vi",
        ),
        ("Пациент жалуется на боль в колене в течение трёх лет", "ru"),
        ("환자는 삼 년 동안 무릎 통증을 호소하며 와파린을 복용합니다", "ko"),
    ] {
        let words: Vec<&str> = text.split(' ').collect();
        let lines = lines_of(text, lang, 120.0);
        assert!(lines.len() > 1, "{lang}: should wrap");
        for line in &lines {
            for word in line.split(' ').filter(|w| !w.is_empty()) {
                assert!(
                    words.contains(&word),
                    "{lang}: a word was split: {word:?} in {line:?}"
                );
            }
        }
    }
}

#[test]
fn an_overlong_word_splits_between_graphemes_keeping_combining_marks_with_their_base() {
    let word = "e\u{301}\u{323}".repeat(200);
    let lines = lines_of(&word, "vi", 100.0);
    assert!(lines.len() > 1);
    for line in &lines {
        let first = line.chars().next().unwrap();
        assert!(
            !matches!(first as u32, 0x300..=0x36F),
            "a line starts with a combining mark: {line:?}"
        );
    }
    assert_eq!(visible_chars(&lines.concat()), visible_chars(&word));
}

#[test]
fn text_is_set_in_nfc() {
    let lines = lines_of("Vie\u{323}\u{302}t Nam", "vi", 500.0);
    assert_eq!(lines.concat(), "Việt Nam");
}

#[test]
fn a_character_no_bundled_font_can_draw_is_an_error_naming_the_field() {
    let f = fonts();
    for (text, bad) in [
        ("Allergy: مرحبا", 'م'),
        ("private \u{E000} use", '\u{E000}'),
        ("bell \u{7}", '\u{7}'),
    ] {
        let err = shape(&[span(text, "en", "allergies[0].substance.original")], &f).unwrap_err();
        match err {
            HandoffError::Unrenderable {
                field,
                character,
                codepoint,
            } => {
                assert_eq!(field, "allergies[0].substance.original");
                assert_eq!(character, bad.to_string());
                assert_eq!(codepoint, format!("U+{:04X}", bad as u32));
            }
            other => panic!("expected Unrenderable, got {other:?}"),
        }
    }
    let message = HandoffError::Unrenderable {
        field: "f".into(),
        character: "م".into(),
        codepoint: "U+0645".into(),
    }
    .message();
    assert_eq!(message.id, "handoff-error-unrenderable");
}

#[test]
fn han_characters_take_the_regional_forms_of_the_language() {
    let f = fonts();
    for (lang, face) in [
        ("ja", FaceId::CjkJp),
        ("zh-Hans", FaceId::CjkSc),
        ("zh-CN", FaceId::CjkSc),
        ("zh-Hant", FaceId::CjkTc),
        ("zh-TW", FaceId::CjkTc),
        ("zh-HK", FaceId::CjkHk),
        ("ko", FaceId::CjkKr),
    ] {
        let clusters = shape(&[span("骨", lang, "f")], &f).unwrap();
        assert_eq!(clusters[0].glyphs[0].face, face, "{lang}");
    }
    let latin = shape(&[span("A", "ja", "f")], &f).unwrap();
    assert_eq!(latin[0].glyphs[0].face, FaceId::Sans);
}

#[test]
fn emoji_and_symbols_are_drawn_by_a_fallback_face_not_dropped() {
    let f = fonts();
    let clusters = shape(&[span("😀❤👍⚠", "ja", "f")], &f).unwrap();
    let drawn: String = clusters
        .iter()
        .flat_map(|c| c.glyphs.iter().map(|g| g.ch))
        .collect();
    assert_eq!(drawn, "😀❤👍⚠");
}

#[test]
fn a_missing_font_directory_is_a_typed_error_not_a_blank_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let empty = FontLibrary::resolve(Some(dir.path()));
    let err = shape(&[span("患者", "ja", "f")], &empty).unwrap_err();
    assert!(
        matches!(&err, HandoffError::FontMissing { file, .. } if file == "NotoSansCJK-Regular.ttc"),
        "{err:?}"
    );
    assert_eq!(err.message().id, "handoff-error-font-missing");
}

#[test]
fn a_row_with_more_cells_than_columns_keeps_every_cell() {
    let table = Table {
        widths: vec![1.0],
        header: None,
        rows: vec![vec![
            Cell::one(span("一", "ja", "a")),
            Cell::one(span("二", "ja", "b")),
            Cell::one(span("三", "ja", "c")),
        ]],
        frame: Frame::Grid,
    };
    let pages = layout(&sheet(vec![Block::Table(table)]), &fonts()).unwrap();
    assert_eq!(
        (drawn(&pages, "a"), drawn(&pages, "b"), drawn(&pages, "c")),
        ("一".into(), "二".into(), "三".into())
    );
}
