//! Positions from NAV's job feed, read by the running bot from a feed
//! stand-in: pages and next links, conditional requests, faults, stopped
//! and expired ads, alerts, and a restart in the middle of a pass.

use chrono::TimeDelta;
use serde_json::{json, Value};
use traineebot::config::FeedSettings;
use traineebot::domain::clock::Clock;
use traineebot::domain::feed::{Rule, Rules};
use traineebot::standin::feed::{FakeFeed, FeedFault};
use traineebot::store::FeedState;

use crate::support::TestApp;

const OPERATOR: i64 = 4_100;
const APPLICANT: i64 = 4_101;

/// An ad of Oslo's Rekrutteringsordning unless `description` says otherwise.
fn ad(title: &str, description: &str, due: &str) -> Value {
    json!({
        "title": title,
        "description": format!("<p>{description}</p>"),
        "applicationDue": due,
        "applicationUrl": "https://example.org/apply",
        "expires": "2099-12-31T00:00:00",
        "workLocations": [{ "city": "OSLO", "municipal": "OSLO" }],
        "employer": { "name": "Bydel Frogner", "orgnr": "974778742" },
        "engagementtype": "Fast",
        "extent": "Heltid",
    })
}

const RESERVED: &str = "Stillingen er del av Rekrutteringsordning for personer med funksjonsnedsettelse.";

/// The bot reading `feed` with one rule: "Rekrutteringsordning" in Oslo.
async fn reading(feed: &FakeFeed) -> TestApp {
    let url = feed.url();
    TestApp::spawn_with(move |config| {
        let rule = Rule {
            programme: "oslo-reserved".to_owned(),
            words: vec!["Rekrutteringsordning".to_owned()],
            municipalities: vec!["Oslo".to_owned()],
            ..Rule::default()
        };
        let rules = Rules::new(vec![rule], &config.catalogue).unwrap();
        config.feed = Some(FeedSettings::local(&url, rules));
        config.coordinator_ids = vec![OPERATOR];
    })
    .await
}

