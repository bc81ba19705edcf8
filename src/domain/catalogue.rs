//! The programme catalogue: programmes and the eligibility questions they use.
//!
//! The catalogue is data (a TOML file), not code: adding a programme, a
//! question or changing a deadline needs no Rust change.

use std::collections::HashSet;

use serde::Deserialize;

use super::Lang;

/// The longest id a programme or question may have, so that ids fit in
/// Telegram's 64-byte callback data.
pub const MAX_ID_LEN: usize = 32;

/// A text in all three languages. Each must be present and non-empty.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub nb: String,
    pub nn: String,
    pub en: String,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        }
    }
}

/// A yes/no question of the eligibility check.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The question as asked, in the programmes' own words.
    pub text: Localized,
    /// Why a programme that requires this does not fit when the answer is
    /// no. Required when some programme `requires` the question.
    #[serde(default)]
    pub unmet: Option<Localized>,
    /// The question in easy read, if it has one.
    #[serde(default)]
    pub easy: Option<Localized>,
}

/// Extra next step shown when a question was answered yes.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub question: String,
    pub text: Localized,
}

/// A programme people can apply to.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub id: String,
    /// The organisation that runs it (an id of the settings' organisations).
    pub organisation: String,
    pub name: Localized,
    /// A few words for buttons.
    pub short_name: Localized,
    /// One line shown in lists.
    pub summary: Localized,
    pub for_whom: Localized,
    pub gives: Localized,
    pub how_to_apply: Localized,
    pub deadlines: Localized,
    pub contact: Localized,
    /// The next step shown when the check says the programme may fit.
    pub next_step: Localized,
    /// The programme's own page (http or https), shown as the source.
    pub source: String,
    /// The year the facts are from, shown with them: a reader can tell how
    /// old they are.
    pub facts_from: u16,
    /// Ids this programme had in earlier catalogues (programmes merged into
    /// it): rows of the database with such an id are moved to this one at
    /// start.
    #[serde(default)]
    pub formerly: Vec<String>,
    /// Questions that must be answered yes for the programme to fit.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Questions about conditions the source gives only as examples: a no
    /// means "talk to the coordinator", never "does not fit".
    #[serde(default)]
    pub examples: Vec<String>,
    /// Extra next steps for some yes answers; these questions are asked
    /// only while the programme may still fit.
    #[serde(default)]
    pub advice: Vec<Advice>,
    /// The programme's page in easy read, if it has one.
    #[serde(default)]
    pub easy: Option<Localized>,
}

impl Programme {
    /// Whether this programme's outcome or next steps depend on `question`.
    pub fn uses(&self, question: &str) -> bool {
        self.decided_by(question) || self.advice.iter().any(|advice| advice.question == question)
    }

    /// Whether whether it may fit depends on `question` (not only advice).
    pub fn decided_by(&self, question: &str) -> bool {
        self.requires.iter().chain(&self.examples).any(|id| id == question)
    }
}

/// The whole catalogue, validated.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Questions in the order they are asked.
    #[serde(rename = "question", default)]
    pub questions: Vec<Question>,
    /// Programmes in the order they are listed.
    #[serde(rename = "programme", default)]
    pub programmes: Vec<Programme>,
}

/// Why a catalogue file was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CatalogueError {
    #[error("the catalogue is not valid TOML: {0}")]
    Syntax(String),
    #[error("the catalogue has no programmes")]
    Empty,
    #[error("id {0:?} must be 1-{MAX_ID_LEN} characters of a-z, 0-9 and -")]
    BadId(String),
    #[error("id {0:?} is used twice")]
    DuplicateId(String),
    #[error("programme {programme:?} refers to unknown question {question:?}")]
    UnknownQuestion { programme: String, question: String },
    #[error("question {0:?} is required by a programme but has no `unmet` text")]
    MissingUnmet(String),
    #[error("{0} has an empty text")]
    EmptyText(String),
    #[error("programme {0:?}: `source` must be an http or https link")]
    BadSource(String),
    #[error("programme {0:?}: `facts_from` must be a year from 2000 to 2100")]
    BadYear(String),
}

impl Catalogue {
    /// Parses and validates a catalogue in TOML.
    pub fn parse(source: &str) -> Result<Catalogue, CatalogueError> {
        let catalogue: Catalogue =
            toml::from_str(source).map_err(|e| CatalogueError::Syntax(e.to_string()))?;
        catalogue.validate()?;
        Ok(catalogue)
    }

