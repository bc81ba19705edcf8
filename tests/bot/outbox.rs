//! The outbox: what the bot accepted to send is delivered, once, at
//! Telegram's limits, through 429, 403, 5xx and a restart.

use std::time::Duration;

use chrono::Utc;
use traineebot::domain::outbox::{DedupeKey, Payload};
use traineebot::standin::{Call, Fault};
use traineebot::store::QueuedMessage;

use crate::support::TestApp;

fn text(text: &str) -> Payload {
    Payload::text(text)
}

/// Queues `payload` for `chat`; whether a row was added.
async fn enqueue(
    app: &TestApp,
    chat: i64,
    payload: &Payload,
    due_at: chrono::DateTime<Utc>,
    dedupe_key: Option<DedupeKey>,
) -> bool {
    let message = QueuedMessage { chat_id: chat, payload: payload.clone(), due_at, dedupe_key };
    app.store.enqueue(&message).await.unwrap()
}

fn sends_to(chat: i64) -> impl Fn(&Call) -> bool {
    move |c| c.method == "sendMessage" && c.params["chat_id"] == chat
}

async fn status(app: &TestApp, chat: i64) -> (String, i64, Option<String>) {
    sqlx::query_as("SELECT status, attempts, last_error FROM outbox WHERE chat_id = ?")
        .bind(chat)
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

/// Waits until the row for `chat` has `wanted` status.
async fn wait_for_status(app: &TestApp, chat: i64, wanted: &str) -> (String, i64, Option<String>) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let row = status(app, chat).await;
        if row.0 == wanted {
            return row;
        }
        assert!(tokio::time::Instant::now() < deadline, "row for {chat} stuck at {row:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_queued_message_is_delivered_once_and_recorded() {
    let app = TestApp::spawn().await;
    assert!(enqueue(&app, 601, &text("Samling i morgen"), Utc::now(), None).await);
    let (_, call) = app.wait_for_call(0, sends_to(601)).await;
    assert_eq!(call.params["text"], "Samling i morgen");
    let (state, attempts, error) = wait_for_status(&app, 601, "sent").await;
    assert_eq!((state.as_str(), attempts, error), ("sent", 0, None));
    let recorded: i64 =
        sqlx::query_scalar("SELECT sent_message_id FROM outbox").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(Some(recorded), call.result.unwrap()["message_id"].as_i64());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.api.calls().iter().filter(|c| sends_to(601)(c)).count(), 1);
}

#[tokio::test]
async fn a_dedupe_key_queues_a_message_only_once() {
    let app = TestApp::spawn().await;
    let key = DedupeKey::Reminder { gathering: 1, person: 602, lead: "7d".into() };
    assert!(enqueue(&app, 602, &text("Påminnelse"), Utc::now(), Some(key.clone())).await);
    assert!(!enqueue(&app, 602, &text("Påminnelse"), Utc::now(), Some(key)).await);
    wait_for_status(&app, 602, "sent").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.api.calls().iter().filter(|c| sends_to(602)(c)).count(), 1);
}

#[tokio::test]
async fn a_message_due_later_waits_until_it_is_due() {
    let app = TestApp::spawn().await;
    let due = Utc::now() + chrono::Duration::milliseconds(800);
    enqueue(&app, 603, &text("Senere"), due, None).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(status(&app, 603).await.0, "pending");
    let (_, call) = app.wait_for_call(0, sends_to(603)).await;
    assert!(Utc::now() >= due, "sent before it was due");
    assert_eq!(call.params["text"], "Senere");
}

#[tokio::test]
async fn a_429_is_retried_after_retry_after_without_counting_as_a_failure() {
    let app = TestApp::spawn().await;
    app.api.fail_next("sendMessage", Fault::RetryAfter(1));
    enqueue(&app, 604, &text("Hei"), Utc::now(), None).await;
    let (index, refused) = app.wait_for_call(0, sends_to(604)).await;
    assert_eq!(refused.failed_with, Some(429));
    let (_, delivered) = app.wait_for_call(index + 1, sends_to(604)).await;
    assert!(delivered.result.is_some());
    assert!(delivered.received_at.duration_since(refused.received_at) >= Duration::from_millis(950));
    assert_eq!(wait_for_status(&app, 604, "sent").await.1, 0);
}

#[tokio::test]
async fn a_person_who_blocked_the_bot_is_marked_unreachable_and_not_retried() {
    let app = TestApp::spawn().await;
    app.api.fail_next("sendMessage", Fault::Blocked);
    enqueue(&app, 605, &text("Hei"), Utc::now(), None).await;
    let row = wait_for_status(&app, 605, "unreachable").await;
    assert_eq!(row.2.as_deref(), Some("403 forbidden"));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(app.api.calls().iter().filter(|c| sends_to(605)(c)).count(), 1);
}

