//! traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
//! programmes. The binary is thin; everything lives here so that tests start
//! the real application.

pub mod app;
pub mod bot;
pub mod cli;
pub mod config;
#[cfg(feature = "demo")]
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod jobs;
pub mod services;
#[cfg(feature = "demo")]
pub mod standin;
pub mod store;
pub mod telegram;