    /// The programme with this id.
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    fn validate(&self) -> Result<(), CatalogueError> {
        if self.programmes.is_empty() {
            return Err(CatalogueError::Empty);
        }
        let mut seen = HashSet::new();
        let ids = self.questions.iter().map(|q| &q.id);
        let formerly = self.programmes.iter().flat_map(|p| &p.formerly);
        for id in ids.chain(self.programmes.iter().map(|p| &p.id)).chain(formerly) {
            if !is_valid_id(id) {
                return Err(CatalogueError::BadId(id.clone()));
            }
            if !seen.insert(id) {
                return Err(CatalogueError::DuplicateId(id.clone()));
            }
        }
        for question in &self.questions {
            let texts = std::iter::once(&question.text).chain(&question.unmet).chain(&question.easy);
            check_texts(&question.id, texts)?;
        }
        for p in &self.programmes {
            for required in &p.requires {
                if self.question(required).is_some_and(|q| q.unmet.is_none()) {
                    return Err(CatalogueError::MissingUnmet(required.clone()));
                }
            }
            if !(p.source.starts_with("https://") || p.source.starts_with("http://")) {
                return Err(CatalogueError::BadSource(p.id.clone()));
            }
            if !(2000..=2100).contains(&p.facts_from) {
                return Err(CatalogueError::BadYear(p.id.clone()));
            }
            let advice_questions = p.advice.iter().map(|a| &a.question);
            for question in p.requires.iter().chain(&p.examples).chain(advice_questions) {
                if self.question(question).is_none() {
                    return Err(CatalogueError::UnknownQuestion {
                        programme: p.id.clone(),
                        question: question.clone(),
                    });
                }
            }
            let texts = [
                &p.name,
                &p.short_name,
                &p.summary,
                &p.for_whom,
                &p.gives,
                &p.how_to_apply,
                &p.deadlines,
                &p.contact,
                &p.next_step,
            ];
            let texts = texts.into_iter().chain(p.advice.iter().map(|a| &a.text)).chain(&p.easy);
            check_texts(&p.id, texts)?;
        }
        Ok(())
    }
}

/// Whether `id` is a valid programme or question id: 1-32 characters of
/// a-z, 0-9 and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_texts<'a>(
    owner: &str,
    texts: impl IntoIterator<Item = &'a Localized>,
) -> Result<(), CatalogueError> {
    for text in texts {
        if Lang::ALL.iter().any(|&lang| text.get(lang).trim().is_empty()) {
            return Err(CatalogueError::EmptyText(owner.to_owned()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../catalogue/programmes.toml");

    #[test]
    fn the_shipped_catalogue_is_valid_and_has_the_four_live_programmes() {
        let catalogue = Catalogue::parse(SHIPPED).expect("shipped catalogue parses");
        let ids: Vec<_> = catalogue.programmes.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["oslo-reserved", "state-trainee", "baerum-immigrants", "adapted-work"]);
    }

    fn minimal(programme_extra: &str) -> String {
        let text = r#"{ nb = "a", nn = "b", en = "c" }"#;
        let fields = ["name", "short_name", "summary", "for_whom", "gives", "how_to_apply", "deadlines"];
        let mut programme = String::from(
            "[[programme]]\nid = \"p1\"\norganisation = \"o1\"\nsource = \"https://example.org/p1\"\nfacts_from = 2021\n",
        );
        for field in fields.iter().chain(&["contact", "next_step"]) {
            programme.push_str(&format!("{field} = {text}\n"));
        }
        format!("[[question]]\nid = \"q1\"\ntext = {text}\nunmet = {text}\n{programme}{programme_extra}")
    }

    #[test]
    fn a_sixth_programme_is_a_data_change_only() {
        let catalogue = Catalogue::parse(&minimal("requires = [\"q1\"]\n")).unwrap();
        assert_eq!(catalogue.programmes[0].requires, ["q1"]);
    }

    #[test]
    fn unknown_questions_are_refused() {
        let err = Catalogue::parse(&minimal("requires = [\"q9\"]\n")).unwrap_err();
        assert_eq!(err, CatalogueError::UnknownQuestion { programme: "p1".into(), question: "q9".into() });
    }

    #[test]
    fn a_missing_language_is_refused() {
        let source = minimal("").replacen(r#"nn = "b", "#, "", 1);
        assert!(matches!(Catalogue::parse(&source), Err(CatalogueError::Syntax(e)) if e.contains("nn")));
    }

    #[test]
    fn an_empty_text_is_refused() {
        let source = minimal("").replacen(r#"en = "c""#, r#"en = " ""#, 1);
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::EmptyText("q1".into()));
    }

    #[test]
    fn a_required_question_needs_a_reason() {
        let source = minimal("requires = [\"q1\"]\n").replace("unmet = ", "# unmet = ");
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::MissingUnmet("q1".into()));
    }

    #[test]
    fn a_programme_needs_a_link_and_a_year() {
        let source = minimal("").replace("https://example.org/p1", "javascript:alert(1)");
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::BadSource("p1".into()));
        let source = minimal("").replace("facts_from = 2021", "facts_from = 18");
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::BadYear("p1".into()));
        let source = minimal("").replace("facts_from = 2021\n", "");
        assert!(
            matches!(Catalogue::parse(&source), Err(CatalogueError::Syntax(e)) if e.contains("facts_from"))
        );
    }

    #[test]
    fn a_former_id_may_not_be_in_use() {
        let source = minimal("formerly = [\"q1\"]\n");
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::DuplicateId("q1".into()));
    }

    #[test]
    fn ids_must_fit_callback_data() {
        let long = "x".repeat(MAX_ID_LEN + 1);
        let source = minimal("").replace("id = \"p1\"", &format!("id = \"{long}\""));
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::BadId(long));
        let source = minimal("").replace("id = \"p1\"", "id = \"q1\"");
        assert_eq!(Catalogue::parse(&source).unwrap_err(), CatalogueError::DuplicateId("q1".into()));
    }
}
