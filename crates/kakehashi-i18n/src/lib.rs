//! Localized wording for Kakehashi.
//!
//! Every user-visible string, in Rust and in the UI, comes from the Fluent files under `locales/`.
//! Rust code never builds an English sentence for the user: it returns a [`Message`] (a Fluent id and
//! its arguments) and whoever shows it — the UI, the CLI, the PDF — formats it in the reader's locale.
//! That keeps errors typed across the IPC boundary and lets staff and patient read them in their own
//! language.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// The locale every message is first written in, and the last fallback.
pub const SOURCE_LOCALE: &str = "ja";

/// A localizable message: a Fluent message id and the arguments it takes.
///
/// This is what crosses crate and IPC boundaries in place of a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, MessageArg>>")]
    pub args: BTreeMap<String, MessageArg>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum MessageArg {
    Number(f64),
    Text(String),
}

impl From<&str> for MessageArg {
    fn from(v: &str) -> Self {
        MessageArg::Text(v.to_owned())
    }
}
impl From<String> for MessageArg {
    fn from(v: String) -> Self {
        MessageArg::Text(v)
    }
}
impl From<&String> for MessageArg {
    fn from(v: &String) -> Self {
        MessageArg::Text(v.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg {
            fn from(v: $t) -> Self {
                MessageArg::Number(v as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, f32, f64);

impl Message {
    /// A message with no arguments. Prefer the [`msg!`] macro, which the id checker can see.
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// Adds an argument (builder style).
    pub fn arg(mut self, name: impl Into<String>, value: impl Into<MessageArg>) -> Self {
        self.args.insert(name.into(), value.into());
        self
    }
}

/// Builds a [`Message`]: `msg!("error-field-required", "field" => "dob")`.
///
/// The literal id is checked against every locale by the workspace's message-id test.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:literal => $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.arg($name, $value))*
    };
}

/// Problems with the Fluent resources themselves (not with user input).
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum I18nError {
    #[error("{locale}/{file}: Fluent syntax error: {detail}")]
    Syntax {
        locale: String,
        file: String,
        detail: String,
    },
    #[error("{locale}/{file}: message {id} is defined twice")]
    Duplicate {
        locale: String,
        file: String,
        id: String,
    },
    #[error("{locale} is not a valid language tag")]
    BadLocale { locale: String },
}

/// The Fluent sources embedded from `locales/`: `(locale, file name, source)`.
pub fn embedded_sources() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::EMBEDDED
}

/// The locales that have at least one `.ftl` file, in folder order.
pub fn available_locales() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for (locale, _, _) in embedded::EMBEDDED {
        if !out.contains(locale) {
            out.push(locale);
        }
    }
    out
}

/// Picks the best available locale for the requested ones (BCP 47 tags, most wanted first).
/// Falls back to Japanese, the language of the clinic.
pub fn negotiate(requested: &[&str]) -> String {
    use fluent_langneg::{convert_vec_str_to_langids_lossy, LanguageIdentifier as NegId};
    let available = convert_vec_str_to_langids_lossy(available_locales());
    let requested = convert_vec_str_to_langids_lossy(requested);
    let default: Option<NegId> = SOURCE_LOCALE.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available,
        default.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| SOURCE_LOCALE.to_owned())
}

struct Bundle {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
}

/// Formats [`Message`]s in any embedded locale.
pub struct Localizer {
    bundles: HashMap<String, Bundle>,
}

impl Localizer {
    /// Parses every embedded resource; any syntax error or duplicate id is reported, none is skipped.
    pub fn from_embedded() -> Result<Localizer, Vec<I18nError>> {
        Self::from_sources(embedded::EMBEDDED.iter().map(|(l, f, s)| (*l, *f, *s)))
    }

