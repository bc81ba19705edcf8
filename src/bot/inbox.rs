//! /ask hands a question over to the coordinators; a coordinator answers by
//! replying (or from /inbox), and the answer reaches the asker. The question
//! is copied, never stored; only who asked, in which language and when.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Europe::Oslo;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::{contact, refusals};
use super::{AppState, BotError, Ctx, HandlerResult, Standing, State, StateDialogue};
use crate::domain::members::{clean_name, Role};
use crate::domain::organisations::{Hours, Organisation};
use crate::domain::outbox::{DedupeKey, Part, Payload};
use crate::i18n::{clock_time, stored_moment_in_words, Tr};
use crate::services::Outcome;
use crate::store::{Concern, Question, QueuedMessage};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// The most open questions /inbox reads (then it pages through them).
const READ: u32 = 1000;

/// /ask: what the person sends next goes to the coordinators of their
/// organisation; someone of none is asked first which programme it is about.
pub async fn command(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
) -> HandlerResult {
    let tr = &ctx.tr;
    match contact::own_organisation(app, ctx.user_id).await? {
        Some(organisation) => prompt(bot, chat, tr, dialogue, organisation, None).await,
        None => {
            let buttons = contact::programme_choice(tr, app, Action::AskAbout);
            bot.send_text(chat, tr.t("ask-choose-programme")).reply_markup(buttons).await?;
            Ok(())
        }
    }
}

/// "Ask about this programme" pressed.
pub async fn ask_about(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    dialogue: &StateDialogue,
    programme: String,
) -> Result<Option<String>, BotError> {
    let Some(organisation) = app.organisation_of(&programme) else {
        return Ok(Some(tr.t("button-unknown")));
    };
    prompt(bot, chat, tr, dialogue, organisation, Some(programme)).await?;
    Ok(None)
}

async fn prompt(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    dialogue: &StateDialogue,
    organisation: &Organisation,
    programme: Option<String>,
) -> HandlerResult {
    dialogue.update(State::Asking { organisation: organisation.id.clone(), programme }).await?;
    let name = organisation.name.get(tr.lang());
    bot.send_text(chat, tr.with("ask-prompt", &[("organisation", name.into())])).await?;
    Ok(())
}

