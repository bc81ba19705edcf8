//! No dead ends: the last message of every journey, as it stands after the
//! journey (edits included), offers the next step as a button.

use traineebot::domain::members::Role;

use crate::eligibility::answer_all;
use crate::support::{Person, Sent, TestApp, CSV_HEADER};

/// The buttons of `sent` as the person sees it now; fails when there are
/// none, naming the journey.
fn has_next_step(person: &Person<'_>, app: &TestApp, sent: &Sent, journey: &str) {
    let message = app.api.message(person.id, sent.message_id).expect("the bot sent this message");
    let buttons = message["reply_markup"]["inline_keyboard"].as_array().map_or(0, |rows| rows.len());
    assert!(buttons > 0, "{journey}: the last message has no button to go on:\n{}", sent.text);
}

/// Answers every question with `label` and returns the result.
async fn check_answering(person: &Person<'_>, label: &'static str) -> Sent {
    person.says("/eligibility").await;
    let first = person.reply().await;
    answer_all(person, first, |_| label).await.1
}

// People are allowed 20 updates at once (the flood limit), so each test
// spreads its journeys over several people.

#[tokio::test]
async fn every_applicant_journey_ends_with_a_button() {
    let app = TestApp::spawn().await;
    let kari = app.person(8001, Some("nb"));
    for command in ["/start", "/help", "/positions", "/alerts", "/programmes", "/contact", "/language"] {
        let last = kari.says(command).await;
        has_next_step(&kari, &app, &last, command);
    }
    let checks = [("a check answered yes", "Ja"), ("a check answered no", "Nei"), ("not sure", "Vet ikke")];
    for (n, (journey, label)) in (0..).zip(checks) {
        let person = app.person(8010 + n, Some("nb"));
        let result = check_answering(&person, label).await;
        has_next_step(&person, &app, &result, journey);
    }
    let kari = app.person(8002, Some("nb"));
    kari.says("/eligibility").await;
    let question = kari.reply().await;
    kari.press(&question, "Avbryt").await;
    has_next_step(&kari, &app, &kari.reply().await, "a cancelled check");

    let list = kari.says("/programmes").await;
    kari.press(&list, "Staten: traineeprogrammet").await;
    has_next_step(&kari, &app, &kari.reply().await, "a programme page");
    let choice = kari.says("/contact").await;
    kari.press(&choice, "Bærum: trainee for innvandrere").await;
    has_next_step(&kari, &app, &kari.reply().await, "a contact card");

    kari.asks_about("Oslo: rekrutteringsordningen").await;
    has_next_step(&kari, &app, &kari.says("Hva betyr varig?").await, "a question sent with /ask");

    let kari = app.person(8005, Some("nb"));
    let languages = kari.says("/language").await;
    kari.press(&languages, "Norsk nynorsk").await;
    assert_eq!(kari.reply().await.text, "No skriv eg på nynorsk.");
    has_next_step(&kari, &app, &kari.reply().await, "a language chosen: the greeting follows");
    let languages = kari.says("/language").await;
    kari.press(&languages, "Norsk bokmål").await;
    kari.reply().await;
    kari.reply().await;

    let kari = app.person(8003, Some("nb"));
    let summary = kari.says("/privacy").await;
    has_next_step(&kari, &app, &summary, "/privacy");
    kari.press(&summary, "Les alt om personvern").await;
    has_next_step(&kari, &app, &kari.reply().await, "the whole privacy notice");
    kari.send("/mydata");
    let (_, document) =
        app.wait_for_call(0, |c| c.method == "sendDocument" && c.params["chat_id"] == 8003).await;
    assert!(document.params["reply_markup"]["inline_keyboard"].is_array(), "/mydata: no button to go on");
    let ask = kari.says("/forget").await;
    kari.press(&ask, "Nei, behold det").await;
    has_next_step(&kari, &app, &kari.reply().await, "/forget answered no");

    // Free text, a command that does not exist, a sticker, and what is for
    // others: each gets the menu.
    let kari = app.person(8004, Some("nb"));
    for text in ["ledige stillinger", "hva betyr varig?", "/finnesikke", "/gatherings", "/mentor", "/inbox"] {
        has_next_step(&kari, &app, &kari.says(text).await, text);
    }
    kari.send_update(serde_json::json!({ "message": kari.message(serde_json::json!({
        "sticker": { "file_id": "s1", "file_unique_id": "u1", "width": 1, "height": 1, "is_animated": false,
                     "is_video": false, "type": "regular" }
    })) }));
    has_next_step(&kari, &app, &kari.reply().await, "a sticker");

    let forget = kari.says("/forget").await;
    kari.press(&forget, "Ja, slett alt").await;
    has_next_step(&kari, &app, &kari.reply().await, "/forget answered yes");
}

