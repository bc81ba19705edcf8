//! Concerns in /inbox: each waits there with its text until a coordinator
//! of its organisation answers it, from /inbox or by replying; /forget and
//! /mydata know of it.

use traineebot::domain::members::Role;

use crate::support::TestApp;

const KARI: i64 = 8001; // coordinator of Oslo kommune
const SIRI: i64 = 8002; // coordinator of Bærum kommune
const OLA: i64 = 8003; // trainee in Oslo

#[tokio::test]
async fn a_concern_waits_in_inbox_with_its_text_and_is_answered_from_there() {
    let app = TestApp::spawn().await;
    for (id, name, role, programme, cohort) in [
        (KARI, "Kari", Role::Coordinator, "oslo-reserved", None),
        (SIRI, "Siri", Role::Coordinator, "baerum-immigrants", None),
        (OLA, "Ola", Role::Trainee, "oslo-reserved", Some("Kull 2027")),
    ] {
        let code = app.invitation(role, programme, cohort).await;
        app.person_named(id, Some("en"), name).joins(&code).await;
    }
    app.wait_for_outbox().await;
    let (kari, ola) =
        (app.person(KARI, Some("en")).reading_from_now(), app.person(OLA, Some("en")).reading_from_now());
    ola.says("/flag").await;
    let preview = ola.says("My workplace is not adapted.").await;
    ola.press(&preview, "Send to the coordinator").await;
    ola.reply().await;
    assert!(kari.reply().await.text.contains("My workplace is not adapted."));

    let inbox = kari.says("/inbox").await;
    assert_eq!(
        inbox.text,
        "Waiting for an answer: no questions and one concern. The oldest come first, each with its own answer \
         button."
    );
    let concern = kari.reply().await;
    assert!(
        concern.text.starts_with("Concern from trainee Ola (Oslo: reserved jobs, Kull 2027), raised ")
            && concern.text.ends_with(":\n\nMy workplace is not adapted."),
        "{}",
        concern.text
    );
    assert_eq!(concern.labels(), ["Answer this concern"]);
    // Bærum's coordinator sees nothing of it, and a forged button is refused.
    let siri = app.person(SIRI, Some("en")).reading_from_now();
    let empty = siri.says("/inbox").await;
    assert_eq!(empty.text, "Nothing is waiting for an answer: no questions and no concerns.");
    let data = concern.data_of("Answer this concern");
    let refused = siri.press_data(&empty, &data).await.unwrap();
    assert!(refused.starts_with("This belongs to another organisation."), "{refused}");
    // So is one from Ola, and one for a concern that does not exist.
    assert_eq!(ola.press_data(&preview, &data).await.as_deref(), Some("Only coordinators can do this."));
    assert_eq!(
        kari.press_data(&concern, "1h|c|99").await.as_deref(),
        Some("This button no longer works. Type /start to begin again.")
    );

    kari.press(&concern, "Answer this concern").await;
    assert_eq!(
        kari.reply().await.text,
        "Write your answer to the concern now. It goes to the person who raised it."
    );
    kari.send("I will call you tomorrow.");
    let answered = kari.reply().await;
    assert_eq!(answered.text, "The answer is sent to the person who raised it.");
    assert_eq!(answered.labels(), ["Main menu"]);
    assert_eq!(ola.reply().await.text, "The coordinator's answer about what you told them:");
    assert_eq!(ola.copy().await.0, KARI);
    assert_eq!(
        kari.says("/inbox").await.text,
        "Nothing is waiting for an answer: no questions and no concerns."
    );
    let row: (Option<String>, Option<i64>, bool) =
        sqlx::query_as("SELECT text, answered_by, answered_at IS NOT NULL FROM concerns")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(row, (None, Some(KARI), true), "an answered concern keeps no text");
}

#[tokio::test]
async fn a_reply_closes_a_concern_and_forget_and_mydata_know_of_it() {
    let app = TestApp::spawn_with_coordinator(KARI).await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    let ola = app.person_named(OLA, Some("nb"), "Ola");
    ola.joins(&code).await;
    app.wait_for_outbox().await;
    let kari = app.person(KARI, Some("nb")).reading_from_now();
    for text in ["Jeg får ikke hjelp.", "Lederen svarer ikke."] {
        ola.says("/flag").await;
        let preview = ola.says(text).await;
        ola.press(&preview, "Send til koordinatoren").await;
        ola.reply().await;
    }
    let first = kari.reply().await;
    kari.reply().await;
    kari.send_reply("Vi tar en prat.", first.message_id).await;
    assert_eq!(kari.reply().await.text, "Svaret er sendt til den som sa fra.");
    assert_eq!(ola.reply().await.text, "Svar fra koordinatoren om det du sa fra om:");
    ola.copy().await;
    kari.says("/inbox").await;
    let left = kari.reply().await;
    assert!(
        left.text.ends_with(":\n\nLederen svarer ikke."),
        "only the unanswered one is left: {}",
        left.text
    );

    ola.send("/mydata");
    let (_, content, _) = ola.document().await;
    let data: serde_json::Value = serde_json::from_str(&content).unwrap();
    let concerns = data["concerns"].as_array().unwrap();
    assert_eq!(concerns.len(), 2);
    assert_eq!(concerns[0]["text"], serde_json::Value::Null, "answered: no text kept");
    assert_eq!(concerns[1]["text"], "Lederen svarer ikke.");
    let ask = ola.says("/forget").await;
    ola.press(&ask, "Ja, slett alt").await;
    ola.reply().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM concerns").await, 0);
    assert_eq!(
        kari.says("/inbox").await.text,
        "Ingenting venter på svar: ingen spørsmål og ingen bekymringer."
    );
}
