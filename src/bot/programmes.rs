//! /programmes: the list of programmes and one page per programme.

use teloxide::prelude::*;

use super::{contact, AppState, HandlerResult};
use crate::i18n::Tr;
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// The programmes, one button each.
pub async fn list(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    let lang = tr.lang();
    let mut text = tr.t("programmes-intro");
    for (number, programme) in app.catalogue.programmes.iter().enumerate() {
        let (name, summary) = (programme.name.get(lang), programme.summary.get(lang));
        text.push_str(&format!("\n\n{}. {name}\n{summary}", number + 1));
    }
    let buttons = app.catalogue.programmes.iter().map(|programme| {
        keyboards::button(programme.short_name.get(lang).to_owned(), Action::Programme(programme.id.clone()))
    });
    bot.send_text(chat, text).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// One programme's page. Returns a notice when the programme is no longer in
/// the catalogue (a button from before the operator changed it).
pub async fn page(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    id: &str,
) -> Result<Option<String>, super::BotError> {
    let Some(programme) = app.catalogue.programme(id) else {
        list(bot, chat, tr, app).await?;
        return Ok(Some(tr.t("programmes-gone")));
    };
    let lang = tr.lang();
    // The easy-read page is the programme's own easy text; one without it
    // is shown as it is.
    let easy = programme.easy.as_ref().filter(|_| tr.easy_read());
    let tr = &tr.reading(easy.is_some());
    let name = if easy.is_some() { &programme.short_name } else { &programme.name };
    let text = tr.with(
        "programmes-page",
        &[
            ("name", name.get(lang).into()),
            ("easy", easy.map_or("", |text| text.get(lang)).into()),
            ("summary", programme.summary.get(lang).into()),
            ("for_whom", programme.for_whom.get(lang).into()),
            ("gives", programme.gives.get(lang).into()),
            ("how_to_apply", programme.how_to_apply.get(lang).into()),
            ("deadlines", programme.deadlines.get(lang).into()),
            ("contact", programme.contact.get(lang).into()),
            ("year", programme.facts_from.to_string().into()),
            ("source", programme.source.as_str().into()),
        ],
    );
    // The organisation that runs it: whom to contact, in full.
    let text = match app.organisation_of(id) {
        Some(organisation) => format!("{text}\n\n{}", contact::card(tr, organisation)),
        None => text,
    };
    let buttons = keyboards::column([
        keyboards::button(tr.t("menu-eligibility"), Action::StartCheck),
        keyboards::button(tr.t("contact-ask"), Action::AskAbout(programme.id.clone())),
        keyboards::button(tr.t("programmes-all"), Action::Programmes),
    ]);
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(None)
}
