//! /gatherings, RSVP, the calendar file, attendance, planning in the bot,
//! and change and cancel notices.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, CalendarComponent, Component, EventLike};
use traineebot::domain::clock::Clock;
use traineebot::domain::gatherings::{oslo_instant, parse_local, plan_starts, Audience, GatheringPlan};
use traineebot::domain::members::Role;
use traineebot::domain::reminders::QuietHours;
use traineebot::telegram::callback::{Action, ManageStep};

use crate::support::{Person, TestApp};

pub const COORDINATOR: i64 = 8000;

/// An Oslo local time as an instant.
pub fn oslo(local: &str) -> DateTime<Utc> {
    oslo_instant(parse_local(local).unwrap()).unwrap()
}

/// Adds gatherings for `audience` in oslo-reserved from `start`; returns their ids.
pub async fn plan(app: &TestApp, audience: Audience, start: &str, topic: &str, months: u32) -> Vec<i64> {
    let plan = GatheringPlan {
        programme: "oslo-reserved".into(),
        audience,
        first_start: parse_local(start).unwrap(),
        duration_minutes: 120,
        place: "Rådhuset, rom 3".into(),
        topic: topic.into(),
        agenda: "Velkommen og kaffe".into(),
        months,
    };
    let starts = plan_starts(&plan, app.clock.now()).unwrap();
    app.store.add_gatherings(&plan, &starts, QuietHours::default(), app.clock.now()).await.unwrap()
}

/// Joins `person` as a trainee of "Kull 2027" in oslo-reserved; returns the cohort id.
pub async fn join_cohort(app: &TestApp, person: &Person<'_>) -> i64 {
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    person.joins(&code).await;
    app.store.member(person.id).await.unwrap().unwrap().cohort.unwrap().id
}

#[tokio::test]
async fn a_trainee_sees_the_next_gatherings_answers_and_gets_a_calendar_file() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person_named(801, Some("nb"), "Ola");
    let cohort = join_cohort(&app, &ola).await;
    plan(&app, Audience::Cohort(cohort), "2027-01-05 17:00", "Arbeidsliv og rettigheter", 2).await;
    plan(&app, Audience::Mentors, "2027-01-06 17:00", "Mentormøte", 1).await;
    assert_eq!(ola.says("/gatherings").await.text, "Dine neste 2 samlinger:");
    let first = ola.reply().await;
    assert_eq!(
        first.text,
        "Arbeidsliv og rettigheter\ntirsdag 5. januar 2027, kl. 17.00–19.00\nSted: Rådhuset, rom 3\n\nVelkommen og kaffe"
    );
    assert_eq!(first.labels(), ["Jeg kommer", "Jeg kommer ikke", "Legg til i kalenderen"]);
    let second = ola.reply().await;
    assert!(second.text.contains("tirsdag 2. februar 2027, kl. 17.00–19.00"), "{}", second.text);

    assert_eq!(ola.press(&first, "Jeg kommer").await, None);
    assert_eq!(
        ola.reply().await.text,
        "Takk! Du er satt opp som «kommer» til Arbeidsliv og rettigheter, tirsdag 5. januar 2027, kl. 17.00–19.00."
    );
    assert_eq!(app.count("SELECT coming FROM rsvps WHERE user_id = 801").await, 1);
    ola.press(&first, "Jeg kommer ikke").await;
    ola.reply().await;
    assert_eq!(app.count("SELECT coming FROM rsvps WHERE user_id = 801").await, 0, "the answer changed");

    ola.press(&first, "Legg til i kalenderen").await;
    let (name, content, caption) = ola.document().await;
    assert!(name.ends_with(".ics"), "{name:?}");
    assert_eq!(caption, "Åpne filen for å legge samlingen inn i kalenderen din.");
    let calendar: Calendar = content.parse().expect("the .ics file parses");
    let event = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(event) => Some(event.clone()),
            _ => None,
        })
        .expect("one event");
    assert_eq!(event.get_summary(), Some("Arbeidsliv og rettigheter"));
    assert_eq!(event.get_location(), Some("Rådhuset, rom 3"));
    let start = event.get_start().unwrap();
    assert_eq!(start, oslo("2027-01-05 17:00").into(), "17:00 in Oslo is 16:00 UTC in winter");
    assert_eq!(event.get_end().unwrap(), oslo("2027-01-05 19:00").into());
}

