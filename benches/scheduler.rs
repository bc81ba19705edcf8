//! The reminder scheduler with 10,000 trainees and 20 gatherings each
//! (release build):
//!
//!     cargo bench --bench scheduler
//!
//! 500 cohorts of 20 trainees, each cohort with a monthly series of 20
//! gatherings (10,000 gatherings, 40,000 reminder leads). Prints the query
//! plan and the latency of the next-due lookup (target: indexed, under
//! 1 ms), then runs the scheduler tick by tick through 240 days in 15-minute
//! steps, as the running bot would, and prints the work per tick and the
//! resident memory every 60 days (target: flat).

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use traineebot::config::Config;
use traineebot::domain::clock::ManualClock;
use traineebot::domain::gatherings::{oslo_instant, parse_local, plan_starts, Audience, GatheringPlan};
use traineebot::domain::reminders::QuietHours;
use traineebot::i18n::I18n;
use traineebot::jobs::reminders::tick;
use traineebot::services::Services;
use traineebot::store::Store;

const COHORTS: usize = 500;
const TRAINEES_PER_COHORT: usize = 20;
const GATHERINGS_PER_COHORT: u32 = 20;
const LOOKUPS: usize = 2_000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&format!("sqlite://{}", dir.path().join("bench.db").display())).await.unwrap();
    store.migrate().await.unwrap();
    let start = oslo_instant(parse_local("2027-01-01 09:00").unwrap()).unwrap();
    let setup = Instant::now();
    fill(&store, start).await;
    println!(
        "setup: {} trainees, {} gatherings in {:.1} s",
        COHORTS * TRAINEES_PER_COHORT,
        COHORTS * GATHERINGS_PER_COHORT as usize,
        setup.elapsed().as_secs_f64()
    );

    let plan: Vec<(i64, i64, i64, String)> =
        sqlx::query_as("EXPLAIN QUERY PLAN SELECT MIN(due_at) FROM gathering_reminders WHERE done = 0")
            .fetch_all(store.pool())
            .await
            .unwrap();
    println!("next-due lookup plan: {}", plan.iter().map(|r| r.3.as_str()).collect::<Vec<_>>().join("; "));
    let mut lookups = Vec::with_capacity(LOOKUPS);
    for _ in 0..LOOKUPS {
        let began = Instant::now();
        std::hint::black_box(store.reminders_next_due().await.unwrap());
        lookups.push(began.elapsed());
    }
    report("next-due lookup", &mut lookups);

    let clock = Arc::new(ManualClock::new(start));
    let config = Config::from_lookup(|_| None).unwrap();
    let services = Services {
        quiet: QuietHours::default(),
        ..Services::new(&config, store.clone(), Arc::new(I18n::load().unwrap()), clock.clone())
    };
    let steps = 240 * 24 * 4;
    let mut ticks = Vec::with_capacity(steps);
    let mut busy = Vec::new();
    let mut memory = vec![rss_kib()];
    for step in 0..steps {
        clock.set(start + chrono::Duration::minutes(15 * step as i64));
        let before = queued(&store).await;
        let began = Instant::now();
        tick(&services, clock.as_ref()).await.unwrap();
        let took = began.elapsed();
        ticks.push(took);
        if queued(&store).await > before {
            busy.push(took);
        }
        if (step + 1) % (60 * 24 * 4) == 0 {
            memory.push(rss_kib());
        }
    }
    report("tick (all)", &mut ticks);
    let busy_count = busy.len();
    report(&format!("tick that queued reminders ({busy_count} ticks)"), &mut busy);
    println!("reminders queued in 240 days: {}", queued(&store).await);
    let memory: Vec<String> = memory.iter().map(|kib| format!("{:.1} MB", *kib as f64 / 1024.0)).collect();
    println!("resident memory at day 0, 60, 120, 180, 240: {}", memory.join(", "));
}

/// 500 cohorts of 20 trainees with a monthly series of 20 gatherings each.
async fn fill(store: &Store, now: DateTime<Utc>) {
    let mut tx = store.pool().begin().await.unwrap();
    for cohort in 0..COHORTS {
        let cohort_id: i64 = sqlx::query_scalar(
            "INSERT INTO cohorts (programme, name, created_at) VALUES ('oslo-reserved', ?, '') RETURNING id",
        )
        .bind(format!("Kull {cohort}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        for trainee in 0..TRAINEES_PER_COHORT {
            sqlx::query(
                "INSERT INTO members (user_id, role, programme, cohort_id, first_name, language, joined_at)
                 VALUES (?, 'trainee', 'oslo-reserved', ?, 'Trainee', 'nb', '')",
            )
            .bind((cohort * TRAINEES_PER_COHORT + trainee + 1) as i64)
            .bind(cohort_id)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
    let cohorts = store.cohorts(None).await.unwrap();
    for (index, cohort) in cohorts.iter().enumerate() {
        // Cohorts meet on different days of the first week, at 17:00.
        let day = 4 + index % 7;
        let plan = GatheringPlan {
            programme: "oslo-reserved".into(),
            audience: Audience::Cohort(cohort.id),
            first_start: parse_local(&format!("2027-01-{day:02} 17:00")).unwrap(),
            duration_minutes: 120,
            place: "Rådhuset".into(),
            topic: "Samling".into(),
            agenda: String::new(),
            months: GATHERINGS_PER_COHORT,
        };
        let starts = plan_starts(&plan, now).unwrap();
        store.add_gatherings(&plan, &starts, QuietHours::default(), now).await.unwrap();
    }
}

async fn queued(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(store.pool()).await.unwrap()
}

fn report(name: &str, samples: &mut [Duration]) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{name}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms", ms(at(0.5)), ms(at(0.99)), ms(at(1.0)));
}

/// The process's resident memory now, from /proc (Linux).
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
