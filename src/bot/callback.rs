//! Typed callback data with a compact, versioned encoding of at most 64 bytes.
//!
//! Every encoding starts with the format version (`1`). Data the bot did not
//! produce, or from an older format, does not parse and is answered with a
//! short notice.

use crate::domain::catalogue::is_valid_id;
use crate::domain::{Answer, Lang};

const VERSION: &str = "1";
/// Telegram's limit for callback data.
pub const MAX_LEN: usize = 64;

/// A button press, as the bot encoded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start the eligibility check.
    StartCheck,
    /// List the programmes.
    Programmes,
    /// Open one programme's page.
    Programme(String),
    /// Show the coordinator's contact details.
    Contact,
    /// A page of open positions (0 is the first).
    Positions(u16),
    /// One position's page, by database id.
    Position(i64),
    /// Close a position (coordinators only).
    ClosePosition(i64),
    /// Offer the language choice.
    ChooseLanguage,
    /// Set the language.
    SetLanguage(Lang),
    /// A button of an eligibility question.
    Check(CheckPress),
}

/// A press on a question of the check `check`, at step `step` (how many
/// questions had been answered), so that presses on old messages are noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckPress {
    pub check: u32,
    pub step: u8,
    pub choice: CheckChoice,
}

/// What a question's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckChoice {
    Answer(Answer),
    Back,
    Cancel,
}

impl Action {
    /// The callback data for this action.
    pub fn encode(&self) -> String {
        let body = match self {
            Action::StartCheck => "e".to_owned(),
            Action::Programmes => "p".to_owned(),
            Action::Programme(id) => format!("p|{id}"),
            Action::Contact => "c".to_owned(),
            Action::Positions(page) => format!("o|{page}"),
            Action::Position(id) => format!("d|{id}"),
            Action::ClosePosition(id) => format!("x|{id}"),
            Action::ChooseLanguage => "l".to_owned(),
            Action::SetLanguage(lang) => format!("l|{}", lang.code()),
            Action::Check(press) => {
                let choice = match press.choice {
                    CheckChoice::Answer(Answer::Yes) => 'y',
                    CheckChoice::Answer(Answer::No) => 'n',
                    CheckChoice::Answer(Answer::NotSure) => 'u',
                    CheckChoice::Back => 'b',
                    CheckChoice::Cancel => 'x',
                };
                format!("a|{:x}|{}|{choice}", press.check, press.step)
            }
        };
        format!("{VERSION}{body}")
    }

    /// Parses callback data; `None` for anything the bot did not produce.
    pub fn parse(data: &str) -> Option<Action> {
        if data.len() > MAX_LEN {
            return None;
        }
        let body = data.strip_prefix(VERSION)?;
        let mut parts = body.split('|');
        let action = match (parts.next()?, parts.next(), parts.next(), parts.next()) {
            ("e", None, ..) => Action::StartCheck,
            ("p", None, ..) => Action::Programmes,
            ("p", Some(id), None, _) if is_valid_id(id) => Action::Programme(id.to_owned()),
            ("c", None, ..) => Action::Contact,
            ("o", Some(page), None, _) => Action::Positions(page.parse().ok()?),
            ("d", Some(id), None, _) => Action::Position(positive(id)?),
            ("x", Some(id), None, _) => Action::ClosePosition(positive(id)?),
            ("l", None, ..) => Action::ChooseLanguage,
            ("l", Some(code), None, _) => Action::SetLanguage(Lang::parse(code)?),
            ("a", Some(check), Some(step), Some(choice)) => Action::Check(CheckPress {
                check: u32::from_str_radix(check, 16).ok()?,
                step: step.parse().ok()?,
                choice: match choice {
                    "y" => CheckChoice::Answer(Answer::Yes),
                    "n" => CheckChoice::Answer(Answer::No),
                    "u" => CheckChoice::Answer(Answer::NotSure),
                    "b" => CheckChoice::Back,
                    "x" => CheckChoice::Cancel,
                    _ => return None,
                },
            }),
            _ => return None,
        };
        parts.next().is_none().then_some(action)
    }
}

fn positive(id: &str) -> Option<i64> {
    id.parse().ok().filter(|id: &i64| *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::MAX_ID_LEN;

    fn every_kind() -> Vec<Action> {
        let mut actions = vec![
            Action::StartCheck,
            Action::Programmes,
            Action::Programme("x".repeat(MAX_ID_LEN)),
            Action::Contact,
            Action::Positions(u16::MAX),
            Action::Position(i64::MAX),
            Action::ClosePosition(i64::MAX),
            Action::ChooseLanguage,
        ];
        actions.extend(Lang::ALL.map(Action::SetLanguage));
        for choice in [
            CheckChoice::Answer(Answer::Yes),
            CheckChoice::Answer(Answer::No),
            CheckChoice::Answer(Answer::NotSure),
            CheckChoice::Back,
            CheckChoice::Cancel,
        ] {
            actions.push(Action::Check(CheckPress { check: u32::MAX, step: u8::MAX, choice }));
        }
        actions
    }

    #[test]
    fn every_action_round_trips_within_64_bytes() {
        for action in every_kind() {
            let data = action.encode();
            assert!(data.len() <= MAX_LEN, "{data} is too long");
            assert_eq!(Action::parse(&data), Some(action), "{data}");
        }
    }

    #[test]
    fn forged_and_foreign_data_is_refused() {
        for data in [
            "",
            "e",
            "2e",
            "1",
            "1z",
            "1e|extra",
            "1l|de",
            "1l|nb|x",
            "1p|UPPER",
            "1p|a b",
            "1p|",
            "1a|zz|0|y",
            "1a|1|300|y",
            "1a|1|0|q",
            "1a|1|0",
            "1a|1|0|y|y",
            "1o|-1",
            "1o|70000",
            "1d|0",
            "1d|abc",
            "1d|-5",
            "1x|0",
            &format!("1p|{}", "x".repeat(MAX_LEN)),
        ] {
            assert_eq!(Action::parse(data), None, "{data:?} should not parse");
        }
    }
}
