//! /positions: open positions, a few per page, narrowed by a filter, and one
//! page per position.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{refusals, AppState, BotError, Ctx, HandlerResult};
use crate::domain::positions::{AlertFilter, Employment, Extent, Filter};
use crate::i18n::{date_in_words, position_summary, Tr};
use crate::services::{Actor, Outcome};
use crate::telegram::callback::{Action, Facet};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// How many positions one page shows.
pub const PAGE_SIZE: u32 = 5;
/// How many employers the employer filter offers.
const MAX_EMPLOYERS: u32 = 30;

/// Where a list or menu goes: a new message, or the one pressed on.
type Target = (ChatId, Option<MessageId>);

async fn show(
    bot: &Bot,
    (chat, message): Target,
    text: String,
    buttons: InlineKeyboardMarkup,
) -> HandlerResult {
    match message {
        Some(id) => bot.edit_text(chat, id, text).reply_markup(buttons).await?,
        None => bot.send_text(chat, text).reply_markup(buttons).await?,
    };
    Ok(())
}

/// Shows page `page` of the open positions that pass `filter`. Returns a
/// notice when the page no longer exists (the last one is shown instead).
pub async fn list(
    bot: &Bot,
    target: Target,
    tr: &Tr,
    app: &AppState,
    page: u16,
    filter: &Filter,
) -> Result<Option<String>, BotError> {
    let (text, buttons, notice) = render_list(tr, app, page, filter).await?;
    show(bot, target, text, buttons).await?;
    Ok(notice)
}

