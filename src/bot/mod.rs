//! Telegram transport: the dptree schema, commands, callback data, keyboards
//! and one handler module per journey. Handlers are thin: parse, call domain
//! and store, render.

mod alerts;
mod attendance;
mod broadcast;
mod broadcasts;
mod callbacks;
pub mod commands;
mod contact;
mod eligibility;
mod fallback;
mod flag;
mod gatherings;
mod import;
mod inbox;
mod invite;
mod language;
mod link;
mod mentoring;
mod menu;
mod plan;
mod positions;
mod privacy;
mod programmes;
mod refusals;
mod reminders;
mod roles;
mod router;

mod stats;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;
use teloxide::prelude::*;
use teloxide::RequestError;

use crate::config::{Config, Mentoring, Retention};
use crate::domain::clock::Clock;
use crate::domain::limits::Limits;
use crate::domain::members::Role;
use crate::domain::Answers;
use crate::i18n::{I18n, Tr};
use crate::services::{Actor, Services};
use crate::store::{Store, StoreError};
use crate::telegram::dialogues::{DialogueState, DialogueStore};

pub use commands::register_commands;
pub use positions::render_list as render_positions_page;
pub use router::schema;

/// What a handler can fail with; logged by the dispatcher's error handler.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("Telegram request failed: {0}")]
    Telegram(#[from] RequestError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A coordinator's action by someone who is not (or no longer) one.
    #[error("not a coordinator")]
    NotCoordinator,
}

type HandlerResult = Result<(), BotError>;

/// Shared, read-only application state handed to every handler: the
/// actions with their store, texts, catalogue, clock and operators (reached
/// through it as `app.store` and so on), and what only the bot needs.
pub struct AppState {
    pub services: Services,
    pub mentoring: Mentoring,
    pub retention: Retention,
    /// How much each person may ask of the bot (checked before the handlers).
    pub limits: std::sync::Mutex<Limits>,
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.services
    }
}

/// Which commands a person has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Everyone who has not joined with an invitation.
    Applicant,
    /// A trainee or mentor.
    Member(Role),
    /// Named as a coordinator of an organisation in the settings, or joined
    /// as one.
    Coordinator,
    /// In COORDINATOR_IDS: acts for every organisation.
    Operator,
}

impl AppState {
    /// The state for the settings `config`, on `store`, with time from `clock`.
    pub fn new(config: &Config, store: Store, i18n: Arc<I18n>, clock: Arc<dyn Clock>) -> AppState {
        AppState {
            services: Services::new(config, store, i18n, clock),
            mentoring: config.mentoring,
            retention: config.retention,
            limits: std::sync::Mutex::new(Limits::new(config.rate_limit)),
        }
    }

    /// The coordinator acting in this update (let through as one by the
    /// router or the buttons' gate; refused if their role went meanwhile).
    pub async fn acting(&self, user_id: i64) -> Result<Actor, BotError> {
        self.actor(user_id).await?.ok_or(BotError::NotCoordinator)
    }

    /// What to do with an update of `user_id` at `now`, by the rate limit.
    pub fn rate(&self, user_id: i64, now: chrono::DateTime<chrono::Utc>) -> crate::domain::limits::Verdict {
        self.limits.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take(user_id, now)
    }

    /// Whether `user_id` may try another invitation code now (counts it).
    pub fn may_try_code(&self, user_id: i64) -> bool {
        self.limits
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .try_code(user_id, self.clock.now())
    }

    /// Whether `user_id` may do coordinator tasks.
    pub async fn is_coordinator(&self, user_id: i64) -> Result<bool, StoreError> {
        Ok(self.actor(user_id).await?.is_some())
    }

    /// What `user_id` is to the bot.
    pub async fn standing(&self, user_id: i64) -> Result<Standing, StoreError> {
        if self.coordinator_ids.contains(&user_id) {
            return Ok(Standing::Operator);
        }
        if self.organisations.naming_coordinator(user_id).is_some() {
            return Ok(Standing::Coordinator);
        }
        Ok(match self.store.member(user_id).await?.map(|m| m.role) {
            Some(Role::Coordinator) => Standing::Coordinator,
            Some(role) => Standing::Member(role),
            None => Standing::Applicant,
        })
    }
}

/// Per-update context: who is writing, where, and in which language to
/// answer. Read from the update once, so that later filters need not copy
/// the whole message to learn the chat.
#[derive(Clone)]
pub struct Ctx {
    pub user_id: i64,
    /// The chat the update belongs to, if any.
    pub chat_id: Option<ChatId>,
    /// Whether that chat is a private chat with the bot.
    pub in_private_chat: bool,
    pub tr: Tr,
}

/// The state of an unfinished flow, kept in the dialogues table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    #[default]
    Idle,
    /// An eligibility check in progress; `check` identifies its buttons.
    Eligibility { check: u32, answers: Answers },
    /// A coordinator is asked for the name of a new cohort to invite to.
    /// `prompt` is the message that asks, whose Back and Cancel buttons
    /// go once the invitation is made.
    CohortName {
        programme: String,
        #[serde(default)]
        prompt: Option<i32>,
    },
    /// A coordinator is planning a gathering.
    Plan(plan::Draft),
    /// A coordinator is asked for a gathering's new time or place.
    ChangeGathering { id: i64, what: gatherings::Change },
    /// A trainee or mentor is writing to `to` (their mentor or trainee).
    Writing { to: i64 },
    /// Asked for a concern to raise with the coordinators.
    FlagText,
    /// A concern waiting for Send or Cancel.
    FlagConfirm { text: String },
    /// A coordinator is preparing a broadcast.
    Broadcast(broadcast::Draft),
    /// The next message is a question for the coordinators of
    /// `organisation`, about `programme` if one was chosen. (A stored
    /// `Asking` of an older release does not read back: the person starts
    /// /ask again.)
    Asking { organisation: String, programme: Option<String> },
    /// A coordinator's next message answers this question.
    Answering { question: i64 },
    /// A coordinator's next message answers this concern.
    AnsweringConcern { concern: i64 },
}

impl DialogueState for State {
    /// A running eligibility check holds answers about disability that are
    /// not to be kept: it is never written to the database.
    fn memory_only(&self) -> bool {
        matches!(self, State::Eligibility { .. })
    }
}

/// The dialogue storage type the schema uses.
pub type StateStore = DialogueStore<State>;
type StateDialogue = Dialogue<State, StateStore>;
