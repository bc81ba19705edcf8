//! Notices people expect when membership changes: who joined (to the
//! coordinators), linked and unlinked (to the trainee and the mentors),
//! each in the person's language and outside the quiet hours.

use traineebot::domain::clock::Clock;
use traineebot::domain::members::{MentorId, Role, TraineeId};
use traineebot::domain::Lang;

use crate::gatherings::oslo;
use crate::support::TestApp;

const COORDINATOR: i64 = 7100;
const MONA: i64 = 7101;
const NILS: i64 = 7102;
const OLA: i64 = 7103;

#[tokio::test]
async fn joining_and_linking_are_told_with_first_names_only() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    app.store.set_language(COORDINATOR, Lang::En).await.unwrap();
    let boss = app.person(COORDINATOR, Some("en"));
    let (mona, nils, ola) = (
        app.person_named(MONA, Some("en"), "Mona"),
        app.person_named(NILS, Some("nb"), "Nils"),
        app.person_named(OLA, Some("en"), "Ola"),
    );
    for mentor in [&mona, &nils] {
        mentor.joins(&app.invitation(Role::Mentor, "oslo-reserved", None).await).await;
    }
    ola.joins(&app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await).await;
    let told: Vec<String> = [boss.reply().await, boss.reply().await, boss.reply().await]
        .into_iter()
        .map(|sent| sent.text)
        .collect();
    assert_eq!(
        told,
        [
            "Mona has joined as a mentor in Oslo: reserved jobs.",
            "Nils has joined as a mentor in Oslo: reserved jobs.",
            "Ola has joined as a trainee in Oslo: reserved jobs, Kull 2027.",
        ]
    );

    let link = |mentor: &'static str| {
        let boss = &boss;
        async move {
            let trainees = boss.says("/link").await;
            boss.press(&trainees, trainees.labels()[0]).await;
            let mentors = boss.reply().await;
            boss.press(&mentors, mentor).await;
            boss.reply().await
        }
    };
    assert_eq!(link("Mona").await.text, "Ola now has Mona as their mentor.");
    let to_ola = ola.reply().await;
    assert_eq!(to_ola.text, "Mona is now your mentor. Write to your mentor with /mentor.");
    assert_eq!(to_ola.labels(), ["Main menu"]);
    let to_mona = mona.reply().await;
    assert_eq!(to_mona.text, "You are now the mentor of Ola. Press the button to write to Ola.");
    mona.press(&to_mona, "Write to the trainee").await;
    assert!(mona.reply().await.text.starts_with("Write your message to Ola now."));

    // Linking the same pair again tells nobody.
    assert_eq!(link("Mona").await.text, "Ola now has Mona as their mentor.");
    ola.hears_nothing_more().await;
    mona.hears_nothing_more().await;

    // At night the notices wait for the morning; the replaced mentor is told too.
    app.clock.set(oslo("2027-01-05 22:00"));
    assert_eq!(link("Nils").await.text, "Ola now has Nils as their mentor.");
    mona.hears_nothing_more().await;
    nils.hears_nothing_more().await;
    app.clock.set(oslo("2027-01-06 08:00"));
    assert_eq!(
        mona.reply().await.text,
        "You are no longer the mentor of Ola. The trainee has another mentor now."
    );
    let to_nils = nils.reply().await;
    assert_eq!(to_nils.text, "Du er nå mentor for Ola. Trykk på knappen for å skrive til Ola.");
    assert_eq!(to_nils.labels(), ["Skriv til traineen"]);
    assert_eq!(ola.reply().await.text, "Nils is now your mentor. Write to your mentor with /mentor.");
    let named: i64 = app.count("SELECT COUNT(*) FROM outbox_people WHERE user_id = 7103").await;
    assert_eq!(named, 4, "each notice naming Ola is found by /forget");

    // Ola leaves: Nils and the coordinator are told, without a word about Ola.
    let ask = ola.says("/forget").await;
    ola.press(&ask, "Yes, delete everything").await;
    ola.reply().await;
    let to_nils = nils.reply().await;
    assert_eq!(
        to_nils.text,
        "En av traineene dine har gått ut av ordningen. Du kan ikke skrive til personen lenger."
    );
    assert_eq!(to_nils.labels(), ["Til menyen"]);
    assert_eq!(
        boss.reply().await.text,
        "A trainee has left Oslo: reserved jobs. What was stored about them is deleted."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox_people WHERE user_id = 7103").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Ola%'").await,
        0,
        "nothing names Ola"
    );

    // A mentor who leaves: their trainee is told.
    let per = app.person_named(7104, Some("en"), "Per");
    per.joins(&app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await).await;
    boss.reply().await;
    app.store.link_mentor(TraineeId(7104), MentorId(MONA), app.clock.now()).await.unwrap();
    let ask = mona.says("/forget").await;
    mona.press(&ask, "Yes, delete everything").await;
    mona.reply().await;
    assert_eq!(
        per.reply().await.text,
        "Your mentor has left the programme. The coordinator can give you a new mentor."
    );
    assert_eq!(
        boss.reply().await.text,
        "A mentor has left Oslo: reserved jobs. What was stored about them is deleted."
    );
}
