//! Throughput and memory benchmark (release build):
//!
//!     cargo bench --bench throughput
//!
//! Drives, through the same loopback Bot API stand-in and in one run,
//! (a) a bare teloxide echo bot and (b) traineebot, each with updates from
//! 1,000 distinct users, and prints updates per second for both and their
//! ratio (target: traineebot costs at most 2x the echo bot per update). The
//! traineebot mix per user is a press on an eligibility question (an edit
//! plus a callback answer), /start and /programmes. Then it starts the
//! release binary against the stand-in and prints its resident memory when
//! idle (target: at most 15 MB) and after 1,000, 5,000 and 20,000 distinct
//! people wrote to it, each answered (target: flat within 10 % between the
//! last two).
//!
//! The stand-in runs on a thread of its own, so that CPU time is reported
//! both for the whole process and for the bot alone (the whole process less
//! the stand-in's thread): the fake server's work grows with what the bot
//! sends, but it is Telegram's work, not the bot's.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use teloxide::prelude::*;
use teloxide::update_listeners::Polling;
use traineebot::app::Application;
use traineebot::config::Config;
use traineebot::standin::FakeBotApi;

const USERS: i64 = 1_000;
/// Rounds of the echo / traineebot comparison (`THROUGHPUT_ROUNDS`, to try
/// a change quickly; the README's figures are from the default).
fn rounds() -> usize {
    std::env::var("THROUGHPUT_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(9)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let (mut echo, mut trainee, mut ratios, mut cpu_ratios, mut bot_cpu_ratios) =
        (vec![], vec![], vec![], vec![], vec![]);
    for round in 1..=rounds() {
        let (e, t) = (echo_bot().await, traineebot().await);
        let cpu_ratio = t.cpu_per_update.as_secs_f64() / e.cpu_per_update.as_secs_f64();
        let bot_cpu_ratio = t.bot_cpu_per_update.as_secs_f64() / e.bot_cpu_per_update.as_secs_f64();
        println!(
            "round {round}: echo {:.0} updates/s ({} µs CPU each, {} µs in the bot), \
             traineebot {:.0} updates/s ({} µs CPU each, {} µs in the bot); \
             ratio by rate {:.2}, by CPU {cpu_ratio:.2}, by the bot's CPU {bot_cpu_ratio:.2}",
            e.rate,
            e.cpu_per_update.as_micros(),
            e.bot_cpu_per_update.as_micros(),
            t.rate,
            t.cpu_per_update.as_micros(),
            t.bot_cpu_per_update.as_micros(),
            e.rate / t.rate
        );
        echo.push(e.rate);
        trainee.push(t.rate);
        ratios.push(e.rate / t.rate);
        cpu_ratios.push(cpu_ratio);
        bot_cpu_ratios.push(bot_cpu_ratio);
    }
    println!("median echo bot:   {:.0} updates/s", median(echo));
    println!("median traineebot: {:.0} updates/s", median(trainee));
    println!("median ratio by rate (echo / traineebot): {:.2}x (target <= 2x)", median(ratios));
    println!(
        "median ratio by CPU time per update, whole process (traineebot / echo): {:.2}x",
        median(cpu_ratios)
    );
    println!(
        "median ratio by CPU time per update, the bot without the stand-in (traineebot / echo): {:.2}x \
         (target <= 2x)",
        median(bot_cpu_ratios)
    );
    match resident_memory().await {
        Some((idle, after)) => {
            println!("idle resident memory of the release binary: {:.1} MB (target <= 15 MB)", mb(idle));
            let [a, b, c] = after;
            println!(
                "resident memory after 1,000 / 5,000 / 20,000 distinct people, every one answered: \
                 {:.1} / {:.1} / {:.1} MB; from 5,000 to 20,000: {:+.1} % (target within 10 %)",
                mb(a),
                mb(b),
                mb(c),
                (c as f64 / b as f64 - 1.0) * 100.0
            );
        }
        None => println!("resident memory: not measurable here (no /proc)"),
    }
}

fn mb(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn user(id: i64) -> Value {
    json!({ "id": id, "is_bot": false, "first_name": "Bench", "language_code": "nb" })
}

fn text_update(id: i64, text: &str) -> Value {
    let mut message = json!({
        "message_id": 1, "date": 1_700_000_000,
        "chat": { "id": id, "type": "private", "first_name": "Bench" },
        "from": user(id), "text": text,
    });
    if text.starts_with('/') {
        message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": text.len() }]);
    }
    json!({ "message": message })
}

/// Waits until the stand-in has recorded `total` calls.
async fn wait_for_calls(api: &FakeBotApi, total: usize) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while api.call_count() < total {
        assert!(Instant::now() < deadline, "the bot stalled at {} of {total} calls", api.call_count());
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Waits until the bot has finished starting: getMe is its last start-up call.
async fn wait_until_started(api: &FakeBotApi) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !api.calls().iter().any(|c| c.method == "getMe") {
        assert!(Instant::now() < deadline, "the bot did not start");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// CPU time used so far by this process (`RUSAGE_SELF`, all threads) or
/// by the calling thread (`RUSAGE_THREAD`), from getrusage.
fn cpu_time(who: libc::c_int) -> Duration {
    // SAFETY: getrusage only writes into the zeroed struct we pass.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

/// The stand-in, serving from a thread and runtime of its own.
struct Standin {
    api: FakeBotApi,
    runtime: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Standin {
    fn start() -> Standin {
        let (started, receive) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("standin".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                runtime.block_on(async {
                    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
                    let api = FakeBotApi::start().await.unwrap();
                    started
                        .send(Standin { api, runtime: tokio::runtime::Handle::current(), _stop: stop })
                        .unwrap();
                    let _ = stopped.await;
                });
            })
            .unwrap();
        receive.recv().unwrap()
    }

    /// CPU time the stand-in's thread has used so far.
    async fn cpu_time(&self) -> Duration {
        self.runtime.spawn(async { cpu_time(libc::RUSAGE_THREAD) }).await.unwrap()
    }
}

/// One measured run: updates per second, and CPU time per update, for the
/// whole process and for the bot alone.
#[derive(Clone, Copy)]
struct Run {
    rate: f64,
    cpu_per_update: Duration,
    bot_cpu_per_update: Duration,
}

/// Pushes `updates`, waits for `calls` more calls.
async fn measure(standin: &Standin, updates: Vec<Value>, calls: usize) -> Run {
    let api = &standin.api;
    let target = api.call_count() + calls;
    let count = updates.len() as u32;
    let (start, cpu_start, standin_start) =
        (Instant::now(), cpu_time(libc::RUSAGE_SELF), standin.cpu_time().await);
    for update in updates {
        api.push_update(update);
    }
    wait_for_calls(api, target).await;
    let rate = count as f64 / start.elapsed().as_secs_f64();
    let (cpu, standin_cpu) =
        (cpu_time(libc::RUSAGE_SELF) - cpu_start, standin.cpu_time().await - standin_start);
    Run { rate, cpu_per_update: cpu / count, bot_cpu_per_update: cpu.saturating_sub(standin_cpu) / count }
}

async fn echo_bot() -> Run {
    let standin = Standin::start();
    let api = &standin.api;
    let bot = Bot::new("1:BENCH").set_api_url(api.url());
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or("?")).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler).build();
    let shutdown = dispatcher.shutdown_token();
    let listener = Polling::builder(bot).timeout(Duration::from_secs(1)).build();
    let mut task = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, teloxide::error_handlers::LoggingErrorHandler::new())
            .await
    });
    wait_until_started(api).await;
    let mut updates = Vec::new();
    for id in 1..=USERS {
        for text in ["/start", "/programmes", "Ja"] {
            updates.push(text_update(id, text));
        }
    }
    let rate = measure(&standin, updates, 3 * USERS as usize).await;
    traineebot::app::stop(&shutdown, &mut task).await.unwrap();
    rate
}

