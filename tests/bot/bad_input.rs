//! Input the bot does not expect: each gets a short, localized answer and
//! changes nothing.

use serde_json::json;
use traineebot::domain::clock::Clock;
use traineebot::standin::Fault;

use crate::support::TestApp;

#[tokio::test]
async fn unknown_commands_and_stray_text_get_a_pointer_to_help() {
    let app = TestApp::spawn().await;
    let kari = app.person(501, Some("nb"));
    assert_eq!(
        kari.says("/foo").await.text,
        "Den kommandoen kjenner jeg ikke. Velg en knapp under, eller skriv /help."
    );
    assert_eq!(kari.says("hei").await.text, "Det forstod jeg ikke. Velg en knapp under, eller skriv /help.");
    let ali = app.person(502, Some("en"));
    assert_eq!(
        ali.says("/foo").await.text,
        "I do not know that command. Choose a button below, or type /help."
    );
    let nn = app.person(503, Some("nn"));
    assert_eq!(nn.says("kva?").await.text, "Det forstod eg ikkje. Vel ein knapp under, eller skriv /help.");
}

#[tokio::test]
async fn a_4000_character_message_gets_a_short_answer() {
    let app = TestApp::spawn().await;
    let kari = app.person(504, Some("nb"));
    let reply = kari.says(&"ø".repeat(4000)).await;
    assert_eq!(reply.text, "Det forstod jeg ikke. Velg en knapp under, eller skriv /help.");
    assert!(!app.database_dump().await.contains("øøø"));
}

#[tokio::test]
async fn stickers_photos_and_voice_get_a_text_only_answer() {
    let app = TestApp::spawn().await;
    let kari = app.person(505, Some("en"));
    let expected = "I can only read text and buttons. Choose a button below, or type /help.";
    let sticker = json!({ "sticker": { "file_id": "s", "file_unique_id": "su", "type": "regular",
        "width": 512, "height": 512, "is_animated": false, "is_video": false } });
    let photo = json!({ "photo": [{ "file_id": "p", "file_unique_id": "pu", "width": 10, "height": 10 }] });
    let voice = json!({ "voice": { "file_id": "v", "file_unique_id": "vu", "duration": 2 } });
    for fields in [sticker, photo, voice] {
        kari.send_update(json!({ "message": kari.message(fields) }));
        assert_eq!(kari.reply().await.text, expected);
    }
}

#[tokio::test]
async fn edited_messages_are_not_read_again() {
    let app = TestApp::spawn().await;
    let kari = app.person(506, Some("nb"));
    let mut message = kari.message(json!({ "text": "/eligibility" }));
    message["edit_date"] = json!(chrono::Utc::now().timestamp());
    kari.send_update(json!({ "edited_message": message }));
    assert_eq!(kari.reply().await.text, "Jeg leser ikke endrede meldinger. Send en ny melding i stedet.");
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
}

#[tokio::test]
async fn group_chats_are_told_the_bot_works_in_private_chats() {
    let app = TestApp::spawn().await;
    let kari = app.person(507, Some("nb"));
    let mut message = kari.message(json!({ "text": "/eligibility@traineebot_standin_bot",
        "entities": [{ "type": "bot_command", "offset": 0, "length": 35 }] }));
    message["chat"] = json!({ "id": -100_507, "type": "group", "title": "Kull 2026" });
    kari.send_update(json!({ "message": message }));
    let (_, call) =
        app.wait_for_call(0, |c| c.method == "sendMessage" && c.params["chat_id"] == -100_507).await;
    assert_eq!(call.params["text"], "Jeg virker bare i private samtaler. Skriv til meg direkte.");
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
}

#[tokio::test]
async fn forged_callback_data_is_answered_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let kari = app.person(508, Some("nb"));
    let menu = kari.says("/start").await;
    let unknown = Some("Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt.".to_owned());
    for data in ["hello", "2e", "1e|x", "1a|zz|0|y", &"1".repeat(64)] {
        assert_eq!(kari.press_data(&menu, data).await, unknown, "{data}");
    }
    let english = app.person(509, None);
    let menu = english.says("/start").await;
    assert_eq!(
        english.press_data(&menu, "junk").await.as_deref(),
        Some("This button no longer works. Type /start to begin again.")
    );
    kari.hears_nothing_more().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE language IS NOT NULL").await, 0);
}

#[tokio::test]
async fn a_telegram_error_on_a_reply_does_not_stop_the_bot() {
    let app = TestApp::spawn().await;
    let kari = app.person(510, Some("nb"));
    app.api.fail_next("sendMessage", Fault::Blocked);
    kari.send("/start");
    app.wait_for_call(0, |c| c.method == "sendMessage" && c.failed_with == Some(403)).await;
    app.api.fail_next("sendMessage", Fault::RetryAfter(1));
    kari.send("/help");
    app.wait_for_call(0, |c| c.method == "sendMessage" && c.failed_with == Some(429)).await;
    // The lost answer is followed by a notice, through the outbox, after the wait.
    assert_eq!(kari.reply().await.text, "Noe gikk galt hos meg. Prøv igjen om litt.");
    assert!(kari.says("/privacy").await.text.starts_with("Personvern kort fortalt:"));
}

