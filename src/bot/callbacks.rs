//! Button presses. Every callback query is answered, so the spinner stops,
//! even when the data is forged or handling fails.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::Me;

use super::{
    alerts, attendance, broadcast, contact, eligibility, flag, gatherings, inbox, invite, language, link,
    mentoring, menu, plan, positions, privacy, programmes, reminders, roles, AppState, BotError, Ctx,
    HandlerResult, State, StateDialogue,
};
use crate::telegram::callback::{Action, PrivacyStep};

/// Handles a press and always answers the callback query.
pub async fn handle(
    bot: Bot,
    query: CallbackQuery,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    state: State,
    me: Me,
) -> HandlerResult {
    let outcome = act(&bot, &query, &ctx, &app, &dialogue, state, &me).await;
    let notice = match &outcome {
        Ok(notice) => notice.clone(),
        Err(BotError::NotCoordinator) => Some(ctx.tr.t("coordinators-only")),
        Err(_) => Some(ctx.tr.t("error-generic")),
    };
    let outcome = match outcome {
        Err(BotError::NotCoordinator) => Ok(None),
        outcome => outcome,
    };
    // A notice is an alert the person dismisses, not a toast that vanishes
    // before a screen reader or a slow reader has it.
    let mut answer = bot.answer_callback_query(query.id.clone());
    if let Some(text) = notice {
        answer = answer.text(text).show_alert(true);
    }
    answer.await?;
    outcome.map(drop)
}

/// A press without a chat (on a message sent in inline mode, which this bot
/// never sends): answered, so the spinner stops, and nothing changes.
pub async fn without_chat(bot: Bot, query: CallbackQuery, ctx: Ctx) -> HandlerResult {
    bot.answer_callback_query(query.id).text(ctx.tr.t("button-unknown")).show_alert(true).await?;
    Ok(())
}

/// Does what the button says; returns a short notice to show, if any.
async fn act(
    bot: &Bot,
    query: &CallbackQuery,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    state: State,
    me: &Me,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let action = query.data.as_deref().and_then(Action::parse);
    let (Some(action), Some(message)) = (action, query.regular_message()) else {
        return Ok(Some(tr.t("button-unknown")));
    };
    let chat = message.chat.id;
    if !known_filter(app, &action).await? {
        return Ok(Some(tr.t("button-unknown")));
    }
    if needs_coordinator(&action) && !app.is_coordinator(ctx.user_id).await? {
        let key = match action {
            Action::ClosePosition(..) => "positions-close-not-coordinator",
            _ => "coordinators-only",
        };
        return Ok(Some(tr.t(key)));
    }
    // Moving on to anything else ends a running flow, so no answer stays behind.
    let state = if continues(&state, &action) {
        state
    } else {
        if state != State::Idle {
            dialogue.exit().await?;
        }
        State::Idle
    };
    let at = (chat, message.id);
    match action {
        Action::StartCheck => eligibility::start(bot, chat, ctx, app, dialogue).await?,
        Action::Programmes => programmes::list(bot, chat, tr, app).await?,
        Action::Programme(id) => return programmes::page(bot, chat, tr, app, &id).await,
        Action::Contact => contact::contact(bot, chat, ctx, app).await?,
        Action::ContactFor(programme) => return contact::contact_for(bot, chat, tr, app, &programme).await,
        Action::AskAbout(programme) => {
            return inbox::ask_about(bot, chat, tr, app, dialogue, programme).await
        }
        Action::Roles(step) => return roles::press(bot, at, ctx, app, step).await,
        Action::Positions(page, filter) => {
            // Paging and filtering edit the list or menu pressed on; other
            // buttons (the main menu, a position's page) open a new list.
            let edit = is_position_list(message).then_some(message.id);
            return positions::list(bot, (chat, edit), tr, app, page, &filter).await;
        }
        Action::FilterMenu(facet, filter) => {
            positions::filter_menu(bot, (chat, Some(message.id)), tr, app, facet, &filter).await?
        }
        Action::Position(id) => {
            return positions::detail(bot, chat, tr, app, id, app.actor(ctx.user_id).await?).await
        }
        Action::SaveAlert(filter) => return Ok(Some(alerts::save(ctx, app, &filter).await?)),
        Action::DeleteAlert(id) => {
            return Ok(Some(alerts::delete(bot, (chat, message.id), ctx, app, id).await?))
        }
        Action::ClosePosition(id, false) => return positions::ask_close(bot, chat, ctx, app, id).await,
        Action::ClosePosition(id, true) => return positions::close(bot, at, ctx, app, id).await,
        Action::ChooseLanguage => language::offer(bot, chat, tr).await?,
        Action::SetLanguage(lang) => language::set(bot, chat, message.id, ctx.user_id, tr, app, lang).await?,
        Action::SetEasyRead(easy) => language::set_easy_read(bot, at, ctx.user_id, tr, app, easy).await?,
        Action::Check(press) => return eligibility::press(bot, at, tr, app, dialogue, state, press).await,
        Action::Gatherings => gatherings::command(bot, chat, ctx, app).await?,
        Action::Rsvp(id, coming) => return gatherings::rsvp(bot, chat, ctx, app, id, coming).await,
        Action::Calendar(id) => return gatherings::calendar(bot, chat, ctx, app, me, id).await,
        Action::Attendance(id) => return attendance::show(bot, chat, ctx, app, id).await,
        Action::MarkAttendance { gathering, person, came } => {
            return attendance::mark(bot, at, ctx, app, (gathering, person), came).await
        }
        Action::Manage(id, step) => return gatherings::manage(bot, at, ctx, app, dialogue, id, step).await,
        Action::ToggleLead(lead) => return reminders::toggle(bot, at, ctx, app, lead).await,
        Action::Invite(step) => return invite::press(bot, at, ctx, app, dialogue, me, step).await,
        Action::InboxPage(page) => inbox::inbox(bot, chat, ctx, app, page).await?,
        Action::LinkPage(page) => link::choose_trainee(bot, chat, ctx, app, page).await?,
        Action::GatheringsPage(manage, page) => {
            let pick = if manage { gatherings::Pick::Manage } else { gatherings::Pick::Attendance };
            gatherings::choose(bot, chat, ctx, app, pick, page).await?
        }
        Action::Link { trainee, mentor } => return link::press(bot, at, ctx, app, trainee, mentor).await,
        Action::Plan(step) => return plan::press(bot, at, ctx, app, dialogue, state, step).await,
        Action::WriteTo(trainee) => return mentoring::write_to(bot, chat, ctx, app, dialogue, trainee).await,
        Action::StopWriting => mentoring::stop(bot, chat, tr, dialogue).await?,
        Action::Flag(send) => return flag::press(bot, at, ctx, app, dialogue, state, send).await,
        Action::Broadcast(step) => return broadcast::press(bot, at, ctx, app, dialogue, state, step).await,
        Action::Answer(id) => return inbox::start_answer(bot, chat, ctx, app, dialogue, id).await,
        Action::AnswerConcern(id) => return flag::start_answer(bot, chat, ctx, app, dialogue, id).await,
        Action::Forget(yes) => return privacy::press(bot, at, ctx, app, yes).await,
        Action::Privacy(PrivacyStep::Details) => privacy::details(bot, chat, tr, app).await?,
        Action::Privacy(PrivacyStep::MyData) => privacy::mydata(bot, chat, ctx, app).await?,
        Action::Privacy(PrivacyStep::Forget) => privacy::ask(bot, chat, ctx).await?,
        Action::Menu => menu::show(bot, chat, tr).await?,
    }
    Ok(None)
}

