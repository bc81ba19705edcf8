//! Marking who came to a gathering, in the bot and from the command line.

use traineebot::domain::gatherings::Audience;
use traineebot::telegram::callback::Action;

use crate::gatherings::{join_cohort, oslo, plan};
use crate::support::TestApp;

const COORDINATOR: i64 = 7300;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_marks_who_came_once_the_gathering_has_begun() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2026-01-01 12:00"));
    let ola = app.person_named(7301, Some("nb"), "Ola");
    let kari = app.person_named(7302, Some("en"), "Kari");
    let cohort = join_cohort(&app, &ola).await;
    join_cohort(&app, &kari).await;
    let id = plan(&app, Audience::Cohort(cohort), "2026-01-12 17:00", "Nettverk", 1).await[0];
    let boss = app.person(COORDINATOR, Some("nb"));
    boss.reply().await;
    boss.reply().await; // Ola and Kari joined.

    let before = boss.says("/start").await;
    boss.press_data(&before, &Action::Attendance(id).encode()).await;
    let list = boss.reply().await;
    assert_eq!(list.labels(), ["Til menyen"], "nothing to mark before it begins");
    let early = Action::MarkAttendance { gathering: id, person: 7301, came: true }.encode();
    assert_eq!(
        boss.press_data(&list, &early).await.as_deref(),
        Some("Samlingen har ikke begynt ennå. Du kan merke hvem som kom, når den har begynt.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM attendance").await, 0);

    app.clock.set(oslo("2026-01-12 17:30"));
    boss.press_data(&before, &Action::Attendance(id).encode()).await;
    let list = boss.reply().await;
    assert!(
        list.text.ends_with("Kom (merket av koordinator): 0. –\nTrykk på en person for å merke om de kom."),
        "{}",
        list.text
    );
    assert_eq!(list.labels(), ["Kari: ikke merket", "Ola: ikke merket", "Til menyen"]);
    boss.press(&list, "Ola: ikke merket").await;
    let marked = boss.reply().await;
    assert_eq!(marked.message_id, list.message_id, "the list is updated in place");
    assert!(marked.text.contains("Kom (merket av koordinator): 1. Ola"), "{}", marked.text);
    assert_eq!(marked.labels(), ["Kari: ikke merket", "Ola: kom", "Til menyen"]);
    boss.press(&marked, "Ola: kom").await;
    assert_eq!(boss.reply().await.labels(), ["Kari: ikke merket", "Ola: kom ikke", "Til menyen"]);
    let stranger = Action::MarkAttendance { gathering: id, person: 7399, came: true }.encode();
    assert_eq!(
        boss.press_data(&marked, &stranger).await.as_deref(),
        Some("Denne personen er ikke invitert til samlingen.")
    );
    let not_a_coordinator = ola.press_data(&ola.says("/start").await, &early).await;
    assert_eq!(not_a_coordinator.as_deref(), Some("Dette kan bare koordinatorer gjøre."));
    let rows: Vec<(i64, bool)> =
        sqlx::query_as("SELECT user_id, came FROM attendance").fetch_all(app.store.pool()).await.unwrap();
    assert_eq!(rows, [(7301, false)]);

    // From the command line: its clock is the real one, for which January 2026 is past.
    let id_text = id.to_string();
    let (code, stdout, stderr) = app.cli(&["attendance", &id_text, "--came", "7301,7302"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("7302\tKari\tno answer\tcame\n7301\tOla\tno answer\tcame\n"), "{stdout}");
    let (code, _, stderr) = app.cli(&["attendance", &id_text, "--absent", "7399"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("7399 is not invited to gathering"), "{stderr}");
}