#[tokio::test]
async fn forged_foreign_cancelled_and_past_answers_are_refused() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person_named(802, Some("en"), "Ola");
    let cohort = join_cohort(&app, &ola).await;
    let ours = plan(&app, Audience::Cohort(cohort), "2027-01-05 17:00", "Ours", 1).await[0];
    let mentors = plan(&app, Audience::Mentors, "2027-01-06 17:00", "Mentors only", 1).await[0];
    ola.says("/gatherings").await;
    let card = ola.reply().await;
    let refused = |data: String| {
        let (ola, card) = (&ola, &card);
        async move { ola.press_data(card, &data).await }
    };
    assert_eq!(refused(format!("1g|{mentors}|y")).await.as_deref(), Some("This gathering is not for you."));
    assert_eq!(refused(format!("1i|{mentors}")).await.as_deref(), Some("This gathering is not for you."));
    assert_eq!(
        refused("1g|999|y".into()).await.as_deref(),
        Some("This button no longer works. Type /start to begin again.")
    );
    assert_eq!(
        refused(format!("1g|{ours}|maybe")).await.as_deref(),
        Some("This button no longer works. Type /start to begin again.")
    );
    app.store.cancel_gathering(mentors).await.unwrap();
    app.clock.set(oslo("2027-01-05 17:30"));
    assert_eq!(
        refused(format!("1g|{ours}|y")).await.as_deref(),
        Some("This gathering has already started or is over.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0);
    // A trainee without gatherings, and an applicant.
    assert_eq!(ola.says("/gatherings").await.text, "You have no gatherings coming up.");
    let applicant = app.person(803, Some("en"));
    assert!(applicant
        .says("/gatherings")
        .await
        .text
        .starts_with("Gatherings and reminders are for trainees"));
    assert!(applicant.says("/reminders").await.text.starts_with("Gatherings and reminders are for trainees"));
}

#[tokio::test]
async fn a_coordinator_plans_a_monthly_series_in_the_bot() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2026-12-01 12:00"));
    let per = app.person(804, Some("nb"));
    let cohort = join_cohort(&app, &per).await;
    let kari = app.person(COORDINATOR, Some("en"));
    // The coordinator is told who joined (in Bokmål: she has not chosen a language yet).
    let joined = kari.reply().await;
    assert_eq!(
        joined.text,
        "Testperson har blitt med som trainee i Oslo: rekrutteringsordningen, Kull 2027."
    );
    assert_eq!(joined.labels(), ["Til menyen"]);
    let audiences = kari.says("/newgathering").await;
    assert_eq!(audiences.text, "Who is the gathering for?");
    assert_eq!(audiences.labels()[0], "The trainees of Kull 2027");
    kari.press(&audiences, "The trainees of Kull 2027").await;
    assert!(kari.reply().await.text.starts_with("When does the first gathering begin?"));
    // The spring-forward hour does not exist; a past time is refused; nonsense too.
    assert!(kari
        .says("28.3.2027 02:30")
        .await
        .text
        .starts_with("Sunday 28 March 2027 at 02:30 does not exist in Norway"));
    assert_eq!(
        kari.says("1.1.2020 17:00").await.text,
        "Wednesday 1 January 2020 at 17:00 is in the past. Choose a time ahead."
    );
    assert!(kari.says("next tuesday").await.text.starts_with("I did not understand the time."));
    let duration = kari.says("5.1.2027 17:00").await;
    assert_eq!(
        duration.labels(),
        [
            "30 minutes",
            "1 hour",
            "1 ½ hours",
            "2 hours",
            "3 hours",
            "Half a day (4 hours)",
            "A full day (7 ½ hours)"
        ]
    );
    kari.press(&duration, "2 hours").await;
    assert!(kari.reply().await.text.starts_with("Where is it?"));
    assert_eq!(kari.says("Rådhuset").await.text, "What is the topic?");
    let agenda = kari.says("Nettverk").await;
    kari.press(&agenda, "No agenda").await;
    let months = kari.reply().await;
    kari.press(&months, "Every month for 18 months").await;
    let summary = kari.reply().await;
    assert!(
        summary.text.contains("First: Tuesday 5 January 2027 at 17:00\nLast: Tuesday 6 June 2028 at 17:00"),
        "{}",
        summary.text
    );
    kari.press(&summary, "Create the gathering").await;
    assert_eq!(
        kari.reply().await.text,
        "18 gatherings are created. Those invited are told now and reminded before."
    );
    // The trainee hears of it at once (it is midday), in Bokmål, and can answer.
    let notice = per.reply().await;
    assert!(
        notice.text.starts_with(
            "Nye samlinger: «Nettverk», 18 ganger, én gang i måneden. Du er invitert. Den første:\n\n"
        ) && notice.text.contains("tirsdag 5. januar 2027, kl. 17.00–19.00"),
        "{}",
        notice.text
    );
    assert_eq!(notice.labels(), ["Jeg kommer", "Jeg kommer ikke", "Legg til i kalenderen"]);
    per.press(&notice, "Jeg kommer").await;
    app.wait_until_count(
        "SELECT COUNT(*) FROM rsvps WHERE user_id = 804 AND gathering_id = 1 AND coming = 1",
        1,
    )
    .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM gatherings").await, 18);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM gatherings WHERE cohort_id = {cohort}")).await, 18);
    // 17:00 in Oslo every time: 16:00 UTC in winter, 15:00 UTC in summer.
    let starts: Vec<String> = sqlx::query_scalar("SELECT starts_at FROM gatherings ORDER BY starts_at")
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(starts[0], "2027-01-05T16:00:00.000Z");
    assert_eq!(starts[3], "2027-04-06T15:00:00.000Z");
    assert_eq!(starts[10], "2027-11-02T16:00:00.000Z");
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0, "the draft is gone");
}