/// Waits for the pass after `before` to end (reaching the end or failing).
async fn pass_after(app: &TestApp, before: &FeedState) -> FeedState {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let state = app.store.feed_state().await.unwrap();
        if state.synced_at != before.synced_at || state.error != before.error {
            return state;
        }
        assert!(tokio::time::Instant::now() < deadline, "no pass ended after {before:?}");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

/// Moves the clock a minute on (which wakes the reader) and waits for its pass.
async fn next_pass(app: &TestApp) -> FeedState {
    let before = app.store.feed_state().await.unwrap();
    app.clock.set(app.clock.now() + TimeDelta::minutes(1));
    pass_after(app, &before).await
}

async fn first_pass(app: &TestApp) -> FeedState {
    pass_after(app, &FeedState::default()).await
}

/// The positions as (external id, title, closed).
async fn positions(app: &TestApp) -> Vec<(String, String, bool)> {
    sqlx::query_as("SELECT external_id, title, closed FROM positions ORDER BY external_id")
        .fetch_all(app.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn matching_ads_of_every_page_become_positions_and_alerts_and_the_rest_is_left_alone() {
    let feed = FakeFeed::start(2).await.unwrap();
    let app = reading(&feed).await;
    assert_eq!(first_pass(&app).await.page_id.as_deref(), Some("p0"));
    let ali = app.person(APPLICANT, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "Tell me about new positions like these").await;

    feed.publish("ad-1", "OSLO", ad("Rådgiver", RESERVED, "2099-12-04"), "2026-12-01T10:00:00");
    feed.publish("ad-2", "OSLO", ad("Kokk", "En vanlig stilling.", "2099-12-05"), "2026-12-01T10:00:00");
    feed.publish("ad-3", "BERGEN", ad("Arkivar", RESERVED, "2099-12-06"), "2026-12-01T10:00:00");
    feed.publish("ad-4", "OSLO", ad("Vaktmester", RESERVED, "Snarest"), "2026-12-01T10:00:00");
    feed.publish("ad-5", "OSLO", ad("Konsulent", RESERVED, "14.12.2099"), "2026-12-02T10:00:00");
    let state = next_pass(&app).await;

    assert_eq!(
        positions(&app).await,
        [
            ("ad-1".to_owned(), "Rådgiver".to_owned(), false),
            ("ad-5".to_owned(), "Konsulent".to_owned(), false)
        ]
    );
    let (employer, place, url, programme, changed): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT employer, place, url, programme, feed_changed FROM positions WHERE external_id = 'ad-5'",
        )
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(
        (employer.as_str(), place.as_str(), url.as_str(), programme.as_str(), changed.as_str()),
        ("Bydel Frogner", "Oslo", "https://example.org/apply", "oslo-reserved", "2026-12-02")
    );
    assert_eq!((state.ads_read, state.refused, state.added, state.error), (5, 1, 2, None));
    assert_eq!(state.page_id.as_deref(), Some("p2"), "the reader waits on the last page");

    let requests = feed.requests();
    assert!(requests.iter().all(|r| r.authorization.as_deref() == Some("Bearer local-feed-token")));
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    for page in ["/api/v1/feed/p0", "/api/v1/feed/p1", "/api/v1/feed/p2"] {
        assert!(paths.contains(&page), "{page} was read: {paths:?}");
    }
    assert!(!paths.contains(&"/api/v1/feedentry/e2"), "an ad in Bergen is not fetched: {paths:?}");

    let (_, alert) = app
        .wait_for_call(0, |c| {
            c.method == "sendMessage"
                && c.params["chat_id"] == APPLICANT
                && c.params["text"].as_str().unwrap_or("").starts_with("2 new")
        })
        .await;
    assert_eq!(
        alert.params["text"],
        "2 new positions match your alert:\n\n\
         Rådgiver\nBydel Frogner, Oslo\nApply by Friday 4 December 2099\n\n\
         Konsulent\nBydel Frogner, Oslo\nApply by Monday 14 December 2099\n\n\
         See them in /positions. Manage your alerts in /alerts."
    );

    // Nothing new: the last page is asked for conditionally, answers 304,
    // and nothing in the database changes but when the feed was read.
    app.wait_until_count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'", 1).await;
    let dump = app.database_dump().await;
    let state = next_pass(&app).await;
    let last = feed.requests().last().cloned().unwrap();
    assert_eq!((last.path.as_str(), last.status), ("/api/v1/feed/p2", 304));
    assert!(last.if_none_match.is_some());
    assert_eq!((state.ads_read, state.added), (5, 2));
    let without_feed_state =
        |dump: &str| dump.lines().filter(|l| !l.starts_with("feed_state")).collect::<Vec<_>>().join("\n");
    assert_eq!(without_feed_state(&app.database_dump().await), without_feed_state(&dump));

    let kari = app.person(OPERATOR, Some("nb"));
    let stats = kari.says("/stats").await.text;
    assert!(stats.contains("Ledige stillinger fra NAVs stillingsfeed: 2\nFeeden sist lest: "), "{stats}");
    assert!(stats.ends_with("Annonser avvist for feil i dataene: 1"), "{stats}");
}

#[tokio::test]
async fn a_stopped_or_expired_ad_closes_a_changed_one_updates_and_a_closed_one_stays_closed() {
    let feed = FakeFeed::start(10).await.unwrap();
    for (uuid, title) in [("ad-a", "Rådgiver"), ("ad-b", "Arkivar"), ("ad-c", "Kokk"), ("ad-d", "Sjåfør")]
    {
        feed.publish(uuid, "OSLO", ad(title, RESERVED, "2099-12-04"), "2026-12-01T10:00:00");
    }
    let app = reading(&feed).await;
    assert_eq!(first_pass(&app).await.added, 4);
    let closed_by_hand = app.count("SELECT id FROM positions WHERE external_id = 'ad-d'").await;
    app.store.close_position(closed_by_hand).await.unwrap();

    feed.stop("ad-a", "OSLO", "2026-12-03T09:00:00");
    feed.publish("ad-b", "OSLO", ad("Arkivar (deltid)", RESERVED, "2099-12-04"), "2026-12-03T09:00:00");
    let mut expired = ad("Kokk", RESERVED, "2099-12-04");
    expired["expires"] = json!("2026-01-01T00:00:00");
    feed.publish("ad-c", "OSLO", expired, "2026-12-03T09:00:00");
    feed.publish("ad-d", "OSLO", ad("Sjåfør", RESERVED, "2099-12-04"), "2026-12-01T10:00:00");
    let calls = app.api.call_count();
    let state = next_pass(&app).await;

    assert_eq!(
        positions(&app).await,
        [
            ("ad-a".to_owned(), "Rådgiver".to_owned(), true),
            ("ad-b".to_owned(), "Arkivar (deltid)".to_owned(), false),
            ("ad-c".to_owned(), "Kokk".to_owned(), true),
            ("ad-d".to_owned(), "Sjåfør".to_owned(), true),
        ]
    );
    assert_eq!((state.updated, state.closed), (1, 2));
    let paths: Vec<String> = feed.requests().into_iter().map(|r| r.path).collect();
    assert!(
        !paths.contains(&"/api/v1/feedentry/e4".to_owned()),
        "a stopped ad's masked details are not fetched"
    );
    let masked = app.database_dump().await;
    assert!(!masked.contains("*****"), "nothing masked is stored");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        app.api.calls_since(calls).iter().all(|c| c.method != "sendMessage"),
        "no alert for changed or closed positions"
    );

    // A position whose deadline passes is no longer listed.
    feed.publish(
        "ad-e",
        "OSLO",
        ad("Lærer", RESERVED, &app.clock.today_in_oslo().to_string()),
        "2026-12-03T09:00:00",
    );
    next_pass(&app).await;
    let per = app.person(4_102, Some("en"));
    assert!(per.says("/positions").await.text.contains("Lærer"));
    app.clock.set(app.clock.now() + TimeDelta::days(2));
    let list = per.says("/positions").await.text;
    assert!(!list.contains("Lærer") && list.contains("Arkivar (deltid)"), "{list}");
}

#[tokio::test]
async fn faults_are_retried_or_recorded_and_the_bot_keeps_answering() {
    let feed = FakeFeed::start(10).await.unwrap();
    feed.publish("ad-1", "OSLO", ad("Rådgiver", RESERVED, "2099-12-04"), "2026-12-01T10:00:00");
    // A 500 and a 429 with Retry-After are waited out within the pass.
    feed.fail_next(FeedFault::Status(500));
    feed.fail_next(FeedFault::RetryAfter(1));
    let app = reading(&feed).await;
    let state = first_pass(&app).await;
    assert_eq!((state.added, state.error.as_ref()), (1, None));
    let statuses: Vec<u16> = feed.requests().iter().map(|r| r.status).take(3).collect();
    assert_eq!(statuses, [500, 429, 200]);

    // A feed that keeps failing, a body that is not JSON, and a refused
    // token are each recorded by category; the bot goes on answering.
    feed.publish("ad-2", "OSLO", ad("Arkivar", RESERVED, "2099-12-04"), "2026-12-01T10:00:00");
    for _ in 0..4 {
        feed.fail_next(FeedFault::Status(503));
    }
    assert_eq!(next_pass(&app).await.error.map(|(category, _)| category).as_deref(), Some("unavailable"));
    feed.fail_next(FeedFault::NotJson);
    assert_eq!(next_pass(&app).await.error.map(|(category, _)| category).as_deref(), Some("malformed"));
    feed.fail_next(FeedFault::Status(401));
    let state = next_pass(&app).await;
    assert_eq!(state.error.map(|(category, _)| category).as_deref(), Some("token"));
    assert_eq!(
        feed.requests().iter().filter(|r| r.status == 401).count(),
        1,
        "a refused token is not retried"
    );
    assert_eq!(positions(&app).await.len(), 1, "nothing of the failed passes is half applied");

    let ops = app.person(OPERATOR, Some("en"));
    let stats = ops.says("/stats").await.text;
    assert!(stats.contains("Open positions from NAV's job feed: 1\nReading the feed failed "), "{stats}");
    assert!(
        stats.ends_with(": the feed did not accept the token. The operator must check NAV_FEED_TOKEN."),
        "{stats}"
    );

    // The next good pass clears the error and takes what it missed.
    let state = next_pass(&app).await;
    assert_eq!((state.error, state.added), (None, 2));
    let stats = ops.says("/stats").await.text;
    assert!(stats.contains("Open positions from NAV's job feed: 2\nFeed last read: "), "{stats}");
}

#[tokio::test]
async fn a_restart_in_the_middle_of_a_pass_neither_loses_nor_repeats_a_position() {
    let feed = FakeFeed::start(2).await.unwrap();
    let app = reading(&feed).await;
    first_pass(&app).await;
    let ali = app.person(APPLICANT, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "Tell me about new positions like these").await;
    for n in 1..=6 {
        feed.publish(
            &format!("ad-{n}"),
            "OSLO",
            ad(&format!("Stilling {n}"), RESERVED, "2099-12-04"),
            "2026-12-01T10:00:00",
        );
    }
    // The third page fails for good: the pass stops after two pages.
    for _ in 0..4 {
        feed.fail_at("/api/v1/feed/p2", FeedFault::Status(502));
    }
    let state = next_pass(&app).await;
    assert_eq!((state.page_id.as_deref(), state.added, state.items_done), (Some("p2"), 4, 0));
    app.wait_for_call(0, |c| {
        c.params["chat_id"] == APPLICANT && c.params["text"].as_str().unwrap_or("").starts_with("4 new")
    })
    .await;

    let requests_before = feed.requests().len();
    let failed = app.store.feed_state().await.unwrap();
    let app = app.restart().await;
    let state = pass_after(&app, &failed).await;
    assert_eq!((state.added, state.error), (6, None));
    assert_eq!(feed.requests()[requests_before].path, "/api/v1/feed/p2", "it resumes where it stopped");
    let ids: Vec<String> = positions(&app).await.into_iter().map(|(id, _, _)| id).collect();
    assert_eq!(ids, ["ad-1", "ad-2", "ad-3", "ad-4", "ad-5", "ad-6"]);
    let (_, second) = app
        .wait_for_call(0, |c| {
            c.params["chat_id"] == APPLICANT && c.params["text"].as_str().unwrap_or("").starts_with("2 new")
        })
        .await;
    let text = second.params["text"].as_str().unwrap();
    assert!(
        text.contains("Stilling 5") && text.contains("Stilling 6") && !text.contains("Stilling 1"),
        "{text}"
    );
}

#[tokio::test]
async fn a_feed_that_cannot_be_reached_is_recorded_as_a_network_failure() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = url::Url::parse(&format!("http://{}/", closed.local_addr().unwrap())).unwrap();
    drop(closed);
    let app = TestApp::spawn_with(move |config| {
        let rule = Rule {
            programme: "oslo-reserved".to_owned(),
            words: vec!["Rekrutteringsordning".to_owned()],
            ..Rule::default()
        };
        config.feed = Some(FeedSettings::local(&url, Rules::new(vec![rule], &config.catalogue).unwrap()));
        config.coordinator_ids = vec![OPERATOR];
    })
    .await;
    let state = first_pass(&app).await;
    assert_eq!(state.error.map(|(category, _)| category).as_deref(), Some("network"));
    let stats = app.person(OPERATOR, Some("nn")).says("/stats").await.text;
    assert!(stats.ends_with(": boten nådde ikkje fram til feeden. Boten prøver igjen sjølv."), "{stats}");
}
