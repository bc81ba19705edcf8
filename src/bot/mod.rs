//! Telegram transport: the dptree schema, commands, callback data, keyboards
//! and one handler module per journey. Handlers are thin: parse, call domain
//! and store, render.

mod alerts;
mod broadcast;
mod broadcast_status;
pub mod callback;
mod callbacks;
pub mod commands;
mod eligibility;
mod fallback;
mod flag;
mod gatherings;
mod import;
mod inbox;
mod invite;
mod keyboards;
mod language;
mod link;
mod mentoring;
mod menu;
mod plan;
mod positions;
mod privacy;
mod programmes;
mod reminders;
pub(crate) mod send;
mod stats;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::RequestError;

use crate::config::{Contact, Mentoring, Retention};
use crate::domain::clock::Clock;
use crate::domain::members::Role;
use crate::domain::{Answers, Catalogue, Lang};
use crate::gatherings::Notices;
use crate::i18n::{I18n, Tr};
use crate::store::{DialogueState, DialogueStore, Store, StoreError};

pub use broadcast_status::broadcast_status;
pub use commands::register_commands;
pub use invite::{invitation_detail, invitation_link};
pub use positions::render_list as render_positions_page;

/// What a handler can fail with; logged by the dispatcher's error handler.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("Telegram request failed: {0}")]
    Telegram(#[from] RequestError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

type HandlerResult = Result<(), BotError>;

/// Shared, read-only application state handed to every handler.
pub struct AppState {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub catalogue: Catalogue,
    pub contact: Contact,
    pub clock: Arc<dyn Clock>,
    /// Telegram user ids of the coordinators (COORDINATOR_IDS).
    pub coordinator_ids: Vec<i64>,
    /// Reminders and change notices about gatherings.
    pub notices: Notices,
    pub mentoring: Mentoring,
    pub retention: Retention,
}

/// Which commands a person has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Everyone who has not joined with an invitation.
    Applicant,
    /// A trainee or mentor.
    Member(Role),
    /// In COORDINATOR_IDS or joined as a coordinator.
    Coordinator,
}

impl AppState {
    /// Whether `user_id` may do coordinator tasks.
    pub async fn is_coordinator(&self, user_id: i64) -> Result<bool, StoreError> {
        Ok(self.coordinator_ids.contains(&user_id) || self.store.is_member_coordinator(user_id).await?)
    }

    /// Who hears about a programme's troubles (relays that failed, concerns
    /// raised, questions): COORDINATOR_IDS and the coordinators who joined for
    /// that programme (every programme if `None`), each with the language to
    /// write to them in (their choice, else Bokmål).
    pub async fn coordinators_of(&self, programme: Option<&str>) -> Result<Vec<(i64, Lang)>, StoreError> {
        let mut found = Vec::new();
        for &id in &self.coordinator_ids {
            found.push((id, self.store.chosen_language(id).await?.unwrap_or(Lang::Nb)));
        }
        for member in self.store.members(Some(Role::Coordinator), programme).await? {
            if !found.iter().any(|(id, _)| *id == member.user_id) {
                found.push((member.user_id, member.language));
            }
        }
        Ok(found)
    }

