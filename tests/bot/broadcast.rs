//! /broadcast, /broadcasts, delivery under Telegram's limits and faults, a
//! crash in the middle, and the unhappy paths.

use std::collections::HashMap;
use std::time::Duration;

use serde_json::json;
use traineebot::domain::broadcast::BroadcastAudience;
use traineebot::domain::outbox::Payload;
use traineebot::domain::Lang;
use traineebot::standin::{Fault, RateLimits};
use traineebot::store::NewBroadcast;

use crate::gatherings::oslo;
use crate::support::{Person, Sent, TestApp};

const COORDINATOR: i64 = 5000;

/// `count` applicants (ids from `first`) who have started the bot.
async fn applicants(app: &TestApp, first: i64, count: i64) {
    for id in first..first + count {
        app.person(id, Some("nb")).says("/start").await;
    }
}

/// Runs /broadcast to "everyone" with `text` and returns the control message.
async fn prepare(boss: &Person<'_>, text: &str) -> Sent {
    let audiences = boss.says("/broadcast").await;
    boss.press(&audiences, "Alle som har startet boten").await;
    boss.reply().await;
    boss.send(text);
    let preview = boss.reply().await;
    assert_eq!(preview.text, text, "the preview is the message itself");
    boss.reply().await
}

/// The next message to `person` that starts with `prefix` (skipping the
/// broadcasts and status edits that reach a coordinator meanwhile).
async fn next_starting(person: &Person<'_>, prefix: &str) -> Sent {
    loop {
        let sent = person.reply().await;
        if sent.text.starts_with(prefix) {
            return sent;
        }
    }
}

/// Successful deliveries of `text` per chat.
fn deliveries(app: &TestApp, text: &str) -> HashMap<i64, usize> {
    let mut found = HashMap::new();
    for call in app.api.calls() {
        if call.method == "sendMessage" && call.result.is_some() && call.params["text"] == text {
            *found.entry(call.params["chat_id"].as_i64().unwrap()).or_default() += 1;
        }
    }
    found
}

/// Everyone who started the bot: the audience "everyone".
async fn everyone(app: &TestApp) -> Vec<i64> {
    app.store.audience_members(&BroadcastAudience::Everyone, &[], None).await.unwrap()
}

/// Queues a text broadcast to `recipients` as the command line does (through
/// the store, so that faults injected into the stand-in hit its deliveries,
/// not a flow's messages), its status message at `status` if any.
async fn queue(app: &TestApp, text: &str, recipients: Vec<i64>, status: Option<(i64, i32, Lang)>) {
    let broadcast = NewBroadcast {
        created_by: status.map(|(chat, _, _)| chat),
        audience: BroadcastAudience::Everyone,
        payload: Payload::text(text),
        translations: Vec::new(),
        recipients: recipients.into_iter().map(|id| (id, Lang::Nb)).collect(),
        due_at: oslo("2027-01-05 12:00"),
        urgent: false,
        status,
        organisation: None,
    };
    app.store.create_broadcast(&broadcast).await.unwrap();
}

