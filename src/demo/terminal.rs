//! The demo's terminal chat: sends what you type as the current person,
//! prints what the bot sends to any demo person, numbers the buttons.

use std::time::Duration;

use serde_json::{json, Value};

use super::PEOPLE;
use crate::standin::FakeBotApi;

/// How long the bot may stay silent before the prompt comes back.
const SETTLE: Duration = Duration::from_millis(400);
/// The longest wait for the bot after one input.
const PATIENCE: Duration = Duration::from_secs(5);

/// The chat state: who you are, what was printed, which buttons are live.
pub struct Terminal<'a> {
    api: &'a FakeBotApi,
    person: usize,
    /// Index of the first call not printed yet.
    cursor: usize,
    /// The latest buttons shown to the current person: (chat, message id, callback data).
    buttons: Vec<(i64, i64, String)>,
    /// Whether the buttons shown next start a new numbering (after an input).
    new_numbering: bool,
    next_message_id: i64,
}

impl<'a> Terminal<'a> {
    /// A terminal on the stand-in `api`, as the applicant.
    pub fn new(api: &'a FakeBotApi) -> Terminal<'a> {
        Terminal { api, person: 0, cursor: 0, buttons: Vec::new(), new_numbering: true, next_message_id: 1 }
    }

    /// Prints what the demo is and how to use it.
    pub fn welcome(&mut self) {
        println!("traineebot demo: the real bot, a temporary database with fictional sample data,");
        println!("and a Telegram stand-in on 127.0.0.1. No token, no network.");
        self.help();
        self.cursor = self.api.call_count();
    }

    fn help(&self) {
        println!();
        println!("Type a message or a command (/start, /help, /positions ...) as the current person.");
        println!("Type a number to press the button with that number.");
        println!(":as applicant | :as trainee | :as mentor | :as coordinator   switch person");
        println!(":help   this text        :quit   stop");
        println!("People: Ada (applicant), Tore (trainee), Mona (Tore's mentor), Kari (coordinator).");
    }

    /// The prompt with the current person.
    pub fn prompt(&self) {
        let (_, name, role) = PEOPLE[self.person];
        print!("\n[{name}, {role}] > ");
        use std::io::Write;
        let _ = std::io::stdout().flush();
    }

    /// Handles one line; `false` to stop.
    pub async fn handle(&mut self, line: &str) -> bool {
        match line {
            "" => return true,
            ":quit" | ":q" => return false,
            ":help" => {
                self.help();
                return true;
            }
            _ => {}
        }
        if let Some(role) = line.strip_prefix(":as ") {
            match PEOPLE.iter().position(|(_, _, r)| *r == role.trim()) {
                Some(index) => {
                    self.person = index;
                    self.buttons.clear();
                    println!("You are now {} ({}).", PEOPLE[index].1, PEOPLE[index].2);
                }
                None => println!("No such person. Try :as applicant, trainee, mentor or coordinator."),
            }
            return true;
        }
        if let Ok(number) = line.parse::<usize>() {
            match self.buttons.get(number.wrapping_sub(1)).cloned() {
                Some((chat, message, data)) => self.press(chat, message, &data),
                None => {
                    println!("There is no button {number}.");
                    return true;
                }
            }
        } else {
            self.send(line);
        }
        self.show_replies().await;
        true
    }

    fn user(&self) -> Value {
        let (id, name, _) = PEOPLE[self.person];
        json!({ "id": id, "is_bot": false, "first_name": name, "language_code": "nb" })
    }

    fn send(&mut self, text: &str) {
        let (id, name, _) = PEOPLE[self.person];
        let mut message = json!({
            "message_id": self.next_message_id,
            "date": chrono::Utc::now().timestamp(),
            "chat": { "id": id, "type": "private", "first_name": name },
            "from": self.user(),
            "text": text,
        });
        self.next_message_id += 1;
        if text.starts_with('/') {
            let length = text.split_whitespace().next().unwrap_or(text).encode_utf16().count();
            message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": length }]);
        }
        self.api.push_update(json!({ "message": message }));
    }

    fn press(&mut self, chat: i64, message_id: i64, data: &str) {
        let Some(message) = self.api.message(chat, message_id) else { return };
        self.api.push_update(json!({ "callback_query": {
            "id": format!("demo-{}", self.api.call_count()),
            "from": self.user(),
            "message": message,
            "chat_instance": "demo",
            "data": data,
        }}));
    }

    /// Prints the bot's messages until it has been quiet for a moment.
    async fn show_replies(&mut self) {
        self.new_numbering = true;
        let started = tokio::time::Instant::now();
        let mut last_news = tokio::time::Instant::now();
        loop {
            let calls = self.api.calls_since(self.cursor);
            if !calls.is_empty() {
                self.cursor += calls.len();
                last_news = tokio::time::Instant::now();
                for call in calls {
                    self.print(&call.method, &call.params, call.result.as_ref());
                }
            }
            if last_news.elapsed() > SETTLE || started.elapsed() > PATIENCE {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    fn print(&mut self, method: &str, params: &Value, result: Option<&Value>) {
        let chat = params["chat_id"].as_i64().unwrap_or_default();
        let Some((_, name, role)) = PEOPLE.iter().find(|(id, _, _)| *id == chat) else {
            if method == "answerCallbackQuery" {
                if let Some(text) = params["text"].as_str() {
                    println!("  (notice) {text}");
                }
            }
            return;
        };
        let to = if chat == PEOPLE[self.person].0 { String::new() } else { format!("(to {name}, {role}) ") };
        match method {
            "sendMessage" | "editMessageText" => {
                let edited = if method == "editMessageText" { "(edited) " } else { "" };
                println!(
                    "\nbot: {to}{edited}{}",
                    params["text"].as_str().unwrap_or_default().replace('\n', "\n     ")
                );
                let message_id = result.and_then(|r| r["message_id"].as_i64()).unwrap_or_default();
                self.show_buttons(chat, message_id, &params["reply_markup"]);
            }
            "copyMessage" => {
                let from = params["from_chat_id"].as_i64().unwrap_or_default();
                let sender = PEOPLE.iter().find(|(id, _, _)| *id == from).map_or("someone", |(_, n, _)| n);
                println!("\nbot: {to}[a copy of {sender}'s message]");
            }
            "sendDocument" => {
                let file = params["document"]["file_name"].as_str().unwrap_or("a file");
                println!("\nbot: {to}[file {file}] {}", params["caption"].as_str().unwrap_or_default());
            }
            _ => {}
        }
    }

    fn show_buttons(&mut self, chat: i64, message_id: i64, markup: &Value) {
        let Some(rows) = markup["inline_keyboard"].as_array() else { return };
        if chat != PEOPLE[self.person].0 {
            return; // Buttons are pressed by the person they were sent to: switch with :as.
        }
        if std::mem::take(&mut self.new_numbering) {
            self.buttons.clear(); // Numbers continue across the messages of one answer.
        }
        for button in rows.iter().flat_map(|row| row.as_array().into_iter().flatten()) {
            let label = button["text"].as_str().unwrap_or_default();
            let data = button["callback_data"].as_str().unwrap_or_default().to_owned();
            self.buttons.push((chat, message_id, data));
            println!("  [{}] {label}", self.buttons.len());
        }
    }
}
