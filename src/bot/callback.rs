//! Typed callback data with a compact, versioned encoding of at most 64 bytes.
//!
//! Every encoding starts with the format version (`1`). Data the bot did not
//! produce, or from an older format, does not parse and is answered with a
//! short notice.

use crate::domain::catalogue::is_valid_id;
use crate::domain::positions::{Employment, Extent, Filter};
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
    /// A page of open positions (0 is the first) under a filter.
    Positions(u16, Filter),
    /// The filter menu (no facet) or the choices of one facet.
    FilterMenu(Option<Facet>, Filter),
    /// One position's page, by database id.
    Position(i64),
    /// Close a position (coordinators only).
    ClosePosition(i64),
    /// Save a filter as an alert.
    SaveAlert(Filter),
    /// Delete one of one's alerts.
    DeleteAlert(i64),
    /// Offer the language choice.
    ChooseLanguage,
    /// Set the language.
    SetLanguage(Lang),
    /// A button of an eligibility question.
    Check(CheckPress),
}

/// What the filter narrows by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Programme,
    Employment,
    Extent,
    Employer,
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
            Action::Positions(page, filter) => format!("o|{page}|{}", encode_filter(filter)),
            Action::FilterMenu(facet, filter) => {
                let facet = match facet {
                    None => '-',
                    Some(Facet::Programme) => 'p',
                    Some(Facet::Employment) => 'e',
                    Some(Facet::Extent) => 't',
                    Some(Facet::Employer) => 'w',
                };
                format!("f|{facet}|{}", encode_filter(filter))
            }
            Action::Position(id) => format!("d|{id}"),
            Action::ClosePosition(id) => format!("x|{id}"),
            Action::SaveAlert(filter) => format!("s|{}", encode_filter(filter)),
            Action::DeleteAlert(id) => format!("r|{id}"),
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
        let parts: Vec<&str> = body.split('|').collect();
        let action = match parts.as_slice() {
            ["e"] => Action::StartCheck,
            ["p"] => Action::Programmes,
            ["p", id] if is_valid_id(id) => Action::Programme((*id).to_owned()),
            ["c"] => Action::Contact,
            ["o", page, filter @ ..] => Action::Positions(page.parse().ok()?, decode_filter(filter)?),
            ["f", facet, filter @ ..] => {
                let facet = match *facet {
                    "-" => None,
                    "p" => Some(Facet::Programme),
                    "e" => Some(Facet::Employment),
                    "t" => Some(Facet::Extent),
                    "w" => Some(Facet::Employer),
                    _ => return None,
                };
                Action::FilterMenu(facet, decode_filter(filter)?)
            }
            ["d", id] => Action::Position(positive(id)?),
            ["x", id] => Action::ClosePosition(positive(id)?),
            ["s", filter @ ..] => Action::SaveAlert(decode_filter(filter)?),
            ["r", id] => Action::DeleteAlert(positive(id)?),
            ["l"] => Action::ChooseLanguage,
            ["l", code] => Action::SetLanguage(Lang::parse(code)?),
            ["a", check, step, choice] => Action::Check(CheckPress {
                check: u32::from_str_radix(check, 16).ok()?,
                step: step.parse().ok()?,
                choice: match *choice {
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
        Some(action)
    }
}

/// Four segments: programme id, employment, extent, employer (position id
/// in hex); `-` for "any".
fn encode_filter(filter: &Filter) -> String {
    let programme = filter.programme.as_deref().unwrap_or("-");
    let employment = match filter.employment {
        None => "-",
        Some(Employment::Permanent) => "p",
        Some(Employment::Temporary) => "t",
        Some(Employment::Substitute) => "s",
    };
    let extent = match filter.extent {
        None => "-",
        Some(Extent::FullTime) => "f",
        Some(Extent::PartTime) => "d",
    };
    let employer = filter.employer_of.map_or("-".to_owned(), |id| format!("{id:x}"));
    format!("{programme}|{employment}|{extent}|{employer}")
}

fn decode_filter(parts: &[&str]) -> Option<Filter> {
    let [programme, employment, extent, employer] = parts else { return None };
    Some(Filter {
        programme: match *programme {
            "-" => None,
            id if is_valid_id(id) => Some(id.to_owned()),
            _ => return None,
        },
        employment: match *employment {
            "-" => None,
            "p" => Some(Employment::Permanent),
            "t" => Some(Employment::Temporary),
            "s" => Some(Employment::Substitute),
            _ => return None,
        },
        extent: match *extent {
            "-" => None,
            "f" => Some(Extent::FullTime),
            "d" => Some(Extent::PartTime),
            _ => return None,
        },
        employer_of: match *employer {
            "-" => None,
            hex => Some(i64::from_str_radix(hex, 16).ok().filter(|id| *id > 0)?),
        },
    })
}

fn positive(id: &str) -> Option<i64> {
    id.parse().ok().filter(|id: &i64| *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::MAX_ID_LEN;

    /// The longest filter there can be.
    fn widest_filter() -> Filter {
        Filter {
            programme: Some("x".repeat(MAX_ID_LEN)),
            employment: Some(Employment::Substitute),
            extent: Some(Extent::PartTime),
            employer_of: Some(i64::MAX),
        }
    }

    fn every_kind() -> Vec<Action> {
        let mut actions = vec![
            Action::StartCheck,
            Action::Programmes,
            Action::Programme("x".repeat(MAX_ID_LEN)),
            Action::Contact,
            Action::Positions(u16::MAX, widest_filter()),
            Action::Positions(0, Filter::default()),
            Action::FilterMenu(None, Filter::default()),
            Action::FilterMenu(Some(Facet::Employer), widest_filter()),
            Action::Position(i64::MAX),
            Action::ClosePosition(i64::MAX),
            Action::SaveAlert(widest_filter()),
            Action::DeleteAlert(i64::MAX),
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
            "1o|-1|-|-|-|-",
            "1o|70000|-|-|-|-",
            "1o|0",
            "1o|0|-|-|-",
            "1o|0|BAD|-|-|-",
            "1o|0|-|q|-|-",
            "1o|0|-|-|z|-",
            "1o|0|-|-|-|0",
            "1o|0|-|-|-|xyz",
            "1f|q|-|-|-|-",
            "1d|0",
            "1d|abc",
            "1d|-5",
            "1x|0",
            "1s|-|-|-",
            "1r|0",
            &format!("1p|{}", "x".repeat(MAX_LEN)),
        ] {
            assert_eq!(Action::parse(data), None, "{data:?} should not parse");
        }
    }
}
