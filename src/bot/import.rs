//! Coordinators send a CSV file of positions; the bot imports it the same way
//! as `traineebot positions import`.

use std::sync::Arc;

use teloxide::net::Download;
use teloxide::prelude::*;

use super::send::SendText;
use super::{AppState, Ctx, HandlerResult};
use crate::alerts::queue_alerts;
use crate::domain::positions::{parse_csv, ImportError, Problem, MAX_IMPORT_BYTES};
use crate::i18n::Tr;

/// The most row errors one answer lists, so it stays within Telegram's limit.
const MAX_LISTED_ERRORS: usize = 20;

/// A document sent to the bot.
pub async fn document(bot: Bot, msg: Message, ctx: Ctx, app: Arc<AppState>) -> HandlerResult {
    let tr = &ctx.tr;
    let chat = msg.chat.id;
    let Some(document) = msg.document() else {
        return Ok(());
    };
    let answer = if !app.is_coordinator(ctx.user_id).await? {
        tr.t("import-not-coordinator")
    } else if !is_csv(document) {
        tr.t("import-not-csv")
    } else if document.file.size as usize > MAX_IMPORT_BYTES {
        tr.t("import-too-large")
    } else {
        let file = bot.get_file(document.file.id.clone()).await?;
        let mut content = Vec::new();
        if let Err(error) = bot.download_file(&file.path, &mut content).await {
            tracing::warn!(%error, "could not download an imported file");
            tr.t("import-download-failed")
        } else {
            match parse_csv(&content, &app.catalogue) {
                Err(error) => describe(tr, &error),
                Ok(positions) => {
                    let summary = app.store.import_positions(&positions).await?;
                    let detail = format!(
                        "positions: {} added, {} updated, {} unchanged",
                        summary.added, summary.updated, summary.unchanged
                    );
                    app.store.audit(Some(ctx.user_id), "import", &detail, None, app.clock.now()).await?;
                    let alerts =
                        queue_alerts(&app.store, &app.i18n, &summary.new_positions, app.clock.now()).await?;
                    tr.with(
                        "import-summary",
                        &[
                            ("added", summary.added.into()),
                            ("updated", summary.updated.into()),
                            ("unchanged", summary.unchanged.into()),
                            ("alerts", alerts.into()),
                        ],
                    )
                }
            }
        }
    };
    bot.send_text(chat, answer).await?;
    Ok(())
}

fn is_csv(document: &teloxide::types::Document) -> bool {
    let named_csv = document.file_name.as_deref().is_some_and(|name| name.to_lowercase().ends_with(".csv"));
    let typed_csv = document.mime_type.as_ref().is_some_and(|mime| mime.essence_str() == "text/csv");
    named_csv || typed_csv
}

/// Why the file was refused, in the coordinator's language.
fn describe(tr: &Tr, error: &ImportError) -> String {
    match error {
        ImportError::NotUtf8 => tr.t("import-not-utf8"),
        ImportError::Empty => tr.t("import-empty"),
        ImportError::TooLarge => tr.t("import-too-large"),
        ImportError::WrongColumns { missing } => {
            tr.with("import-wrong-columns", &[("columns", missing.join(", ").into())])
        }
        ImportError::Malformed { line } => tr.with("import-malformed", &[("line", (*line).into())]),
        ImportError::Rows(errors) => {
            let mut text = tr.t("import-rows");
            for error in errors.iter().take(MAX_LISTED_ERRORS) {
                let problem = match error.problem {
                    Problem::Missing => "missing",
                    Problem::BadDate => "bad-date",
                    Problem::BadLink => "bad-link",
                    Problem::UnknownProgramme => "unknown-programme",
                    Problem::DuplicateId => "duplicate-id",
                    Problem::BadPercent => "bad-percent",
                    Problem::BadEmployment => "bad-employment",
                };
                let line = tr.with(
                    "import-row",
                    &[
                        ("line", error.line.into()),
                        ("field", error.field.into()),
                        ("problem", problem.into()),
                    ],
                );
                text.push('\n');
                text.push_str(&line);
            }
            if errors.len() > MAX_LISTED_ERRORS {
                text.push('\n');
                text.push_str(
                    &tr.with("import-more-rows", &[("count", (errors.len() - MAX_LISTED_ERRORS).into())]),
                );
            }
            text
        }
    }
}
