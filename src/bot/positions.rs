//! /positions: open positions, a few per page, and one page per position.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::Action;
use super::{keyboards, AppState, BotError, HandlerResult};
use crate::i18n::{date_in_words, Tr};

/// How many positions one page shows.
pub const PAGE_SIZE: u32 = 5;

/// Shows page `page` of the open positions, editing `message` when given.
/// Returns a notice when the page no longer exists (the last one is shown).
pub async fn list(
    bot: &Bot,
    chat: ChatId,
    message: Option<MessageId>,
    tr: &Tr,
    app: &AppState,
    page: u16,
) -> Result<Option<String>, BotError> {
    let today = app.clock.today_in_oslo();
    let mut notice = None;
    let (mut positions, total) =
        app.store.open_positions(today, u32::from(page) * PAGE_SIZE, PAGE_SIZE).await?;
    let last_page = total.saturating_sub(1) / PAGE_SIZE;
    let mut page = u32::from(page);
    if positions.is_empty() && total > 0 {
        notice = Some(tr.t("positions-page-gone"));
        page = last_page;
        positions = app.store.open_positions(today, page * PAGE_SIZE, PAGE_SIZE).await?.0;
    }
    let (text, buttons) = if positions.is_empty() {
        let buttons = keyboards::column([keyboards::button(tr.t("menu-programmes"), Action::Programmes)]);
        (tr.t("positions-none"), buttons)
    } else {
        let first = page * PAGE_SIZE + 1;
        let mut text = tr.with(
            "positions-heading",
            &[
                ("from", first.into()),
                ("to", (first + positions.len() as u32 - 1).into()),
                ("total", total.into()),
            ],
        );
        let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
        for (offset, stored) in positions.iter().enumerate() {
            let number = first + offset as u32;
            let p = &stored.position;
            let deadline = tr.with("positions-deadline", &[("date", date_in_words(tr, p.deadline).into())]);
            text.push_str(&format!("\n\n{number}. {}\n{}, {}\n{deadline}", p.title, p.employer, p.place));
            rows.push(vec![keyboards::button(format!("{number}. {}", p.title), Action::Position(stored.id))]);
        }
        let mut navigation = Vec::new();
        if page > 0 {
            navigation
                .push(keyboards::button(tr.t("positions-previous"), Action::Positions((page - 1) as u16)));
        }
        if page < last_page {
            navigation.push(keyboards::button(tr.t("positions-next"), Action::Positions((page + 1) as u16)));
        }
        if !navigation.is_empty() {
            rows.push(navigation);
        }
        (text, InlineKeyboardMarkup::new(rows))
    };
    match message {
        Some(id) => bot.edit_message_text(chat, id, text).reply_markup(buttons).await?,
        None => bot.send_message(chat, text).reply_markup(buttons).await?,
    };
    Ok(notice)
}

/// One position's page; coordinators also get a button to close it. Returns
/// a notice when it is closed or past its deadline (a button from an old
/// message).
pub async fn detail(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    id: i64,
    coordinator: bool,
) -> Result<Option<String>, BotError> {
    let stored = app.store.position(id).await?;
    let Some(stored) = stored.filter(|s| s.is_open(app.clock.today_in_oslo())) else {
        return Ok(Some(tr.t("positions-closed")));
    };
    let p = &stored.position;
    let lang = tr.lang();
    let programme = app.catalogue.programme(&p.programme);
    let mut text = tr.with(
        "positions-detail",
        &[
            ("title", p.title.as_str().into()),
            ("employer", p.employer.as_str().into()),
            ("place", p.place.as_str().into()),
            ("employment", tr.with("positions-employment", &[("kind", p.employment.code().into())]).into()),
            ("extent", tr.with("positions-extent", &[("percent", p.extent_percent.into())]).into()),
            ("deadline", date_in_words(tr, p.deadline).into()),
            ("programme", programme.map_or(p.programme.as_str(), |pr| pr.name.get(lang)).into()),
            ("how_to_apply", programme.map_or("", |pr| pr.how_to_apply.get(lang)).into()),
        ],
    );
    if !p.description.is_empty() {
        text = text.replacen("\n\n", &format!("\n\n{}\n\n", p.description), 1);
    }
    let mut rows = Vec::new();
    if let Ok(url) = p.url.parse() {
        rows.push(vec![InlineKeyboardButton::url(tr.t("positions-open-ad"), url)]);
    }
    rows.push(vec![keyboards::button(tr.t("positions-all"), Action::Positions(0))]);
    if coordinator {
        rows.push(vec![keyboards::button(tr.t("positions-close"), Action::ClosePosition(stored.id))]);
    }
    bot.send_message(chat, text).reply_markup(InlineKeyboardMarkup::new(rows)).await?;
    Ok(None)
}

/// /positions: the first page as a new message.
pub async fn command(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    list(bot, chat, None, tr, app, 0).await?;
    Ok(())
}
