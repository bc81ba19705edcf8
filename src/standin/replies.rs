//! What the stand-in answers to each Bot API method it knows.

use serde_json::{json, Value};

use super::{Inner, BOT_USERNAME, BOT_USER_ID};

/// The successful result of `method`, or `None` for a method it does not know.
pub(super) fn reply(inner: &mut Inner, method: &str, params: &Value) -> Option<Value> {
    let result = match method {
        "getMe" => json!({
            "id": BOT_USER_ID,
            "is_bot": true,
            "first_name": "traineebot",
            "username": BOT_USERNAME,
            "can_join_groups": false,
            "can_read_all_group_messages": false,
            "supports_inline_queries": false,
            "can_connect_to_business": false,
            "has_main_web_app": false,
        }),
        "getWebhookInfo" => {
            json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })
        }
        "deleteWebhook" | "setMyCommands" | "answerCallbackQuery" | "deleteMessage" => json!(true),
        "sendMessage" => {
            let chat_id = params["chat_id"].as_i64()?;
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let message = message(chat_id, message_id, params);
            inner.messages.insert((chat_id, message_id), message.clone());
            message
        }
        "sendDocument" => {
            let chat_id = params["chat_id"].as_i64()?;
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            let mut message = message(chat_id, message_id, params);
            message["document"] = json!({
                "file_id": format!("sent-{message_id}"),
                "file_unique_id": format!("sent-u-{message_id}"),
                "file_name": params["document"]["file_name"],
            });
            message["caption"] = params["caption"].clone();
            message
        }
        "getFile" => {
            let file_id = params["file_id"].as_str()?;
            let (path, content) = inner.files.get(file_id)?;
            json!({ "file_id": file_id, "file_unique_id": format!("u-{file_id}"),
                    "file_size": content.len(), "file_path": path })
        }
        "copyMessage" => {
            params["from_chat_id"].as_i64()?;
            let chat_id = params["chat_id"].as_i64()?;
            let message_id = inner.next_message_id;
            inner.next_message_id += 1;
            // Kept as a plain bot message, so that people can reply to it.
            inner
                .messages
                .insert((chat_id, message_id), message(chat_id, message_id, &json!({ "text": "(copy)" })));
            json!({ "message_id": message_id })
        }
        "editMessageText" => {
            let chat_id = params["chat_id"].as_i64()?;
            let message_id = params["message_id"].as_i64()?;
            let mut message = message(chat_id, message_id, params);
            message["edit_date"] = json!(now());
            inner.messages.insert((chat_id, message_id), message.clone());
            message
        }
        _ => return None,
    };
    Some(result)
}

/// A message from the bot, built from sendMessage-like parameters.
fn message(chat_id: i64, message_id: i64, params: &Value) -> Value {
    let chat = if chat_id > 0 {
        json!({ "id": chat_id, "type": "private", "first_name": "Person" })
    } else {
        json!({ "id": chat_id, "type": "group", "title": "Group" })
    };
    let mut message = json!({
        "message_id": message_id,
        "date": now(),
        "chat": chat,
        "from": { "id": BOT_USER_ID, "is_bot": true, "first_name": "traineebot", "username": BOT_USERNAME },
        "text": params["text"],
    });
    if params["reply_markup"].is_object() {
        message["reply_markup"] = params["reply_markup"].clone();
    }
    message
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}
