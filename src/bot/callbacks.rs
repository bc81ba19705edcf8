//! Button presses. Every callback query is answered, so the spinner stops,
//! even when the data is forged or handling fails.

use std::sync::Arc;

use teloxide::prelude::*;

use super::callback::Action;
use super::{
    alerts, eligibility, language, menu, positions, programmes, AppState, BotError, Ctx, HandlerResult,
    State, StateDialogue,
};

/// Handles a press and always answers the callback query.
pub async fn handle(
    bot: Bot,
    query: CallbackQuery,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    state: State,
) -> HandlerResult {
    let outcome = act(&bot, &query, &ctx, &app, &dialogue, state).await;
    let notice = match &outcome {
        Ok(notice) => notice.clone(),
        Err(_) => Some(ctx.tr.t("error-generic")),
    };
    let mut answer = bot.answer_callback_query(query.id.clone());
    if let Some(text) = notice {
        answer = answer.text(text);
    }
    answer.await?;
    outcome.map(drop)
}

/// Does what the button says; returns a short notice to show, if any.
async fn act(
    bot: &Bot,
    query: &CallbackQuery,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    state: State,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let action = query.data.as_deref().and_then(Action::parse);
    let (Some(action), Some(message)) = (action, query.regular_message()) else {
        return Ok(Some(tr.t("button-unknown")));
    };
    let chat = message.chat.id;
    // Moving on to anything else ends a running check, so no answer stays behind.
    let check_continues = matches!(action, Action::Check(_) | Action::StartCheck);
    if state != State::Idle && !check_continues {
        dialogue.exit().await?;
    }
    match action {
        Action::StartCheck => eligibility::start(bot, chat, ctx, app, dialogue).await?,
        Action::Programmes => programmes::list(bot, chat, tr, app).await?,
        Action::Programme(id) => return programmes::page(bot, chat, tr, app, &id).await,
        Action::Contact => menu::contact(bot, chat, tr, app).await?,
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
            return positions::detail(bot, chat, tr, app, id, app.is_coordinator(ctx.user_id)).await
        }
        Action::SaveAlert(filter) => return Ok(Some(alerts::save(ctx, app, &filter).await?)),
        Action::DeleteAlert(id) => {
            return Ok(Some(alerts::delete(bot, (chat, message.id), ctx, app, id).await?))
        }
        Action::ClosePosition(id) => {
            if !app.is_coordinator(ctx.user_id) {
                return Ok(Some(tr.t("positions-close-not-coordinator")));
            }
            let closed = app.store.close_position(id).await?;
            return Ok(Some(tr.t(if closed { "positions-closed-now" } else { "positions-closed" })));
        }
        Action::ChooseLanguage => language::offer(bot, chat, tr).await?,
        Action::SetLanguage(lang) => language::set(bot, chat, message.id, ctx.user_id, tr, app, lang).await?,
        Action::Check(press) => {
            return eligibility::press(bot, (chat, message.id), tr, app, dialogue, state, press).await
        }
    }
    Ok(None)
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