#[tokio::test]
async fn positions_and_alerts_end_with_a_button() {
    let app = TestApp::spawn_with_coordinator(8100).await;
    let boss = app.person(8100, Some("nb"));
    let csv = format!(
        "{CSV_HEADER}A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-02-01,https://example.org/a1,\n"
    );
    boss.send_document("stillinger.csv", csv.as_bytes());
    has_next_step(&boss, &app, &boss.reply().await, "an import");
    let ola = app.person(8101, Some("nb"));
    let list = ola.says("/positions").await;
    has_next_step(&ola, &app, &list, "the list of positions");
    ola.press(&list, "1. Rådgiver").await;
    has_next_step(&ola, &app, &ola.reply().await, "a position's page");
    ola.press(&list, "Varsle meg om nye stillinger som dette").await;
    has_next_step(&ola, &app, &ola.says("/alerts").await, "the alerts");
}

#[tokio::test]
async fn trainee_and_mentor_journeys_end_with_a_button() {
    let app = TestApp::spawn_with_coordinator(8200).await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    let ada = app.person_named(8201, Some("nb"), "Ada");
    has_next_step(&ada, &app, &ada.joins(&code).await, "joining as a trainee");
    for command in ["/gatherings", "/mentor", "/reminders"] {
        has_next_step(&ada, &app, &ada.says(command).await, command);
    }
    ada.says("/flag").await;
    let preview = ada.says("Jeg trenger en pause").await;
    ada.press(&preview, "Send til koordinatoren").await;
    has_next_step(&ada, &app, &ada.reply().await, "a concern sent");

    let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
    let mona = app.person_named(8202, Some("nb"), "Mona");
    has_next_step(&mona, &app, &mona.joins(&code).await, "joining as a mentor");
    has_next_step(&mona, &app, &mona.says("/trainees").await, "/trainees without trainees");
}

#[tokio::test]
async fn coordinator_journeys_end_with_a_button() {
    let app = TestApp::spawn_with_coordinator(8300).await;
    let boss = app.person(8300, Some("nb"));
    for command in ["/stats", "/inbox", "/broadcasts", "/gatherings", "/link", "/attendance"] {
        has_next_step(&boss, &app, &boss.says(command).await, command);
    }
    let roles = boss.says("/invite").await;
    boss.press(&roles, "En mentor").await;
    let programmes = boss.reply().await;
    boss.press(&programmes, "Oslo: rekrutteringsordningen").await;
    has_next_step(&boss, &app, &boss.reply().await, "an invitation made");

    let boss = app.person(8300, Some("nb")).reading_from_now();
    let audiences = boss.says("/broadcast").await;
    boss.press(&audiences, "Alle som har startet boten").await;
    boss.reply().await;
    boss.send("Hei alle");
    boss.reply().await;
    let control = boss.reply().await;
    boss.press(&control, "Avbryt").await;
    has_next_step(&boss, &app, &boss.reply().await, "an announcement discarded");

    // What is for coordinators, asked by someone else.
    let ola = app.person(8301, Some("nb"));
    for command in ["/broadcast", "/stats", "/roles"] {
        has_next_step(&ola, &app, &ola.says(command).await, command);
    }
}
