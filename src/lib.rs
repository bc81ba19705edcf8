//! traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
//! programmes. The binary is thin; everything lives here so that tests start
//! the real application.

pub mod domain;
pub mod store;
pub mod i18n;
pub mod config;
pub mod bot;
pub mod app;
pub mod cli;