/// Waits until broadcast 1 has nothing left to send.
async fn wait_until_sent(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(40);
    while app.store.broadcast_progress(1).await.unwrap().left > 0 {
        assert!(tokio::time::Instant::now() < deadline, "{:?}", app.store.broadcast_progress(1).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the status message of the broadcast says it is done.
async fn wait_until_done(app: &TestApp, chat: i64, message: i64) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(40);
    loop {
        let text = app.api.message(chat, message).and_then(|m| m["text"].as_str().map(str::to_owned));
        if let Some(text) = text.filter(|t| t.contains("ferdig")) {
            return text;
        }
        assert!(tokio::time::Instant::now() < deadline, "not done: {:?}", app.api.message(chat, message));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_coordinator_previews_tests_and_sends_to_everyone_once() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5001, 3).await;
    let boss = app.person(COORDINATOR, Some("nb"));
    let control = prepare(&boss, "Kurs i CV-skriving tirsdag kl. 10").await;
    assert_eq!(
        control.text,
        "Slik ser meldingen ut (over).\n\nTil: Alle som har startet boten (4 personer)\nNår: med en gang\n\
         Språk: bokmål til 4 personer.\nVenter til kl. 08.00 hvis det er mellom kl. 21.00 og 08.00."
    );
    assert_eq!(
        control.labels(),
        [
            "Send til 4 personer nå",
            "Legg til meldingen på nynorsk",
            "Legg til meldingen på engelsk",
            "Send en test til meg",
            "Send senere",
            "Haster: send også om natten",
            "Avbryt"
        ]
    );
    assert_eq!(
        boss.press(&control, "Send en test til meg").await.as_deref(),
        Some("Testen er sendt til deg.")
    );
    app.wait_for_call(0, |c| {
        c.params["chat_id"] == COORDINATOR
            && c.params["text"] == "Kurs i CV-skriving tirsdag kl. 10"
            && c.result.is_some()
            && c.method == "sendMessage"
    })
    .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM broadcasts").await, 0, "a test is not a broadcast");

    boss.press(&control, "Send til 4 personer nå").await;
    let done = wait_until_done(&app, COORDINATOR, control.message_id).await;
    assert_eq!(done, "Kunngjøring nummer 1 er ferdig.\nSendt: 4. Kom ikke fram: 0.");
    let got = deliveries(&app, "Kurs i CV-skriving tirsdag kl. 10");
    for id in 5001..5004 {
        assert_eq!(got.get(&id), Some(&1), "{id} got it once");
    }
    // The coordinator: the preview, the test and the broadcast itself.
    assert_eq!(got.get(&COORDINATOR), Some(&3));
    // Confirming again (the old button) sends nothing.
    assert_eq!(
        boss.press(&control, "Send til 4 personer nå").await.as_deref(),
        Some("Denne kunngjøringen er allerede sendt eller avbrutt.")
    );
    let audit: (i64, String, String) =
        sqlx::query_as("SELECT actor, action, detail FROM audit").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(
        audit,
        (COORDINATOR, "broadcast".to_owned(), "broadcast 1 to everyone (4 people: 4 nb)".to_owned())
    );
    boss.send("/broadcasts");
    let list = next_starting(&boss, "De siste").await;
    assert!(
        list.text.contains(
            "\n\nTil Alle som har startet boten, tirsdag 5. januar 2027 kl. 12.00\nKunngjøring nummer 1 er ferdig."
        ),
        "{}",
        list.text
    );
}

#[tokio::test]
async fn a_summary_edit_that_fails_once_is_tried_again() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5401, 1).await;
    let status = app.person(COORDINATOR, Some("nb")).says("/start").await;
    // Telegram fails the first edit (a 500; teloxide gives it back after its
    // own wait): the summary of a broadcast that is delivered before the
    // status is first looked at.
    app.api.fail_next("editMessageText", Fault::ServerError);
    queue(&app, "Bare én", vec![5401], Some((COORDINATOR, status.message_id as i32, Lang::Nb))).await;
    let done = wait_until_done(&app, COORDINATOR, status.message_id).await;
    assert_eq!(done, "Kunngjøring nummer 1 er ferdig.\nSendt: 1. Kom ikke fram: 0.");
    let failed_edits = app
        .api
        .calls()
        .iter()
        .filter(|c| c.method == "editMessageText" && c.failed_with == Some(500))
        .count();
    assert_eq!(failed_edits, 1, "the first edit failed and the next one brought the summary");
}

#[tokio::test]
async fn a_clean_stop_in_the_middle_of_a_broadcast_sends_nobody_anything_twice() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5301, 16).await;
    // Slow answers: every send is in flight for a while after Telegram got it.
    app.api.set_latency(Duration::from_millis(400));
    queue(&app, "Stopp midt i", everyone(&app).await, None).await;
    // Stopped while sends are in flight (delivered, their answers on the way).
    app.wait_for_call(0, |c| c.params["text"] == "Stopp midt i" && c.result.is_some()).await;
    let app = app.restart().await;
    wait_until_sent(&app).await;
    let got = deliveries(&app, "Stopp midt i");
    assert_eq!(got.len(), 16, "everyone gets it: {got:?}");
    assert!(got.values().all(|n| *n == 1), "someone got it twice: {got:?}");
}

