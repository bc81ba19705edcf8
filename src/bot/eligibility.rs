//! /eligibility: a short guided check with yes / no / not sure, back and
//! cancel. The answers live only in the dialogue state and are deleted when
//! the check ends or is cancelled.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::eligibility::{assess, next_question};
use crate::domain::{Answer, Answers, Verdict};
use crate::i18n::Tr;
use crate::telegram::callback::{Action, CheckChoice, CheckPress};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// Starts a new check (replacing any unfinished one) and asks the first question.
pub async fn start(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
) -> HandlerResult {
    bot.send_text(chat, ctx.tr.t("check-intro")).await?;
    let answers = Answers::default();
    show(bot, (chat, None), &ctx.tr, app, dialogue, new_check_id(), answers).await
}

/// Shows the question that follows `answers`, editing `message` or as a new
/// message. When no question is left (or the catalogue needs none), ends the
/// check, deleting the answers, and sends the result.
async fn show(
    bot: &Bot,
    (chat, message): (ChatId, Option<MessageId>),
    tr: &Tr,
    app: &AppState,
    dialogue: &StateDialogue,
    check: u32,
    answers: Answers,
) -> HandlerResult {
    match question_view(tr, app, check, &answers) {
        Some((text, buttons)) => {
            dialogue.update(State::Eligibility { check, answers }).await?;
            match message {
                Some(id) => bot.edit_text(chat, id, text).reply_markup(buttons).await?,
                None => bot.send_text(chat, text).reply_markup(buttons).await?,
            };
        }
        None => {
            dialogue.exit().await?;
            if let Some(id) = message {
                bot.edit_text(chat, id, tr.t("check-done")).await?;
            }
            if tr.easy_read() {
                let (text, buttons) = easy_result(tr, app, &answers);
                bot.send_text(chat, text).reply_markup(buttons).await?;
            } else {
                bot.send_text(chat, result_text(tr, app, &answers)).reply_markup(result_buttons(tr)).await?;
            }
        }
    }
    Ok(())
}

/// Text or anything else sent during a check: a gentle reminder, then the
/// current question again.
pub async fn remind_to_use_buttons(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: std::sync::Arc<AppState>,
    (check, answers): (u32, Answers),
) -> HandlerResult {
    bot.send_text(msg.chat.id, ctx.tr.t("check-use-buttons")).await?;
    if let Some((text, buttons)) = question_view(&ctx.tr, &app, check, &answers) {
        bot.send_text(msg.chat.id, text).reply_markup(buttons).await?;
    }
    Ok(())
}

/// A press on a question's button. Returns a notice for presses on buttons of
/// an ended check or an earlier question; those change nothing.
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    tr: &Tr,
    app: &AppState,
    dialogue: &StateDialogue,
    state: State,
    press: CheckPress,
) -> Result<Option<String>, BotError> {
    let stale = Ok(Some(tr.t("check-stale")));
    let State::Eligibility { check, mut answers } = state else {
        return stale;
    };
    if press.check != check || usize::from(press.step) != answers.len() {
        return stale;
    }
    match press.choice {
        CheckChoice::Cancel => {
            dialogue.exit().await?;
            let buttons = keyboards::column([
                keyboards::button(tr.t("check-again"), Action::StartCheck),
                keyboards::button(tr.t("menu-back"), Action::Menu),
            ]);
            bot.edit_text(chat, message, tr.t("check-cancelled")).reply_markup(buttons).await?;
            return Ok(None);
        }
        CheckChoice::Back => {
            if !answers.pop() {
                return stale;
            }
        }
        CheckChoice::Answer(answer) => {
            let Some(question) = next_question(&app.catalogue, &answers, tr.easy_read()) else {
                return stale;
            };
            answers.push(&question.id.clone(), answer);
        }
    }
    show(bot, (chat, Some(message)), tr, app, dialogue, check, answers).await?;
    Ok(None)
}

