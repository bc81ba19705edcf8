//! Reading NAV's job feed: `traineebot positions sync` (release build)
//! against the feed stand-in, first with 25,000 items and then with
//! 50,000, each on a fresh database:
//!
//!     cargo bench --bench feed
//!
//! Of every 250 items, 1 is an ad of Oslo's Rekrutteringsordning, 10 are
//! other ads in Oslo (their details are fetched, then they do not match)
//! and the rest are elsewhere (not fetched). Pages hold 1,000 items.
//! Before it prints, each run checks that every matching ad became a
//! position and every item was read. It prints the time and the peak
//! resident memory of the sync process (targets: 50,000 items under 60 s;
//! the peak at 50,000 within 10 % of the peak at 25,000).

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use traineebot::config::{LOCAL_FEED_TOKEN, SHIPPED_SETTINGS};
use traineebot::standin::feed::FakeFeed;
use traineebot::store::Store;

const PAGE: usize = 1_000;
const EVERY: usize = 250;
const OSLO_OTHERS: usize = 10;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let half = run(25_000).await;
    let full = run(50_000).await;
    println!(
        "peak memory at 50,000 / at 25,000: {:.2} (flat: within 1.10); 50,000 items in {:.1} s (target under 60 s)",
        full.peak_kb as f64 / half.peak_kb as f64,
        full.time.as_secs_f64()
    );
}

struct Measured {
    time: Duration,
    peak_kb: i64,
}

async fn run(items: usize) -> Measured {
    let feed = FakeFeed::start(PAGE).await.unwrap();
    let mut matching = 0;
    for block in 0..items / EVERY {
        let uuid = format!("match-{block}");
        let reserved = ad(&format!("Rådgiver {block}"), "Stillingen er del av Rekrutteringsordning.");
        feed.publish(&uuid, "OSLO", reserved, "2026-12-01T10:00:00");
        matching += 1;
        for other in 0..OSLO_OTHERS {
            let ordinary = ad("Kokk", "En vanlig stilling.");
            feed.publish(&format!("oslo-{block}-{other}"), "OSLO", ordinary, "2026-12-01T10:00:00");
        }
        feed.publish_elsewhere(EVERY - 1 - OSLO_OTHERS, "BERGEN");
    }
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    let rule = "[[feed.rule]]\nprogramme = \"oslo-reserved\"\nwords = [\"Rekrutteringsordning\"]\nmunicipalities = [\"Oslo\"]\n";
    std::fs::write(&settings, format!("{SHIPPED_SETTINGS}\n[feed]\nurl = \"{}\"\n\n{rule}", feed.url()))
        .unwrap();
    let database = format!("sqlite://{}", dir.path().join("bench.db").display());

    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_traineebot"))
        .args(["positions", "sync"])
        .env("TRAINEEBOT_CONFIG", &settings)
        .env("NAV_FEED_TOKEN", LOCAL_FEED_TOKEN)
        .env("DATABASE_URL", &database)
        .env("RUST_LOG", "error")
        .env_remove("TELOXIDE_TOKEN")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The high-water mark of the sync process's resident memory (VmHWM,
    // which starts anew at exec; a child's ru_maxrss would count the
    // copy of this process it was forked from), read until it exits.
    let status_file = format!("/proc/{}/status", child.id());
    let mut child = child;
    let sampler = std::thread::spawn(move || {
        let mut peak_kb = 0;
        while let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = status.lines().find_map(|l| l.strip_prefix("VmHWM:")) {
                peak_kb = kb.trim().trim_end_matches("kB").trim().parse().unwrap_or(peak_kb);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        peak_kb
    });
    let status = tokio::task::spawn_blocking(move || child.wait()).await.unwrap().unwrap();
    let time = started.elapsed();
    assert!(status.success(), "the sync failed: {status}");
    let peak_kb: i64 = sampler.join().unwrap();
    assert!(peak_kb > 0, "the sync's memory could not be read");

    let store = Store::open(&database).await.unwrap();
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM positions WHERE closed = 0")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let state = store.feed_state().await.unwrap();
    assert_eq!(stored, matching, "every matching ad is a position");
    assert_eq!(state.ads_read as usize, items, "every item was read");
    assert!(state.error.is_none() && state.synced_at.is_some(), "the pass reached the end: {state:?}");
    store.close().await;

    println!(
        "{items} items ({matching} matching, {} fetched): {:.2} s, {:.0} items/s, peak memory {:.1} MB",
        matching * (1 + OSLO_OTHERS as i64),
        time.as_secs_f64(),
        items as f64 / time.as_secs_f64(),
        peak_kb as f64 / 1024.0
    );
    Measured { time, peak_kb }
}

fn ad(title: &str, description: &str) -> serde_json::Value {
    json!({
        "title": title,
        "description": format!("<p>{description}</p>"),
        "applicationDue": "2099-12-04",
        "workLocations": [{ "city": "OSLO", "municipal": "OSLO" }],
        "employer": { "name": "Bydel Frogner", "orgnr": "974778742" },
        "engagementtype": "Fast",
        "extent": "Heltid",
    })
}
