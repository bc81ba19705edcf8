//! Whole coordinator actions, called alike by the bot and the CLI. Each
//! action validates, writes, audits with one wording and queues its
//! messages; it answers with a typed result or a typed [`Refusal`] that the
//! caller words in the person's language. Nothing here knows Telegram.

pub mod alerts;
pub mod broadcasts;
mod coordinators;
pub use coordinators::Covered;
pub mod gatherings;
pub mod invitations;
pub mod links;
mod notices;
pub mod positions;
mod questions;

use std::sync::Arc;

use crate::config::Config;
use crate::domain::clock::Clock;
use crate::domain::gatherings::TimeError;
use crate::domain::organisations::{Organisations, Scope};
use crate::domain::positions::ImportError;
use crate::domain::reminders::QuietHours;
use crate::domain::Catalogue;
use crate::i18n::I18n;
use crate::store::{Store, StoreError};

/// What the actions need: the store, the texts for the messages they
/// queue, the programmes, the quiet hours and the clock. Cheap to clone.
#[derive(Clone)]
pub struct Services {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub catalogue: Catalogue,
    pub quiet: QuietHours,
    pub clock: Arc<dyn Clock>,
    /// Telegram user ids of the operators (COORDINATOR_IDS).
    pub coordinator_ids: Vec<i64>,
    pub organisations: Organisations,
    /// Whether coordinators may invite coordinators for their organisation.
    pub coordinators_invite_coordinators: bool,
    /// Whether positions come from NAV's job feed (`[feed]`).
    pub feed_configured: bool,
}

impl Services {
    /// The actions on `store`, with the settings' catalogue, quiet hours and
    /// operators, and time from `clock`.
    pub fn new(config: &Config, store: Store, i18n: Arc<I18n>, clock: Arc<dyn Clock>) -> Services {
        Services {
            store,
            i18n,
            catalogue: config.catalogue.clone(),
            quiet: config.quiet_hours,
            clock,
            coordinator_ids: config.coordinator_ids.clone(),
            organisations: config.organisations.clone(),
            coordinators_invite_coordinators: config.coordinators_invite_coordinators,
            feed_configured: config.feed.is_some(),
        }
    }
}

/// Who asks for an action, and what they may act for: a coordinator in
/// the bot (one organisation), an operator in the bot (COORDINATOR_IDS), or
/// the command line (an operator, for one organisation with
/// `--organisation`). The audit log records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The person in the bot (`None`: the command line).
    pub person: Option<i64>,
    pub scope: Scope,
    /// An operator: may make coordinator invitations and take roles back.
    pub operator: bool,
}

impl Actor {
    /// The command line, acting for `scope`.
    pub fn cli(scope: Scope) -> Actor {
        Actor { person: None, scope, operator: true }
    }
}

/// Why an action was not done. Nothing was changed or sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A time that cannot be used.
    Time(TimeError),
    /// A scheduled send time that has passed meanwhile.
    SendTimePassed,
    /// Attendance is marked once a gathering has begun.
    NotStartedYet,
    /// The person is not invited to the gathering.
    NotInvited,
    /// No gathering with this id that is not cancelled.
    NoSuchGathering(i64),
    /// A change that changes nothing.
    NothingToChange,
    /// A place, topic or agenda empty or longer than `max` characters.
    TextLength {
        max: usize,
    },
    /// A length outside `domain::gatherings::DURATION_MINUTES`.
    Duration,
    /// A series longer than `domain::gatherings::MAX_SERIES` months (or none).
    Months,
    UnknownProgramme(String),
    /// A cohort that does not exist in that programme.
    UnknownCohort,
    /// A cohort name empty or longer than `max` characters.
    CohortName {
        max: usize,
    },
    TraineeNeedsCohort,
    /// An invitation validity outside 1 to `max` days.
    InvitationDays {
        max: i64,
    },
    NotATrainee,
    NotAMentor,
    /// A trainee and a mentor of different programmes.
    OtherProgramme,
    /// An audience with nobody in it who can be reached.
    Nobody,
    /// A broadcast without text.
    EmptyMessage,
    /// A broadcast text longer than `max` characters.
    MessageTooLong {
        max: usize,
    },
    /// A broadcast that is not running (finished, cancelled or unknown).
    NotRunning,
    Import(ImportError),
    /// No question with this id.
    NoSuchQuestion(i64),
    /// No position with this id.
    NoSuchPosition(i64),
    /// It belongs to another organisation than the actor's (the programme
    /// named, where there is one).
    OtherOrganisation(Option<String>),
    /// Only operators may do this.
    OperatorsOnly,
    /// Not a member (or not of a role that can be taken back).
    NotAMember,
    /// No unused invitation with this code.
    NoSuchInvitation,
}

/// What an action can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refusal> for ActionError {
    fn from(refusal: Refusal) -> ActionError {
        ActionError::Refused(refusal)
    }
}

/// Splits an action's outcome into what the caller words (done or
/// refused) and what it cannot (a store error).
pub trait Outcome<T> {
    fn refused(self) -> Result<Result<T, Refusal>, StoreError>;
}

impl<T> Outcome<T> for Result<T, ActionError> {
    fn refused(self) -> Result<Result<T, Refusal>, StoreError> {
        match self {
            Ok(value) => Ok(Ok(value)),
            Err(ActionError::Refused(refusal)) => Ok(Err(refusal)),
            Err(ActionError::Store(error)) => Err(error),
        }
    }
}

/// A text of `1..=max` characters (after trimming), or the refusal.
fn bounded_text(text: &str, max: usize) -> Result<(), Refusal> {
    let length = text.trim().chars().count();
    if length == 0 || length > max {
        return Err(Refusal::TextLength { max });
    }
    Ok(())
}
