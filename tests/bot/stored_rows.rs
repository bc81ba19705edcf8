//! What is stored holds up: rows no release writes (a hand edit, a bad
//! restore) are errors that are logged and skipped, never taken for
//! something they are not; a visit that could not be written is written
//! later; names are stored as they may be shown to others.

use traineebot::domain::clock::Clock;
use traineebot::domain::gatherings::Audience;

use crate::gatherings::{join_cohort, oslo, plan};
use crate::support::TestApp;

/// Runs `sql` past the schema's CHECK constraints, as a hand edit or a
/// restore from elsewhere could.
async fn write_unchecked(app: &TestApp, sql: &str) {
    let mut connection = app.store.pool().acquire().await.unwrap();
    sqlx::query("PRAGMA ignore_check_constraints = ON").execute(&mut *connection).await.unwrap();
    sqlx::query(sql).execute(&mut *connection).await.unwrap();
    sqlx::query("PRAGMA ignore_check_constraints = OFF").execute(&mut *connection).await.unwrap();
}

#[tokio::test]
async fn a_gathering_with_an_unknown_audience_or_a_bad_time_is_skipped_not_sent_to_a_whole_programme() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person(5101, Some("nb"));
    let cohort = join_cohort(&app, &ola).await;
    let ids = plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Samling", 3).await;
    write_unchecked(&app, &format!("UPDATE gatherings SET audience = 'everyone' WHERE id = {}", ids[0]))
        .await;
    write_unchecked(&app, &format!("UPDATE gatherings SET starts_at = 'soon' WHERE id = {}", ids[1])).await;
    let listed: Vec<i64> =
        app.store.upcoming_gatherings(app.clock.now(), 10).await.unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed, [ids[2]], "only the readable gathering is listed");
    assert!(app.store.gathering(ids[0]).await.is_err(), "an unknown audience is not a whole programme");
    assert!(app.store.gathering(ids[1]).await.is_err(), "a bad time is not 1970");
    // Ola still sees the one good gathering.
    let title = ola.says("/gatherings").await;
    assert_eq!(title.text, "Din neste samling:");
}

#[tokio::test]
async fn a_member_with_an_unknown_role_is_not_taken_for_a_trainee() {
    let app = TestApp::spawn().await;
    let ola = app.person(5102, Some("nb"));
    join_cohort(&app, &ola).await;
    write_unchecked(&app, "UPDATE members SET role = 'boss' WHERE user_id = 5102").await;
    assert!(app.store.member(5102).await.is_err());
    assert!(app.store.members(None, None).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_visit_that_could_not_be_stored_is_stored_at_the_next_update() {
    let app = TestApp::spawn().await;
    // Writing to users fails for a while, as on a full disk.
    sqlx::query(
        "CREATE TRIGGER full_disk BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    .execute(app.store.pool())
    .await
    .unwrap();
    assert!(app.store.seen(5103, app.clock.now()).await.is_err());
    sqlx::query("DROP TRIGGER full_disk").execute(app.store.pool()).await.unwrap();
    app.store.seen(5103, app.clock.now()).await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE user_id = 5103").await,
        1,
        "a broadcast to everyone reaches them"
    );
}

#[tokio::test]
async fn names_shown_to_others_lose_invisible_and_direction_characters() {
    let app = TestApp::spawn_with_coordinator(5105).await;
    let code =
        app.invitation(traineebot::domain::members::Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    app.person_named(5104, Some("nb"), "Ma\u{200B}ri\u{202E}a\u{2069}").joins(&code).await;
    app.wait_for_outbox().await;
    let boss = app.person(5105, Some("nb")).reading_from_now();
    let trainees = boss.says("/link").await;
    assert_eq!(trainees.labels(), ["Maria, Kull 2027, ingen mentor"]);
    let stored: String =
        sqlx::query_scalar("SELECT first_name FROM members").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(stored, "Maria");
}

#[tokio::test]
async fn a_message_that_could_not_be_stored_is_answered_not_met_with_silence() {
    let app = TestApp::spawn_with_coordinator(5107).await;
    let ola = app.person(5106, Some("nb"));
    join_cohort(&app, &ola).await;
    let ola = ola.reading_from_now();
    assert!(ola.says("/ask").await.text.starts_with("Skriv spørsmålet ditt nå"));
    // The database refuses the question, as when the disk is full.
    sqlx::query(
        "CREATE TRIGGER full_disk BEFORE INSERT ON questions BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    .execute(app.store.pool())
    .await
    .unwrap();
    let before = app.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 5107").await;
    ola.send("Hvem er mentoren min?");
    assert_eq!(ola.reply().await.text, "Noe gikk galt hos meg. Prøv igjen om litt.");
    let after = app.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 5107").await;
    assert_eq!(after, before, "nothing half-sent (the coordinator was told only that Ola joined)");
}

#[tokio::test]
async fn after_a_commit_that_failed_every_write_succeeds_without_a_restart() {
    let app = TestApp::spawn().await;
    // A transaction whose COMMIT fails and whose ROLLBACK fails too, as on a
    // full disk: SQLite has ended it, but the connection does not know.
    {
        let mut tx = app.store.pool().begin().await.unwrap();
        sqlx::query("ROLLBACK").execute(&mut *tx).await.unwrap();
        assert!(tx.commit().await.is_err());
    }
    for chat in 0..12 {
        let message = traineebot::store::QueuedMessage {
            chat_id: 7100 + chat,
            payload: traineebot::domain::outbox::Payload::text("Hei"),
            due_at: app.clock.now() + chrono::Duration::days(1),
            dedupe_key: None,
        };
        app.store.enqueue(&message).await.expect("every write succeeds");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 12);
}
