//! `kakehashi-cli`: Kakehashi without a window, for batch work and tests.
//!
//! It reads and writes the same data folder as the app (`KAKEHASHI_DATA_DIR` overrides it) and
//! refuses to touch a folder the app has open. Errors are printed in the staff's language
//! (from `LANG`/`LC_*`) and end with a non-zero exit code.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kakehashi_app::ipc::AppInfo;
use kakehashi_app::{paths, AppError};

#[derive(Parser)]
#[command(
    name = "kakehashi-cli",
    version,
    about = "Kakehashi without a window: batch work, checks and tests.",
    long_about = "Kakehashi without a window: batch work, checks and tests.\n\n\
                  The data folder is the app's (the OS application-data folder), or the folder named by \
                  the KAKEHASHI_DATA_DIR environment variable."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the version, the data folder and the available locales as JSON.
    Info,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Info) => info(),
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let locale = AppInfo::current(std::path::Path::new("")).suggested_staff_locale;
            eprintln!(
                "kakehashi-cli: {}",
                kakehashi_i18n::Localizer::embedded().format(&locale, e.message())
            );
            ExitCode::FAILURE
        }
    }
}

fn info() -> Result<(), AppError> {
    let dir = paths::data_dir()?;
    let info = AppInfo::current(&dir);
    let json = serde_json::to_string_pretty(&info).map_err(|e| AppError::Internal {
        message: kakehashi_i18n::msg!("app-error-internal", "context" => e.to_string()),
    })?;
    println!("{json}");
    Ok(())
}
