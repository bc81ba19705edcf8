//! /mydata, /forget, retention, and logs that never hold message text.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use traineebot::domain::clock::Clock;
use traineebot::domain::gatherings::Audience;
use traineebot::domain::members::{MentorId, Role, TraineeId};
use traineebot::domain::outbox::{DedupeKey, Part};
use traineebot::store::QueuedMessage;

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
    boss.send_document("stillinger.csv", format!("{CSV_HEADER}A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2027-02-01,https://example.org/a1,\n").as_bytes());
    boss.reply().await;
    let list = ola.says("/positions").await;
    ola.press(&list, "Varsle meg om nye stillinger som dette").await;
    let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
    mona.joins(&code).await;
    assert_eq!(boss.reply().await.text, "Mona har blitt med som mentor i Oslo: rekrutteringsordningen.");
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    assert!(boss.reply().await.text.starts_with("Ola har blitt med som trainee"));
    let links = boss.says("/link").await;
    boss.press(&links, links.labels()[0]).await;
    let mentors = boss.reply().await;
    boss.press(&mentors, "Mona").await;
    boss.reply().await;
    assert!(ola.reply().await.text.starts_with("Du har fått Mona som mentor."));
    assert!(mona.reply().await.text.starts_with("Du er nå mentor for Ola."));
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
    assert_eq!(data["membership"][0]["mentor_first_name"], "Mona");
    assert_eq!(data["relayed_messages"][0]["direction"], "you wrote");
    // Nothing in it is another person's: not Mona's id, nor the coordinator's.
    for other in [MONA, COORDINATOR] {
        assert!(!content.contains(&other.to_string()), "{other} is in Ola's export: {content}");
    }
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
    assert_eq!(
        done.text,
        "Alt om deg er slettet.\nVarsler: 1. Svar på samlinger: 1. Meldinger: 8. Meldingsspor: 1. Spørsmål og bekymringer: 1. \
         Plassen din i en ordning er også slettet.\nSkriver du til meg igjen, begynner vi på nytt."
    );
    assert_eq!(done.buttons, [["Til menyen"]], "a next step after the last message");
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
async fn forget_takes_a_raised_concern_along_and_keeps_rows_that_only_share_a_number() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let ola = app.person_named(OLA, Some("nb"), "Ola");
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    app.wait_for_outbox().await;
    let coordinator = app.person(COORDINATOR, Some("nb")).reading_from_now();
    ola.says("/flag").await;
    let preview = ola.says("Lederen min er slem mot meg.").await;
    ola.press(&preview, "Send til koordinatoren").await;
    ola.reply().await;
    assert!(coordinator.reply().await.text.contains("Lederen min er slem mot meg."));
    // Someone else's relayed message, whose message id happens to be Ola's id.
    let other = QueuedMessage {
        chat_id: 777_000_999,
        payload: traineebot::domain::outbox::Payload::text("Til Kari"),
        due_at: app.clock.now() + chrono::Duration::days(1),
        dedupe_key: Some(DedupeKey::Relay { sender: 777_000_998, message: OLA as i32, part: Part::Copy }),
    };
    assert!(app.store.enqueue(&other).await.unwrap());

    let ask = ola.says("/forget").await;
    ola.press(&ask, "Ja, slett alt").await;
    ola.reply().await;
    // The concern named Ola and held what Ola wrote: it is gone with Ola.
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%slem mot meg%'").await, 0);
    assert!(!app.database_dump().await.contains("slem mot meg"));
    // Kari's message is not about Ola, though its key holds the same number.
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 777000999").await, 1);
    // Nor does the concern linger in the file's free pages, its log or a backup.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(app.store.pool()).await.unwrap();
    let path = app.database_url().trim_start_matches("sqlite://").to_owned();
    let backup = format!("{path}.backup");
    app.store.backup_to(&backup).await.unwrap();
    for file in [path.clone(), format!("{path}-wal"), backup.clone()] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        let found = bytes.windows(b"slem mot meg".len()).any(|w| w == b"slem mot meg");
        assert!(!found, "the concern is still in {file}");
    }
    #[cfg(unix)]
    for file in [path, backup] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file} is readable by others");
    }
}

