//! A broadcast to 10,000 recipients through the Bot API stand-in, which
//! enforces Telegram's limits (30 messages a second overall, one a second
//! per chat) and answers after 50 ms as Telegram does over the internet:
//!
//!     cargo bench --bench broadcast
//!
//! Prints the achieved rate as a share of the limit (target: at least 95 %),
//! the number of 429 answers the bot caused by going over the limits
//! (target: none), the duration, and the peak resident memory of the process
//! (bot and stand-in together). BENCH_RECIPIENTS=600 makes a quick run.

use std::sync::Arc;
use std::time::{Duration, Instant};

use traineebot::app::Application;
use traineebot::config::Config;
use traineebot::domain::broadcast::BroadcastAudience;
use traineebot::domain::clock::{Clock, SystemClock};
use traineebot::domain::outbox::Payload;
use traineebot::standin::{FakeBotApi, RateLimits};
use traineebot::store::NewBroadcast;

const LIMIT: usize = 30;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let recipients: i64 =
        std::env::var("BENCH_RECIPIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let api = FakeBotApi::start().await.unwrap();
    api.enforce_limits(RateLimits { per_second: LIMIT, chat_interval: Duration::from_secs(1) });
    api.set_latency(Duration::from_millis(50));
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("bench.db").display());
    let mut config = Config::local(&api.url(), &database).unwrap();
    // Quiet hours would hold a broadcast started at night until 08:00.
    config.quiet_hours = traineebot::domain::reminders::QuietHours::parse("00:00-00:00").unwrap();
    let app = Application::build_with_clock(&config, Arc::new(SystemClock)).await.unwrap();
    let store = app.store().clone();
    let mut tx = store.pool().begin().await.unwrap();
    // Seen now: the retention job, which runs at start, forgets applicants
    // not seen for a year (rows without a time it read as never seen).
    let now = SystemClock.now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for id in 1..=recipients {
        sqlx::query("INSERT INTO users (user_id, created_at, last_seen_at) VALUES (?1, ?2, ?2)")
            .bind(100_000 + id)
            .bind(&now)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let shutdown = app.shutdown_token();
    let running = tokio::spawn(app.run());

    let people = store.audience_members(&BroadcastAudience::Everyone, &[], None).await.unwrap();
    let broadcast = NewBroadcast {
        created_by: None,
        audience: BroadcastAudience::Everyone,
        payload: Payload::text("Påminnelse: søknadsfristen er fredag."),
        translations: Vec::new(),
        recipients: people.into_iter().map(|id| (id, traineebot::domain::Lang::Nb)).collect(),
        due_at: SystemClock.now(),
        urgent: false,
        status: None,
        organisation: None,
    };
    let began = Instant::now();
    let id = store.create_broadcast(&broadcast).await.unwrap();
    let mut reported = Instant::now();
    loop {
        let progress = store.broadcast_progress(id).await.unwrap();
        if progress.left == 0 {
            break;
        }
        if reported.elapsed() > Duration::from_secs(30) {
            println!(
                "… {} sent, {} left after {:.0} s",
                progress.sent,
                progress.left,
                began.elapsed().as_secs_f64()
            );
            reported = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let duration = began.elapsed();
    let calls = api.calls();
    let sends: Vec<_> = calls
        .iter()
        .filter(|c| c.method == "sendMessage" && c.result.is_some())
        .map(|c| c.received_at)
        .collect();
    let rate_limited = calls.iter().filter(|c| c.rate_limited).count();
    let first = *sends.iter().min().unwrap();
    let last = *sends.iter().max().unwrap();
    let rate = (sends.len() - 1) as f64 / last.duration_since(first).as_secs_f64();
    let progress = store.broadcast_progress(id).await.unwrap();
    // The work was done before a rate is printed: everyone got it.
    assert_eq!(progress.sent, recipients, "not everyone got the broadcast: {progress:?}");
    assert_eq!(sends.len() as i64, recipients, "deliveries the stand-in saw");
    println!("recipients: {recipients}, delivered: {}, failed: {}", progress.sent, progress.failed);
    println!(
        "duration: {:.1} s (first to last delivery {:.1} s)",
        duration.as_secs_f64(),
        last.duration_since(first).as_secs_f64()
    );
    println!(
        "achieved rate: {rate:.2} messages/s = {:.1} % of the limit of {LIMIT}/s",
        rate / LIMIT as f64 * 100.0
    );
    println!("429 answers caused by the bot going over the limits: {rate_limited}");
    println!("peak resident memory (bot and stand-in): {:.1} MB", peak_rss_kib() as f64 / 1024.0);
    shutdown.shutdown().unwrap().await;
    running.await.unwrap().unwrap();
}

/// The process's peak resident memory, from /proc (Linux).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
