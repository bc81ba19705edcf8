//! /contact: the right organisation's people, hours and web page. Someone
//! who belongs to an organisation sees theirs; anyone else is asked which
//! programme it is about (when more than one organisation runs them).

use teloxide::prelude::*;
use teloxide::types::InlineKeyboardMarkup;

use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::organisations::{Hours, Organisation};
use crate::i18n::{clock_time, Tr};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /contact and the menu's contact button.
pub async fn contact(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let tr = &ctx.tr;
    match own_organisation(app, ctx.user_id).await? {
        Some(organisation) => {
            let programme = first_programme(app, &organisation.id);
            send(bot, chat, tr, organisation, programme).await
        }
        None => {
            let buttons = programme_choice(tr, app, Action::ContactFor);
            bot.send_text(chat, tr.t("contact-choose-programme")).reply_markup(buttons).await?;
            Ok(())
        }
    }
}

/// The contact of the organisation that runs `programme`.
pub async fn contact_for(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    programme: &str,
) -> Result<Option<String>, BotError> {
    let Some(organisation) = app.organisation_of(programme) else {
        return Ok(Some(tr.t("button-unknown")));
    };
    send(bot, chat, tr, organisation, Some(programme.to_owned())).await?;
    Ok(None)
}

async fn send(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    organisation: &Organisation,
    programme: Option<String>,
) -> HandlerResult {
    let mut buttons = Vec::new();
    if let Some(programme) = programme {
        buttons.push(keyboards::button(tr.t("contact-ask"), Action::AskAbout(programme)));
    }
    buttons.push(keyboards::button(tr.t("menu-programmes"), Action::Programmes));
    bot.send_text(chat, card(tr, organisation)).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// The organisation that `user_id` belongs to, or the only one there is.
pub async fn own_organisation(app: &AppState, user_id: i64) -> Result<Option<&Organisation>, BotError> {
    if let [only] = app.organisations.all() {
        return Ok(Some(only));
    }
    if let Some(actor) = app.actor(user_id).await? {
        if let Some(id) = actor.scope.organisation() {
            return Ok(app.organisations.get(id));
        }
    }
    let member = app.store.member(user_id).await?;
    Ok(member.and_then(|m| m.organisation).and_then(|id| app.organisations.get(&id)))
}

/// The first programme an organisation runs (for "ask a question").
fn first_programme(app: &AppState, organisation: &str) -> Option<String> {
    app.catalogue.programmes.iter().find(|p| p.organisation == organisation).map(|p| p.id.clone())
}

/// One button per programme, for "which programme is it about?".
pub fn programme_choice(tr: &Tr, app: &AppState, action: impl Fn(String) -> Action) -> InlineKeyboardMarkup {
    keyboards::column(
        app.catalogue
            .programmes
            .iter()
            .map(|p| keyboards::button(p.short_name.get(tr.lang()).to_owned(), action(p.id.clone()))),
    )
}

/// An organisation's name, people, meeting hours and web page.
pub fn card(tr: &Tr, organisation: &Organisation) -> String {
    let mut text = organisation.name.get(tr.lang()).to_owned();
    for person in &organisation.contacts {
        text.push_str("\n\n");
        text.push_str(&tr.with(
            "contact-text",
            &[
                ("name", person.name.as_str().into()),
                ("phone", person.phone.as_str().into()),
                ("email", person.email.as_str().into()),
                ("address", person.address.as_str().into()),
            ],
        ));
    }
    text.push_str("\n\n");
    if organisation.meeting_hours.is_empty() {
        text.push_str(&tr.t("contact-no-hours"));
    } else {
        text.push_str(&tr.t("contact-hours-heading"));
        text.push_str(&hours_lines(tr, &organisation.meeting_hours));
    }
    text.push_str("\n\n");
    text.push_str(&tr.with("contact-web", &[("web", organisation.web.as_str().into())]));
    text
}

/// Hours, one line each ("tirsdag kl. 10:00–14:00"), each after a line break.
fn hours_lines(tr: &Tr, hours: &[Hours]) -> String {
    hours
        .iter()
        .map(|h| {
            let line = tr.with(
                "contact-hours-line",
                &[
                    ("day", h.day.to_string().to_lowercase().into()),
                    ("from", clock_time(tr, h.from).into()),
                    ("to", clock_time(tr, h.to).into()),
                ],
            );
            format!("\n{line}")
        })
        .collect()
}