/// The text and buttons of a page of positions (what [`list`] sends), and
/// the notice for a page that no longer exists.
pub async fn render_list(
    tr: &Tr,
    app: &AppState,
    page: u16,
    filter: &Filter,
) -> Result<(String, InlineKeyboardMarkup, Option<String>), BotError> {
    let today = app.clock.today_in_oslo();
    let mut notice = None;
    let mut page = u32::from(page);
    let (mut positions, total) = app.store.open_positions(today, filter, page * PAGE_SIZE, PAGE_SIZE).await?;
    let last_page = total.saturating_sub(1) / PAGE_SIZE;
    if positions.is_empty() && total > 0 {
        notice = Some(tr.t("positions-page-gone"));
        page = last_page;
        positions = app.store.open_positions(today, filter, page * PAGE_SIZE, PAGE_SIZE).await?.0;
    }
    let filter_rows = filter_buttons(tr, filter);
    if positions.is_empty() {
        let text = if filter.is_empty() {
            tr.t("positions-none")
        } else {
            let described = describe_filter(tr, app, filter).await?;
            tr.with("positions-none-filtered", &[("filter", described.into())])
        };
        let mut rows = filter_rows;
        rows.push(vec![keyboards::button(tr.t("menu-programmes"), Action::Programmes)]);
        return Ok((text, InlineKeyboardMarkup::new(rows), notice));
    }
    let first = page * PAGE_SIZE + 1;
    let last = first + positions.len() as u32 - 1;
    let mut text =
        tr.with("positions-heading", &[("from", first.into()), ("to", last.into()), ("total", total.into())]);
    if !filter.is_empty() {
        let described = describe_filter(tr, app, filter).await?;
        text.push('\n');
        text.push_str(&tr.with("positions-filter-active", &[("filter", described.into())]));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    for (offset, stored) in positions.iter().enumerate() {
        let number = first + offset as u32;
        text.push_str(&format!("\n\n{number}. {}", position_summary(tr, &stored.position)));
        let label = format!("{number}. {}", stored.position.title);
        rows.push(vec![keyboards::button(label, Action::Position(stored.id))]);
    }
    let mut navigation = Vec::new();
    let to_page = |page: u32| Action::Positions(page as u16, filter.clone());
    if page > 0 {
        navigation.push(keyboards::button(tr.t("positions-previous"), to_page(page - 1)));
    }
    if page < last_page {
        navigation.push(keyboards::button(tr.t("positions-next"), to_page(page + 1)));
    }
    if !navigation.is_empty() {
        rows.push(navigation);
    }
    rows.extend(filter_rows);
    Ok((text, InlineKeyboardMarkup::new(rows), notice))
}

/// "Filter", "Remove the filter" (when a filter is on) and "Tell me about
/// new positions like these".
fn filter_buttons(tr: &Tr, filter: &Filter) -> Vec<Vec<InlineKeyboardButton>> {
    let mut rows =
        vec![vec![keyboards::button(tr.t("positions-filter"), Action::FilterMenu(None, filter.clone()))]];
    if !filter.is_empty() {
        rows.push(vec![keyboards::button(
            tr.t("positions-filter-clear"),
            Action::Positions(0, Filter::default()),
        )]);
    }
    rows.push(vec![keyboards::button(tr.t("alerts-save"), Action::SaveAlert(filter.clone()))]);
    rows
}

/// `filter` as an alert filter: the employer by name, not by position.
pub async fn alert_filter(app: &AppState, filter: &Filter) -> Result<AlertFilter, BotError> {
    let employer = match filter.employer_of {
        Some(id) => app.store.position(id).await?.map(|stored| stored.position.employer),
        None => None,
    };
    Ok(AlertFilter {
        programme: filter.programme.clone(),
        employment: filter.employment,
        extent: filter.extent,
        employer,
    })
}

async fn describe_filter(tr: &Tr, app: &AppState, filter: &Filter) -> Result<String, BotError> {
    Ok(describe(tr, app, &alert_filter(app, filter).await?))
}

/// A filter in words, e.g. "Oslo: reserverte stillinger, Heltid"; empty when
/// it lets everything through.
pub fn describe(tr: &Tr, app: &AppState, filter: &AlertFilter) -> String {
    let mut parts = Vec::new();
    if let Some(programme) = filter.programme.as_deref().and_then(|id| app.catalogue.programme(id)) {
        parts.push(programme.short_name.get(tr.lang()).to_owned());
    }
    if let Some(employment) = filter.employment {
        parts.push(employment_name(tr, employment));
    }
    if let Some(extent) = filter.extent {
        parts.push(extent_name(tr, extent));
    }
    parts.extend(filter.employer.clone());
    parts.join(", ")
}

fn employment_name(tr: &Tr, employment: Employment) -> String {
    tr.with("positions-employment", &[("kind", employment.code().into())])
}

/// "full time", "part time, 60 percent", or "part time" when the ad gives no percent.
fn extent_words(tr: &Tr, percent: Option<u8>) -> String {
    let percent = percent.map_or_else(|| "none".into(), fluent_bundle::FluentValue::from);
    tr.with("positions-extent", &[("percent", percent)])
}

fn extent_name(tr: &Tr, extent: Extent) -> String {
    tr.t(match extent {
        Extent::FullTime => "positions-full-time",
        Extent::PartTime => "positions-part-time",
    })
}

/// The filter menu (no facet), or the choices of one facet. Each choice shows
/// the first page under the changed filter.
pub async fn filter_menu(
    bot: &Bot,
    target: Target,
    tr: &Tr,
    app: &AppState,
    facet: Option<Facet>,
    filter: &Filter,
) -> HandlerResult {
    let choose = |label: String, change: &dyn Fn(&mut Filter)| {
        let mut changed = filter.clone();
        change(&mut changed);
        keyboards::button(label, Action::Positions(0, changed))
    };
    let Some(facet) = facet else {
        let facets = [
            ("positions-facet-programme", Facet::Programme),
            ("positions-facet-employment", Facet::Employment),
            ("positions-facet-extent", Facet::Extent),
            ("positions-facet-employer", Facet::Employer),
        ];
        let mut buttons: Vec<_> = facets
            .into_iter()
            .map(|(label, facet)| {
                keyboards::button(tr.t(label), Action::FilterMenu(Some(facet), filter.clone()))
            })
            .collect();
        buttons.push(keyboards::button(tr.t("positions-filter-show"), Action::Positions(0, filter.clone())));
        return show(bot, target, tr.t("positions-filter-choose"), keyboards::column(buttons)).await;
    };
    let (text, mut buttons) = match facet {
        Facet::Programme => {
            let buttons = app.catalogue.programmes.iter().map(|programme| {
                let id = programme.id.clone();
                choose(programme.short_name.get(tr.lang()).to_owned(), &move |f| {
                    f.programme = Some(id.clone())
                })
            });
            (tr.t("positions-choose-programme"), buttons.collect::<Vec<_>>())
        }
        Facet::Employment => {
            let buttons = Employment::ALL
                .into_iter()
                .map(|kind| choose(employment_name(tr, kind), &move |f| f.employment = Some(kind)));
            (tr.t("positions-choose-employment"), buttons.collect())
        }
        Facet::Extent => {
            let buttons = [Extent::FullTime, Extent::PartTime]
                .into_iter()
                .map(|extent| choose(extent_name(tr, extent), &move |f| f.extent = Some(extent)));
            (tr.t("positions-choose-extent"), buttons.collect())
        }
        Facet::Employer => {
            let employers = app.store.open_employers(app.clock.today_in_oslo(), MAX_EMPLOYERS).await?;
            let buttons =
                employers.into_iter().map(|(id, name)| choose(name, &move |f| f.employer_of = Some(id)));
            (tr.t("positions-choose-employer"), buttons.collect())
        }
    };
    buttons.push(choose(tr.t("positions-any"), &move |f| match facet {
        Facet::Programme => f.programme = None,
        Facet::Employment => f.employment = None,
        Facet::Extent => f.extent = None,
        Facet::Employer => f.employer_of = None,
    }));
    buttons.push(keyboards::button(tr.t("positions-filter-back"), Action::FilterMenu(None, filter.clone())));
    show(bot, target, text, keyboards::column(buttons)).await
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
    coordinator: Option<Actor>,
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
            ("employment", employment_name(tr, p.employment).into()),
            ("extent", extent_words(tr, p.extent_percent).into()),
            ("deadline", date_in_words(tr, p.deadline).into()),
            ("programme", programme.map_or(p.programme.as_str(), |pr| pr.name.get(lang)).into()),
            ("how_to_apply", programme.map_or("", |pr| pr.how_to_apply.get(lang)).into()),
        ],
    );
    if !p.description.is_empty() {
        text = text.replacen("\n\n", &format!("\n\n{}\n\n", p.description), 1);
    }
    if let Some(changed) = p.feed_changed {
        text = format!(
            "{text}\n\n{}",
            tr.with("positions-from-feed", &[("date", date_in_words(tr, changed).into())])
        );
    }
    let mut rows = Vec::new();
    if let Ok(url) = p.url.parse() {
        rows.push(vec![InlineKeyboardButton::url(tr.t("positions-open-ad"), url)]);
    }
    rows.push(vec![keyboards::button(tr.t("positions-all"), Action::Positions(0, Filter::default()))]);
    // Only a coordinator who may close it is offered to.
    if coordinator.is_some_and(|actor| actor.scope.covers_programme(&app.catalogue, &p.programme)) {
        rows.push(vec![keyboards::button(tr.t("positions-close"), Action::ClosePosition(stored.id, false))]);
    }
    bot.send_text(chat, text).reply_markup(InlineKeyboardMarkup::new(rows)).await?;
    Ok(None)
}

