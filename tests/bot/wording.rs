//! What no text may hold, read from every locale and the catalogue: a
//! deadline without a year, a programme without its source and date, a count
//! shown without a plural selector, "#", "·" or "…" (screen readers read them
//! out or stumble), and, in nb and nn, a time written with a colon ("17.00"
//! is how Norwegian writes it).

use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use traineebot::domain::{Catalogue, Lang, Localized};

/// Variables that hold a count of something, so a noun next to them must
/// agree ("1 varsel", "2 varsler"). Numbers that agree with nothing are not
/// here: list numbers and ids, line and page numbers, percentages, parts of
/// dates and times.
const COUNTS: &[&str] = &[
    "added",
    "alerts",
    "answers",
    "applicant_days",
    "applicants",
    "broadcasts",
    "cancelled",
    "coming",
    "coordinators",
    "count",
    "days",
    "delivered",
    "en",
    "failed",
    "gatherings",
    "invitations",
    "left",
    "max",
    "members",
    "mentors",
    "messages",
    "minutes",
    "months",
    "nb",
    "nn",
    "not_coming",
    "outbox_days",
    "positions",
    "questions",
    "recipients",
    "relay_days",
    "routing",
    "sent",
    "silent",
    "total",
    "trainees",
    "unchanged",
    "unchosen",
    "unreachable",
    "updated",
];

const MONTHS_NO: &[&str] = &[
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What is wrong with a piece of plain text in `lang`.
fn text_problems(lang: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for sign in ['#', '·', '…'] {
        if text.contains(sign) {
            problems.push(format!("has {sign:?}"));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    if lang != "en" {
        for window in chars.windows(3) {
            if window[0].is_ascii_digit() && window[1] == ':' && window[2].is_ascii_digit() {
                problems.push("writes a time with a colon".to_owned());
                break;
            }
        }
    }
    if let Some(date) = date_without_year(lang, text) {
        problems.push(format!("has a date without a year: {date:?}"));
    }
    problems
}

/// The first "29. mars" (nb, nn) or "29 March" (en) not followed by a year.
fn date_without_year(lang: &str, text: &str) -> Option<String> {
    let (months, separator) = if lang == "en" { (MONTHS_EN, " ") } else { (MONTHS_NO, ". ") };
    for month in months {
        for (at, _) in text.match_indices(&format!("{separator}{month}")) {
            let day = text[..at].chars().rev().take_while(char::is_ascii_digit).count();
            if day == 0 {
                continue;
            }
            let after = text[at + separator.len() + month.len()..].trim_start_matches([' ', ',']);
            if !(after.len() >= 4 && after[..4].chars().all(|c| c.is_ascii_digit())) {
                return Some(text[at - day..(at + separator.len() + month.len())].to_owned());
            }
        }
    }
    None
}

/// Problems of one Fluent pattern; `selectors` are the variables of the
/// select expressions it is inside (a count shown in their variants agrees).
fn pattern_problems(
    lang: &str,
    pattern: &Pattern<&str>,
    selectors: &mut Vec<String>,
    found: &mut Vec<String>,
) {
    let mut before = "";
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                found.extend(text_problems(lang, value));
                before = value;
            }
            PatternElement::Placeable { expression } => {
                expression_problems(lang, expression, before, selectors, found);
                before = "";
            }
        }
    }
}

fn expression_problems(
    lang: &str,
    expression: &Expression<&str>,
    before: &str,
    selectors: &mut Vec<String>,
    found: &mut Vec<String>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            let name = match selector {
                InlineExpression::VariableReference { id } => id.name.to_owned(),
                _ => String::new(),
            };
            selectors.push(name);
            for variant in variants {
                pattern_problems(lang, &variant.value, selectors, found);
            }
            selectors.pop();
        }
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            let name = id.name;
            // "Søkere: 302": after a label and a colon, the number agrees with nothing.
            let after_label = before.ends_with(": ");
            if COUNTS.contains(&name) && !selectors.iter().any(|s| s == name) && !after_label {
                found.push(format!("shows the count ${name} without a plural selector"));
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_problems(lang, expression, before, selectors, found)
        }
        Expression::Inline(_) => {}
    }
}