#[tokio::test]
async fn a_gathering_planned_at_night_is_told_in_the_morning_in_each_persons_language() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2026-12-01 22:30"));
    let ali = app.person(806, Some("en"));
    join_cohort(&app, &ali).await;
    let kari = app.person(COORDINATOR, Some("nb"));
    let audiences = kari.says("/newgathering").await;
    kari.press(&audiences, "Traineene i Kull 2027").await;
    kari.reply().await;
    let duration = kari.says("5.1.2027 09:00").await;
    kari.press(&duration, "Hel dag (7 ½ time)").await;
    kari.reply().await;
    kari.says("Rådhuset").await;
    let agenda = kari.says("Språkkafé").await;
    kari.press(&agenda, "Uten program").await;
    let months = kari.reply().await;
    kari.press(&months, "Bare én gang").await;
    let summary = kari.reply().await;
    kari.press(&summary, "Lag samlingen").await;
    assert_eq!(
        kari.reply().await.text,
        "Samlingen er laget. De inviterte får beskjed nå og påminnelser før."
    );

    // Quiet hours: the notice waits until 08:00.
    ali.hears_nothing_more().await;
    app.clock.set(oslo("2026-12-02 08:00"));
    let notice = ali.reply().await;
    assert!(
        notice.text.starts_with("New gathering: \"Språkkafé\". You are invited:\n\nSpråkkafé\n"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("Tuesday 5 January 2027, 09:00–16:30"), "a full day: {}", notice.text);
    assert_eq!(notice.labels(), ["I am coming", "I am not coming", "Add to calendar"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'notice:1:0:%'").await, 1);
}

#[tokio::test]
async fn changing_and_cancelling_tells_everyone_invited_once_and_attendance_shows_answers() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person_named(805, Some("nb"), "Ola");
    let kari = app.person_named(806, Some("en"), "Kari");
    let cohort = join_cohort(&app, &ola).await;
    join_cohort(&app, &kari).await;
    let id = plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Nettverk", 1).await[0];
    app.store.set_rsvp(id, 805, true).await.unwrap();

    let boss = app.person(COORDINATOR, Some("nb"));
    assert!(boss.reply().await.text.starts_with("Ola har blitt med"));
    assert!(boss.reply().await.text.starts_with("Kari har blitt med"));
    let list = boss.says("/attendance").await;
    boss.press(&list, list.labels()[0]).await;
    assert_eq!(
        boss.reply().await.text,
        "Nettverk\ntirsdag 12. januar 2027, kl. 17.00–19.00\n\nKommer: 1. Ola\nKommer ikke: 0. –\nHar ikke svart: 1. Kari"
    );

    let list = boss.says("/gatherings").await;
    boss.press(&list, list.labels()[0]).await;
    let page = boss.reply().await;
    assert_eq!(
        page.labels(),
        ["Hvem kommer?", "Nytt tidspunkt", "Nytt sted", "Nytt tema", "Nytt program", "Avlys samlingen"]
    );
    boss.press(&page, "Nytt sted").await;
    boss.reply().await;
    let changed = boss.says("Deichman Bjørvika").await;
    assert!(changed.text.starts_with("Samlingen er endret. 2 personer får beskjed."), "{}", changed.text);
    let notice = ola.reply().await;
    assert!(
        notice.text.starts_with(
            "Endring: samlingen «Nettverk» er endret.\nNytt sted: Deichman Bjørvika. Før: Rådhuset, rom 3.\n\n\
             Slik er den nå:\n\nNettverk\n"
        ),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("Sted: Deichman Bjørvika"));
    assert!(kari.reply().await.text.starts_with("The gathering \"Nettverk\" has changed.\nNew place: "));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 1, "a new place keeps the answers");

    // A move says from when to when and asks again: the old answer was for the old day.
    boss.press(&page, "Nytt tidspunkt").await;
    boss.reply().await;
    assert!(boss
        .says("13.1.2027 17:00")
        .await
        .text
        .starts_with("Samlingen er endret. 2 personer får beskjed."));
    let moved = ola.reply().await;
    assert!(
        moved.text.contains(
            "Ny tid: onsdag 13. januar 2027, kl. 17.00–19.00. Før: tirsdag 12. januar 2027, kl. 17.00–19.00.\n\
             Svar på nytt om du kommer: svaret du ga før, gjaldt den gamle tiden."
        ),
        "{}",
        moved.text
    );
    assert_eq!(moved.labels(), ["Jeg kommer", "Jeg kommer ikke", "Legg til i kalenderen"]);
    kari.reply().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0, "the answer for the old day is gone");

    // The topic and the agenda can change too.
    boss.press(&page, "Nytt tema").await;
    assert_eq!(boss.reply().await.text, "Skriv det nye temaet.");
    // A topic over the limit is refused and can be typed again; nobody is told.
    let too_long = boss.says(&"x".repeat(501)).await;
    assert!(too_long.text.starts_with("Skriv en tekst på"), "{}", too_long.text);
    boss.says("Nettverk og jobb").await;
    let renamed = ola.reply().await;
    assert!(
        renamed.text.starts_with(
            "Endring: samlingen «Nettverk og jobb» er endret.\nNytt tema: Nettverk og jobb. Før: Nettverk.\n\n"
        ),
        "{}",
        renamed.text
    );
    kari.reply().await;
    boss.press(&page, "Nytt program").await;
    boss.reply().await;
    boss.says("Kaffe, så CV-hjelp").await;
    let agenda = ola.reply().await;
    assert!(
        agenda.text.contains("Programmet er endret.") && agenda.text.ends_with("Kaffe, så CV-hjelp"),
        "{}",
        agenda.text
    );
    kari.reply().await;

    boss.press(&page, "Avlys samlingen").await;
    let ask = boss.reply().await;
    boss.press(&ask, "Ja, avlys").await;
    assert_eq!(boss.reply().await.text, "Samlingen er avlyst. 2 personer får beskjed.");
    assert_eq!(
        ola.reply().await.text,
        "Avlyst: samlingen «Nettverk og jobb», onsdag 13. januar 2027, kl. 17.00–19.00, blir ikke noe av."
    );
    kari.reply().await;
    // Confirming again (an old button) tells nobody a second time.
    assert_eq!(boss.press(&ask, "Ja, avlys").await.as_deref(), Some("Denne samlingen er avlyst."));
    ola.hears_nothing_more().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'notice:%'").await, 10);
}