    /// Builds a localizer from `(locale, file, source)` triples.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<Localizer, Vec<I18nError>> {
        let mut bundles: HashMap<String, Bundle> = HashMap::new();
        let mut errors = Vec::new();
        for (locale, file, source) in sources {
            let Ok(langid) = locale.parse::<LanguageIdentifier>() else {
                errors.push(I18nError::BadLocale {
                    locale: locale.to_owned(),
                });
                continue;
            };
            let entry = bundles.entry(locale.to_owned()).or_insert_with(|| {
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Bidi isolation marks would show up as stray glyphs in the printed sheet and the CLI.
                bundle.set_use_isolating(false);
                Bundle {
                    bundle,
                    ids: BTreeSet::new(),
                }
            });
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    for e in errs {
                        errors.push(I18nError::Syntax {
                            locale: locale.to_owned(),
                            file: file.to_owned(),
                            detail: format!("{e:?}"),
                        });
                    }
                    r
                }
            };
            for id in message_ids_of(&resource) {
                if !entry.ids.insert(id.clone()) {
                    errors.push(I18nError::Duplicate {
                        locale: locale.to_owned(),
                        file: file.to_owned(),
                        id,
                    });
                }
            }
            if let Err(errs) = entry.bundle.add_resource(resource) {
                // Overrides were reported above as `Duplicate`, with the file that repeats the id.
                let errs = errs
                    .into_iter()
                    .filter(|e| !matches!(e, fluent_bundle::FluentError::Overriding { .. }));
                for e in errs {
                    errors.push(I18nError::Syntax {
                        locale: locale.to_owned(),
                        file: file.to_owned(),
                        detail: format!("{e:?}"),
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(Localizer { bundles })
        } else {
            Err(errors)
        }
    }

    /// The process-wide localizer over the embedded files. The files are checked by tests, so a
    /// broken resource is a build defect; should one slip through, the good files still work.
    pub fn embedded() -> &'static Localizer {
        static CELL: OnceLock<Localizer> = OnceLock::new();
        CELL.get_or_init(|| {
            Localizer::from_embedded().unwrap_or_else(|_| {
                let lenient = embedded::EMBEDDED
                    .iter()
                    .filter(|(l, f, s)| Localizer::from_sources([(*l, *f, *s)]).is_ok());
                Localizer::from_sources(lenient.map(|(l, f, s)| (*l, *f, *s))).unwrap_or(Localizer {
                    bundles: HashMap::new(),
                })
            })
        })
    }

    /// Message ids (and `-terms`) defined for `locale`.
    pub fn message_ids(&self, locale: &str) -> BTreeSet<String> {
        self.bundles
            .get(locale)
            .map(|b| b.ids.clone())
            .unwrap_or_default()
    }

    /// The locales this localizer has.
    pub fn locales(&self) -> BTreeSet<String> {
        self.bundles.keys().cloned().collect()
    }

    /// Whether `locale` defines `id`.
    pub fn has(&self, locale: &str, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.ids.contains(id))
    }

    /// Formats `message` in `locale`, falling back to the source locale and finally to the id
    /// itself, so a reader always sees something that identifies the message.
    pub fn format(&self, locale: &str, message: &Message) -> String {
        for candidate in [locale, SOURCE_LOCALE] {
            if let Some(text) = self.try_format(candidate, message) {
                return text;
            }
        }
        message.id.clone()
    }

    /// Formats `message` in exactly `locale`, or `None` when that locale lacks it.
    pub fn try_format(&self, locale: &str, message: &Message) -> Option<String> {
        let bundle = &self.bundles.get(locale)?.bundle;
        let pattern = bundle.get_message(&message.id)?.value()?;
        let mut args = FluentArgs::new();
        for (k, v) in &message.args {
            match v {
                MessageArg::Number(n) => args.set(k.as_str(), FluentValue::from(*n)),
                MessageArg::Text(t) => args.set(k.as_str(), FluentValue::from(t.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }
}

fn message_ids_of(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_resource_parses_without_error() {
        let result = Localizer::from_embedded();
        assert!(result.is_ok(), "{:?}", result.err());
    }

    #[test]
    fn japanese_and_english_are_both_present() {
        let locales = available_locales();
        assert!(locales.contains(&"ja"), "{locales:?}");
        assert!(locales.contains(&"en"), "{locales:?}");
    }

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let l = Localizer::from_sources([("en", "t.ftl", "hello = Hello, { $name }!\n")]).unwrap();
        let text = l.format("en", &msg!("hello", "name" => "Ana"));
        assert_eq!(text, "Hello, Ana!");
    }

    #[test]
    fn falls_back_to_japanese_then_to_the_id() {
        let l = Localizer::from_sources([
            ("ja", "t.ftl", "only-ja = 日本語だけ\n"),
            ("en", "t.ftl", "x = y\n"),
        ])
        .unwrap();
        assert_eq!(l.format("en", &msg!("only-ja")), "日本語だけ");
        assert_eq!(l.format("en", &msg!("nowhere")), "nowhere");
    }

    #[test]
    fn a_syntax_error_is_reported_not_skipped() {
        let errs = Localizer::from_sources([("en", "bad.ftl", "good = ok\nbad = { \n")])
            .err()
            .unwrap();
        assert!(matches!(errs[0], I18nError::Syntax { .. }), "{errs:?}");
    }

    #[test]
    fn a_duplicate_id_is_reported() {
        let errs = Localizer::from_sources([("en", "a.ftl", "x = 1\n"), ("en", "b.ftl", "x = 2\n")])
            .err()
            .unwrap();
        assert_eq!(
            errs,
            vec![I18nError::Duplicate {
                locale: "en".into(),
                file: "b.ftl".into(),
                id: "x".into()
            }]
        );
    }

    #[test]
    fn negotiation_prefers_exact_then_language_then_japanese() {
        assert_eq!(negotiate(&["en-US"]), "en");
        assert_eq!(negotiate(&["ja-JP"]), "ja");
        assert_eq!(negotiate(&["xx"]), "ja");
    }

    #[test]
    fn message_serializes_as_id_and_args() {
        let json = serde_json::to_string(&msg!("error-x", "field" => "dob", "max" => 3)).unwrap();
        assert_eq!(json, r#"{"id":"error-x","args":{"field":"dob","max":3.0}}"#);
        let bare = serde_json::to_string(&msg!("plain")).unwrap();
        assert_eq!(bare, r#"{"id":"plain"}"#);
    }
}