#[tokio::test]
async fn a_server_error_while_handling_a_button_still_answers_the_button() {
    let app = TestApp::spawn().await;
    let kari = app.person(511, Some("en"));
    let menu = kari.says("/start").await;
    app.api.fail_next("sendMessage", Fault::ServerError);
    let notice = kari.press(&menu, "Contact the coordinator").await;
    assert_eq!(notice.as_deref(), Some("Something went wrong on my side. Please try again in a moment."));
    assert_eq!(kari.press(&menu, "The programmes").await, None);
    let list = kari.reply().await;
    assert!(list.text.starts_with("These are the programmes."), "{}", list.text);
}

#[tokio::test]
async fn a_flood_from_one_person_is_cut_short_with_one_notice_and_others_are_answered() {
    let app = TestApp::spawn_with(|config| config.rate_limit.burst = 5).await;
    let flooder = app.person(5301, Some("nb"));
    for _ in 0..30 {
        flooder.send("/help");
    }
    let other = app.person(5302, Some("nb"));
    assert!(other.says("/help").await.text.starts_with("Dette kan jeg hjelpe med:"));
    // The first five are answered, then one polite notice, then nothing.
    for _ in 0..5 {
        assert!(flooder.reply().await.text.starts_with("Dette kan jeg hjelpe med:"));
    }
    assert_eq!(
        flooder.reply().await.text,
        "Du sender mange meldinger på kort tid. Vent et minutt, så svarer jeg igjen."
    );
    flooder.hears_nothing_more().await;
    // A minute later the person is answered again.
    app.clock.set(app.clock.now() + chrono::Duration::minutes(1));
    assert!(flooder.says("/help").await.text.starts_with("Dette kan jeg hjelpe med:"));
}

#[tokio::test]
async fn guessing_invitation_codes_is_capped_per_hour() {
    let app = TestApp::spawn().await;
    let guesser = app.person(5303, Some("en"));
    for _ in 0..10 {
        assert!(guesser.says("/start abcdefghjkmn").await.text.starts_with("I do not recognise this code"));
        guesser.reply().await; // the greeting after it
    }
    assert_eq!(
        guesser.says("/start abcdefghjkmn").await.text,
        "You have tried many invitation codes. Wait an hour and try again, or ask the coordinator for a new link."
    );
    // A real code an hour later works again.
    app.clock.set(app.clock.now() + chrono::Duration::hours(1));
    let code = app.invitation(traineebot::domain::members::Role::Mentor, "oslo-reserved", None).await;
    assert!(guesser.joins(&code).await.text.starts_with("Welcome, Testperson!"));
}

#[tokio::test]
async fn an_update_teloxide_cannot_read_is_skipped_and_polling_goes_on() {
    let app = TestApp::spawn().await;
    // A message whose id is not a number, holding text that must not reach the logs.
    app.api.push_update(json!({ "message": {
        "message_id": "not a number", "date": 1_700_000_000,
        "chat": { "id": 5401, "type": "private", "first_name": "Ola" },
        "from": { "id": 5401, "is_bot": false, "first_name": "Ola" },
        "text": "hemmelig helseopplysning",
    }}));
    let ola = app.person(5402, Some("nb"));
    assert!(ola.says("/start").await.text.starts_with("Hei!"));
}

#[tokio::test]
async fn a_press_on_an_inline_mode_message_is_answered() {
    let app = TestApp::spawn().await;
    app.api.push_update(json!({ "callback_query": {
        "id": "inline-1",
        "from": { "id": 5701, "is_bot": false, "first_name": "Ola", "language_code": "nb" },
        "inline_message_id": "AAAAAQ",
        "chat_instance": "test",
        "data": "1p",
    }}));
    let (_, answer) = app
        .wait_for_call(0, |c| {
            c.method == "answerCallbackQuery" && c.params["callback_query_id"] == "inline-1"
        })
        .await;
    assert_eq!(
        answer.params["text"],
        "Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt."
    );
}

#[tokio::test]
async fn without_quiet_hours_the_reminders_page_says_nothing_about_them() {
    let app = TestApp::spawn_with(|config| {
        config.quiet_hours = traineebot::domain::reminders::QuietHours::parse("00:00-00:00").unwrap()
    })
    .await;
    let ola = app.person(5702, Some("nb"));
    let code =
        app.invitation(traineebot::domain::members::Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    let page = ola.says("/reminders").await.text;
    assert!(!page.contains("Jeg sender ikke påminnelser mellom"), "{page}");
    assert!(!page.contains("00.00"), "{page}");
}

#[tokio::test]
async fn a_reply_lost_to_a_server_error_is_followed_by_a_notice_through_the_outbox() {
    let app = TestApp::spawn().await;
    let kari = app.person(5801, Some("nb"));
    // The answer to /help meets a 500 (teloxide waits 10 s before it says so).
    app.api.fail_next("sendMessage", Fault::ServerError);
    kari.send("/help");
    let (_, notice) = app
        .wait_for_call(0, |c| c.method == "sendMessage" && c.params["chat_id"] == 5801 && c.result.is_some())
        .await;
    assert_eq!(notice.params["text"], "Noe gikk galt hos meg. Prøv igjen om litt.");
    let failed = app.api.calls().iter().filter(|c| c.failed_with == Some(500)).count();
    assert_eq!(failed, 1, "the lost reply");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 5801").await,
        1,
        "the notice went through the outbox"
    );
}
