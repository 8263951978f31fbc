//! Every UI locale parses, has exactly the English messages with the same variables,
//! and every message id the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use diplomatic_handbook::i18n;
use fluent_syntax::ast;

/// Message id → variables it uses, for one locale.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in i18n::locale_files(lang) {
        let resource = fluent_syntax::parser::parse(text.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(out.insert(id.clone(), vars).is_none(), "{lang}: `{id}` defined twice");
            }
        }
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<String>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<String>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &ast::InlineExpression<String>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_variables() {
    let english = messages("en");
    assert!(english.contains_key("language-name"));
    for lang in i18n::available() {
        let theirs = messages(&lang);
        let missing: Vec<_> = english.keys().filter(|k| !theirs.contains_key(*k)).collect();
        let extra: Vec<_> = theirs.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&theirs[id], vars, "{lang}: `{id}` uses different variables");
        }
    }
}

/// Every `tr("id")` / `tr_args("id", …)` in the source names a message English has.
#[test]
fn every_message_the_code_uses_exists() {
    let english = messages("en");
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeSet::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in [".tr(\"", ".tr_args(\""] {
                    for (pos, _) in text.match_indices(call) {
                        let rest = &text[pos + call.len()..];
                        let id = &rest[..rest.find('"').unwrap()];
                        used.insert(id.to_owned());
                    }
                }
            }
        }
    }
    assert!(used.len() > 30, "found only {} message uses", used.len());
    let unknown: Vec<_> = used.iter().filter(|id| !english.contains_key(*id) && *id != "no-such-message-id").collect();
    assert!(unknown.is_empty(), "messages used in code but missing in en: {unknown:?}");
}
