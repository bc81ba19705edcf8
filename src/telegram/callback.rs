//! Typed callback data with a compact, versioned encoding of at most 64 bytes.
//!
//! Every encoding starts with the format version (`1`). Data the bot did not
//! produce, or from an older format, does not parse and is answered with a
//! short notice.

use crate::domain::broadcast::BroadcastAudience;
use crate::domain::catalogue::is_valid_id;
use crate::domain::gatherings::MAX_SERIES;
use crate::domain::members::{looks_like_code, Role};
use crate::domain::positions::{Employment, Extent, Filter};
use crate::domain::reminders::Lead;
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
    /// Show the coordinator's contact details (asks which programme first
    /// when there are several organisations).
    Contact,
    /// The contact of the organisation that runs this programme.
    ContactFor(String),
    /// A question for /ask about this programme: its organisation answers.
    AskAbout(String),
    /// A page of open positions (0 is the first) under a filter.
    Positions(u16, Filter),
    /// The filter menu (no facet) or the choices of one facet.
    FilterMenu(Option<Facet>, Filter),
    /// One position's page, by database id.
    Position(i64),
    /// Close a position (coordinators only): ask first (`false`), then
    /// close once confirmed (`true`).
    ClosePosition(i64, bool),
    /// Save a filter as an alert.
    SaveAlert(Filter),
    /// Delete one of one's alerts.
    DeleteAlert(i64),
    /// Offer the language choice.
    ChooseLanguage,
    /// Set the language.
    SetLanguage(Lang),
    /// Easy read on (`true`) or off.
    SetEasyRead(bool),
    /// A button of an eligibility question.
    Check(CheckPress),
    /// One's upcoming gatherings (coordinators: all of them).
    Gatherings,
    /// Coming (`true`) or not coming to a gathering.
    Rsvp(i64, bool),
    /// The gathering's .ics calendar file.
    Calendar(i64),
    /// Coordinators: who is coming to a gathering.
    Attendance(i64),
    /// Coordinators: mark whether a person came to a gathering that began.
    MarkAttendance { gathering: i64, person: i64, came: bool },
    /// Coordinators: change or cancel a gathering.
    Manage(i64, ManageStep),
    /// Turn one reminder lead on or off; `None` turns all off.
    ToggleLead(Option<Lead>),
    /// Coordinators: a step of making an invitation.
    Invite(InviteStep),
    /// Coordinators: pick a trainee (then a mentor) to link.
    Link { trainee: Option<i64>, mentor: Option<i64> },
    /// Coordinators: a page of the trainees to link.
    LinkPage(u16),
    /// Coordinators: a page of the upcoming gatherings, to manage (`true`)
    /// or to see who comes.
    GatheringsPage(bool, u16),
    /// Coordinators: a button of the new-gathering flow.
    Plan(PlanStep),
    /// Mentors: write to this trainee.
    WriteTo(i64),
    /// Stop writing to the mentor or trainee.
    StopWriting,
    /// Send (`true`) or drop the concern being raised with /flag.
    Flag(bool),
    /// Coordinators: a button of /broadcast or /broadcasts.
    Broadcast(BroadcastStep),
    /// Coordinators: answer this question from /inbox.
    Answer(i64),
    /// Coordinators: answer this concern from /inbox.
    AnswerConcern(i64),
    /// Coordinators: a page of /inbox.
    InboxPage(u16),
    /// Yes (`true`) or no to /forget.
    Forget(bool),
    /// A button of /privacy: the details, one's data, or deleting it.
    Privacy(PrivacyStep),
    /// The main menu (the next step after something is finished).
    Menu,
    /// Operators: a step of taking a role or an invitation back.
    Roles(RolesStep),
}

/// Where a button of the privacy notice leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivacyStep {
    /// Everything the short notice sums up.
    Details,
    /// /mydata.
    MyData,
    /// /forget (it asks first).
    Forget,
}

/// Taking roles and invitations back (operators).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RolesStep {
    /// The members and the unused invitations.
    Menu,
    /// A page of them.
    Page(u16),
    /// Ask whether to take this member's role away.
    Remove(i64),
    ConfirmRemove(i64),
    /// Ask whether to revoke this unused invitation (by code).
    Revoke(String),
    ConfirmRevoke(String),
}