#[tokio::test]
async fn every_recipient_gets_it_once_under_limits_and_faults_and_blocked_people_are_skipped_later() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5101, 12).await;
    app.api.enforce_limits(RateLimits { per_second: 30, chat_interval: Duration::from_secs(1) });
    app.api.set_latency(Duration::from_millis(30));
    app.api.fail_next("sendMessage", Fault::RetryAfter(1));
    app.api.fail_next("sendMessage", Fault::Blocked);
    app.api.fail_next("sendMessage", Fault::ServerError);
    let start = app.api.call_count();
    let recipients = everyone(&app).await;
    assert_eq!(recipients.len(), 12);
    queue(&app, "Sommerfest fredag", recipients, None).await;
    wait_until_sent(&app).await;
    let progress = app.store.broadcast_progress(1).await.unwrap();
    assert_eq!((progress.sent, progress.failed), (11, 1));
    let got = deliveries(&app, "Sommerfest fredag");
    assert_eq!(got.len(), 11);
    assert!(got.values().all(|n| *n == 1), "{got:?}");
    let calls = app.api.calls_since(start);
    assert!(!calls.iter().any(|c| c.rate_limited), "the bot went over Telegram's limits");
    let blocked: i64 = sqlx::query_scalar("SELECT user_id FROM users WHERE unreachable_at IS NOT NULL")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(!got.contains_key(&blocked));

    // A later broadcast skips the person who blocked the bot.
    let boss = app.person(COORDINATOR, Some("nb"));
    let audiences = boss.says("/broadcast").await;
    boss.press(&audiences, "Alle som har startet boten").await;
    assert_eq!(
        boss.reply().await.text,
        "Send meldingen på bokmål nå: en tekst, eller et bilde eller en fil med bildetekst. Den går til 12 \
         personer. Etterpå kan du legge den til på nynorsk og engelsk for dem som har valgt det."
    );
}

#[tokio::test]
async fn a_crash_in_the_middle_of_a_broadcast_loses_nothing() {
    let app = TestApp::spawn_with(|config| {
        config.coordinator_ids = vec![COORDINATOR];
        config.outbox.per_second = 10;
    })
    .await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5201, 30).await;
    let boss = app.person(COORDINATOR, Some("nb"));
    let control = prepare(&boss, "Viktig: ny søknadsfrist").await;
    boss.press(&control, "Send til 31 personer nå").await;
    // Stop when about a third has gone out, then start again.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while deliveries(&app, "Viktig: ny søknadsfrist").len() < 10 {
        assert!(tokio::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(boss);
    let app = app.restart().await;
    wait_until_done(&app, COORDINATOR, control.message_id).await;
    let got = deliveries(&app, "Viktig: ny søknadsfrist");
    for id in 5201..5231 {
        assert!(got.get(&id).is_some_and(|n| *n >= 1), "{id} never got it");
    }
    let twice = got.values().filter(|n| **n > 1).count();
    assert!(twice <= 8, "only messages in flight at the stop may come twice: {twice}");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE broadcast_id = 1 AND status != 'sent'").await, 0);
}

