//! Coordinators send a CSV file of positions; the bot imports it the same way
//! as `traineebot positions import`.

use std::sync::Arc;

use teloxide::net::Download;
use teloxide::prelude::*;

use super::{refusals, AppState, Ctx, HandlerResult};
use crate::domain::positions::MAX_IMPORT_BYTES;
use crate::services::Outcome;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

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
            match app.services.import_positions(&app.acting(ctx.user_id).await?, &content).await.refused()? {
                Err(refusal) => refusals::words(tr, &refusal),
                Ok(imported) => tr.with(
                    "import-summary",
                    &[
                        ("added", imported.summary.added.into()),
                        ("updated", imported.summary.updated.into()),
                        ("unchanged", imported.summary.unchanged.into()),
                        ("alerts", imported.alerts.into()),
                    ],
                ),
            }
        }
    };
    bot.send_text(chat, answer).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}

fn is_csv(document: &teloxide::types::Document) -> bool {
    let named_csv = document.file_name.as_deref().is_some_and(|name| name.to_lowercase().ends_with(".csv"));
    let typed_csv = document.mime_type.as_ref().is_some_and(|mime| mime.essence_str() == "text/csv");
    named_csv || typed_csv
}
