//! Keeping the token secret in what the process prints and logs.

/// `text` with the bot token (TELOXIDE_TOKEN) replaced by `***`: every log
/// line and every printed error passes through it, because an error from
/// the Bot API (an HTML page echoing the request path `/bot<token>/...`, say)
/// can carry the token.
pub fn redact(text: &str) -> String {
    match std::env::var("TELOXIDE_TOKEN") {
        Ok(token) if !token.trim().is_empty() => text.replace(token.trim(), "***"),
        _ => text.to_owned(),
    }
}

/// teloxide's report of an update it cannot read: it holds the whole
/// update, message text included.
const UNREADABLE_UPDATE: &str = "Cannot parse an update.";

/// A writer for logs (each line is written whole) that redacts the token,
/// and writes teloxide's report of an unreadable update as a line without
/// the update, so that no message text reaches the logs.
pub struct RedactingStderr;

impl std::io::Write for RedactingStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let line = match text.find(UNREADABLE_UPDATE) {
            Some(at) => format!(
                "{}an update could not be read and was skipped (its content is not logged)\n",
                &text[..at]
            ),
            None => redact(&text),
        };
        std::io::stderr().write_all(line.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}