/// A button in the broadcast flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BroadcastStep {
    Audience(BroadcastAudience),
    /// Send a test to oneself.
    Test,
    /// Ask for a time to send it.
    Later,
    /// Toggle: also during the quiet hours.
    Urgent,
    /// Drop the draft.
    Discard,
    Confirm,
    /// Ask whether to stop what is left of a running broadcast.
    CancelRunning(i64),
    /// Stopping it confirmed.
    ConfirmCancel(i64),
    /// Not stopping it after all.
    KeepRunning,
    /// A page of the audiences to choose from.
    Audiences(u16),
    /// Give (or give again) the message in Nynorsk or English.
    Translate(Lang),
}

/// What a coordinator does with a gathering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManageStep {
    /// The choices: new time, new place, cancel.
    Menu,
    NewTime,
    NewPlace,
    NewTopic,
    NewAgenda,
    /// Ask whether to cancel.
    Cancel,
    /// Cancelling confirmed.
    ConfirmCancel,
    /// Ask whether to cancel this one and the rest of its series.
    CancelSeries,
    ConfirmCancelSeries,
}

/// Making an invitation: the role, then the programme, then (trainees) the
/// cohort, an existing one or a new one to be named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteStep {
    ChooseRole,
    ChooseProgramme(Role),
    ChooseCohort(Role, String),
    Create(Role, String, Option<i64>),
    NameCohort(Role, String),
    /// A page of a programme's cohorts.
    CohortPage(Role, String, u16),
    /// Leave without making an invitation.
    Cancel,
}