#[tokio::test]
async fn the_rest_of_a_series_is_cancelled_at_once_with_one_notice() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person_named(807, Some("nb"), "Ola");
    let cohort = join_cohort(&app, &ola).await;
    let ids = plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Nettverk", 3).await;
    let single = plan(&app, Audience::Cohort(cohort), "2027-01-20 17:00", "Enkeltmøte", 1).await[0];
    let boss = app.person(COORDINATOR, Some("nb"));
    boss.reply().await; // Ola joined.
    let on = boss.says("/start").await;
    boss.press_data(&on, &Action::Manage(single, ManageStep::Menu).encode()).await;
    assert!(
        !boss.reply().await.labels().iter().any(|l| l.contains("serien")),
        "a single gathering has no series"
    );

    boss.press_data(&on, &Action::Manage(ids[1], ManageStep::Menu).encode()).await;
    let page = boss.reply().await;
    assert_eq!(page.labels().last().copied(), Some("Avlys denne og resten av serien (2 samlinger)"));
    boss.press(&page, "Avlys denne og resten av serien (2 samlinger)").await;
    let ask = boss.reply().await;
    assert_eq!(
        ask.text,
        "Vil du avlyse Nettverk, tirsdag 9. februar 2027, kl. 17.00–19.00, og resten av serien? Det er 2 \
         samlinger i alt. Alle inviterte får beskjed."
    );
    boss.press(&ask, "Ja, avlys").await;
    assert_eq!(boss.reply().await.text, "2 samlinger er avlyst. Én person får beskjed.");
    assert_eq!(
        ola.reply().await.text,
        "Avlyst: samlingene «Nettverk» fra tirsdag 9. februar 2027, kl. 17.00–19.00 og utover blir ikke noe av \
         (2 samlinger)."
    );
    ola.hears_nothing_more().await;
    let cancelled: Vec<i64> = sqlx::query_scalar("SELECT id FROM gatherings WHERE cancelled = 1 ORDER BY id")
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(cancelled, [ids[1], ids[2]], "the first of the series and the single one stay");
    let pending = format!(
        "SELECT COUNT(*) FROM gathering_reminders WHERE done = 0 AND gathering_id IN ({}, {})",
        ids[1], ids[2]
    );
    assert_eq!(app.count(&pending).await, 0, "no reminders for cancelled gatherings");
    assert_eq!(boss.press(&ask, "Ja, avlys").await.as_deref(), Some("Denne samlingen er avlyst."));
}