#[tokio::test]
async fn quiet_hours_hold_a_broadcast_until_morning_unless_it_is_urgent() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 22:00"));
    applicants(&app, 5301, 2).await;
    let boss = app.person(COORDINATOR, Some("en"));
    let audiences = boss.says("/broadcast").await;
    assert_eq!(
        boss.press(&audiences, "Applicants with position alerts").await.as_deref(),
        Some("No one is in this group yet. Choose another.")
    );
    boss.press(&audiences, "Everyone who has started the bot").await;
    boss.reply().await;
    boss.send("God morgen");
    boss.reply().await;
    let control = boss.reply().await;
    boss.press(&control, "Send to 3 people now").await;
    let status = boss.reply().await;
    assert_eq!(
        status.text,
        "Announcement number 1 is scheduled for Wednesday 6 January 2027 at 08:00 to 3 people."
    );
    assert_eq!(status.labels(), ["Stop announcement number 1"]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(deliveries(&app, "God morgen").keys().all(|id| *id == COORDINATOR), "only the preview");
    app.clock.set(oslo("2027-01-06 08:00"));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !(5301..5303).all(|id| deliveries(&app, "God morgen").contains_key(&id)) {
        assert!(tokio::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Urgent: sent at once, at night.
    app.clock.set(oslo("2027-01-06 23:00"));
    boss.send("/broadcast");
    let audiences = next_starting(&boss, "Who should get").await;
    boss.press(&audiences, "Everyone who has started the bot").await;
    boss.reply().await;
    boss.send("Stengt i morgen");
    boss.reply().await;
    let control = boss.reply().await;
    boss.press(&control, "Urgent: also send at night").await;
    let control = boss.reply().await;
    assert!(control.text.ends_with("Urgent: also sent at night."), "{}", control.text);
    boss.press(&control, "Send to 3 people now").await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !(5301..5303).all(|id| deliveries(&app, "Stengt i morgen").contains_key(&id)) {
        assert!(tokio::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_scheduled_broadcast_can_be_cancelled_and_sends_nothing() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5401, 2).await;
    let boss = app.person(COORDINATOR, Some("nb"));
    let control = prepare(&boss, "Påmelding åpner").await;
    boss.press(&control, "Send senere").await;
    assert!(boss.reply().await.text.starts_with("Når skal den sendes?"));
    assert_eq!(
        boss.says("1.1.2027 09:00").await.text,
        "fredag 1. januar 2027 kl. 09.00 har allerede vært. Velg et tidspunkt fram i tid."
    );
    let control = boss.says("7.1.2027 09:00").await;
    assert!(control.text.contains("Når: torsdag 7. januar 2027 kl. 09.00"), "{}", control.text);
    boss.press(&control, "Planlegg for 3 personer").await;
    let status = boss.reply().await;
    assert_eq!(
        status.text,
        "Kunngjøring nummer 1 er planlagt torsdag 7. januar 2027 kl. 09.00 til 3 personer."
    );
    let list = boss.says("/broadcasts").await;
    boss.press(&list, "Stopp kunngjøring nummer 1").await;
    let ask = boss.reply().await;
    assert_eq!(
        ask.text,
        "Vil du stoppe kunngjøring nummer 1? Meldingene som ikke er sendt ennå, blir ikke sendt. De som er \
         sendt, blir ikke borte."
    );
    assert_eq!(ask.labels(), ["Ja, stopp den", "Nei, la den gå videre"]);
    boss.press(&ask, "Nei, la den gå videre").await;
    let kept = boss.reply().await;
    assert_eq!((kept.message_id, kept.text.as_str()), (ask.message_id, "Kunngjøringen går videre."));
    assert_eq!(app.count("SELECT COUNT(*) FROM broadcasts WHERE status = 'cancelled'").await, 0);
    boss.press(&list, "Stopp kunngjøring nummer 1").await;
    let ask = boss.reply().await;
    boss.press(&ask, "Ja, stopp den").await;
    let status_shows_the_end = boss.reply().await;
    assert_eq!(status_shows_the_end.message_id, status.message_id);
    let done = boss.reply().await;
    assert_eq!(
        (done.message_id, done.text.as_str()),
        (ask.message_id, "Resten av kunngjøringen ble stoppet.")
    );
    assert_eq!(done.labels(), ["Til menyen"]);
    let stopped = app.api.message(COORDINATOR, status.message_id).unwrap();
    assert_eq!(
        stopped["text"],
        "Kunngjøring nummer 1 ble stoppet.\nSendt: 0. Kom ikke fram: 0. Ikke sendt: 3."
    );
    app.clock.set(oslo("2027-01-07 09:00"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(deliveries(&app, "Påmelding åpner").keys().all(|id| *id == COORDINATOR), "only the preview");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE broadcast_id = 1").await, 0);
    assert_eq!(
        boss.press(&list, "Stopp kunngjøring nummer 1").await.as_deref(),
        Some("Denne kunngjøringen er ikke i gang lenger.")
    );
}

#[tokio::test]
async fn bad_broadcasts_are_refused_and_nothing_is_sent() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    let ola = app.person(5501, Some("nb"));
    assert_eq!(ola.says("/broadcast").await.text, "Dette kan bare koordinatorer gjøre.");
    assert_eq!(
        ola.press_data(&ola.says("/start").await, "1b|y").await.as_deref(),
        Some("Dette kan bare koordinatorer gjøre.")
    );
    let boss = app.person(COORDINATOR, Some("nb"));
    let audiences = boss.says("/broadcast").await;
    assert_eq!(
        boss.press(&audiences, "Alle mentorer").await.as_deref(),
        Some("Ingen er i denne gruppen ennå. Velg en annen.")
    );
    boss.press(&audiences, "Alle som har startet boten").await;
    boss.reply().await;
    assert_eq!(boss.says("   ").await.text, "Meldingen er tom. Skriv en tekst.");
    assert_eq!(
        boss.says(&"x".repeat(5000)).await.text,
        "Meldingen er for lang: en tekst kan ha høyst 4096 tegn, en bildetekst høyst 1024."
    );
    boss.send_update(json!({ "message": boss.message(json!({ "sticker": {
        "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
        "is_animated": false, "is_video": false } })) }));
    assert_eq!(boss.reply().await.text, "Jeg kan sende tekst, bilder og filer. Send en av dem.");
    assert_eq!(app.count("SELECT COUNT(*) FROM broadcasts").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);
}

#[tokio::test]
async fn a_photo_with_a_caption_is_copied_to_every_recipient() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app, 5601, 2).await;
    let boss = app.person(COORDINATOR, Some("nb"));
    let audiences = boss.says("/broadcast").await;
    boss.press(&audiences, "Alle som har startet boten").await;
    boss.reply().await;
    let photo = boss.message(json!({ "caption": "Plakat",
        "photo": [{ "file_id": "p", "file_unique_id": "p", "width": 9, "height": 9 }] }));
    let photo_id = photo["message_id"].as_i64().unwrap();
    boss.send_update(json!({ "message": photo }));
    let (from, copied, _) = boss.copy().await;
    assert_eq!((from, copied), (COORDINATOR, photo_id), "the preview is a copy");
    let control = boss.reply().await;
    boss.press(&control, "Send til 3 personer nå").await;
    wait_until_done(&app, COORDINATOR, control.message_id).await;
    for id in [5601, 5602] {
        let copies = app
            .api
            .calls()
            .iter()
            .filter(|c| {
                c.method == "copyMessage" && c.params["chat_id"] == id && c.params["message_id"] == photo_id
            })
            .count();
        assert_eq!(copies, 1);
    }
}

#[tokio::test]
async fn blocking_the_bot_is_noticed_from_my_chat_member_updates() {
    let app = TestApp::spawn().await;
    let ola = app.person(5701, Some("nb"));
    ola.says("/start").await;
    let update = |status: &str| {
        json!({ "my_chat_member": {
            "chat": { "id": 5701, "type": "private", "first_name": "Ola" },
            "from": { "id": 5701, "is_bot": false, "first_name": "Ola" },
            "date": 0,
            "old_chat_member": { "user": { "id": 4242424242i64, "is_bot": true, "first_name": "bot" }, "status": "member" },
            "new_chat_member": { "user": { "id": 4242424242i64, "is_bot": true, "first_name": "bot" }, "status": status, "until_date": 0 },
        }})
    };
    let unreachable = "SELECT COUNT(*) FROM users WHERE unreachable_at IS NOT NULL";
    ola.send_update(update("kicked"));
    app.wait_until_count(unreachable, 1).await;
    ola.send_update(update("member"));
    app.wait_until_count(unreachable, 0).await;
}
