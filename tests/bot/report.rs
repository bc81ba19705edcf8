//! `traineebot report`: each programme's figures for a period, as CSV.

use traineebot::domain::gatherings::Audience;
use traineebot::domain::positions::{Employment, Position};

use crate::gatherings::{join_cohort, oslo, plan};
use crate::support::TestApp;

fn report(app: &TestApp, args: &[&str]) -> (Option<i32>, String, String) {
    app.cli(&[&["report"], args].concat())
}

const HEADER: &str = "programme,from,to,gatherings_held,invited,answered,said_coming,came,positions_added,\
                      positions_open,positions_closed,alerts,broadcasts_of_organisation,delivered_of_organisation";

fn position(id: &str) -> Position {
    Position {
        external_id: id.to_owned(),
        programme: "oslo-reserved".to_owned(),
        title: "Rådgiver".to_owned(),
        employer: "Bydel Frogner".to_owned(),
        place: "Oslo".to_owned(),
        extent_percent: Some(100),
        employment: Employment::Permanent,
        deadline: "2099-12-04".parse().unwrap(),
        url: "https://example.org/a".to_owned(),
        description: String::new(),
        feed_changed: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_counts_what_was_held_answered_attended_and_advertised() {
    let app = TestApp::spawn().await;
    // Gatherings in January 2026, which is past for the command line's real clock.
    app.clock.set(oslo("2026-01-01 12:00"));
    let ola = app.person_named(7401, Some("nb"), "Ola");
    let cohort = join_cohort(&app, &ola).await;
    let held = plan(&app, Audience::Cohort(cohort), "2026-01-12 17:00", "Nettverk", 1).await[0];
    plan(&app, Audience::Cohort(cohort), "2026-01-19 17:00", "Avlyst", 1).await;
    app.store.cancel_gathering(held + 1).await.unwrap();
    app.store.set_rsvp(held, 7401, true).await.unwrap();
    app.clock.set(oslo("2026-01-12 18:00"));
    app.store.set_attendance(held, 7401, true).await.unwrap();
    // Positions are stamped with the real time: the period below holds it.
    app.store.import_positions(&[position("A1"), position("A2")]).await.unwrap();
    let closed = app.count("SELECT id FROM positions WHERE external_id = 'A2'").await;
    app.store.close_position(closed).await.unwrap();

    let (code, stdout, stderr) = report(&app, &["--from", "2026-01-01", "--to", "2026-12-31"]);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines.len(), 5, "one row per programme: {stdout}");
    assert_eq!(lines[1], "oslo-reserved,2026-01-01,2026-12-31,1,1,1,1,1,2,1,1,0,0,0");
    let others_are_zero = lines[2..].iter().all(|line| line.split(',').skip(3).all(|figure| figure == "0"));
    assert!(others_are_zero, "{stdout}");
    assert!(!stderr.contains("Nothing happened"), "{stderr}");

    let (code, stdout, _) =
        report(&app, &["--organisation", "baerum-kommune", "--from", "2026-01-01", "--to", "2026-12-31"]);
    assert_eq!(code, Some(0));
    assert_eq!(stdout, format!("{HEADER}\nbaerum-immigrants,2026-01-01,2026-12-31,0,0,0,0,0,0,0,0,0,0,0\n"));

    let (code, stdout, stderr) = report(&app, &["--from", "2020-01-01", "--to", "2020-01-31"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("\noslo-reserved,2020-01-01,2020-01-31,0,0,0,0,0,0,0,0,0,0,0\n"), "{stdout}");
    assert!(
        stderr.contains("Nothing happened in this period: every figure but the alerts is 0."),
        "{stderr}"
    );

    let (code, _, stderr) = report(&app, &["--from", "2026-02-01", "--to", "2026-01-01"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("--to 2026-01-01 is before --from 2026-02-01"), "{stderr}");
}