#[tokio::test]
async fn a_refusal_teloxide_has_no_name_for_and_a_person_who_never_started_the_bot_are_unreachable() {
    let app = TestApp::spawn().await;
    for (chat, description) in [
        (613, "Forbidden: bot was blocked by the chat owner"),
        (614, "Forbidden: bot can't initiate conversation with a user"),
    ] {
        app.api.fail_next("sendMessage", Fault::Forbidden(description));
        enqueue(&app, chat, &text("Hei"), Utc::now(), None).await;
        let (status, attempts, error) = wait_for_status(&app, chat, "unreachable").await;
        assert_eq!((status.as_str(), attempts, error.as_deref()), ("unreachable", 0, Some("403 forbidden")));
        // Unreachable is final: the one try was the only one.
        assert_eq!(app.api.calls().iter().filter(|c| sends_to(chat)(c)).count(), 1, "{description}");
    }
}

#[tokio::test]
async fn a_server_error_is_retried_with_backoff() {
    let app = TestApp::spawn().await;
    app.api.fail_next("sendMessage", Fault::ServerError);
    enqueue(&app, 606, &text("Hei"), Utc::now(), None).await;
    let (index, refused) = app.wait_for_call(0, sends_to(606)).await;
    assert_eq!(refused.failed_with, Some(500));
    let (_, delivered) = app.wait_for_call(index + 1, sends_to(606)).await;
    // teloxide gives a 5xx back only after 10 s; the 2 s backoff counts from
    // when the try began, so the retry follows at once, not 2 s later again.
    let waited = delivered.received_at.duration_since(refused.received_at);
    assert!((Duration::from_secs(10)..Duration::from_millis(11_500)).contains(&waited), "{waited:?}");
    let (_, attempts, error) = wait_for_status(&app, 606, "sent").await;
    assert_eq!((attempts, error), (1, None));
}

#[tokio::test]
async fn one_429_holds_up_its_chat_but_several_hold_up_everyone() {
    let app = TestApp::spawn().await;
    // One chat's limit: the others go on.
    app.api.fail_next("sendMessage", Fault::RetryAfter(5));
    enqueue(&app, 621, &text("Hei"), Utc::now(), None).await;
    let (_, limited) = app.wait_for_call(0, sends_to(621)).await;
    assert_eq!(limited.failed_with, Some(429));
    enqueue(&app, 622, &text("Hei"), Utc::now(), None).await;
    let (_, other) = app.wait_for_call(0, |c| sends_to(622)(c) && c.result.is_some()).await;
    assert!(other.received_at.duration_since(limited.received_at) < Duration::from_secs(4));
    let (_, again) = app.wait_for_call(0, |c| sends_to(621)(c) && c.result.is_some()).await;
    assert!(again.received_at.duration_since(limited.received_at) >= Duration::from_secs(5));

    // Three within their retry_after: the bot as a whole is limited.
    let from = app.api.call_count();
    for _ in 0..3 {
        app.api.fail_next("sendMessage", Fault::RetryAfter(3));
    }
    for chat in 623..=625 {
        enqueue(&app, chat, &text("Hei"), Utc::now(), None).await;
    }
    // Due a second later: after the three answers are in.
    enqueue(&app, 626, &text("Hei"), Utc::now() + chrono::Duration::seconds(1), None).await;
    let mut last = None;
    for chat in 623..=625 {
        last = Some(app.wait_for_call(from, |c| sends_to(chat)(c) && c.failed_with == Some(429)).await.1);
    }
    let (_, paused) = app.wait_for_call(from, |c| sends_to(626)(c) && c.result.is_some()).await;
    let waited = paused.received_at.duration_since(last.unwrap().received_at);
    assert!(waited >= Duration::from_millis(2_900), "{waited:?}");
}

#[tokio::test]
async fn a_send_is_recorded_as_soon_as_telegram_answers() {
    // One message a second: the sender waits a second before the next send.
    // What Telegram took meanwhile is recorded at once, so a crash in that
    // second would not send it again.
    let app = TestApp::spawn_with(|config| config.outbox.per_second = 1).await;
    for chat in [631, 632] {
        enqueue(&app, chat, &text("Hei"), Utc::now(), None).await;
    }
    app.wait_for_call(0, |c| sends_to(631)(c) && c.result.is_some()).await;
    wait_for_status(&app, 631, "sent").await;
    assert!(
        !app.api.calls().iter().any(|c| sends_to(632)(c)),
        "the first send was recorded only when the next one went"
    );
    wait_for_status(&app, 632, "sent").await;
}

