//! Refused actions and import errors in words an operator can act on (the
//! CLI speaks English; the bot words the same refusals in the person's
//! language).

use crate::domain::gatherings::{DURATION_MINUTES, MAX_SERIES};
use crate::domain::positions::{ImportError, Problem, COLUMNS, MAX_IMPORT_BYTES};
use crate::services::Refusal;

/// Why the action was not done.
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Time(error) => error.to_string(),
        Refusal::SendTimePassed => "the time to send it has passed".to_owned(),
        Refusal::NoSuchGathering(id) => format!("there is no gathering {id} that is not cancelled"),
        Refusal::NotStartedYet => "attendance is marked once the gathering has begun".to_owned(),
        Refusal::NotInvited => "that person is not invited to the gathering".to_owned(),
        Refusal::NothingToChange => "give --start, --place, --topic or --agenda".to_owned(),
        Refusal::TextLength { max } => {
            format!("a place or topic needs 1 to {max} characters, an agenda at most {max}")
        }
        Refusal::Duration => {
            format!("--duration must be {} to {} minutes", DURATION_MINUTES.start(), DURATION_MINUTES.end())
        }
        Refusal::Months => format!("--months must be 1 to {MAX_SERIES}"),
        Refusal::UnknownProgramme(id) => format!("unknown programme {id:?}; see catalogue/programmes.toml"),
        Refusal::UnknownCohort => "there is no such cohort in that programme".to_owned(),
        Refusal::CohortName { max } => format!("a cohort name needs 1 to {max} characters"),
        Refusal::TraineeNeedsCohort => "a trainee invitation needs --cohort".to_owned(),
        Refusal::InvitationDays { max } => format!("--days must be between 1 and {max}"),
        Refusal::NotATrainee => "that person is not a trainee".to_owned(),
        Refusal::NotAMentor => "that person is not a mentor".to_owned(),
        Refusal::OtherProgramme => "the trainee and the mentor are in different programmes".to_owned(),
        Refusal::Nobody => "no one is in the audience".to_owned(),
        Refusal::EmptyMessage => "the message is empty".to_owned(),
        Refusal::MessageTooLong { max } => format!("the message is longer than Telegram's {max} characters"),
        Refusal::NoSuchQuestion(id) => format!("there is no question {id}"),
        Refusal::OtherOrganisation(Some(programme)) => {
            format!("{programme} belongs to another organisation than --organisation")
        }
        Refusal::OtherOrganisation(None) => {
            "that belongs to another organisation than --organisation".to_owned()
        }
        Refusal::OperatorsOnly => "only operators may do that: leave out --organisation".to_owned(),
        Refusal::NotAMember => "that person has no role".to_owned(),
        Refusal::NoSuchInvitation => "there is no unused invitation with that code".to_owned(),
        Refusal::NotRunning => "that broadcast is not running".to_owned(),
        Refusal::Import(error) => import_error(error),
        Refusal::NoSuchPosition(id) => {
            format!("there is no position with id {id}; see `traineebot positions list`")
        }
    }
}

/// The import error in words.
fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::NotUtf8 => "the file is not UTF-8 text; save it as CSV UTF-8".to_owned(),
        ImportError::Empty => "the file is empty".to_owned(),
        ImportError::TooLarge => format!("the file is larger than {MAX_IMPORT_BYTES} bytes"),
        ImportError::WrongColumns { missing } => {
            format!("the header lacks the columns: {}", missing.join(", "))
        }
        ImportError::Malformed { line } => {
            format!("line {line} is not a CSV row with {} fields", COLUMNS.len())
        }
        ImportError::Rows(errors) => {
            let mut text = String::from("nothing was imported; fix these and try again:");
            for error in errors {
                text.push_str(&format!(
                    "\n  line {}, {}: {}",
                    error.line,
                    error.field,
                    problem(error.problem)
                ));
            }
            text
        }
    }
}

fn problem(problem: Problem) -> String {
    let words = match problem {
        Problem::Missing => "missing",
        Problem::BadDate => "not a date (YYYY-MM-DD)",
        Problem::BadLink => "not an http or https link",
        Problem::UnknownProgramme => "not a programme id of the catalogue",
        Problem::DuplicateId => "used twice in the file",
        Problem::BadPercent => "not a whole number from 1 to 100",
        Problem::BadEmployment => "not permanent, temporary or substitute",
        Problem::TooLong(max) => return format!("longer than {max} characters"),
    };
    words.to_owned()
}

/// An instant as the command line prints it for people: Oslo time, never
/// UTC ("2027-01-05 17:00").
pub fn oslo_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Oslo).format("%Y-%m-%d %H:%M").to_string()
}

/// A stored instant (RFC 3339, UTC) as [`oslo_time`] prints it; text that
/// is not one as it is.
pub fn stored_oslo_time(stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map_or_else(|_| stored.to_owned(), |at| oslo_time(at.to_utc()))
}
