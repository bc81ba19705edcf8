//! Reminders: the right local time in winter, summer and on both
//! daylight-saving days, quiet hours, opting out, and exactly once across
//! restarts.

use std::time::Duration;

use traineebot::domain::gatherings::Audience;
use traineebot::domain::reminders::{Lead, LeadSet};

use crate::gatherings::{join_cohort, oslo, plan};
use crate::support::{Person, TestApp};

/// Waits for the next message to `person`: its first line and its buttons.
async fn next_reminder(person: &Person<'_>) -> (String, Vec<String>) {
    let sent = person.reply().await;
    (
        sent.text.lines().next().unwrap_or_default().to_owned(),
        sent.labels().iter().map(|l| l.to_string()).collect(),
    )
}

/// The reminder texts the bot sent to `chat`.
fn reminders_to(app: &TestApp, chat: i64) -> impl Iterator<Item = String> {
    app.api.calls().into_iter().filter_map(move |c| {
        let text = c.params["text"].as_str().filter(|t| t.starts_with("Påminnelse"))?.to_owned();
        (c.method == "sendMessage" && c.params["chat_id"] == chat).then_some(text)
    })
}

/// Moves the clock to `local` (Oslo time) and gives the scheduler a moment.
async fn at(app: &TestApp, local: &str) {
    app.clock.set(oslo(local));
    tokio::time::sleep(Duration::from_millis(150)).await;
}

#[tokio::test]
async fn reminders_come_a_week_and_a_day_before_at_the_local_time_in_winter_and_summer() {
    // The outbox rows are read at the end, half a year on: keep them.
    let app = TestApp::spawn_with(|config| config.retention.outbox_days = 3650).await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person_named(901, Some("nb"), "Ola");
    let cohort = join_cohort(&app, &ola).await;
    // 12 January (winter) and 6 July (summer), both 17:00.
    plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Vinter", 1).await;
    plan(&app, Audience::Cohort(cohort), "2027-07-06 17:00", "Sommer", 1).await;

    at(&app, "2027-01-05 16:59").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-01-05 17:00").await;
    let (text, buttons) = next_reminder(&ola).await;
    assert_eq!(text, "Påminnelse: om en uke er det samling.");
    assert_eq!(buttons, ["Jeg kommer", "Jeg kommer ikke", "Legg til i kalenderen"]);
    at(&app, "2027-01-11 17:00").await;
    assert_eq!(next_reminder(&ola).await.0, "Påminnelse: i morgen er det samling.");

    at(&app, "2027-06-29 16:59").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-06-29 17:00").await;
    assert_eq!(next_reminder(&ola).await.0, "Påminnelse: om en uke er det samling.");
    ola.hears_nothing_more().await;
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'reminder:%' ORDER BY id")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    assert_eq!(keys, ["reminder:1:901:7d", "reminder:1:901:1d", "reminder:2:901:7d"]);
}

#[tokio::test]
async fn on_both_daylight_saving_days_the_reminder_keeps_the_local_hour() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-03-01 12:00"));
    let ola = app.person(902, Some("en"));
    let cohort = join_cohort(&app, &ola).await;
    // The day before: 28 March (clocks go forward) and 31 October (back).
    plan(&app, Audience::Cohort(cohort), "2027-03-29 17:00", "Spring", 1).await;
    plan(&app, Audience::Cohort(cohort), "2027-11-01 17:00", "Autumn", 1).await;
    app.store.set_reminder_leads(902, LeadSet(Lead::Day.bit())).await.unwrap();

    at(&app, "2027-03-28 16:59").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-03-28 17:00").await;
    assert_eq!(next_reminder(&ola).await.0, "Reminder: there is a gathering tomorrow.");
    at(&app, "2027-10-31 16:59").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-10-31 17:00").await;
    assert_eq!(next_reminder(&ola).await.0, "Reminder: there is a gathering tomorrow.");
}