    /// What `user_id` is to the bot.
    pub async fn standing(&self, user_id: i64) -> Result<Standing, StoreError> {
        if self.coordinator_ids.contains(&user_id) {
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
    CohortName { programme: String },
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
    /// The next message is a question for the coordinators.
    Asking,
    /// A coordinator's next message answers this question.
    Answering { question: i64 },
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

/// The whole handler tree. Needs `Arc<AppState>` and `Arc<StateStore>` as
/// dependencies (teloxide adds `Bot` and `Me`).
///
/// The branches go from the most to the least common kind of update:
/// every branch that does not match costs a copy of the update.
pub fn schema() -> UpdateHandler<BotError> {
    dptree::entry()
        .filter_map_async(load_context)
        .branch(message_handler())
        .branch(Update::filter_callback_query().chain(enter_dialogue()).endpoint(callbacks::handle))
        .branch(Update::filter_edited_message().endpoint(fallback::edited))
        .branch(Update::filter_my_chat_member().endpoint(fallback::membership))
}

fn message_handler() -> UpdateHandler<BotError> {
    Update::filter_message()
        .branch(dptree::filter(|ctx: Ctx| !ctx.in_private_chat).endpoint(fallback::not_private))
        .chain(enter_dialogue())
        .branch(dptree::entry().filter_command::<commands::Command>().endpoint(commands::handle))
        .branch(other_messages())
        .endpoint(fallback::unexpected_message)
}

/// Messages that are not commands, tried in this order: the step of a flow
/// that takes them, a reply to a relayed message, a file to import.
///
/// A branch of its own because dptree nests one step per branch, and an
/// update goes through every step of a level before the first branch is
/// tried: commands, the common case, would otherwise pay for all of these.
fn other_messages() -> UpdateHandler<BotError> {
    dptree::entry()
        .branch(dptree::case![State::Broadcast(draft)].endpoint(broadcast::message))
        .branch(dptree::case![State::Asking].endpoint(inbox::question))
        .branch(dptree::case![State::Answering { question }].endpoint(inbox::answer_from_inbox))
        .branch(dptree::filter_map_async(inbox::question_of).endpoint(inbox::reply))
        .branch(dptree::filter_map_async(mentoring::route_of).endpoint(mentoring::reply))
        .branch(dptree::case![State::Writing { to }].endpoint(mentoring::message_while_writing))
        .branch(dptree::filter(|msg: Message| msg.document().is_some()).endpoint(import::document))
        .branch(
            dptree::case![State::Eligibility { check, answers }].endpoint(eligibility::remind_to_use_buttons),
        )
        .branch(dptree::case![State::CohortName { programme }].endpoint(invite::cohort_name))
        .branch(dptree::case![State::Plan(draft)].endpoint(plan::text))
        .branch(dptree::case![State::ChangeGathering { id, what }].endpoint(gatherings::change_text))
        .branch(dptree::case![State::FlagText].endpoint(flag::text))
        .branch(dptree::case![State::FlagConfirm { text }].endpoint(flag::use_buttons))
}

/// Injects the chat's dialogue and its current state. Unlike teloxide's
/// `enter_dialogue`, it does not write the default state for every chat.
fn enter_dialogue() -> UpdateHandler<BotError> {
    dptree::filter_map(|storage: Arc<StateStore>, ctx: Ctx| Some(StateDialogue::new(storage, ctx.chat_id?)))
        .filter_map_async(|dialogue: StateDialogue| async move {
            match dialogue.get().await {
                Ok(state) => Some(state.unwrap_or_default()),
                Err(error) => {
                    tracing::error!(%error, "could not read the dialogue state");
                    None
                }
            }
        })
}

/// Loads the person's profile once per update; updates without a person
/// (channel posts and the like) go no further.
async fn load_context(update: Update, app: Arc<AppState>) -> Option<Ctx> {
    let user = update.from()?;
    let user_id = i64::try_from(user.id.0).ok()?;
    let hint = user.language_code.as_deref();
    let lang = match app.store.profile(user_id).await {
        Ok(profile) => {
            if let Err(error) = app.store.seen(user_id, app.clock.now()).await {
                tracing::error!(%error, "could not record when the person was last seen");
            }
            profile.language(hint)
        }
        Err(error) => {
            tracing::error!(%error, "could not load the profile; answering in the hinted language");
            crate::domain::Lang::from_telegram_hint(hint)
        }
    };
    let chat = update.chat();
    Some(Ctx {
        user_id,
        chat_id: chat.map(|chat| chat.id),
        in_private_chat: chat.is_some_and(|chat| chat.is_private()),
        tr: Tr::new(app.i18n.clone(), lang),
    })
}