/// A button in the new-gathering flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanStep {
    /// For one cohort (by id).
    ForCohort(i64),
    /// For the mentors of a programme.
    ForMentors(String),
    /// For everyone in a programme.
    ForProgramme(String),
    /// How long, in minutes.
    Duration(u32),
    /// No agenda.
    NoAgenda,
    /// How many months (1: once).
    Months(u32),
    Confirm,
    Cancel,
    /// A page of the audiences to choose from.
    Audiences(u16),
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
            Action::ContactFor(programme) => format!("c|{programme}"),
            Action::AskAbout(programme) => format!("j|{programme}"),
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
            Action::ClosePosition(id, false) => format!("x|{id}"),
            Action::ClosePosition(id, true) => format!("x|{id}|y"),
            Action::SaveAlert(filter) => format!("s|{}", encode_filter(filter)),
            Action::DeleteAlert(id) => format!("r|{id}"),
            Action::ChooseLanguage => "l".to_owned(),
            Action::SetLanguage(lang) => format!("l|{}", lang.code()),
            Action::SetEasyRead(easy) => if *easy { "l|easy" } else { "l|plain" }.to_owned(),
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
            Action::Gatherings => "g".to_owned(),
            Action::Rsvp(id, coming) => format!("g|{id}|{}", if *coming { 'y' } else { 'n' }),
            Action::Calendar(id) => format!("i|{id}"),
            Action::Attendance(id) => format!("t|{id}"),
            Action::MarkAttendance { gathering, person, came } => {
                format!("t|{gathering}|{person}|{}", if *came { 'y' } else { 'n' })
            }
            Action::Manage(id, step) => {
                let step = match step {
                    ManageStep::Menu => '-',
                    ManageStep::NewTime => 't',
                    ManageStep::NewPlace => 'p',
                    ManageStep::NewTopic => 'o',
                    ManageStep::NewAgenda => 'a',
                    ManageStep::Cancel => 'x',
                    ManageStep::ConfirmCancel => 'y',
                    ManageStep::CancelSeries => 's',
                    ManageStep::ConfirmCancelSeries => 'z',
                };
                format!("k|{id}|{step}")
            }
            Action::ToggleLead(lead) => format!("m|{}", lead.map_or("-", Lead::code)),
            Action::Invite(step) => match step {
                InviteStep::ChooseRole => "v".to_owned(),
                InviteStep::Cancel => "v|-".to_owned(),
                InviteStep::ChooseProgramme(role) => format!("v|{}", role_letter(*role)),
                InviteStep::ChooseCohort(role, programme) => format!("v|{}|{programme}", role_letter(*role)),
                InviteStep::Create(role, programme, cohort) => {
                    let cohort = cohort.map_or("-".to_owned(), |id| id.to_string());
                    format!("v|{}|{programme}|{cohort}", role_letter(*role))
                }
                InviteStep::NameCohort(role, programme) => format!("v|{}|{programme}|+", role_letter(*role)),
                InviteStep::CohortPage(role, programme, page) => {
                    format!("v|{}|{programme}|p|{page}", role_letter(*role))
                }
            },
            Action::Link { trainee, mentor } => match (trainee, mentor) {
                (Some(trainee), Some(mentor)) => format!("n|{trainee}|{mentor}"),
                (Some(trainee), None) => format!("n|{trainee}"),
                _ => "n".to_owned(),
            },
            Action::LinkPage(page) => format!("n|p|{page}"),
            Action::GatheringsPage(manage, page) => format!("g|p|{}|{page}", if *manage { 'm' } else { 'a' }),
            Action::Plan(step) => match step {
                PlanStep::ForCohort(id) => format!("w|c|{id}"),
                PlanStep::ForMentors(programme) => format!("w|m|{programme}"),
                PlanStep::ForProgramme(programme) => format!("w|p|{programme}"),
                PlanStep::Duration(minutes) => format!("w|d|{minutes}"),
                PlanStep::NoAgenda => "w|s".to_owned(),
                PlanStep::Months(months) => format!("w|r|{months}"),
                PlanStep::Confirm => "w|y".to_owned(),
                PlanStep::Cancel => "w|x".to_owned(),
                PlanStep::Audiences(page) => format!("w|a|{page}"),
            },
            Action::WriteTo(id) => format!("u|{id}"),
            Action::StopWriting => "u".to_owned(),
            Action::Flag(send) => format!("q|{}", if *send { 'y' } else { 'n' }),
            Action::Broadcast(step) => match step {
                BroadcastStep::Audience(audience) => format!("b|a|{}", audience.code()),
                BroadcastStep::Test => "b|t".to_owned(),
                BroadcastStep::Later => "b|l".to_owned(),
                BroadcastStep::Urgent => "b|u".to_owned(),
                BroadcastStep::Discard => "b|d".to_owned(),
                BroadcastStep::Confirm => "b|y".to_owned(),
                BroadcastStep::CancelRunning(id) => format!("b|c|{id}"),
                BroadcastStep::ConfirmCancel(id) => format!("b|k|{id}"),
                BroadcastStep::KeepRunning => "b|g".to_owned(),
                BroadcastStep::Audiences(page) => format!("b|p|{page}"),
                BroadcastStep::Translate(lang) => format!("b|v|{}", lang.code()),
            },
            Action::Answer(id) => format!("h|{id}"),
            Action::AnswerConcern(id) => format!("h|c|{id}"),
            Action::InboxPage(page) => format!("h|p|{page}"),
            Action::Forget(yes) => format!("z|{}", if *yes { 'y' } else { 'n' }),
            Action::Privacy(step) => match step {
                PrivacyStep::Details => "z|d",
                PrivacyStep::MyData => "z|m",
                PrivacyStep::Forget => "z|f",
            }
            .to_owned(),
            Action::Menu => "menu".to_owned(),
            Action::Roles(step) => match step {
                RolesStep::Menu => "y".to_owned(),
                RolesStep::Page(page) => format!("y|p|{page}"),
                RolesStep::Remove(id) => format!("y|r|{id}"),
                RolesStep::ConfirmRemove(id) => format!("y|R|{id}"),
                RolesStep::Revoke(code) => format!("y|i|{code}"),
                RolesStep::ConfirmRevoke(code) => format!("y|I|{code}"),
            },
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
            ["c", id] if is_valid_id(id) => Action::ContactFor((*id).to_owned()),
            ["j", id] if is_valid_id(id) => Action::AskAbout((*id).to_owned()),
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
            ["x", id] => Action::ClosePosition(positive(id)?, false),
            ["x", id, "y"] => Action::ClosePosition(positive(id)?, true),
            ["s", filter @ ..] => Action::SaveAlert(decode_filter(filter)?),
            ["r", id] => Action::DeleteAlert(positive(id)?),
            ["l"] => Action::ChooseLanguage,
            ["l", "easy"] => Action::SetEasyRead(true),
            ["l", "plain"] => Action::SetEasyRead(false),
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
            ["g"] => Action::Gatherings,
            ["g", id, "y"] => Action::Rsvp(positive(id)?, true),
            ["g", id, "n"] => Action::Rsvp(positive(id)?, false),
            ["i", id] => Action::Calendar(positive(id)?),
            ["t", id] => Action::Attendance(positive(id)?),
            ["t", gathering, person, came] => Action::MarkAttendance {
                gathering: positive(gathering)?,
                person: positive(person)?,
                came: match *came {
                    "y" => true,
                    "n" => false,
                    _ => return None,
                },
            },
            ["k", id, step] => Action::Manage(
                positive(id)?,
                match *step {
                    "-" => ManageStep::Menu,
                    "t" => ManageStep::NewTime,
                    "p" => ManageStep::NewPlace,
                    "o" => ManageStep::NewTopic,
                    "a" => ManageStep::NewAgenda,
                    "x" => ManageStep::Cancel,
                    "y" => ManageStep::ConfirmCancel,
                    "s" => ManageStep::CancelSeries,
                    "z" => ManageStep::ConfirmCancelSeries,
                    _ => return None,
                },
            ),
            ["m", "-"] => Action::ToggleLead(None),
            ["m", code] => Action::ToggleLead(Some(Lead::parse(code)?)),
            ["v"] => Action::Invite(InviteStep::ChooseRole),
            ["v", "-"] => Action::Invite(InviteStep::Cancel),
            ["v", role] => Action::Invite(InviteStep::ChooseProgramme(parse_role(role)?)),
            ["v", role, programme] if is_valid_id(programme) => {
                Action::Invite(InviteStep::ChooseCohort(parse_role(role)?, (*programme).to_owned()))
            }
            ["v", role, programme, cohort] if is_valid_id(programme) => {
                let (role, programme) = (parse_role(role)?, (*programme).to_owned());
                Action::Invite(match *cohort {
                    "+" => InviteStep::NameCohort(role, programme),
                    "-" => InviteStep::Create(role, programme, None),
                    id => InviteStep::Create(role, programme, Some(positive(id)?)),
                })
            }
            ["n", "p", page] => Action::LinkPage(page.parse().ok()?),
            ["g", "p", "m", page] => Action::GatheringsPage(true, page.parse().ok()?),
            ["g", "p", "a", page] => Action::GatheringsPage(false, page.parse().ok()?),
            ["w", "a", page] => Action::Plan(PlanStep::Audiences(page.parse().ok()?)),
            ["b", "p", page] => Action::Broadcast(BroadcastStep::Audiences(page.parse().ok()?)),
            ["v", role, programme, "p", page] if is_valid_id(programme) => Action::Invite(
                InviteStep::CohortPage(parse_role(role)?, (*programme).to_owned(), page.parse().ok()?),
            ),
            ["n"] => Action::Link { trainee: None, mentor: None },
            ["n", trainee] => Action::Link { trainee: Some(positive(trainee)?), mentor: None },
            ["n", trainee, mentor] => {
                Action::Link { trainee: Some(positive(trainee)?), mentor: Some(positive(mentor)?) }
            }
            ["w", "c", id] => Action::Plan(PlanStep::ForCohort(positive(id)?)),
            ["w", "m", programme] if is_valid_id(programme) => {
                Action::Plan(PlanStep::ForMentors((*programme).to_owned()))
            }
            ["w", "p", programme] if is_valid_id(programme) => {
                Action::Plan(PlanStep::ForProgramme((*programme).to_owned()))
            }
            ["w", "d", minutes] => Action::Plan(PlanStep::Duration(
                minutes.parse().ok().filter(|m| (1..=MAX_MINUTES).contains(m))?,
            )),
            ["w", "s"] => Action::Plan(PlanStep::NoAgenda),
            ["w", "r", months] => {
                Action::Plan(PlanStep::Months(months.parse().ok().filter(|m| (1..=MAX_SERIES).contains(m))?))
            }
            ["w", "y"] => Action::Plan(PlanStep::Confirm),
            ["w", "x"] => Action::Plan(PlanStep::Cancel),
            ["u", id] => Action::WriteTo(positive(id)?),
            ["u"] => Action::StopWriting,
            ["q", "y"] => Action::Flag(true),
            ["q", "n"] => Action::Flag(false),
            ["b", "a", audience] => {
                Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::parse(audience)?))
            }
            ["b", "t"] => Action::Broadcast(BroadcastStep::Test),
            ["b", "l"] => Action::Broadcast(BroadcastStep::Later),
            ["b", "u"] => Action::Broadcast(BroadcastStep::Urgent),
            ["b", "d"] => Action::Broadcast(BroadcastStep::Discard),
            ["b", "y"] => Action::Broadcast(BroadcastStep::Confirm),
            ["b", "c", id] => Action::Broadcast(BroadcastStep::CancelRunning(positive(id)?)),
            ["b", "k", id] => Action::Broadcast(BroadcastStep::ConfirmCancel(positive(id)?)),
            ["b", "g"] => Action::Broadcast(BroadcastStep::KeepRunning),
            // Bokmål is the message itself, never a translation.
            ["b", "v", code] => {
                Action::Broadcast(BroadcastStep::Translate(Lang::parse(code).filter(|l| *l != Lang::Nb)?))
            }
            ["h", id] => Action::Answer(positive(id)?),
            ["h", "c", id] => Action::AnswerConcern(positive(id)?),
            ["h", "p", page] => Action::InboxPage(page.parse().ok()?),
            ["z", "y"] => Action::Forget(true),
            ["z", "n"] => Action::Forget(false),
            ["z", "d"] => Action::Privacy(PrivacyStep::Details),
            ["z", "m"] => Action::Privacy(PrivacyStep::MyData),
            ["z", "f"] => Action::Privacy(PrivacyStep::Forget),
            ["menu"] => Action::Menu,
            ["y"] => Action::Roles(RolesStep::Menu),
            ["y", "p", page] => Action::Roles(RolesStep::Page(page.parse().ok()?)),
            ["y", "r", id] => Action::Roles(RolesStep::Remove(positive(id)?)),
            ["y", "R", id] => Action::Roles(RolesStep::ConfirmRemove(positive(id)?)),
            ["y", "i", code] if looks_like_code(code) => Action::Roles(RolesStep::Revoke((*code).to_owned())),
            ["y", "I", code] if looks_like_code(code) => {
                Action::Roles(RolesStep::ConfirmRevoke((*code).to_owned()))
            }
            _ => return None,
        };
        Some(action)
    }
}