#[tokio::test]
async fn a_coordinators_long_lists_of_gatherings_and_audiences_come_in_pages() {
    let app = TestApp::spawn_with_coordinator(5901).await;
    app.clock.set(oslo("2027-01-01 12:00"));
    for i in 0..25 {
        app.store.ensure_cohort("oslo-reserved", "oslo-kommune", &format!("Kull {i:02}")).await.unwrap();
    }
    plan(&app, Audience::Programme, "2027-01-12 17:00", "Samling", 25).await;
    let boss = app.person(5901, Some("nb"));
    let gatherings = boss.says("/gatherings").await;
    assert!(gatherings.text.ends_with("Side 1 av 2. 25 i alt."), "{}", gatherings.text);
    boss.press(&gatherings, "Neste side").await;
    let rest = boss.reply().await;
    assert_eq!(rest.labels().len(), 6, "the last five and Previous: {:?}", rest.labels());
    // Audiences: everyone, alerts, four programmes, 25 cohorts, mentors, coordinators.
    let audiences = boss.says("/broadcast").await;
    assert!(audiences.text.ends_with("Side 1 av 2. 33 i alt."), "{}", audiences.text);
    boss.press(&audiences, "Neste side").await;
    assert!(boss.reply().await.labels().contains(&"Alle koordinatorer"));
    // /newgathering: 25 cohorts, then the mentors and everyone of four programmes.
    let plan = boss.says("/newgathering").await;
    assert!(plan.text.ends_with("Side 1 av 2. 33 i alt."), "{}", plan.text);
}