/// Whether a filter in the button names only what exists: a programme of
/// the catalogue and a position standing for its employer. A forged one is
/// answered as a button that no longer works, and changes nothing.
async fn known_filter(app: &AppState, action: &Action) -> Result<bool, BotError> {
    let (Action::Positions(_, filter) | Action::FilterMenu(_, filter) | Action::SaveAlert(filter)) = action
    else {
        return Ok(true);
    };
    if filter.programme.as_deref().is_some_and(|id| app.catalogue.programme(id).is_none()) {
        return Ok(false);
    }
    Ok(match filter.employer_of {
        Some(id) => app.store.position(id).await?.is_some(),
        None => true,
    })
}

/// Buttons only coordinators may press.
fn needs_coordinator(action: &Action) -> bool {
    matches!(
        action,
        Action::ClosePosition(..)
            | Action::Attendance(_)
            | Action::MarkAttendance { .. }
            | Action::Manage(..)
            | Action::Invite(_)
            | Action::Link { .. }
            | Action::LinkPage(_)
            | Action::InboxPage(_)
            | Action::GatheringsPage(..)
            | Action::Plan(_)
            | Action::Broadcast(_)
            | Action::Answer(_)
            | Action::AnswerConcern(_)
            | Action::Roles(_)
    )
}

/// Whether `action` carries on the flow in `state` (else the flow ends).
fn continues(state: &State, action: &Action) -> bool {
    match state {
        State::Idle => true,
        State::Eligibility { .. } => matches!(action, Action::Check(_) | Action::StartCheck),
        State::Plan(_) => matches!(action, Action::Plan(_)),
        State::FlagConfirm { .. } => matches!(action, Action::Flag(_)),
        State::Broadcast(_) => matches!(action, Action::Broadcast(_)),
        State::Writing { .. } => matches!(action, Action::StopWriting | Action::WriteTo(_)),
        State::Asking { .. } => matches!(action, Action::AskAbout(_)),
        State::CohortName { .. }
        | State::ChangeGathering { .. }
        | State::FlagText
        | State::Answering { .. }
        | State::AnsweringConcern { .. } => false,
    }
}

/// Whether `message` is a list of positions or a filter menu.
fn is_position_list(message: &Message) -> bool {
    let Some(markup) = message.reply_markup() else {
        return false;
    };
    markup.inline_keyboard.iter().flatten().any(|button| {
        matches!(&button.kind, teloxide::types::InlineKeyboardButtonKind::CallbackData(data)
            if matches!(Action::parse(data), Some(Action::Position(_) | Action::FilterMenu(..))))
    })
}
