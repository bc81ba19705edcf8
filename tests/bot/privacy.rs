//! /mydata, /forget, retention, and logs that never hold message text.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use traineebot::domain::clock::Clock;
use traineebot::domain::gatherings::Audience;
use traineebot::domain::members::Role;

use crate::gatherings::{oslo, plan};
use crate::support::{Person, TestApp, CSV_HEADER};

/// A distinctive id, so that finding it in the database means it is theirs.
const OLA: i64 = 777_000_111;
const MONA: i64 = 777_000_222;
const COORDINATOR: i64 = 777_000_333;

/// Every row value in the database that is `id` or names it as a whole number.
async fn traces_of(app: &TestApp, id: i64) -> Vec<String> {
    let id = id.to_string();
    app.database_dump()
        .await
        .lines()
        .filter(|line| line.split(|c: char| !c.is_ascii_digit()).any(|number| number == id))
        .map(str::to_owned)
        .collect()
}

/// Ola: an applicant with an alert who joined as a trainee, linked to Mona,
/// answered a gathering, wrote to Mona, asked a question, and is in the
/// middle of writing again.
async fn ola_uses_everything(app: &TestApp, ola: &Person<'_>, mona: &Person<'_>) {
    app.clock.set(oslo("2027-01-04 12:00"));
    let boss = app.person(COORDINATOR, Some("nb"));
    boss.send_document("stillinger.csv", format!("{CSV_HEADER}A1,oslo-trainee,Rådgiver,Bydel Frogner,Oslo,100,permanent,2027-02-01,https://example.org/a1,\n").as_bytes());
    boss.reply().await;
    let list = ola.says("/positions").await;
    ola.press(&list, "Varsle meg om nye stillinger som dette").await;
    let code = app.invitation(Role::Mentor, "oslo-trainee", None).await;
    mona.joins(&code).await;
    let code = app.invitation(Role::Trainee, "oslo-trainee", Some("Kull 2027")).await;
    ola.joins(&code).await;
    let links = boss.says("/link").await;
    boss.press(&links, links.labels()[0]).await;
    let mentors = boss.reply().await;
    boss.press(&mentors, "Mona").await;
    boss.reply().await;
    let cohort = app.store.member(OLA).await.unwrap().unwrap().cohort.unwrap().id;
    let gathering = plan(app, Audience::Cohort(cohort), "2027-01-20 17:00", "Nettverk", 1).await[0];
    app.store.set_rsvp(gathering, OLA, true).await.unwrap();
    ola.says("/mentor").await;
    ola.send("Hemmelig melding til Mona");
    ola.reply().await;
    mona.reply().await;
    mona.copy().await;
    ola.says("/ask").await;
    ola.send("Hemmelig spørsmål");
    ola.reply().await;
    app.clock.set(oslo("2027-01-13 17:00")); // the week reminder is queued
    ola.reply().await;
    ola.says("/mentor").await; // writing again: dialogue state
}

#[tokio::test]
async fn mydata_sends_everything_and_forget_leaves_no_trace() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let ola = app.person_named(OLA, Some("nb"), "Ola");
    let mona = app.person_named(MONA, Some("nb"), "Mona");
    ola_uses_everything(&app, &ola, &mona).await;

    ola.send("/mydata");
    let (name, content, caption) = ola.document().await;
    assert_eq!(
        (name.as_str(), caption.as_str()),
        ("mydata.json", "Her er alt jeg har lagret om deg, som en JSON-fil.")
    );
    let data: serde_json::Value = serde_json::from_str(&content).unwrap();
    assert_eq!(data["telegram_user_id"], OLA);
    assert_eq!(data["membership"][0]["role"], "trainee");
    assert_eq!(data["membership"][0]["mentor_id"], MONA);
    assert_eq!(data["alerts"].as_array().unwrap().len(), 1);
    assert_eq!(data["gathering_answers"][0]["coming"], 1);
    assert_eq!(data["relayed_messages"].as_array().unwrap().len(), 1);
    assert_eq!(data["questions"].as_array().unwrap().len(), 1);
    assert_eq!(data["invitations"].as_array().unwrap().len(), 1);
    assert!(!data["messages_waiting_or_sent"].as_array().unwrap().is_empty());
    assert_eq!(data["audit_entries"][0]["action"], "link");
    assert!(!content.contains("Hemmelig"), "message text is never stored");

    let ask = ola.says("/forget").await;
    assert_eq!(ask.labels(), ["Ja, slett alt", "Nei, behold det"]);
    ola.press(&ask, "Nei, behold det").await;
    assert_eq!(ola.reply().await.text, "Greit, jeg slettet ingenting.");
    assert!(!traces_of(&app, OLA).await.is_empty());
    let ask = ola.says("/forget").await;
    ola.press(&ask, "Ja, slett alt").await;
    let done = ola.reply().await;
    assert!(done.text.starts_with("Alt om deg er slettet: 1 varsler, 1 svar på samlinger,"), "{}", done.text);
    assert!(done
        .text
        .ends_with(", og at du er med i en ordning. Skriver du til meg igjen, begynner vi på nytt."));
    assert_eq!(traces_of(&app, OLA).await, Vec::<String>::new());
    // The coordinator's action stays, without Ola.
    let audit: (String, Option<i64>) =
        sqlx::query_as("SELECT action, subject_user FROM audit WHERE action = 'link'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(audit, ("link".to_owned(), None));
    // Mona is still there, without a trainee.
    assert!(app.store.trainees_of(MONA).await.unwrap().is_empty());
    // Writing again starts afresh: a new profile, no language choice.
    ola.says("/start").await;
    let profile = format!("SELECT COUNT(*) FROM users WHERE user_id = {OLA} AND language IS NULL");
    assert_eq!(app.count(&profile).await, 1);
}

