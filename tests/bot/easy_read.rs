//! Easy read (lettlest): every easy-read text in nb and nn is short and
//! plain by measure (words per sentence, LIX), the ids that have one are
//! known, and the applicant journeys work in it.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use traineebot::domain::{Catalogue, Lang, Localized};

/// The most words an easy-read sentence may have.
const MAX_WORDS: usize = 12;
/// The highest LIX an easy-read message may have.
const MAX_LIX: f64 = 35.0;
/// LIX says little about a label or a line of a few words; those are held
/// to the sentence length only.
const LIX_FROM_WORDS: usize = 10;

/// Ids whose easy-read variant (`<id>-easy`) exists, in file order.
const WITH_EASY_VARIANT: &[&str] = &[
    "start-greeting",
    "menu-eligibility",
    "menu-positions",
    "menu-programmes",
    "menu-contact",
    "menu-title",
    "check-intro",
    "check-use-buttons",
    "check-cancelled",
    "check-done",
    "check-stale",
    "programmes-intro",
    "programmes-page",
    "positions-heading",
    "positions-none",
    "positions-deadline",
    "positions-filter",
    "alerts-save",
    "alerts-saved",
    "alerts-duplicate",
    "alerts-none",
    "alerts-list",
    "positions-closed",
    "positions-employment",
    "positions-extent",
    "positions-detail",
    "contact-text",
    "contact-hours-heading",
    "contact-hours-line",
    "contact-no-hours",
    "contact-choose-programme",
    "ask-choose-programme",
    "ask-prompt",
    "ask-sent",
    "privacy-summary",
    "privacy-more",
    "privacy-details",
    "mydata-caption",
    "forget-ask",
    "forget-kept",
    "forget-done",
    "fallback-text",
    "fallback-unknown-command",
    "fallback-not-text",
    "button-unknown",
    "error-generic",
    "flood-slow-down",
    "reminder-text",
    "reminder-question",
    "rsvp-thanks-coming",
    "rsvp-thanks-not-coming",
    "gathering-when",
    "date-time",
    "positions-from-feed",
];

/// Messages written only for easy read (no ordinary twin).
const EASY_ONLY: &[&str] =
    &["check-easy-fits", "check-easy-talk", "check-easy-none", "check-easy-outro", "easy-read-on-done"];

/// The readable words of a pattern: its text, the default variant of each
/// choice, no variables (names and numbers filled in are not the text's).
fn plain(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                if let Some(default) = variants.iter().find(|v| v.default) {
                    plain(&default.value, out);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// Every message of `locales/<lang>` as plain text, by id.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut found = BTreeMap::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut text = String::new();
                if let Some(value) = &message.value {
                    plain(value, &mut text);
                }
                found.insert(message.id.name.to_owned(), text);
            }
        }
    }
    found
}

/// The sentences of `text`: each line, split after ".", "!", "?" and ":";
/// each as its words (tokens with a letter).
fn sentences(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .flat_map(|line| line.split_inclusive(['.', '!', '?', ':']))
        .map(|sentence| sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect())
        .filter(|words: &Vec<&str>| !words.is_empty())
        .collect()
}

/// LIX: words per sentence plus the share of words longer than six letters.
fn lix(text: &str) -> (usize, f64) {
    let sentences = sentences(text);
    let words: Vec<&str> = sentences.iter().flatten().copied().collect();
    if words.is_empty() {
        return (0, 0.0);
    }
    let long = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6).count();
    let lix = words.len() as f64 / sentences.len() as f64 + 100.0 * long as f64 / words.len() as f64;
    (words.len(), lix)
}

/// What breaks the easy-read measures in `text`, if anything.
fn measure_problems(text: &str) -> Option<String> {
    let longest = sentences(text).into_iter().max_by_key(Vec::len).unwrap_or_default();
    if longest.len() > MAX_WORDS {
        return Some(format!("a sentence of {} words: {:?}", longest.len(), longest.join(" ")));
    }
    let (words, lix) = lix(text);
    (words >= LIX_FROM_WORDS && lix > MAX_LIX).then(|| format!("LIX {lix:.0}"))
}

fn catalogue() -> Catalogue {
    Catalogue::parse(include_str!("../../catalogue/programmes.toml")).unwrap()
}

/// The catalogue's easy-read texts, by where they are.
fn catalogue_easy(catalogue: &Catalogue) -> Vec<(String, &Localized)> {
    let questions =
        catalogue.questions.iter().filter_map(|q| Some((format!("question {}", q.id), q.easy.as_ref()?)));
    let programmes =
        catalogue.programmes.iter().filter_map(|p| Some((format!("programme {}", p.id), p.easy.as_ref()?)));
    questions.chain(programmes).collect()
}