/// /positions: the first page, unfiltered, as a new message.
pub async fn command(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    list(bot, (chat, None), tr, app, 0, &Filter::default()).await?;
    Ok(())
}

/// Asks a coordinator whether to close position `id` (it cannot be undone
/// in the bot; an ad from NAV's feed reopens it only when the ad changes).
pub async fn ask_close(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let Some(stored) = app.store.position(id).await?.filter(|s| !s.closed) else {
        return Ok(Some(tr.t("positions-closed")));
    };
    let actor = app.acting(ctx.user_id).await?;
    if let Err(refusal) = app.services.ensure_programme(&actor, &stored.position.programme) {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    let text = tr.with("positions-close-ask", &[("title", stored.position.title.as_str().into())]);
    let buttons = keyboards::column([
        keyboards::button(tr.t("positions-close-yes"), Action::ClosePosition(id, true)),
        keyboards::button(tr.t("positions-close-no"), Action::Position(id)),
    ]);
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(None)
}

/// Closes position `id` once the coordinator said yes; the question turns
/// into the answer, with the menu as the next step.
pub async fn close(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    match app.services.close_position(&app.acting(ctx.user_id).await?, id).await.refused()? {
        Ok(_) => {
            bot.edit_text(chat, message, tr.t("positions-closed-now"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            Ok(None)
        }
        Err(refusal) => Ok(Some(refusals::words(tr, &refusal))),
    }
}