/// The question: copied to every coordinator after a header saying who
/// asked and in which language.
pub async fn question(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    (organisation, programme): (String, Option<String>),
) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    dialogue.exit().await?;
    let member = app.store.member(ctx.user_id).await?;
    let role = member.as_ref().map_or("applicant", |m| m.role.code());
    let name = clean_name(msg.from.as_ref().map_or("", |user| user.first_name.as_str()));
    let now = app.clock.now();
    let mut deliveries = Vec::new();
    for (coordinator, lang) in app.coordinators_of(Some(&organisation)).await? {
        let coordinator_tr = Tr::new(app.i18n.clone(), lang);
        let header = coordinator_tr.with(
            "ask-header",
            &[
                ("name", name.as_str().into()),
                ("role", role.into()),
                ("language", coordinator_tr.in_lang(tr.lang()).t("language-name").into()),
            ],
        );
        let key = |part| Some(DedupeKey::Question { asker: chat.0, message: msg.id.0, coordinator, part });
        deliveries.push(QueuedMessage {
            chat_id: coordinator,
            payload: Payload::text(header),
            due_at: now,
            dedupe_key: key(Part::Header),
        });
        let copy = Payload::Copy { from_chat_id: chat.0, message_id: msg.id.0, if_undeliverable: Vec::new() };
        deliveries.push(QueuedMessage {
            chat_id: coordinator,
            payload: copy,
            due_at: now,
            dedupe_key: key(Part::Copy),
        });
    }
    if deliveries.is_empty() {
        bot.send_text(chat, tr.t("flag-no-coordinator")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let programme = programme.or_else(|| member.map(|m| m.programme).filter(|p| !p.is_empty()));
    let programme = programme.as_deref();
    app.store
        .patiently(|| app.store.ask(ctx.user_id, tr.lang(), programme, &organisation, &deliveries, now))
        .await?;
    let mut answer = tr.t("ask-sent");
    let hours =
        app.organisations.get(&organisation).map(|o| o.answering_hours.as_slice()).unwrap_or_default();
    if let Some(next) = outside_hours(hours, now) {
        answer.push_str("\n\n");
        answer.push_str(&next_meeting_words(tr, next));
    }
    bot.send_text(chat, answer).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}

/// When the coordinators next answer, if `now` is outside the answering
/// hours (`None` inside them, or when no hours are configured).
pub fn outside_hours(hours: &[Hours], now: DateTime<Utc>) -> Option<DateTime<chrono_tz::Tz>> {
    let local = now.with_timezone(&Oslo);
    let inside =
        hours.iter().any(|h| h.day == local.weekday() && h.from <= local.time() && local.time() < h.to);
    if inside || hours.is_empty() {
        return None;
    }
    (0..8)
        .flat_map(|days| {
            let date = (local + Duration::days(days)).date_naive();
            hours.iter().filter(move |h| h.day == date.weekday()).map(move |h| date.and_time(h.from))
        })
        .filter_map(|start| start.and_local_timezone(Oslo).earliest())
        .filter(|start| *start > local)
        .min()
}

fn next_meeting_words(tr: &Tr, next: DateTime<chrono_tz::Tz>) -> String {
    let weekday = next.weekday().to_string().to_lowercase();
    tr.with("ask-outside-hours", &[("day", weekday.into()), ("time", clock_time(tr, next.time()).into())])
}

/// Whether a coordinator's message replies to a question delivered to them.
pub async fn question_of(msg: Message, app: Arc<AppState>) -> Option<i64> {
    let replied = msg.reply_to_message()?;
    match app.store.question_route(msg.chat.id.0, replied.id.0).await {
        Ok(found) => found,
        Err(error) => {
            tracing::error!(%error, "could not look up a reply's question");
            None
        }
    }
}

/// A reply to a question: the answer goes to the asker.
pub async fn reply(bot: Bot, msg: Message, ctx: Ctx, app: Arc<AppState>, question: i64) -> HandlerResult {
    send_answer(&bot, &msg, &ctx, &app, question).await
}

/// A message while answering from /inbox.
pub async fn answer_from_inbox(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    question: i64,
) -> HandlerResult {
    dialogue.exit().await?;
    send_answer(&bot, &msg, &ctx, &app, question).await
}

async fn send_answer(bot: &Bot, msg: &Message, ctx: &Ctx, app: &AppState, id: i64) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let Some(actor) = app.actor(ctx.user_id).await? else {
        bot.send_text(chat, tr.t("coordinators-only")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    };
    if let Err(refusal) = app.services.answer_question(&actor, id, msg.id.0).await.refused()? {
        bot.send_text(chat, refusals::words(tr, &refusal)).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    bot.send_text(chat, tr.with("ask-answered", &[("id", id.into())]))
        .reply_markup(keyboards::menu_only(tr))
        .await?;
    Ok(())
}

/// How many questions and concerns one page of /inbox shows (each is a
/// message of its own, or two).
const INBOX_PAGE: usize = 5;

/// Something waiting for a coordinator's answer.
enum Waiting {
    Question(Question),
    Concern(Concern),
}

impl Waiting {
    /// When it came (a stored instant: they sort as text).
    fn at(&self) -> &str {
        match self {
            Waiting::Question(question) => &question.asked_at,
            Waiting::Concern(concern) => &concern.raised_at,
        }
    }
}

/// /inbox: unanswered questions and concerns, oldest first, each shown with
/// its text (a question as a fresh copy from the asker's chat) and an
/// answer button.
pub async fn inbox(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState, page: u16) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let questions = app.store.open_questions(actor.scope.organisation(), READ).await?;
    let concerns = app.store.open_concerns(actor.scope.organisation(), READ).await?;
    if questions.is_empty() && concerns.is_empty() {
        bot.send_text(chat, tr.t("inbox-empty")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let counts = [("questions", questions.len().into()), ("concerns", concerns.len().into())];
    let mut waiting: Vec<Waiting> = questions.into_iter().map(Waiting::Question).collect();
    waiting.extend(concerns.into_iter().map(Waiting::Concern));
    waiting.sort_by(|a, b| a.at().cmp(b.at()));
    let nav = keyboards::PageNav::new(tr, waiting.len(), INBOX_PAGE, page, Action::InboxPage);
    bot.send_text(chat, tr.with("inbox-title", &counts)).await?;
    for item in waiting.iter().skip(nav.page * INBOX_PAGE).take(INBOX_PAGE) {
        match item {
            Waiting::Question(question) => show_question(bot, chat, tr, app, question).await?,
            Waiting::Concern(concern) => {
                let button =
                    keyboards::button(tr.t("inbox-answer-concern"), Action::AnswerConcern(concern.id));
                let text = describe_concern(tr, app, concern).await?;
                bot.send_text(chat, text).reply_markup(keyboards::column([button])).await?;
            }
        }
    }
    if let Some(line) = nav.line {
        bot.send_text(chat, line).reply_markup(InlineKeyboardMarkup::new([nav.buttons])).await?;
    }
    Ok(())
}

/// A question: who asked and when, then the question itself under its
/// answer button (a fresh copy; one the asker deleted is said to be gone).
async fn show_question(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    question: &Question,
) -> HandlerResult {
    let id = question.id;
    let button = || {
        let label = tr.with("inbox-answer", &[("id", id.into())]);
        keyboards::column([keyboards::button(label, Action::Answer(id))])
    };
    bot.send_text(chat, describe(tr, app, question).await?).await?;
    if let Some((from, message)) = app.store.question_message(id).await? {
        match bot.copy_message(chat, ChatId(from), MessageId(message)).reply_markup(button()).await {
            Ok(_) => return Ok(()),
            Err(error) => tracing::info!(%error, question = id, "could not copy the question again"),
        }
    }
    bot.send_text(chat, tr.with("inbox-question-gone", &[("id", id.into())])).reply_markup(button()).await?;
    Ok(())
}

/// Who asked a question, in which language and when.
async fn describe(tr: &Tr, app: &AppState, question: &Question) -> Result<String, BotError> {
    let role = match app.standing(question.asker).await? {
        Standing::Member(Role::Trainee) => "trainee",
        Standing::Member(_) => "mentor",
        Standing::Coordinator | Standing::Operator => "coordinator",
        Standing::Applicant => "applicant",
    };
    let asked = stored_moment_in_words(tr, &question.asked_at);
    Ok(tr.with(
        "inbox-item",
        &[
            ("id", question.id.into()),
            ("role", role.into()),
            ("language", tr.in_lang(question.language).t("language-name").into()),
            ("asked", asked.into()),
        ],
    ))
}

/// A concern in words: who raised it, when, and its text while it is kept.
async fn describe_concern(tr: &Tr, app: &AppState, concern: &Concern) -> Result<String, BotError> {
    let raised = stored_moment_in_words(tr, &concern.raised_at);
    let text = concern.text.clone().unwrap_or_else(|| tr.t("inbox-concern-text-gone"));
    let Some(member) = app.store.member(concern.raised_by).await? else {
        return Ok(tr.with("inbox-concern-left", &[("raised", raised.into()), ("text", text.into())]));
    };
    Ok(tr.with(
        "inbox-concern",
        &[
            ("role", member.role.code().into()),
            ("name", member.first_name.as_str().into()),
            ("programme", app.place_of(&member, tr.lang()).into()),
            ("cohort", member.cohort_or_none().into()),
            ("raised", raised.into()),
            ("text", text.into()),
        ],
    ))
}

/// "Answer #id" pressed: the next message goes to the asker.
pub async fn start_answer(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    id: i64,
) -> Result<Option<String>, BotError> {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let Some(question) = app.store.question(id).await? else {
        return Ok(Some(tr.t("button-unknown")));
    };
    if let Err(refusal) = app.services.ensure_organisation(&actor, question.organisation.as_deref()) {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    dialogue.update(State::Answering { question: question.id }).await?;
    bot.send_text(chat, tr.with("inbox-write-answer", &[("id", id.into())])).await?;
    Ok(None)
}