/// The longest gathering, in minutes (a day).
const MAX_MINUTES: u32 = 1440;

fn role_letter(role: Role) -> char {
    match role {
        Role::Trainee => 't',
        Role::Mentor => 'm',
        Role::Coordinator => 'c',
    }
}

fn parse_role(letter: &str) -> Option<Role> {
    Role::ALL.into_iter().find(|role| letter.len() == 1 && letter.starts_with(role_letter(*role)))
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
            Action::ClosePosition(i64::MAX, false),
            Action::ClosePosition(i64::MAX, true),
            Action::SaveAlert(widest_filter()),
            Action::DeleteAlert(i64::MAX),
            Action::ChooseLanguage,
        ];
        actions.extend(Lang::ALL.map(Action::SetLanguage));
        actions.extend([Action::SetEasyRead(true), Action::SetEasyRead(false)]);
        for choice in [
            CheckChoice::Answer(Answer::Yes),
            CheckChoice::Answer(Answer::No),
            CheckChoice::Answer(Answer::NotSure),
            CheckChoice::Back,
            CheckChoice::Cancel,
        ] {
            actions.push(Action::Check(CheckPress { check: u32::MAX, step: u8::MAX, choice }));
        }
        let programme = "x".repeat(MAX_ID_LEN);
        actions.extend([
            Action::Gatherings,
            Action::Rsvp(i64::MAX, true),
            Action::Rsvp(1, false),
            Action::Calendar(i64::MAX),
            Action::Attendance(i64::MAX),
            Action::MarkAttendance { gathering: i64::MAX, person: i64::MAX, came: true },
            Action::MarkAttendance { gathering: 1, person: 2, came: false },
            Action::ToggleLead(None),
            Action::Invite(InviteStep::ChooseRole),
            Action::Invite(InviteStep::Cancel),
            Action::Invite(InviteStep::ChooseProgramme(Role::Coordinator)),
            Action::Invite(InviteStep::ChooseCohort(Role::Trainee, programme.clone())),
            Action::Invite(InviteStep::Create(Role::Trainee, programme.clone(), Some(i64::MAX))),
            Action::Invite(InviteStep::Create(Role::Mentor, programme.clone(), None)),
            Action::Invite(InviteStep::NameCohort(Role::Trainee, programme.clone())),
            Action::Link { trainee: None, mentor: None },
            Action::Link { trainee: Some(i64::MAX), mentor: None },
            Action::Link { trainee: Some(i64::MAX), mentor: Some(i64::MAX) },
            Action::Plan(PlanStep::ForCohort(i64::MAX)),
            Action::Plan(PlanStep::ForMentors(programme.clone())),
            Action::Plan(PlanStep::ForProgramme(programme)),
            Action::Plan(PlanStep::Duration(MAX_MINUTES)),
            Action::Plan(PlanStep::NoAgenda),
            Action::Plan(PlanStep::Months(MAX_SERIES)),
            Action::Plan(PlanStep::Confirm),
            Action::Plan(PlanStep::Cancel),
            Action::WriteTo(i64::MAX),
            Action::StopWriting,
            Action::Flag(true),
            Action::Flag(false),
            Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Trainees("x".repeat(MAX_ID_LEN)))),
            Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Cohort(i64::MAX))),
            Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Everyone)),
            Action::Broadcast(BroadcastStep::Test),
            Action::Broadcast(BroadcastStep::Later),
            Action::Broadcast(BroadcastStep::Urgent),
            Action::Broadcast(BroadcastStep::Discard),
            Action::Broadcast(BroadcastStep::Confirm),
            Action::Broadcast(BroadcastStep::CancelRunning(i64::MAX)),
            Action::Broadcast(BroadcastStep::ConfirmCancel(i64::MAX)),
            Action::Broadcast(BroadcastStep::KeepRunning),
            Action::Broadcast(BroadcastStep::Translate(Lang::Nn)),
            Action::Broadcast(BroadcastStep::Translate(Lang::En)),
            Action::Answer(i64::MAX),
            Action::AnswerConcern(i64::MAX),
            Action::Forget(true),
            Action::Forget(false),
            Action::Privacy(PrivacyStep::Details),
            Action::Privacy(PrivacyStep::MyData),
            Action::Privacy(PrivacyStep::Forget),
            Action::Menu,
            Action::ContactFor("x".repeat(MAX_ID_LEN)),
            Action::AskAbout("x".repeat(MAX_ID_LEN)),
            Action::Roles(RolesStep::Menu),
            Action::LinkPage(u16::MAX),
            Action::InboxPage(u16::MAX),
            Action::Roles(RolesStep::Page(u16::MAX)),
            Action::GatheringsPage(true, u16::MAX),
            Action::GatheringsPage(false, 0),
            Action::Plan(PlanStep::Audiences(u16::MAX)),
            Action::Broadcast(BroadcastStep::Audiences(u16::MAX)),
            Action::Invite(InviteStep::CohortPage(Role::Trainee, "x".repeat(MAX_ID_LEN), u16::MAX)),
            Action::Roles(RolesStep::Remove(i64::MAX)),
            Action::Roles(RolesStep::ConfirmRemove(i64::MAX)),
            Action::Roles(RolesStep::Revoke("abcdefghjkmn".into())),
            Action::Roles(RolesStep::ConfirmRevoke("abcdefghjkmn".into())),
        ]);
        actions.extend(Lead::ALL.map(|lead| Action::ToggleLead(Some(lead))));
        for step in [
            ManageStep::Menu,
            ManageStep::NewTime,
            ManageStep::NewPlace,
            ManageStep::NewTopic,
            ManageStep::NewAgenda,
            ManageStep::Cancel,
            ManageStep::ConfirmCancel,
            ManageStep::CancelSeries,
            ManageStep::ConfirmCancelSeries,
        ] {
            actions.push(Action::Manage(i64::MAX, step));
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
            "1c|UPPER",
            "1j|",
            "1y|r|-1",
            "1y|i|not a code",
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
            "1g|0|y",
            "1g|5|maybe",
            "1g|5",
            "1i|-1",
            "1t|x",
            "1k|5|q",
            "1m|5d",
            "1v|x",
            "1v|tm",
            "1v|t|BAD",
            "1v|t|oslo-reserved|0",
            "1v|t|oslo-reserved|abc",
            "1n|0",
            "1n|5|-1",
            "1w|c|0",
            "1w|d|0",
            "1w|d|1441",
            "1w|r|37",
            "1w|r|0",
            "1w|q",
            "1u|0",
            "1u|x",
            "1q",
            "1q|maybe",
            "1b|a|all",
            "1b|a|cohort:0",
            "1b|c|0",
            "1b|v|nb",
            "1b|v|de",
            "1b|z",
            "1h|0",
            "1h|c|0",
            "1h|c|x",
            "1z|maybe",
        ] {
            assert_eq!(Action::parse(data), None, "{data:?} should not parse");
        }
    }
}
