//! The application layer of Kakehashi.
//!
//! Everything the desktop window and the headless CLI have in common lives here, so that the Tauri
//! shell only wires commands to these functions and the behaviour is testable without a window:
//! where data lives, the one-process-per-store rule, and the typed values that cross IPC.

pub mod backups;
pub mod error;
pub mod instance;
pub mod ipc;
pub mod paths;
pub mod preview;
pub mod session;
pub mod settings;
pub mod terms;
pub mod transfer;
pub mod user_terms;

pub use error::AppError;

/// Reverse-DNS identifier; also the folder name under the OS data dir (as Tauri derives it).
pub const IDENTIFIER: &str = "jp.kakehashi.desktop";

/// The product version, from the workspace manifest.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