async fn traineebot() -> Run {
    let standin = Standin::start();
    let api = &standin.api;
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("bench.db").display());
    let config = Config::local(&api.url(), &database).unwrap();
    let app = Application::build(&config).await.unwrap().with_poll_timeout(Duration::from_secs(1));
    let shutdown = app.shutdown_token();
    let mut task = tokio::spawn(app.run());

    // Not timed: every user starts a check, so there is a question to press.
    wait_until_started(api).await;
    let before = api.call_count();
    for id in 1..=USERS {
        api.push_update(text_update(id, "/eligibility"));
    }
    wait_for_calls(api, before + 2 * USERS as usize).await;
    let questions: Vec<(i64, i64, String)> = api
        .calls_since(before)
        .into_iter()
        .filter(|c| c.method == "sendMessage" && c.params["reply_markup"].is_object())
        .map(|c| {
            let chat = c.params["chat_id"].as_i64().unwrap();
            let message = c.result.as_ref().unwrap()["message_id"].as_i64().unwrap();
            let data = c.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"].as_str().unwrap();
            (chat, message, data.to_owned())
        })
        .collect();
    assert_eq!(questions.len(), USERS as usize);

    let mut updates = Vec::new();
    for (chat, message_id, data) in questions {
        // The press comes first: a command would end the check.
        updates.push(json!({ "callback_query": {
            "id": format!("q{chat}"), "from": user(chat), "chat_instance": "bench",
            "message": api.message(chat, message_id).unwrap(), "data": data,
        }}));
        updates.push(text_update(chat, "/start"));
        updates.push(text_update(chat, "/programmes"));
    }
    // /start and /programmes: one message each; the press: an edit and an answer.
    let rate = measure(&standin, updates, 4 * USERS as usize).await;
    traineebot::app::stop(&shutdown, &mut task).await.unwrap().unwrap();
    rate
}

/// Starts the release binary against a stand-in and reads its resident set
/// size from /proc: idle, then after 1,000, 5,000 and 20,000 distinct people
/// sent /start (waiting until every one of them was answered).
async fn resident_memory() -> Option<(u64, [u64; 3])> {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_traineebot"))
        .arg("run")
        .env("TELOXIDE_TOKEN", "1:BENCH")
        .env("TELOXIDE_API_URL", api.url().as_str())
        .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("memory.db").display()))
        .env("RUST_LOG", "warn")
        .spawn()
        .unwrap();
    let pid = child.id();
    let rss = || {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()?
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
    };
    // Started; then let it idle in long polling.
    wait_until_started(&api).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let idle = rss();
    let mut after = [0; 3];
    let mut next = 1_000_000;
    for (stage, people) in [1_000, 5_000, 20_000].into_iter().enumerate() {
        let before = api.call_count();
        let new = people - (next - 1_000_000);
        for id in next..next + new {
            api.push_update(text_update(id, "/start"));
        }
        next += new;
        let answered = |api: &FakeBotApi| {
            api.calls_since(before).iter().filter(|c| c.method == "sendMessage" && c.result.is_some()).count()
        };
        let deadline = Instant::now() + Duration::from_secs(300);
        while answered(&api) < new as usize {
            assert!(Instant::now() < deadline, "only {} of {new} people were answered", answered(&api));
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        after[stage] = rss().unwrap_or_default();
    }
    let _ = std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status();
    let _ = child.wait();
    Some((idle?, after)).filter(|_| after.iter().all(|kib| *kib > 0))
}
