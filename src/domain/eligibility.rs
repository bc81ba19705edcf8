//! The eligibility check: which question to ask next, and what the answers
//! mean for each programme. The result is guidance, not a decision.

use serde::{Deserialize, Serialize};

use super::{Catalogue, Localized, Programme, Question};

/// An answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// The answers given so far, in the order they were given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(Vec<(String, Answer)>);

impl Answers {
    /// The answer to `question`, if it was asked.
    pub fn get(&self, question: &str) -> Option<Answer> {
        self.0.iter().find(|(id, _)| id == question).map(|&(_, a)| a)
    }

    /// Records an answer to `question`.
    pub fn push(&mut self, question: &str, answer: Answer) {
        self.0.push((question.to_owned(), answer));
    }

    /// Takes back the last answer (the "back" button).
    pub fn pop(&mut self) -> bool {
        self.0.pop().is_some()
    }

    /// How many questions have been answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What the answers mean for one programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict<'a> {
    /// Every requirement was answered yes; `advice` are the extra next steps.
    MayFit { advice: Vec<&'a Localized> },
    /// No requirement was answered no, but at least one "not sure", or an
    /// example (`Programme::examples`) was not answered yes.
    TalkToCoordinator,
    /// A requirement was answered no; `because` says which.
    DoesNotFit { because: &'a Localized },
}

/// The next question that can still change an outcome, or `None` when the
/// check is complete. A question is skipped when every programme that uses
/// it has already been ruled out. In easy read (`easy`), questions that only
/// add advice are not asked: fewer questions, the same verdicts.
pub fn next_question<'a>(catalogue: &'a Catalogue, answers: &Answers, easy: bool) -> Option<&'a Question> {
    catalogue.questions.iter().find(|question| {
        answers.get(&question.id).is_none()
            && catalogue.programmes.iter().any(|programme| {
                let matters =
                    if easy { programme.decided_by(&question.id) } else { programme.uses(&question.id) };
                matters && ruled_out_by(catalogue, programme, answers).is_none()
            })
    })
}

/// The verdict for every programme, in catalogue order.
pub fn assess<'a>(catalogue: &'a Catalogue, answers: &Answers) -> Vec<(&'a Programme, Verdict<'a>)> {
    catalogue.programmes.iter().map(|programme| (programme, verdict(catalogue, programme, answers))).collect()
}

fn verdict<'a>(catalogue: &'a Catalogue, programme: &'a Programme, answers: &Answers) -> Verdict<'a> {
    if let Some(because) = ruled_out_by(catalogue, programme, answers) {
        return Verdict::DoesNotFit { because };
    }
    let asked = programme.requires.iter().chain(&programme.examples);
    let all_yes = asked.clone().all(|id| answers.get(id) == Some(Answer::Yes));
    if !all_yes {
        return Verdict::TalkToCoordinator;
    }
    let advice = programme
        .advice
        .iter()
        .filter(|advice| answers.get(&advice.question) == Some(Answer::Yes))
        .map(|advice| &advice.text)
        .collect();
    Verdict::MayFit { advice }
}

