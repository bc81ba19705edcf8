//! traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
//! programmes. The binary is thin; everything lives here so that tests start
//! the real application.

pub mod alerts;
pub mod app;
pub mod bot;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod gatherings;
pub mod i18n;
pub mod jobs;
pub mod standin;
pub mod store;