#[test]
fn every_easy_read_text_in_nb_and_nn_has_short_sentences_and_a_low_lix() {
    let catalogue = catalogue();
    let mut problems = Vec::new();
    for lang in [Lang::Nb, Lang::Nn] {
        let messages = messages(lang.code());
        let ids = WITH_EASY_VARIANT
            .iter()
            .map(|id| format!("{id}-easy"))
            .chain(EASY_ONLY.iter().map(|id| id.to_string()));
        for id in ids {
            let text = &messages[&id];
            if let Some(problem) = measure_problems(text) {
                problems.push(format!("{} {id}: {problem}", lang.code()));
            }
        }
        for (place, text) in catalogue_easy(&catalogue) {
            if let Some(problem) = measure_problems(text.get(lang)) {
                problems.push(format!("{} {place}: {problem}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "easy read that is not:\n{}", problems.join("\n"));
}

#[test]
fn the_ids_with_an_easy_read_variant_are_these_and_each_has_an_ordinary_twin() {
    for lang in ["nb", "nn", "en"] {
        let messages = messages(lang);
        let with_variant: Vec<&str> = messages
            .keys()
            .filter_map(|id| id.strip_suffix("-easy"))
            .filter(|id| messages.contains_key(*id))
            .collect();
        let mut expected: Vec<&str> = WITH_EASY_VARIANT.to_vec();
        expected.sort_unstable();
        assert_eq!(with_variant, expected, "{lang}");
        let orphans: Vec<_> = messages
            .keys()
            .filter(|id| id.ends_with("-easy") && !messages.contains_key(&id[..id.len() - 5]))
            .collect();
        assert!(orphans.is_empty(), "{lang}: easy variants of nothing: {orphans:?}");
    }
}

/// Prints the LIX of the ordinary applicant texts next to their easy-read
/// ones (`cargo test --test bot easy_read::lix -- --nocapture`), for the
/// README's table; and checks that easy read is the plainer of the two.
#[test]
fn lix_of_ordinary_and_easy_read_texts_side_by_side() {
    let messages = messages("nb");
    let catalogue = catalogue();
    let mut rows: Vec<(String, f64, f64)> = WITH_EASY_VARIANT
        .iter()
        .filter(|id| lix(&messages[**id]).0 >= LIX_FROM_WORDS)
        .map(|id| (id.to_string(), lix(&messages[*id]).1, lix(&messages[&format!("{id}-easy")]).1))
        .collect();
    for q in &catalogue.questions {
        if let Some(easy) = &q.easy {
            rows.push((format!("question {}", q.id), lix(&q.text.nb).1, lix(&easy.nb).1));
        }
    }
    for p in &catalogue.programmes {
        if let Some(easy) = &p.easy {
            let page = [&p.summary, &p.for_whom, &p.gives, &p.how_to_apply, &p.deadlines]
                .map(|t| t.nb.as_str())
                .join("\n");
            rows.push((format!("programme {}", p.id), lix(&page).1, lix(&easy.nb).1));
        }
    }
    eprintln!("| text (nb) | ordinary LIX | easy-read LIX |\n|---|---|---|");
    for (id, ordinary, easy) in &rows {
        eprintln!("| {id} | {ordinary:.0} | {easy:.0} |");
    }
    let mean = |pick: fn(&(String, f64, f64)) -> f64| rows.iter().map(pick).sum::<f64>() / rows.len() as f64;
    let (ordinary, easy) = (mean(|r| r.1), mean(|r| r.2));
    eprintln!("| mean | {ordinary:.0} | {easy:.0} |");
    assert!(easy + 5.0 < ordinary, "easy read should be much plainer: {easy:.0} against {ordinary:.0}");
}

#[test]
fn the_measures_notice_a_long_sentence_and_hard_words() {
    assert_eq!(lix("Jeg hjelper deg. Trykk her."), (5, 5.0 / 2.0 + 100.0 * 1.0 / 5.0));
    assert!(
        measure_problems("Dette er en setning med altfor mange ord i seg, hele tretten ord her.").is_some()
    );
    assert!(measure_problems(
        "Arbeidsgiveren vurderer funksjonsnedsettelse og tilrettelegging. Rekrutteringsordningen \
         krever kvalifikasjoner, egenerklæring og søknadsfrist."
    )
    .is_some());
    assert_eq!(measure_problems("Hei!\nTrykk på en knapp under."), None);
}
