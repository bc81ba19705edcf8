//! The handler tree: which handler an update goes to. Commands and buttons
//! are dispatched here, so that the journeys' modules need not know each
//! other.

use std::sync::Arc;

use std::ops::ControlFlow;

use dptree::di::DependencyMap;
use dptree::{HandlerDescription, HandlerSignature};
use teloxide::dispatching::{DpHandlerDescription, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::UpdateKind;

use super::commands::{Command, Who};
use super::{
    alerts, broadcast, broadcasts, callbacks, contact, eligibility, fallback, flag, gatherings, import,
    inbox, invite, language, link, mentoring, menu, plan, positions, privacy, programmes, reminders, roles,
    stats, AppState, BotError, Ctx, HandlerResult, State, StateDialogue, StateStore,
};
use crate::domain::limits::Verdict;
use crate::domain::outbox::Payload;
use crate::i18n::Tr;
use crate::store::QueuedMessage;
use crate::telegram::delivery::{self, Failure};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// The whole handler tree. Needs `Arc<AppState>` and `Arc<StateStore>` as
/// dependencies (teloxide adds `Bot` and `Me`).
///
/// The branches go from the most to the least common kind of update:
/// every branch that does not match costs a copy of the update.
pub fn schema() -> UpdateHandler<BotError> {
    dptree::entry()
        .filter_async(within_rate)
        .filter_map_async(load_context)
        .branch(message_handler())
        .branch(
            Update::filter_callback_query()
                // A press on an inline-mode message has no chat: answered all the same.
                .branch(dptree::filter(|ctx: Ctx| ctx.chat_id.is_none()).endpoint(callbacks::without_chat))
                .chain(enter_dialogue())
                .endpoint(callbacks::handle),
        )
        .branch(Update::filter_edited_message().endpoint(fallback::edited))
        .branch(Update::filter_my_chat_member().endpoint(fallback::membership))
}

fn message_handler() -> UpdateHandler<BotError> {
    Update::filter_message()
        .chain(answer_failures())
        .branch(dptree::filter(|ctx: Ctx| !ctx.in_private_chat).endpoint(fallback::not_private))
        .chain(enter_dialogue())
        .branch(dptree::entry().filter_command::<Command>().endpoint(command))
        .branch(other_messages())
        .endpoint(fallback::unexpected_message)
}

/// A message whose handling failed is answered with "something went
/// wrong, please try again", never with silence; the error goes on to the
/// log. A failure on the bot's side (a locked or full database, say) is
/// answered at once; when Telegram itself failed or asked the bot to wait
/// (5xx, the network, 429), the answer goes through the outbox, which tries
/// again until Telegram takes it. (A person who blocked the bot, 403, is not
/// written to again.)
fn answer_failures() -> UpdateHandler<BotError> {
    dptree::from_fn_with_description(
        DpHandlerDescription::entry(),
        |deps: DependencyMap, cont| async move {
            let outcome = cont(deps.clone()).await;
            if let ControlFlow::Break(Err(error)) = &outcome {
                if let (Some(bot), Some(ctx), Some(app)) =
                    (deps.try_get::<Bot>(), deps.try_get::<Ctx>(), deps.try_get::<Arc<AppState>>())
                {
                    answer_failure(&bot, &ctx, &app, error).await;
                }
            }
            outcome
        },
        // Needs nothing, provides nothing, and goes on.
        HandlerSignature::Other {
            obligations: Default::default(),
            guaranteed_outcomes: Default::default(),
            conditional_outcomes: Default::default(),
            continues: true,
        },
    )
}

async fn answer_failure(bot: &Bot, ctx: &Ctx, app: &AppState, error: &BotError) {
    let Some(chat) = ctx.chat_id else {
        return;
    };
    let text = ctx.tr.t("error-generic");
    let answered = match error {
        BotError::Store(_) => bot
            .send_text(chat, text)
            .reply_markup(keyboards::menu_only(&ctx.tr))
            .await
            .map(drop)
            .map_err(BotError::from),
        BotError::Telegram(request)
            if matches!(delivery::classify(request), Failure::Transient(_) | Failure::TooManyRequests(_)) =>
        {
            let later = QueuedMessage {
                chat_id: chat.0,
                payload: Payload::text(text),
                due_at: app.clock.now(),
                dedupe_key: None,
            };
            app.store.enqueue(&later).await.map(drop).map_err(BotError::from)
        }
        _ => Ok(()),
    };
    if let Err(error) = answered {
        tracing::warn!(%error, "could not say that handling a message failed");
    }
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
        .branch(dptree::case![State::Asking { organisation, programme }].endpoint(inbox::question))
        .branch(dptree::case![State::Answering { question }].endpoint(inbox::answer_from_inbox))
        .branch(dptree::case![State::AnsweringConcern { concern }].endpoint(flag::answer_from_inbox))
        .branch(dptree::filter_map_async(inbox::question_of).endpoint(inbox::reply))
        .branch(dptree::filter_map_async(flag::concern_of).endpoint(flag::reply))
        .branch(dptree::filter_map_async(mentoring::route_of).endpoint(mentoring::reply))
        .branch(dptree::case![State::Writing { to }].endpoint(mentoring::message_while_writing))
        .branch(dptree::filter(|msg: Message| msg.document().is_some()).endpoint(import::document))
        .branch(
            dptree::case![State::Eligibility { check, answers }].endpoint(eligibility::remind_to_use_buttons),
        )
        .branch(dptree::case![State::CohortName { programme, prompt }].endpoint(invite::cohort_name))
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

/// One person's flood does not hold up others: an update over the
/// person's limit goes no further. The first one is answered with a polite
/// notice (a button press always is, so its spinner stops).
async fn within_rate(update: Update, bot: Bot, app: Arc<AppState>) -> bool {
    let Some(user) = update.from() else {
        return true;
    };
    let Ok(user_id) = i64::try_from(user.id.0) else {
        return true;
    };
    let verdict = app.rate(user_id, app.clock.now());
    if verdict == Verdict::Allowed {
        return true;
    }
    let lang = match app.store.profile(user_id).await {
        Ok(profile) => profile.language(user.language_code.as_deref()),
        Err(_) => crate::domain::Lang::from_telegram_hint(user.language_code.as_deref()),
    };
    let notice = Tr::new(app.i18n.clone(), lang).t("flood-slow-down");
    let sent = match &update.kind {
        UpdateKind::CallbackQuery(query) => {
            bot.answer_callback_query(query.id.clone()).text(notice).show_alert(true).await.map(drop)
        }
        _ if verdict == Verdict::FirstRefusal => match update.chat() {
            Some(chat) => bot.send_text(chat.id, notice).await.map(drop),
            None => Ok(()),
        },
        _ => Ok(()),
    };
    if let Err(error) = sent {
        tracing::warn!(%error, "could not tell someone over the rate limit");
    }
    tracing::info!(?verdict, "an update over the person's rate limit was dropped");
    false
}

/// Loads the person's profile once per update; updates without a person
/// (channel posts and the like) go no further.
async fn load_context(update: Update, app: Arc<AppState>) -> Option<Ctx> {
    let user = update.from()?;
    let user_id = i64::try_from(user.id.0).ok()?;
    let hint = user.language_code.as_deref();
    let (lang, easy_read) = match app.store.profile(user_id).await {
        Ok(profile) => {
            if let Err(error) = app.store.seen(user_id, app.clock.now()).await {
                tracing::error!(%error, "could not record when the person was last seen");
            }
            (profile.language(hint), profile.easy_read)
        }
        Err(error) => {
            tracing::error!(%error, "could not load the profile; answering in the hinted language");
            (crate::domain::Lang::from_telegram_hint(hint), false)
        }
    };
    let chat = update.chat();
    Some(Ctx {
        user_id,
        chat_id: chat.map(|chat| chat.id),
        in_private_chat: chat.is_some_and(|chat| chat.is_private()),
        tr: Tr::new(app.i18n.clone(), lang).reading(easy_read),
    })
}

/// Runs a command. Any command other than /eligibility ends a running check,
/// so that no answer stays behind when the person moves on.
async fn command(
    bot: Bot,
    msg: Message,
    cmd: Command,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    state: State,
) -> HandlerResult {
    if state != State::Idle && cmd != Command::Eligibility {
        dialogue.exit().await?;
    }
    let chat = msg.chat.id;
    let who = cmd.who();
    if matches!(who, Who::Coordinators | Who::Operators) && !who.includes(app.standing(ctx.user_id).await?) {
        let key = if who == Who::Operators { "roles-operators-only" } else { "coordinators-only" };
        bot.send_text(chat, ctx.tr.t(key)).reply_markup(keyboards::menu_only(&ctx.tr)).await?;
        return Ok(());
    }
    match cmd {
        Command::Start(code) => menu::start(&bot, &msg, &ctx, &app, code.trim()).await,
        Command::Help => menu::help(&bot, chat, &ctx.tr, app.standing(ctx.user_id).await?).await,
        Command::Eligibility => eligibility::start(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Programmes => programmes::list(&bot, chat, &ctx.tr, &app).await,
        Command::Positions => positions::command(&bot, chat, &ctx.tr, &app).await,
        Command::Alerts => alerts::command(&bot, chat, &ctx, &app).await,
        Command::Contact => contact::contact(&bot, chat, &ctx, &app).await,
        Command::Language => language::offer(&bot, chat, &ctx.tr).await,
        Command::Privacy => privacy::summary(&bot, chat, &ctx.tr).await,
        Command::Gatherings => gatherings::command(&bot, chat, &ctx, &app).await,
        Command::Reminders => reminders::command(&bot, chat, &ctx, &app).await,
        Command::Invite => invite::command(&bot, chat, &ctx, &app).await,
        Command::NewGathering => plan::command(&bot, chat, &ctx, &app, 0).await,
        Command::Attendance => {
            gatherings::choose(&bot, chat, &ctx, &app, gatherings::Pick::Attendance, 0).await
        }
        Command::Link => link::choose_trainee(&bot, chat, &ctx, &app, 0).await,
        Command::Broadcast => broadcast::command(&bot, chat, &ctx, &app, 0).await,
        Command::Broadcasts => broadcasts::list(&bot, chat, &ctx, &app).await,
        Command::Stats => stats::command(&bot, chat, &ctx, &app).await,
        Command::MyData => privacy::mydata(&bot, chat, &ctx, &app).await,
        Command::Forget => privacy::ask(&bot, chat, &ctx).await,
        Command::Ask => inbox::command(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Roles => roles::menu(&bot, chat, &ctx, &app, 0).await,
        Command::Inbox => inbox::inbox(&bot, chat, &ctx, &app, 0).await,
        Command::Mentor => mentoring::mentor(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Trainees => mentoring::trainees(&bot, chat, &ctx, &app).await,
        Command::Flag => flag::command(&bot, chat, &ctx, &app, &dialogue).await,
    }
}