#[tokio::test]
async fn a_reminder_due_in_the_quiet_hours_waits_until_eight() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person(903, Some("nb"));
    let cohort = join_cohort(&app, &ola).await;
    // 21:30 on 12 January: a day before is 21:30, quiet -> 08:00 on the 12th.
    plan(&app, Audience::Cohort(cohort), "2027-01-12 21:30", "Kveldsmøte", 1).await;
    app.store.set_reminder_leads(903, LeadSet(Lead::Day.bit())).await.unwrap();
    at(&app, "2027-01-11 21:30").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-01-12 07:59").await;
    ola.hears_nothing_more().await;
    at(&app, "2027-01-12 08:00").await;
    assert_eq!(next_reminder(&ola).await.0, "Påminnelse: i morgen er det samling.");
}

#[tokio::test]
async fn reminders_can_be_chosen_or_turned_off_in_the_bot() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let ola = app.person(904, Some("en"));
    let cohort = join_cohort(&app, &ola).await;
    plan(&app, Audience::Cohort(cohort), "2027-01-20 17:00", "Nettverk", 1).await;
    let page = ola.says("/reminders").await;
    assert_eq!(
        page.text,
        "You get reminders about gatherings: 7 days before, 1 day before.\n\n\
         I do not send reminders between 21:00 and 08:00. A reminder due in that time comes at 08:00."
    );
    assert_eq!(
        page.labels(),
        [
            "Turn off: 7 days before",
            "Turn on: 3 days before",
            "Turn off: 1 day before",
            "Turn on: 2 hours before",
            "Turn off all reminders"
        ]
    );
    ola.press(&page, "Turn on: 2 hours before").await;
    let page = ola.reply().await;
    assert!(page
        .text
        .starts_with("You get reminders about gatherings: 7 days before, 1 day before, 2 hours before."));
    ola.press(&page, "Turn off all reminders").await;
    let page = ola.reply().await;
    assert!(page.text.starts_with("You get no reminders about gatherings."));
    assert_eq!(app.count("SELECT reminder_leads FROM members WHERE user_id = 904").await, 0);
    at(&app, "2027-01-13 17:00").await;
    at(&app, "2027-01-20 15:00").await;
    ola.hears_nothing_more().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM gathering_reminders WHERE done = 0").await,
        0,
        "handled, nobody wanted them"
    );
}

#[tokio::test]
async fn a_restart_sends_no_reminder_twice_and_catches_up_on_what_fell_due_while_down() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let cohort = join_cohort(&app, &app.person(905, Some("nb"))).await;
    plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Samling", 1).await;
    plan(&app, Audience::Cohort(cohort), "2027-01-06 10:00", "Kort varsel", 1).await;
    // Down from 1 January to 6 January 11:00: the week reminder of "Samling"
    // (5 January 17:00) fell due and the gathering is still ahead, so it goes
    // out on start; "Kort varsel" has begun, so its day-before reminder is dropped.
    let app = app.restart_at(oslo("2027-01-06 11:00")).await;
    app.wait_for_call(0, |c| {
        c.params["text"].as_str().is_some_and(|t| t.starts_with("Påminnelse: om en uke"))
    })
    .await;
    // And again: a second start sends nothing twice. The day-before
    // reminder of "Samling" is still to come, once; a week reminder queued
    // again on start would be due before it and so sent before it.
    let app = app.restart_at(oslo("2027-01-06 11:05")).await;
    at(&app, "2027-01-11 17:00").await;
    app.wait_for_call(0, |c| {
        c.params["text"].as_str().is_some_and(|t| t.starts_with("Påminnelse: i morgen"))
    })
    .await;
    let sent: Vec<_> = reminders_to(&app, 905).collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(sent[0].starts_with("Påminnelse: om en uke") && sent[0].contains("Samling"));
    assert!(sent.iter().all(|text| !text.contains("Kort varsel")), "{sent:?}");
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT dedupe_key FROM outbox WHERE chat_id = 905 ORDER BY id")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    assert_eq!(keys, ["reminder:1:905:7d", "reminder:1:905:1d"]);
    assert_eq!(
        app.count("SELECT done FROM gathering_reminders WHERE gathering_id = 2 AND lead = 4").await,
        1
    );
}
