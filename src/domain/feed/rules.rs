//! Which ads of NAV's feed are positions of which programme: the
//! `[[feed.rule]]` sections of the settings file.

use serde::Deserialize;

use crate::domain::Catalogue;

/// One rule: an ad is a position of `programme` when every kind of
/// condition the rule gives holds (any of its words in the title or
/// description; an employer by name or orgnr; a municipality).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub programme: String,
    #[serde(default)]
    pub words: Vec<String>,
    /// Employers by name, as the ad gives it (case does not matter).
    #[serde(default)]
    pub employers: Vec<String>,
    /// Employers by organisation number (nine digits).
    #[serde(default)]
    pub orgnr: Vec<String>,
    /// Municipalities of the work place, as the feed names them ("Oslo").
    #[serde(default)]
    pub municipalities: Vec<String>,
}

/// Why the rules of the settings file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("[[feed.rule]] {0}: programme {1:?} is not in the catalogue")]
    UnknownProgramme(usize, String),
    #[error(
        "[[feed.rule]] {0} needs words, employers or orgnr (a municipality alone would take every ad \
         of a town)"
    )]
    TooWide(usize),
    #[error("[[feed.rule]] {0}: orgnr {1:?} is not nine digits")]
    BadOrgnr(usize, String),
    #[error("[feed] has no [[feed.rule]]: without rules no ad becomes a position")]
    NoRules,
}

/// What a rule looks at in an ad.
#[derive(Clone, Copy, Debug)]
pub struct AdFacts<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub employer: &'a str,
    pub orgnr: &'a str,
    pub municipalities: &'a [&'a str],
}

/// The rules, checked against the catalogue, first match wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules(Vec<Rule>);

impl Rules {
    /// Checks `rules` (numbered from 1 in messages, as in the file).
    pub fn new(rules: Vec<Rule>, catalogue: &Catalogue) -> Result<Rules, RuleError> {
        if rules.is_empty() {
            return Err(RuleError::NoRules);
        }
        for (index, rule) in rules.iter().enumerate() {
            let number = index + 1;
            if catalogue.programme(&rule.programme).is_none() {
                return Err(RuleError::UnknownProgramme(number, rule.programme.clone()));
            }
            if rule.words.is_empty() && rule.employers.is_empty() && rule.orgnr.is_empty() {
                return Err(RuleError::TooWide(number));
            }
            if let Some(bad) =
                rule.orgnr.iter().find(|n| n.len() != 9 || !n.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(RuleError::BadOrgnr(number, bad.clone()));
            }
        }
        Ok(Rules(rules))
    }

    /// The programme of the first rule `ad` passes.
    pub fn programme_of(&self, ad: &AdFacts<'_>) -> Option<&str> {
        self.0.iter().find(|rule| rule.matches(ad)).map(|rule| rule.programme.as_str())
    }

    /// Whether an ad in `municipality` may pass some rule: the check on a
    /// page's item before its details are fetched. An item without a
    /// municipality may.
    pub fn may_match(&self, municipality: Option<&str>) -> bool {
        self.0.iter().any(|rule| {
            rule.municipalities.is_empty()
                || municipality.is_none_or(|m| rule.municipalities.iter().any(|r| same(r, m)))
        })
    }
}

impl Rule {
    fn matches(&self, ad: &AdFacts<'_>) -> bool {
        let text = format!("{} {}", ad.title, ad.description).to_lowercase();
        let words = self.words.is_empty() || self.words.iter().any(|w| text.contains(&w.to_lowercase()));
        let employer = (self.employers.is_empty() && self.orgnr.is_empty())
            || self.employers.iter().any(|e| same(e, ad.employer))
            || self.orgnr.iter().any(|n| n == ad.orgnr.trim());
        let municipality = self.municipalities.is_empty()
            || self.municipalities.iter().any(|r| ad.municipalities.iter().any(|m| same(r, m)));
        words && employer && municipality
    }
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::parse(include_str!("../../../catalogue/programmes.toml")).unwrap()
    }

    fn oslo_rule() -> Rule {
        Rule {
            programme: "oslo-reserved".into(),
            words: vec!["Rekrutteringsordning".into()],
            municipalities: vec!["Oslo".into()],
            ..Rule::default()
        }
    }

    fn ad<'a>(title: &'a str, municipalities: &'a [&'a str]) -> AdFacts<'a> {
        AdFacts { title, description: "", employer: "Bydel Alna", orgnr: "974778882", municipalities }
    }

    #[test]
    fn a_rule_needs_every_kind_of_condition_it_gives() {
        let rules = Rules::new(vec![oslo_rule()], &catalogue()).unwrap();
        assert_eq!(
            rules.programme_of(&ad("Rådgiver (rekrutteringsordning)", &["OSLO"])),
            Some("oslo-reserved")
        );
        assert_eq!(rules.programme_of(&ad("Rådgiver (rekrutteringsordning)", &["BÆRUM"])), None);
        assert_eq!(rules.programme_of(&ad("Rådgiver", &["OSLO"])), None);
        let by_orgnr =
            Rule { programme: "state-trainee".into(), orgnr: vec!["974778882".into()], ..Rule::default() };
        let rules = Rules::new(vec![oslo_rule(), by_orgnr], &catalogue()).unwrap();
        assert_eq!(rules.programme_of(&ad("Rådgiver", &["BÆRUM"])), Some("state-trainee"));
    }

    #[test]
    fn the_municipality_prefilter_lets_through_what_some_rule_could_take() {
        let rules = Rules::new(vec![oslo_rule()], &catalogue()).unwrap();
        assert!(rules.may_match(Some("OSLO")) && rules.may_match(None));
        assert!(!rules.may_match(Some("BERGEN")));
        let anywhere =
            Rule { programme: "state-trainee".into(), words: vec!["trainee".into()], ..Rule::default() };
        assert!(Rules::new(vec![oslo_rule(), anywhere], &catalogue()).unwrap().may_match(Some("BERGEN")));
    }

    #[test]
    fn rules_that_cannot_work_are_refused_with_their_number() {
        let catalogue = catalogue();
        let wide = Rule {
            programme: "oslo-reserved".into(),
            municipalities: vec!["Oslo".into()],
            ..Rule::default()
        };
        let unknown = Rule { programme: "nowhere".into(), ..oslo_rule() };
        let orgnr = Rule { orgnr: vec!["97477888".into()], ..oslo_rule() };
        assert_eq!(Rules::new(vec![oslo_rule(), wide], &catalogue), Err(RuleError::TooWide(2)));
        assert_eq!(
            Rules::new(vec![unknown], &catalogue),
            Err(RuleError::UnknownProgramme(1, "nowhere".into()))
        );
        assert_eq!(Rules::new(vec![orgnr], &catalogue), Err(RuleError::BadOrgnr(1, "97477888".into())));
        assert_eq!(Rules::new(vec![], &catalogue), Err(RuleError::NoRules));
    }
}
