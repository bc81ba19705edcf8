//! traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
//! programmes. The binary is thin; everything lives here so that tests start
//! the real application.

pub mod domain;
