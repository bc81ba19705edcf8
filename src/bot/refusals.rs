//! A refused action in the person's language: one wording per refusal, for
//! every handler.

use crate::domain::gatherings::TimeError;
use crate::domain::positions::{ImportError, Problem};
use crate::i18n::{moment_in_words, Tr};
use crate::services::Refusal;

/// The most row errors one answer lists, so it stays within Telegram's limit.
const MAX_LISTED_ERRORS: usize = 20;

/// Why the action was not done, in words.
pub fn words(tr: &Tr, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Time(error) => time_error(tr, error),
        Refusal::SendTimePassed => tr.t("broadcast-time-passed"),
        Refusal::NoSuchGathering(_) => tr.t("rsvp-cancelled"),
        Refusal::NotStartedYet => tr.t("attendance-not-started"),
        Refusal::NotInvited => tr.t("attendance-not-invited"),
        Refusal::TextLength { max } => tr.with("plan-text-bad", &[("max", (*max).into())]),
        Refusal::CohortName { max } => tr.with("invite-cohort-name-bad", &[("max", (*max).into())]),
        Refusal::TraineeNeedsCohort => tr.t("invite-trainee-needs-cohort"),
        Refusal::NotATrainee => tr.t("link-not-trainee"),
        Refusal::NotAMentor => tr.t("link-not-mentor"),
        Refusal::OtherProgramme => tr.t("link-other-programme"),
        Refusal::Nobody => tr.t("broadcast-nobody"),
        Refusal::EmptyMessage => tr.t("broadcast-empty"),
        Refusal::MessageTooLong { .. } => tr.with(
            "broadcast-too-long",
            &[
                ("text", crate::domain::broadcast::MAX_TEXT.into()),
                ("caption", crate::domain::broadcast::MAX_CAPTION.into()),
            ],
        ),
        Refusal::NotRunning => tr.t("broadcast-not-running"),
        Refusal::Import(error) => import_error(tr, error),
        Refusal::NoSuchPosition(_) => tr.t("positions-closed"),
        Refusal::OtherOrganisation(_) => tr.t("coordinators-other-organisation"),
        Refusal::OperatorsOnly => tr.t("roles-operators-only"),
        Refusal::NotAMember => tr.t("roles-not-a-member"),
        Refusal::NoSuchInvitation => tr.t("roles-no-invitation"),
        // What only a forged or outdated button can ask for in the bot.
        Refusal::NothingToChange
        | Refusal::Duration
        | Refusal::Months
        | Refusal::UnknownProgramme(_)
        | Refusal::UnknownCohort
        | Refusal::NoSuchQuestion(_)
        | Refusal::InvitationDays { .. } => tr.t("button-unknown"),
    }
}

/// A time that was not accepted, explained.
pub fn time_error(tr: &Tr, error: &TimeError) -> String {
    match error {
        TimeError::Unreadable => tr.t("time-unreadable"),
        TimeError::DoesNotExist(local) => {
            tr.with("time-does-not-exist", &[("time", moment_in_words(tr, *local).into())])
        }
        TimeError::InThePast(local) => {
            tr.with("time-in-the-past", &[("time", moment_in_words(tr, *local).into())])
        }
    }
}

/// Why an imported file was refused.
fn import_error(tr: &Tr, error: &ImportError) -> String {
    match error {
        ImportError::NotUtf8 => tr.t("import-not-utf8"),
        ImportError::Empty => tr.t("import-empty"),
        ImportError::TooLarge => tr.t("import-too-large"),
        ImportError::WrongColumns { missing } => {
            tr.with("import-wrong-columns", &[("columns", missing.join(", ").into())])
        }
        ImportError::Malformed { line } => tr.with("import-malformed", &[("line", (*line).into())]),
        ImportError::Rows(errors) => {
            let mut text = tr.t("import-rows");
            for error in errors.iter().take(MAX_LISTED_ERRORS) {
                let max = match error.problem {
                    Problem::TooLong(max) => max,
                    _ => 0,
                };
                let problem = match error.problem {
                    Problem::Missing => "missing",
                    Problem::BadDate => "bad-date",
                    Problem::BadLink => "bad-link",
                    Problem::UnknownProgramme => "unknown-programme",
                    Problem::DuplicateId => "duplicate-id",
                    Problem::BadPercent => "bad-percent",
                    Problem::BadEmployment => "bad-employment",
                    Problem::TooLong(_) => "too-long",
                };
                let line = tr.with(
                    "import-row",
                    &[
                        ("line", error.line.into()),
                        ("field", error.field.into()),
                        ("problem", problem.into()),
                        ("max", max.into()),
                    ],
                );
                text.push('\n');
                text.push_str(&line);
            }
            if errors.len() > MAX_LISTED_ERRORS {
                text.push('\n');
                text.push_str(
                    &tr.with("import-more-rows", &[("count", (errors.len() - MAX_LISTED_ERRORS).into())]),
                );
            }
            text
        }
    }
}