#[tokio::test]
async fn being_seen_stores_a_person_whose_row_is_gone() {
    // The retention job can forget someone between their profile lookup and
    // the record of the visit; the visit then stores them again.
    let app = TestApp::spawn().await;
    app.store.seen(777_000_666, app.clock.now()).await.unwrap();
    let stored = "SELECT COUNT(*) FROM users
                  WHERE user_id = 777000666 AND language IS NULL AND last_seen_at IS NOT NULL";
    assert_eq!(app.count(stored).await, 1);
}

#[tokio::test]
async fn retention_deletes_old_messages_and_inactive_applicants_but_keeps_trainees() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-04 12:00"));
    app.person(777_000_444, Some("nb")).says("/start").await;
    let code = app.invitation(Role::Trainee, "oslo-trainee", Some("Kull 2027")).await;
    app.person(777_000_555, Some("nb")).joins(&code).await;
    app.store
        .enqueue(777_000_555, &traineebot::domain::outbox::Payload::text("Gammel"), app.clock.now(), None)
        .await
        .unwrap();
    app.wait_for_call(0, |c| c.params["text"] == "Gammel" && c.result.is_some()).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Thirty-one days on: the delivered message is gone, everyone is still there.
    sqlx::query("UPDATE outbox SET updated_at = '2027-01-04T11:00:00.000Z'")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.clock.set(oslo("2027-02-05 12:00"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 2);
    // A year and more: the applicant is forgotten, the trainee kept.
    sqlx::query("UPDATE users SET last_seen_at = '2027-01-04T11:00:00.000Z'")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.clock.set(oslo("2028-01-10 12:00"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(traces_of(&app, 777_000_444).await, Vec::<String>::new());
    assert_eq!(app.count("SELECT COUNT(*) FROM members WHERE user_id = 777000555").await, 1);
}

/// Log lines written by every test in this binary since it started.
fn captured_logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let writer = logs.clone();
        let make_writer = move || LogWriter(writer.clone());
        // The production filter (info), with traineebot's debug lines too.
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info,traineebot=debug"))
            .with_writer(make_writer)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other subscriber in this binary");
        logs
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn logs_never_hold_message_text_or_eligibility_answers() {
    let logs = captured_logs();
    let app = TestApp::spawn_with_coordinator(COORDINATOR + 1).await;
    let ola = app.person_named(OLA + 1, Some("nb"), "Ola");
    let mona = app.person_named(MONA + 1, Some("nb"), "Mona");
    let code = app.invitation(Role::Mentor, "oslo-trainee", None).await;
    mona.joins(&code).await;
    ola.says("/eligibility").await;
    let first = ola.reply().await;
    ola.press(&first, "Ja").await;
    ola.reply().await; // the next question
    ola.send("Jeg har ADHD og dysleksi");
    ola.reply().await;
    ola.reply().await;
    let code = app.invitation(Role::Trainee, "oslo-trainee", Some("Kull 2027")).await;
    ola.joins(&code).await;
    app.store.link_mentor(OLA + 1, MONA + 1, app.clock.now()).await.unwrap();
    app.api.fail_next("copyMessage", traineebot::standin::Fault::Blocked);
    ola.says("/mentor").await;
    ola.send("Konfidensielt: lønnen min er 400000");
    assert_eq!(ola.reply().await.text, "Sendt til Mona. Mentoren din svarer vanligvis innen 2 dager.");
    assert!(
        ola.reply().await.text.starts_with("Meldingen din til Mona kom ikke fram"),
        "a warning is logged"
    );
    ola.says("/ask").await;
    ola.send("Privat spørsmål om sykemelding");
    ola.reply().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(text.contains("outbox delivery did not go through"), "the logs were captured");
    for secret in ["ADHD", "dysleksi", "Konfidensielt", "400000", "sykemelding", "disability"] {
        assert!(!text.contains(secret), "{secret:?} is in the logs");
    }
}
