//! One person floods the bot; how long does another person wait? (release
//! build):
//!
//!     cargo bench --bench flood
//!
//! Through the loopback Bot API stand-in, in one run: another person's
//! /help answered on a quiet bot, then the same while one person has just
//! sent 1,000 updates (`/start` with made-up invitation codes, each of which
//! would cost a write transaction). Before it prints, it checks that the
//! work was done: the other person was answered, the flooder got at most
//! the burst of answers and exactly one notice. Target: under 1 s.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use traineebot::app::Application;
use traineebot::config::Config;
use traineebot::standin::FakeBotApi;

const FLOOD: usize = 1_000;
const FLOODER: i64 = 1;
const OTHER: i64 = 2;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let quiet = answer_time(0).await;
    let flooded = answer_time(FLOOD).await;
    println!("another person's /help on a quiet bot: {:.1} ms", quiet.as_secs_f64() * 1000.0);
    println!(
        "another person's /help right after {FLOOD} updates from one person: {:.1} ms (target < 1 s)",
        flooded.as_secs_f64() * 1000.0
    );
}

/// How long `OTHER`'s /help takes after `flood` updates from `FLOODER`.
async fn answer_time(flood: usize) -> Duration {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("flood.db").display());
    let config = Config::local(&api.url(), &database).unwrap();
    let burst = config.rate_limit.burst as usize;
    let app = Application::build(&config).await.unwrap().with_poll_timeout(Duration::from_secs(1));
    let shutdown = app.shutdown_token();
    let mut task = tokio::spawn(app.run());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !api.calls().iter().any(|c| c.method == "getMe") {
        assert!(Instant::now() < deadline, "the bot did not start");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    for i in 0..flood {
        api.push_update(text_update(FLOODER, &format!("/start code{i:08}")));
    }
    let began = Instant::now();
    api.push_update(text_update(OTHER, "/help"));
    let to = |chat: i64| {
        move |c: &traineebot::standin::Call| c.method == "sendMessage" && c.params["chat_id"] == chat
    };
    while !api.calls().iter().any(to(OTHER)) {
        assert!(began.elapsed() < Duration::from_secs(120), "the other person was never answered");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let took = began.elapsed();
    // The work was done: the flood was cut short, with one notice.
    if flood > 0 {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let to_flooder: Vec<String> = api
            .calls()
            .into_iter()
            .filter(to(FLOODER))
            .filter_map(|c| c.params["text"].as_str().map(str::to_owned))
            .collect();
        let notices = to_flooder.iter().filter(|t| t.starts_with("Du sender mange meldinger")).count();
        assert_eq!(notices, 1, "{to_flooder:?}");
        assert!(to_flooder.len() <= 2 * burst + 1, "{} messages to the flooder", to_flooder.len());
    }
    traineebot::app::stop(&shutdown, &mut task).await.unwrap().unwrap();
    took
}

fn text_update(id: i64, text: &str) -> Value {
    json!({ "message": {
        "message_id": 1, "date": 1_700_000_000,
        "chat": { "id": id, "type": "private", "first_name": "Bench" },
        "from": { "id": id, "is_bot": false, "first_name": "Bench", "language_code": "nb" },
        "text": text,
        "entities": [{ "type": "bot_command", "offset": 0, "length": 6 }],
    }})
}
