//! Rendering speed of /positions with 10,000 positions in the store
//! (release build):
//!
//!     cargo bench --bench positions
//!
//! Renders the first page and a filtered page (programme, full time and an
//! employer) 2,000 times each, exactly as the bot does before sending (the
//! database queries, the filter in words and the text and buttons), and
//! prints the 50th and 99th percentiles (target: p99 under 5 ms).

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use traineebot::bot::{render_positions_page, AppState};
use traineebot::config::Config;
use traineebot::domain::clock::ManualClock;
use traineebot::domain::positions::{AlertFilter, Employment, Extent, Filter, Position};
use traineebot::domain::Lang;
use traineebot::i18n::{I18n, Tr};
use traineebot::services::alerts::alert_texts;
use traineebot::store::Alert;
use traineebot::store::Store;

const POSITIONS: usize = 10_000;
const RUNS: usize = 2_000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&format!("sqlite://{}", dir.path().join("bench.db").display())).await.unwrap();
    store.migrate().await.unwrap();
    let config = Config::from_lookup(|_| None).unwrap();
    let programmes: Vec<String> = config.catalogue.programmes.iter().map(|p| p.id.clone()).collect();
    let start = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let positions: Vec<Position> = (0..POSITIONS)
        .map(|i| position(i, &format!("B{i}"), &programmes, start + chrono::Duration::days((i % 365) as i64)))
        .collect();
    let imported = store.import_positions(&positions).await.unwrap();
    assert_eq!(imported.added as usize, POSITIONS);

    let i18n = Arc::new(I18n::load().unwrap());
    let clock = Arc::new(ManualClock::new("2026-12-01T09:00:00Z".parse().unwrap()));
    let app = AppState::new(&config, store.clone(), i18n.clone(), clock);
    let tr = Tr::new(i18n.clone(), Lang::Nb);
    let employer_of: i64 =
        sqlx::query_scalar("SELECT id FROM positions WHERE employer = 'Virksomhet 7' LIMIT 1")
            .fetch_one(store.pool())
            .await
            .unwrap();
    let filtered = Filter {
        programme: Some(programmes[2].clone()),
        employment: None,
        extent: Some(Extent::FullTime),
        employer_of: Some(employer_of),
    };
    for (name, filter) in [("first page", Filter::default()), ("filtered page", filtered)] {
        let (text, _, _) = render_positions_page(&tr, &app, 0, &filter).await.unwrap();
        assert!(text.starts_with("Ledige stillinger, 1–5 av "), "{text}");
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let started = Instant::now();
            render_positions_page(&tr, &app, 0, &filter).await.unwrap();
            times.push(started.elapsed());
        }
        times.sort();
        let at = |q: f64| times[((RUNS as f64 * q) as usize).min(RUNS - 1)];
        println!(
            "{name} with {POSITIONS} positions: p50 {}, p99 {}, max {} (target p99 < 5 ms)",
            ms(at(0.50)),
            ms(at(0.99)),
            ms(*times.last().unwrap())
        );
    }
    alert_matching(&i18n, &programmes, start);
}

/// The alert messages after an import of 18,000 new positions for 40 people
/// with an alert each (four kinds of filter): linear, so well under 2 s.
fn alert_matching(i18n: &Arc<I18n>, programmes: &[String], start: NaiveDate) {
    const NEW: usize = 18_000;
    const PEOPLE: i64 = 40;
    let positions: Vec<Position> = (0..NEW)
        .map(|i| position(i, &format!("N{i}"), programmes, start + chrono::Duration::days(30)))
        .collect();
    let alerts: Vec<Alert> = (0..PEOPLE)
        .map(|id| Alert {
            id,
            user_id: 1_000 + id,
            language: Lang::Nb,
            filter: match id % 4 {
                0 => AlertFilter::default(),
                1 => AlertFilter { programme: Some(programmes[1].clone()), ..AlertFilter::default() },
                2 => AlertFilter { employment: Some(Employment::Temporary), ..AlertFilter::default() },
                _ => AlertFilter { employer: Some(format!("Virksomhet {id}")), ..AlertFilter::default() },
            },
        })
        .collect();
    let started = Instant::now();
    let texts = alert_texts(i18n, &alerts, &positions);
    let took = started.elapsed();
    // The work was done: a message for everyone, each within Telegram's limit.
    assert_eq!(texts.len(), PEOPLE as usize, "every alert matched something");
    assert!(texts.iter().all(|(_, text)| text.chars().count() <= 4096 && text.contains("nye stillinger")));
    println!(
        "alert messages for {NEW} new positions and {PEOPLE} alerts: {} ({} messages, the longest {} characters; target < 2 s)",
        ms(took),
        texts.len(),
        texts.iter().map(|(_, t)| t.chars().count()).max().unwrap_or(0)
    );
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

/// The `i`th made-up position, known as `external_id`: programmes, employers
/// (200), extents and kinds of employment in turn.
fn position(i: usize, external_id: &str, programmes: &[String], deadline: NaiveDate) -> Position {
    Position {
        external_id: external_id.to_owned(),
        programme: programmes[i % programmes.len()].clone(),
        title: format!("Rådgiver {i}"),
        employer: format!("Virksomhet {}", i % 200),
        place: "Oslo".to_owned(),
        extent_percent: Some(if i.is_multiple_of(3) { 60 } else { 100 }),
        employment: Employment::ALL[i % 3],
        deadline,
        url: format!("https://example.org/{}", external_id.to_lowercase()),
        description: String::new(),
        feed_changed: None,
    }
}