#[tokio::test]
async fn a_coordinators_export_holds_no_one_elses_concern_id_or_invitation_code() {
    let app = TestApp::spawn().await;
    let code = app.invitation(Role::Coordinator, "oslo-reserved", None).await;
    let kari = app.person_named(COORDINATOR, Some("nb"), "Kari");
    kari.joins(&code).await;
    let ola = app.person_named(OLA, Some("nb"), "Ola");
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    app.wait_for_outbox().await;
    let kari = kari.reading_from_now();
    ola.says("/flag").await;
    let preview = ola.says("Jeg blir mobbet på jobben.").await;
    ola.press(&preview, "Send til koordinatoren").await;
    ola.reply().await;
    assert!(kari.reply().await.text.contains("Jeg blir mobbet på jobben."));
    // Kari makes an invitation that nobody has used yet.
    let invite = kari.says("/invite").await;
    kari.press(&invite, "En mentor").await;
    let programmes = kari.reply().await;
    kari.press(&programmes, "Oslo: rekrutteringsordningen").await;
    let made =
        app.api.message(COORDINATOR, programmes.message_id).unwrap()["text"].as_str().unwrap().to_owned();
    let unused: String = sqlx::query_scalar("SELECT code FROM invitations WHERE used_by IS NULL")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(made.contains(&unused));
    kari.send("/mydata");
    let (_, content, _) = kari.document().await;
    let data: serde_json::Value = serde_json::from_str(&content).unwrap();
    assert_eq!(data["messages_waiting_or_sent"][0]["kind"], "text");
    for secret in ["mobbet", &OLA.to_string(), &unused] {
        assert!(!content.contains(secret), "{secret:?} is in the coordinator's export: {content}");
    }
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
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    app.person(777_000_555, Some("nb")).joins(&code).await;
    let old = QueuedMessage {
        chat_id: 777_000_555,
        payload: traineebot::domain::outbox::Payload::text("Gammel"),
        due_at: app.clock.now(),
        dedupe_key: None,
    };
    app.store.enqueue(&old).await.unwrap();
    let sent = "SELECT COUNT(*) FROM outbox WHERE status = 'sent'";
    app.wait_until_count(sent, 1).await;
    // Thirty-one days on: the delivered message is gone, everyone is still there.
    app.clock.set(oslo("2027-02-05 12:00"));
    app.wait_until_count("SELECT COUNT(*) FROM outbox", 0).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 2);
    // A year and more: the applicant is forgotten, the trainee kept.
    app.clock.set(oslo("2028-01-10 12:00"));
    app.wait_until_count("SELECT COUNT(*) FROM users WHERE user_id = 777000444", 0).await;
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
    let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
    mona.joins(&code).await;
    ola.says("/eligibility").await;
    let first = ola.reply().await;
    ola.press(&first, "Ja").await;
    ola.reply().await; // the next question
    ola.send("Jeg har ADHD og dysleksi");
    ola.reply().await;
    ola.reply().await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    app.store.link_mentor(TraineeId(OLA + 1), MentorId(MONA + 1), app.clock.now()).await.unwrap();
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

#[tokio::test]
async fn a_database_of_the_previous_release_learns_whom_its_queued_rows_are_about() {
    // The previous release's schema: the migrations before outbox_people.
    let (_dir, store) = crate::support::database_before("0009").await;
    // Rows as that release queued them: a relay copy of Ola's message to
    // Mona, a reminder to Mona, and Kari's row whose message id is Ola's id.
    for (chat, payload, key) in [
        (
            MONA,
            format!(r#"{{"kind":"copy","from_chat_id":{OLA},"message_id":5}}"#),
            format!("relay:{OLA}:5:copy"),
        ),
        (MONA, r#"{"kind":"text","text":"Påminnelse"}"#.to_owned(), format!("reminder:1:{MONA}:7d")),
        (
            777_000_999,
            r#"{"kind":"text","text":"Til Kari"}"#.to_owned(),
            format!("relay:777000998:{OLA}:copy"),
        ),
    ] {
        sqlx::query(
            "INSERT INTO outbox (chat_id, payload, dedupe_key, due_at, created_at, updated_at)
             VALUES (?, ?, ?, '2027-01-04T12:00:00.000Z', '2027-01-04T12:00:00.000Z', '2027-01-04T12:00:00.000Z')",
        )
        .bind(chat)
        .bind(payload)
        .bind(key)
        .execute(store.pool())
        .await
        .unwrap();
    }
    store.migrate().await.unwrap();
    let people: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT o.chat_id, p.user_id FROM outbox_people p JOIN outbox o ON o.id = p.outbox_id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    assert_eq!(people, [(MONA, OLA), (777_000_999, 777_000_998)]);
    // Nothing was lost, and forgetting Ola takes the copy of Ola's message along.
    assert_eq!(store.forget(OLA).await.unwrap().messages, 1);
    let left: Vec<String> = sqlx::query_scalar("SELECT dedupe_key FROM outbox ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap();
    assert_eq!(left, [format!("reminder:1:{MONA}:7d"), format!("relay:777000998:{OLA}:copy")]);
}