/// The reason of the first required question answered no, if any.
fn ruled_out_by<'a>(
    catalogue: &'a Catalogue,
    programme: &Programme,
    answers: &Answers,
) -> Option<&'a Localized> {
    programme
        .requires
        .iter()
        .find(|id| answers.get(id) == Some(Answer::No))
        .and_then(|id| catalogue.question(id)?.unmet.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Catalogue {
        Catalogue::parse(include_str!("../../catalogue/programmes.toml")).unwrap()
    }

    /// Answers every question the check asks with `answer_for`, and returns
    /// the questions in the order asked together with the verdicts.
    fn run(catalogue: &Catalogue, answer_for: impl Fn(&str) -> Answer) -> (Vec<String>, Answers) {
        let mut answers = Answers::default();
        let mut asked = Vec::new();
        while let Some(question) = next_question(catalogue, &answers, false) {
            asked.push(question.id.clone());
            answers.push(&question.id, answer_for(&question.id));
        }
        (asked, answers)
    }

    fn verdict_of<'a>(catalogue: &'a Catalogue, answers: &Answers, id: &str) -> Verdict<'a> {
        assess(catalogue, answers).into_iter().find(|(p, _)| p.id == id).unwrap().1
    }

    #[test]
    fn every_programme_can_fit_when_every_answer_is_yes() {
        let catalogue = shipped();
        let (asked, answers) = run(&catalogue, |_| Answer::Yes);
        assert_eq!(asked.len(), catalogue.questions.len(), "all questions matter");
        for (programme, verdict) in assess(&catalogue, &answers) {
            assert!(matches!(verdict, Verdict::MayFit { .. }), "{} gave {verdict:?}", programme.id);
        }
    }

    #[test]
    fn every_programme_can_be_ruled_out_when_every_answer_is_no() {
        let catalogue = shipped();
        let (_, answers) = run(&catalogue, |_| Answer::No);
        for (programme, verdict) in assess(&catalogue, &answers) {
            assert!(matches!(verdict, Verdict::DoesNotFit { .. }), "{} gave {verdict:?}", programme.id);
        }
    }

    #[test]
    fn not_sure_means_talk_to_the_coordinator() {
        let catalogue = shipped();
        let (_, answers) = run(&catalogue, |_| Answer::NotSure);
        for (programme, verdict) in assess(&catalogue, &answers) {
            assert_eq!(verdict, Verdict::TalkToCoordinator, "{}", programme.id);
        }
    }

    #[test]
    fn a_no_to_disability_skips_the_state_programme_questions() {
        let catalogue = shipped();
        let (asked, answers) =
            run(&catalogue, |id| if id == "disability" { Answer::No } else { Answer::Yes });
        assert!(!asked.contains(&"higher-education".to_owned()));
        assert!(!asked.contains(&"full-time".to_owned()));
        let disability = catalogue.question("disability").unwrap().unmet.as_ref().unwrap();
        for id in ["oslo-reserved", "state-trainee"] {
            assert_eq!(verdict_of(&catalogue, &answers, id), Verdict::DoesNotFit { because: disability });
        }
        assert!(matches!(verdict_of(&catalogue, &answers, "baerum-immigrants"), Verdict::MayFit { .. }));
    }

    #[test]
    fn no_higher_education_rules_out_only_the_state_programme() {
        let catalogue = shipped();
        let (asked, answers) =
            run(&catalogue, |id| if id == "higher-education" { Answer::No } else { Answer::Yes });
        assert!(!asked.contains(&"full-time".to_owned()), "full time no longer matters");
        let because = catalogue.question("higher-education").unwrap().unmet.as_ref().unwrap();
        assert_eq!(verdict_of(&catalogue, &answers, "state-trainee"), Verdict::DoesNotFit { because });
        assert!(matches!(verdict_of(&catalogue, &answers, "oslo-reserved"), Verdict::MayFit { .. }));
    }

    #[test]
    fn a_no_to_fields_given_as_examples_means_talk_not_does_not_fit() {
        let catalogue = shipped();
        let (asked, answers) =
            run(&catalogue, |id| if id == "professional-skills" { Answer::No } else { Answer::Yes });
        assert!(asked.contains(&"professional-skills".to_owned()));
        assert_eq!(verdict_of(&catalogue, &answers, "baerum-immigrants"), Verdict::TalkToCoordinator);
    }

    #[test]
    fn not_moved_to_norway_skips_the_skills_question() {
        let catalogue = shipped();
        let (asked, _) = run(&catalogue, |id| if id == "moved-to-norway" { Answer::No } else { Answer::Yes });
        assert!(!asked.contains(&"professional-skills".to_owned()));
    }

    #[test]
    fn leaving_school_adds_advice_only_for_adapted_work() {
        let catalogue = shipped();
        let (_, answers) = run(&catalogue, |_| Answer::Yes);
        let Verdict::MayFit { advice } = verdict_of(&catalogue, &answers, "adapted-work") else {
            panic!("adapted work should fit");
        };
        assert_eq!(advice.len(), 1);
        let (asked, _) = run(&catalogue, |id| if id == "adapted-support" { Answer::No } else { Answer::Yes });
        assert!(!asked.contains(&"leaving-school".to_owned()), "no longer changes anything");
    }

    #[test]
    fn easy_read_asks_only_the_questions_that_decide_and_reaches_the_same_verdicts() {
        let catalogue = shipped();
        let mut answers = Answers::default();
        let mut asked = Vec::new();
        while let Some(question) = next_question(&catalogue, &answers, true) {
            asked.push(question.id.clone());
            answers.push(&question.id, Answer::Yes);
        }
        assert!(!asked.contains(&"leaving-school".to_owned()), "advice only: {asked:?}");
        assert_eq!(asked.len(), catalogue.questions.len() - 1);
        for (programme, verdict) in assess(&catalogue, &answers) {
            assert!(matches!(verdict, Verdict::MayFit { .. }), "{} gave {verdict:?}", programme.id);
        }
        assert!(catalogue.questions.iter().filter(|q| q.id != "leaving-school").all(|q| q.easy.is_some()));
        assert!(catalogue.programmes.iter().all(|p| p.easy.is_some()));
    }

    #[test]
    fn taking_back_an_answer_asks_that_question_again() {
        let catalogue = shipped();
        let mut answers = Answers::default();
        let first = next_question(&catalogue, &answers, false).unwrap().id.clone();
        answers.push(&first, Answer::No);
        assert_ne!(next_question(&catalogue, &answers, false).unwrap().id, first);
        assert!(answers.pop());
        assert_eq!(next_question(&catalogue, &answers, false).unwrap().id, first);
        assert!(!answers.pop());
    }
}
