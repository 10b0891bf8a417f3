//! Folding text so that what a person types finds what was stored, whatever form either is in.
//!
//! Staff type names and terms in whatever their keyboard gives them: full-width or half-width
//! letters, hiragana for a katakana name, Vietnamese without its tone marks, capitals or not.
//! [`fold`] maps all of those to one comparison form. It is used for patient-name search (in
//! memory, never written to disk) and for the glossary index.
//!
//! Folding is lossy by design and is only ever used for matching; the stored text is never folded.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds `input` to its search form:
/// - NFKC (full-width Latin and digits to ASCII, half-width katakana to full-width),
/// - lower case,
/// - diacritics removed (`Nguyễn` → `nguyen`, `đ` → `d`, `ß` → `ss`),
/// - hiragana to katakana, small kana to their full-size forms,
/// - the long-vowel mark `ー` and similar dashes dropped, so `コーヒー` and `コヒ` meet, as do
///   the variants typed for a long vowel (`ユーコ` / `ユウコ` are *not* merged: that would be a guess),
/// - runs of white space (including the ideographic space) to one ASCII space, trimmed.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    // NFKC first so compatibility forms collapse; NFD afterwards splits letters from their marks.
    let nfkc: String = input.nfkc().collect();
    for c in nfkc.to_lowercase().nfd() {
        if is_combining_mark(c) {
            // The (semi-)voiced kana marks are meaningful: ハ, バ and パ are different sounds.
            if c == '\u{3099}' || c == '\u{309A}' {
                out.push(c);
            }
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_long_vowel_mark(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            'đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'ı' => out.push('i'),
            _ => out.push(kana_fold(c)),
        }
    }
    // Recompose the voiced kana marks that NFD split off (バ stays one character).
    out.nfc().collect()
}

fn is_long_vowel_mark(c: char) -> bool {
    matches!(c, 'ー' | 'ｰ' | '〜' | '～')
}

/// Hiragana to katakana, and small kana to full size.
fn kana_fold(c: char) -> char {
    let c = match c {
        // Hiragana block (ぁ..ゖ) sits exactly 0x60 below katakana (ァ..ヶ).
        '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
        _ => c,
    };
    match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ヮ' => 'ワ',
        'ヵ' => 'カ',
        'ヶ' => 'ケ',
        _ => c,
    }
}

/// Whether `haystack` contains `needle` once both are folded. An empty needle matches everything.
pub fn folded_contains(haystack: &str, needle: &str) -> bool {
    fold(haystack).contains(&fold(needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hiragana_finds_katakana() {
        assert_eq!(fold("やまだ はなこ"), fold("ヤマダ　ハナコ"));
    }

    #[test]
    fn half_width_katakana_finds_full_width() {
        assert_eq!(fold("ﾔﾏﾀﾞ"), fold("ヤマダ"));
        assert_eq!(fold("ﾊﾟｸ"), fold("パク"));
    }

    #[test]
    fn voiced_marks_still_distinguish() {
        assert_ne!(fold("ハ"), fold("バ"));
        assert_ne!(fold("バ"), fold("パ"));
    }

    #[test]
    fn full_width_latin_and_case() {
        assert_eq!(fold("ＪＯＨＮ Smith"), "john smith");
    }

    #[test]
    fn vietnamese_without_tone_marks() {
        assert_eq!(fold("Nguyễn Thị Đào"), "nguyen thi dao");
        assert!(folded_contains("Trần Văn Đức", "van duc"));
    }

    #[test]
    fn small_kana_and_long_vowels() {
        assert_eq!(fold("ジョー"), fold("ジヨ"));
        assert_eq!(fold("ｷｬｼｰ"), fold("キヤシ"));
    }

    #[test]
    fn hanzi_and_hangul_pass_through() {
        assert_eq!(fold("王 小明"), "王 小明");
        assert_eq!(fold("김민준"), "김민준");
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(fold("  a \u{3000}\t b  "), "a b");
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn a_string_always_contains_its_own_substrings(s in "[a-zA-Zぁ-んァ-ン一-龥 ]{0,20}") {
            let chars: Vec<char> = s.chars().collect();
            let mid: String = chars[chars.len() / 4..chars.len() / 2].iter().collect();
            prop_assert!(folded_contains(&s, mid.trim()));
        }
    }
}
