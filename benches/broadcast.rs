//! A broadcast through the Bot API stand-in, which enforces Telegram's
//! limits (a number of messages a second overall, one a second per chat)
//! and answers after 50 ms as Telegram does over the internet, in three
//! scenarios one after another in one run:
//!
//! - clean: 30 messages a second, no faults (target: at least 97 % of it);
//! - faults: the same, with every 33rd send answered 500 and every 50th
//!   answered 429 with retry_after 1 (target: at least 95 %, none lost);
//! - paid: paid broadcast mode at 1,000 a second (target: at least 90 %).
//!
//!     cargo bench --bench broadcast
//!
//! Each prints the achieved rate as a share of its limit, the 429 answers
//! the bot caused by going over the limits (target: none), the duration and
//! the process's peak resident memory, after checking that every recipient
//! got the broadcast exactly once. BENCH_RECIPIENTS (default 10,000) sets
//! the recipients of the 30/s scenarios; paid mode sends to ten times as
//! many, up to 30,000.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use traineebot::app::Application;
use traineebot::config::Config;
use traineebot::domain::broadcast::BroadcastAudience;
use traineebot::domain::clock::{Clock, SystemClock};
use traineebot::domain::outbox::Payload;
use traineebot::domain::Lang;
use traineebot::standin::{FakeBotApi, Fault, RateLimits};
use traineebot::store::NewBroadcast;

/// One way of running the broadcast.
struct Scenario {
    name: &'static str,
    limit: u32,
    recipients: i64,
    faults: bool,
    paid: bool,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let recipients: i64 =
        std::env::var("BENCH_RECIPIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let paid = (recipients * 10).min(30_000);
    for scenario in [
        Scenario { name: "clean", limit: 30, recipients, faults: false, paid: false },
        Scenario { name: "faults (3 % 500, 2 % 429)", limit: 30, recipients, faults: true, paid: false },
        Scenario { name: "paid broadcast mode", limit: 1000, recipients: paid, faults: false, paid: true },
    ] {
        run(&scenario).await;
    }
}

async fn run(scenario: &Scenario) {
    let (limit, recipients) = (scenario.limit, scenario.recipients);
    let api = FakeBotApi::start().await.unwrap();
    api.enforce_limits(RateLimits { per_second: limit as usize, chat_interval: Duration::from_secs(1) });
    api.set_latency(Duration::from_millis(50));
    if scenario.faults {
        api.fail_every("sendMessage", 33, Fault::ServerError);
        api.fail_every("sendMessage", 50, Fault::RetryAfter(1));
    }
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("bench.db").display());
    let mut config = Config::local(&api.url(), &database).unwrap();
    // Quiet hours would hold a broadcast started at night until 08:00.
    config.quiet_hours = traineebot::domain::reminders::QuietHours::parse("00:00-00:00").unwrap();
    config.outbox.per_second = limit;
    config.outbox.paid_broadcast = scenario.paid;
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
        recipients: people.into_iter().map(|id| (id, Lang::Nb)).collect(),
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
                "  {} sent, {} left after {:.0} s",
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
    let delivered: Vec<_> =
        calls.iter().filter(|c| c.method == "sendMessage" && c.result.is_some()).collect();
    let rate_limited = calls.iter().filter(|c| c.rate_limited).count();
    let injected = calls.iter().filter(|c| c.failed_with.is_some() && !c.rate_limited).count();
    let first = delivered.iter().map(|c| c.received_at).min().unwrap();
    let last = delivered.iter().map(|c| c.received_at).max().unwrap();
    let rate = (delivered.len() - 1) as f64 / last.duration_since(first).as_secs_f64();
    let progress = store.broadcast_progress(id).await.unwrap();
    // The work was done before a rate is printed: everyone got it, once.
    assert_eq!(progress.sent, recipients, "not everyone got the broadcast: {progress:?}");
    let chats: HashSet<i64> = delivered.iter().filter_map(|c| c.params["chat_id"].as_i64()).collect();
    assert_eq!((delivered.len() as i64, chats.len() as i64), (recipients, recipients), "each got it once");
    println!("{}: {recipients} recipients at {limit}/s", scenario.name);
    println!("  delivered: {} (once each), failed: {}", progress.sent, progress.failed);
    println!("  faults injected by the stand-in: {injected}");
    println!(
        "  duration: {:.1} s (first to last delivery {:.1} s)",
        duration.as_secs_f64(),
        last.duration_since(first).as_secs_f64()
    );
    println!("  achieved rate: {rate:.2} messages/s = {:.1} % of {limit}/s", rate / f64::from(limit) * 100.0);
    println!("  429 answers caused by the bot going over the limits: {rate_limited}");
    println!("  peak resident memory so far (bot and stand-in): {:.1} MB", peak_rss_kib() as f64 / 1024.0);
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