/// Every problem of every message in `locales/<lang>`, as "file id: problem".
fn locale_problems(root: &Path, lang: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join(lang)).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let patterns = message.value.iter().chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                let mut found = Vec::new();
                pattern_problems(lang, pattern, &mut Vec::new(), &mut found);
                let file = path.file_name().unwrap().to_string_lossy();
                problems.extend(found.into_iter().map(|p| format!("{lang}/{file} {}: {p}", message.id.name)));
            }
        }
    }
    problems
}

/// Every text of the catalogue with where it is.
fn catalogue_texts(catalogue: &Catalogue) -> Vec<(String, &Localized)> {
    let mut texts = Vec::new();
    for q in &catalogue.questions {
        texts.push((format!("question {} text", q.id), &q.text));
        texts.extend(q.unmet.iter().map(|t| (format!("question {} unmet", q.id), t)));
    }
    for p in &catalogue.programmes {
        let fields = [
            ("name", &p.name),
            ("short_name", &p.short_name),
            ("summary", &p.summary),
            ("for_whom", &p.for_whom),
            ("gives", &p.gives),
            ("how_to_apply", &p.how_to_apply),
            ("deadlines", &p.deadlines),
            ("contact", &p.contact),
            ("next_step", &p.next_step),
        ];
        texts.extend(fields.into_iter().map(|(field, text)| (format!("programme {} {field}", p.id), text)));
        texts.extend(p.advice.iter().map(|a| (format!("programme {} advice", p.id), &a.text)));
    }
    texts
}

fn shipped_catalogue() -> Catalogue {
    Catalogue::parse(include_str!("../../catalogue/programmes.toml")).unwrap()
}

#[test]
fn no_locale_text_has_a_dateless_deadline_a_bare_count_a_hash_a_middle_dot_an_ellipsis_or_a_colon_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let problems: Vec<String> =
        ["nb", "nn", "en"].iter().flat_map(|lang| locale_problems(&root, lang)).collect();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_catalogue_has_dated_linked_programmes_and_clean_texts() {
    let catalogue = shipped_catalogue();
    let mut problems = Vec::new();
    for programme in &catalogue.programmes {
        if !programme.source.starts_with("https://") {
            problems.push(format!("programme {} has no https source link", programme.id));
        }
        if programme.facts_from < 2000 {
            problems.push(format!("programme {} has no year for its facts", programme.id));
        }
    }
    for (place, text) in catalogue_texts(&catalogue) {
        for lang in Lang::ALL {
            let found = text_problems(lang.code(), text.get(lang));
            problems.extend(found.into_iter().map(|p| format!("{place} ({}): {p}", lang.code())));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checks_notice_what_they_look_for() {
    assert_eq!(date_without_year("nb", "Søknadsfrist 29. mars."), Some("29. mars".into()));
    assert_eq!(date_without_year("nb", "Søknadsfrist 29. mars 2027."), None);
    assert_eq!(date_without_year("en", "Apply by 29 March, 2027"), None);
    assert_eq!(date_without_year("en", "Apply by 29 March."), Some("29 March".into()));
    assert_eq!(date_without_year("nb", "i mars"), None, "a month alone is not a deadline");
    assert_eq!(text_problems("nb", "kl. 17:00"), ["writes a time with a colon"]);
    assert!(text_problems("en", "at 17:00").is_empty());
    assert_eq!(text_problems("en", "Stop #3 · now …").len(), 3);
    let source = "a = { $count } varsler\nb = { $count ->\n [one] ett varsel\n *[other] { $count } varsler\n }\nc = Varsler: { $count }\n";
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let found: Vec<usize> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut found = Vec::new();
                pattern_problems("nb", m.value.as_ref().unwrap(), &mut Vec::new(), &mut found);
                Some(found.len())
            }
            _ => None,
        })
        .collect();
    assert_eq!(found, [1, 0, 0], "a bare count, one under its selector, one after a label");
}
