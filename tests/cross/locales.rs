//! Every locale carries every message, and code only asks for messages that exist.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kakehashi_tests::{files_with_extensions, workspace_root};
use regex::Regex;

/// locale → (file name, message id) → variables the message uses.
type Catalog = BTreeMap<String, BTreeMap<(String, String), BTreeSet<String>>>;

fn catalog() -> Catalog {
    let mut out = Catalog::new();
    for (locale, file, source) in kakehashi_i18n::embedded_sources() {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errs)| {
            panic!("{locale}/{file} has Fluent syntax errors: {errs:?}");
        });
        let messages = out.entry((*locale).to_owned()).or_default();
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                variables(p, &mut vars);
            }
            for a in &attributes {
                variables(&a.value, &mut vars);
            }
            messages.insert(((*file).to_owned(), id), vars);
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, into);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, into),
        Expression::Select { selector, variants } => {
            inline_vars(selector, into);
            for v in variants {
                variables(&v.value, into);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, into),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, into);
            }
            for a in &arguments.named {
                inline_vars(&a.value, into);
            }
        }
        _ => {}
    }
}

#[test]
fn japanese_and_english_are_complete_locales() {
    let cat = catalog();
    assert!(
        cat.contains_key("ja") && cat.contains_key("en"),
        "locales found: {:?}",
        cat.keys()
    );
    assert!(cat["ja"].len() > 10, "ja has suspiciously few messages");
}

#[test]
fn every_locale_has_every_message_in_the_same_file() {
    let cat = catalog();
    let union: BTreeSet<&(String, String)> = cat.values().flat_map(|m| m.keys()).collect();
    let mut problems = Vec::new();
    for (locale, messages) in &cat {
        for key in &union {
            if !messages.contains_key(*key) {
                problems.push(format!("{locale} lacks {}:{}", key.0, key.1));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} missing message(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn translations_use_the_same_variables_as_the_source() {
    let cat = catalog();
    let source = &cat["ja"];
    let mut problems = Vec::new();
    for (locale, messages) in &cat {
        for (key, vars) in messages {
            if let Some(expected) = source.get(key) {
                if vars != expected {
                    problems.push(format!("{locale} {}: uses {vars:?}, ja uses {expected:?}", key.1));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Message ids that code refers to literally.
fn ids_used_in_code() -> BTreeMap<String, String> {
    let root = workspace_root();
    let mut used = BTreeMap::new();
    let rust = Regex::new(r#"msg!\(\s*"([a-z][a-z0-9-]*)""#).unwrap();
    let ts = [
        Regex::new(r#"\b(?:t|msgid)\(\s*"([a-z][a-z0-9-]*)""#).unwrap(),
        Regex::new(r#"<(?:Text|Bi)\b[^>]*?\bid="([^"]+)""#).unwrap(),
        Regex::new(r#"\blabelId="([^"]+)""#).unwrap(),
    ];
    let mut scan = |dir: &Path, exts: &[&str], patterns: &[&Regex]| {
        for file in files_with_extensions(dir, exts) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let text = production_code(&text);
            for re in patterns {
                for cap in re.captures_iter(&text) {
                    let where_ = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
                    used.entry(cap[1].to_owned()).or_insert(where_);
                }
            }
        }
    };
    scan(&root.join("crates"), &[".rs"], &[&rust]);
    scan(&root.join("src-tauri/src"), &[".rs"], &[&rust]);
    scan(
        &root.join("ui/src"),
        &[".ts", ".tsx"],
        &ts.iter().collect::<Vec<_>>(),
    );
    used
}

/// The code a user can reach: unit-test modules (by convention at the end of a file, after
/// `#[cfg(test)]`) and comments use made-up ids on purpose.
fn production_code(text: &str) -> String {
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn code_only_uses_message_ids_that_every_locale_defines() {
    let cat = catalog();
    let used = ids_used_in_code();
    assert!(
        used.len() > 5,
        "the scanner found almost no ids; is it still looking in the right place?"
    );
    let mut problems = Vec::new();
    for (id, file) in &used {
        for (locale, messages) in &cat {
            if !messages.keys().any(|(_, m)| m == id) {
                problems.push(format!("{file}: `{id}` is not defined in {locale}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scanner_sees_rust_and_typescript_ids() {
    // Guards the test above against scanning nothing.
    let used = ids_used_in_code();
    assert!(
        used.contains_key("app-error-in-use"),
        "Rust msg! ids are not being found"
    );
    assert!(
        used.contains_key("app-title"),
        "TypeScript ids are not being found"
    );
}