#[tokio::test]
async fn sends_held_up_by_server_errors_do_not_hold_up_the_others() {
    let app = TestApp::spawn().await;
    // Eight sends answered 500: each comes back from teloxide only after 10 s.
    for _ in 0..8 {
        app.api.fail_next("sendMessage", Fault::ServerError);
    }
    for chat in 611..=618 {
        enqueue(&app, chat, &text("Hei"), Utc::now(), None).await;
    }
    for chat in 611..=618 {
        app.wait_for_call(0, |c| {
            c.method == "sendMessage" && c.params["chat_id"] == chat && c.failed_with == Some(500)
        })
        .await;
    }
    enqueue(&app, 619, &text("Samling i dag"), Utc::now(), None).await;
    let (_, delivered) = app.wait_for_call(0, |c| sends_to(619)(c) && c.result.is_some()).await;
    assert_eq!(delivered.params["text"], "Samling i dag");
    // The eight were still waiting for their answers when it went.
    let waiting = app
        .count("SELECT COUNT(*) FROM outbox WHERE status = 'sending' AND chat_id BETWEEN 611 AND 618")
        .await;
    assert_eq!(waiting, 8, "the ninth message waited for a 5xx to come back");
    for chat in 611..=618 {
        wait_for_status(&app, chat, "sent").await;
    }
}

#[tokio::test]
async fn two_messages_to_one_chat_are_a_second_apart_but_other_chats_are_not_held_up() {
    let app = TestApp::spawn().await;
    for (chat, body) in [(607, "første"), (607, "andre"), (608, "til en annen")] {
        enqueue(&app, chat, &text(body), Utc::now(), None).await;
    }
    let (first_index, first) = app.wait_for_call(0, sends_to(607)).await;
    let (_, other) = app.wait_for_call(0, sends_to(608)).await;
    let (_, second) = app.wait_for_call(first_index + 1, sends_to(607)).await;
    assert_eq!(
        (first.params["text"].as_str(), second.params["text"].as_str()),
        (Some("første"), Some("andre"))
    );
    assert!(second.received_at.duration_since(first.received_at) >= Duration::from_millis(950));
    assert!(other.received_at < second.received_at, "the other chat did not wait");
}

#[tokio::test]
async fn a_copy_carries_only_ids_and_arrives_as_copy_message() {
    let app = TestApp::spawn().await;
    let copy = Payload::Copy { from_chat_id: 610, message_id: 42, if_undeliverable: Vec::new() };
    enqueue(&app, 609, &copy, Utc::now(), None).await;
    let (_, call) = app.wait_for_call(0, |c| c.method == "copyMessage").await;
    assert_eq!(
        (call.params["chat_id"].as_i64(), call.params["from_chat_id"].as_i64()),
        (Some(609), Some(610))
    );
    assert_eq!(call.params["message_id"], 42);
    wait_for_status(&app, 609, "sent").await;
}

#[tokio::test]
async fn a_message_left_half_sent_by_a_crash_is_sent_again_on_start() {
    let app = TestApp::spawn().await;
    // Due far ahead, so the running sender leaves it alone...
    let later = Utc::now() + chrono::Duration::days(1);
    enqueue(&app, 611, &text("Ikke mist meg"), later, None).await;
    let app = app.restart().await;
    // ...then, as if a crash had hit mid-send: marked sending, due now (not
    // long ago, or the retention job would purge the row once sent).
    let now = Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    sqlx::query("UPDATE outbox SET status = 'sending', due_at = ?")
        .bind(now)
        .execute(app.store.pool())
        .await
        .unwrap();
    let app = app.restart().await;
    let (_, call) = app.wait_for_call(0, sends_to(611)).await;
    assert_eq!(call.params["text"], "Ikke mist meg");
    wait_for_status(&app, 611, "sent").await;
}

#[tokio::test]
async fn a_row_is_claimed_for_sending_once() {
    let app = TestApp::spawn().await;
    // The sender has started (and recovered what a stop left half-sent).
    enqueue(&app, 616, &text("Nå"), Utc::now(), None).await;
    wait_for_status(&app, 616, "sent").await;
    assert!(enqueue(&app, 615, &text("Senere"), Utc::now() + chrono::Duration::days(1), None).await);
    let id = app.count("SELECT id FROM outbox WHERE chat_id = 615").await;
    assert!(app.store.outbox_claim(id).await.unwrap());
    assert!(!app.store.outbox_claim(id).await.unwrap(), "a second sender does not get it");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sending'").await, 1);
}
