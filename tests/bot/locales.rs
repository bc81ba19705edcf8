//! Every .ftl file exists in nb, nn and en with the same message ids and the
//! same variables, and every file on disk is compiled into the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use traineebot::i18n::{I18n, LOCALE_FILES};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, found);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, found);
            for variant in variants {
                variables_in_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, found),
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, found);
            }
            for named in &arguments.named {
                variables_in_inline(&named.value, found);
            }
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, found),
        _ => {}
    }
}

/// Message ids (and attributes, as `id.attr`) with their variables.
fn messages(path: &Path) -> Messages {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut messages = Messages::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in_pattern(value, &mut found);
            }
            messages.insert(message.id.name.to_owned(), found);
            for attribute in &message.attributes {
                let mut found = BTreeSet::new();
                variables_in_pattern(&attribute.value, &mut found);
                messages.insert(format!("{}.{}", message.id.name, attribute.id.name), found);
            }
        }
    }
    messages
}

fn files_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect()
}

#[test]
fn every_locale_has_the_same_files_ids_and_variables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let nb_files = files_in(&root.join("nb"));
    assert!(!nb_files.is_empty());
    for lang in ["nn", "en"] {
        assert_eq!(files_in(&root.join(lang)), nb_files, "locales/{lang} has other files than locales/nb");
    }
    let mut problems = Vec::new();
    for file in &nb_files {
        let nb = messages(&root.join("nb").join(file));
        for lang in ["nn", "en"] {
            let other = messages(&root.join(lang).join(file));
            for (id, variables) in &nb {
                match other.get(id) {
                    None => problems.push(format!("{lang}/{file}: missing {id}")),
                    Some(found) if found != variables => problems
                        .push(format!("{lang}/{file}: {id} has variables {found:?}, nb has {variables:?}")),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !nb.contains_key(*id)) {
                problems.push(format!("{lang}/{file}: {id} is not in nb"));
            }
        }
    }
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}

#[test]
fn every_locale_file_on_disk_is_compiled_in_and_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/nb");
    let on_disk: BTreeSet<String> =
        files_in(&root).into_iter().map(|f| f.trim_end_matches(".ftl").to_owned()).collect();
    let embedded: BTreeSet<String> = LOCALE_FILES.iter().map(|(name, _)| (*name).to_owned()).collect();
    assert_eq!(embedded, on_disk);
    I18n::load().expect("the embedded locales load without clashes");
}

#[test]
fn the_checker_notices_a_missing_variable() {
    let dir = tempfile::tempdir().unwrap();
    let with = dir.path().join("with.ftl");
    let without = dir.path().join("without.ftl");
    std::fs::write(&with, "a = { $day ->\n    [mon] x { $from }\n   *[other] y\n}\n").unwrap();
    std::fs::write(&without, "a = { $day ->\n    [mon] x\n   *[other] y\n}\n").unwrap();
    assert_eq!(messages(&with)["a"], BTreeSet::from(["day".to_owned(), "from".to_owned()]));
    assert_eq!(messages(&without)["a"], BTreeSet::from(["day".to_owned()]));
}