/// The current question and its buttons, or `None` when the check is complete.
fn question_view(
    tr: &Tr,
    app: &AppState,
    check: u32,
    answers: &Answers,
) -> Option<(String, InlineKeyboardMarkup)> {
    let question = next_question(&app.catalogue, answers, tr.easy_read())?;
    let step = u8::try_from(answers.len()).unwrap_or(u8::MAX);
    let number = answers.len() + 1;
    let asked = match (&question.easy, tr.easy_read()) {
        (Some(easy), true) => easy,
        _ => &question.text,
    };
    let text =
        tr.with("check-question", &[("number", number.into()), ("question", asked.get(tr.lang()).into())]);
    let button = |label: &str, choice| {
        keyboards::button(tr.t(label), Action::Check(CheckPress { check, step, choice }))
    };
    let mut rows: Vec<Vec<InlineKeyboardButton>> = vec![
        vec![
            button("check-yes", CheckChoice::Answer(Answer::Yes)),
            button("check-no", CheckChoice::Answer(Answer::No)),
        ],
        vec![button("check-not-sure", CheckChoice::Answer(Answer::NotSure))],
    ];
    let mut last_row = Vec::new();
    if !answers.is_empty() {
        last_row.push(button("check-back", CheckChoice::Back));
    }
    last_row.push(button("check-cancel", CheckChoice::Cancel));
    rows.push(last_row);
    Some((text, InlineKeyboardMarkup::new(rows)))
}

/// The result: guidance per programme, grouped by verdict.
fn result_text(tr: &Tr, app: &AppState, answers: &Answers) -> String {
    let lang = tr.lang();
    let (mut fit, mut talk, mut no) = (String::new(), String::new(), String::new());
    for (programme, verdict) in assess(&app.catalogue, answers) {
        let name = programme.name.get(lang);
        match verdict {
            Verdict::MayFit { advice } => {
                let step = tr.with("check-next-step", &[("step", programme.next_step.get(lang).into())]);
                fit.push_str(&format!("\n\n{name}\n{step}"));
                for advice in advice {
                    fit.push_str(&format!("\n{}", advice.get(lang)));
                }
            }
            Verdict::TalkToCoordinator => talk.push_str(&format!("\n\n{name}")),
            Verdict::DoesNotFit { because } => no.push_str(&format!("\n\n{name}\n{}", because.get(lang))),
        }
    }
    let mut text = tr.t("check-result-intro");
    for (heading, section) in
        [("check-result-may-fit", fit), ("check-result-talk", talk), ("check-result-no", no)]
    {
        if !section.is_empty() {
            text.push_str(&format!("\n\n{}{section}", tr.t(heading)));
        }
    }
    text.push_str(&format!("\n\n{}", tr.t("check-result-outro")));
    text
}

/// The result in easy read: what may fit, by short name, one button per
/// programme (its page); what needs a talk; or that nothing fits now. The
/// reasons are left out; every programme's page says who it is for.
fn easy_result(tr: &Tr, app: &AppState, answers: &Answers) -> (String, InlineKeyboardMarkup) {
    let lang = tr.lang();
    let (mut fits, mut talk) = (Vec::new(), Vec::new());
    for (programme, verdict) in assess(&app.catalogue, answers) {
        match verdict {
            Verdict::MayFit { .. } => fits.push(programme),
            Verdict::TalkToCoordinator => talk.push(programme),
            Verdict::DoesNotFit { .. } => {}
        }
    }
    let mut text = String::new();
    for (heading, programmes) in [("check-easy-fits", &fits), ("check-easy-talk", &talk)] {
        if !programmes.is_empty() {
            text.push_str(&tr.t(heading));
            for programme in programmes.iter() {
                text.push_str(&format!("\n{}", programme.short_name.get(lang)));
            }
            text.push_str("\n\n");
        }
    }
    if fits.is_empty() && talk.is_empty() {
        text.push_str(&tr.t("check-easy-none"));
        text.push_str("\n\n");
    }
    text.push_str(&tr.t("check-easy-outro"));
    let pages = fits.iter().chain(&talk).map(|programme| {
        keyboards::button(programme.short_name.get(lang).to_owned(), Action::Programme(programme.id.clone()))
    });
    let next = [
        keyboards::button(tr.t("menu-contact"), Action::Contact),
        keyboards::button(tr.t("check-again"), Action::StartCheck),
    ];
    (text, keyboards::column(pages.chain(next)))
}

/// The next steps after a result, whatever it says: positions to apply for,
/// the programmes, someone to talk to, or the check again.
fn result_buttons(tr: &Tr) -> InlineKeyboardMarkup {
    keyboards::column([
        keyboards::button(tr.t("menu-positions"), Action::Positions(0, Default::default())),
        keyboards::button(tr.t("menu-programmes"), Action::Programmes),
        keyboards::button(tr.t("menu-contact"), Action::Contact),
        keyboards::button(tr.t("check-again"), Action::StartCheck),
    ])
}

/// An unpredictable id for a new check, so that buttons of an earlier check
/// are recognised as stale.
fn new_check_id() -> u32 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos(),
    );
    hasher.finish() as u32
}
