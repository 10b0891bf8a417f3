//! The bundled fonts: where they are found, which face draws which character, and their metrics.
//!
//! Fonts are read at run time from a font directory rather than compiled into the binary: the CJK
//! collection alone is ~19 MB and would otherwise be copied into every binary that links this
//! crate (the app, the CLI, every test and bench). Faces are parsed lazily and once per process:
//! parsing costs ~100 ms per face and each CJK face holds a copy of the whole collection.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use printpdf::ParsedFont;

use crate::error::HandoffError;

/// Environment variable naming a font directory (second in the resolution order).
pub const FONT_DIR_ENV: &str = "KAKEHASHI_FONT_DIR";

/// The faces the sheet can draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FaceId {
    /// Noto Sans: Latin, Vietnamese, Greek, Cyrillic.
    Sans,
    /// Noto Sans Bold.
    SansBold,
    /// Noto Sans CJK, Japanese forms (face 0 of the collection).
    CjkJp,
    /// Noto Sans CJK, Korean forms (face 1).
    CjkKr,
    /// Noto Sans CJK, Simplified Chinese forms (face 2).
    CjkSc,
    /// Noto Sans CJK, Traditional Chinese (Taiwan) forms (face 3).
    CjkTc,
    /// Noto Sans CJK, Traditional Chinese (Hong Kong) forms (face 4).
    CjkHk,
    /// Noto Sans Symbols 2: arrows, shapes, many pictographs.
    Symbols,
    /// Symbola: monochrome emoji and the remaining symbols.
    Emoji,
}

impl FaceId {
    /// Every face, in a fixed order (used for deterministic font resource names).
    pub const ALL: [FaceId; 9] = [
        FaceId::Sans,
        FaceId::SansBold,
        FaceId::CjkJp,
        FaceId::CjkKr,
        FaceId::CjkSc,
        FaceId::CjkTc,
        FaceId::CjkHk,
        FaceId::Symbols,
        FaceId::Emoji,
    ];

    /// The file holding this face and its index inside the file.
    pub fn file(self) -> (&'static str, usize) {
        match self {
            FaceId::Sans => ("NotoSans-Regular.ttf", 0),
            FaceId::SansBold => ("NotoSans-Bold.ttf", 0),
            FaceId::CjkJp => ("NotoSansCJK-Regular.ttc", 0),
            FaceId::CjkKr => ("NotoSansCJK-Regular.ttc", 1),
            FaceId::CjkSc => ("NotoSansCJK-Regular.ttc", 2),
            FaceId::CjkTc => ("NotoSansCJK-Regular.ttc", 3),
            FaceId::CjkHk => ("NotoSansCJK-Regular.ttc", 4),
            FaceId::Symbols => ("NotoSansSymbols2-Regular.ttf", 0),
            FaceId::Emoji => ("Symbola_hint.ttf", 0),
        }
    }

    /// A six-letter tag: the PDF resource name and the subset prefix, fixed so that output is
    /// byte-identical from run to run (printpdf would otherwise draw random names).
    pub fn pdf_tag(self) -> &'static str {
        match self {
            FaceId::Sans => "KHSANR",
            FaceId::SansBold => "KHSANB",
            FaceId::CjkJp => "KHCJKJ",
            FaceId::CjkKr => "KHCJKK",
            FaceId::CjkSc => "KHCJKS",
            FaceId::CjkTc => "KHCJKT",
            FaceId::CjkHk => "KHCJKH",
            FaceId::Symbols => "KHSYMB",
            FaceId::Emoji => "KHEMOJ",
        }
    }

    /// Whether this is a CJK face (drawn with synthetic bold: the bold CJK collection is not bundled).
    pub fn is_cjk(self) -> bool {
        matches!(
            self,
            FaceId::CjkJp | FaceId::CjkKr | FaceId::CjkSc | FaceId::CjkTc | FaceId::CjkHk
        )
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One parsed face with the metrics layout needs.
pub struct Face {
    pub id: FaceId,
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Ascender as a fraction of the em.
    pub ascent: f32,
}

impl Face {
    /// The glyph for `c`, if this face really has one (glyph 0 is the empty `.notdef` box).
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.parsed.lookup_glyph_index(c as u32).filter(|gid| *gid != 0)
    }

    /// Advance of `gid` in ems.
    pub fn advance_em(&self, gid: u16) -> f32 {
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em
    }
}

/// The fonts of one font directory, parsed on first use.
pub struct FontLibrary {
    dir: PathBuf,
    faces: [OnceLock<Result<Arc<Face>, HandoffError>>; 9],
}

impl FontLibrary {
    fn new(dir: PathBuf) -> Self {
        FontLibrary {
            dir,
            faces: Default::default(),
        }
    }

    /// The directory the fonts are read from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The face, parsing it on first use.
    pub fn face(&self, id: FaceId) -> Result<Arc<Face>, HandoffError> {
        self.faces[id.index()].get_or_init(|| self.load(id)).clone()
    }

    /// Faces already parsed (without parsing more).
    pub fn loaded(&self, id: FaceId) -> Option<Arc<Face>> {
        self.faces[id.index()]
            .get()
            .and_then(|r| r.as_ref().ok().cloned())
    }

    fn load(&self, id: FaceId) -> Result<Arc<Face>, HandoffError> {
        let (file, index) = id.file();
        let path = self.dir.join(file);
        let bytes = std::fs::read(&path).map_err(|_| HandoffError::FontMissing {
            file: file.to_owned(),
            dir: self.dir.display().to_string(),
        })?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&bytes, index, &mut warnings).ok_or_else(|| {
            HandoffError::FontInvalid {
                file: file.to_owned(),
            }
        })?;
        let metrics = parsed.pdf_font_metrics;
        let units_per_em = if metrics.units_per_em == 0 {
            1000.0
        } else {
            f32::from(metrics.units_per_em)
        };
        let ascent = f32::from(metrics.ascender) / units_per_em;
        Ok(Arc::new(Face {
            id,
            parsed,
            units_per_em,
            ascent,
        }))
    }

    /// The library for `explicit` or, when `None`, for the first directory in the resolution
    /// order that holds the fonts: `KAKEHASHI_FONT_DIR`, `fonts/` next to the executable, then
    /// this crate's `fonts/` directory as it was at build time. One library per directory per
    /// process, so each face is parsed once.
    pub fn resolve(explicit: Option<&Path>) -> Arc<FontLibrary> {
        let dir = match explicit {
            Some(dir) => dir.to_path_buf(),
            None => default_dir(),
        };
        static LIBRARIES: OnceLock<Mutex<BTreeMap<PathBuf, Arc<FontLibrary>>>> = OnceLock::new();
        let libraries = LIBRARIES.get_or_init(|| Mutex::new(BTreeMap::new()));
        // A panic elsewhere while holding the lock leaves the map intact; keep using it.
        let mut map = libraries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.entry(dir.clone())
            .or_insert_with(|| Arc::new(FontLibrary::new(dir)))
            .clone()
    }
}

/// The candidate font directories, in resolution order (without the explicit option).
pub fn candidate_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(env) = std::env::var_os(FONT_DIR_ENV) {
        if !env.is_empty() {
            dirs.push(PathBuf::from(env));
        }
    }
    if let Ok(exe) = std::env::current_exe() {
        if let Some(parent) = exe.parent() {
            dirs.push(parent.join("fonts"));
        }
    }
    dirs.push(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts")));
    dirs
}

fn default_dir() -> PathBuf {
    let dirs = candidate_dirs();
    let marker = FaceId::Sans.file().0;
    dirs.iter()
        .find(|d| d.join(marker).is_file())
        .cloned()
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts")))
}
