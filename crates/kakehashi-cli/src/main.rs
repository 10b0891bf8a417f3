//! `kakehashi-cli`: Kakehashi without a window, for batch work and tests.
//!
//! It reads and writes the same data folder as the app (`KAKEHASHI_DATA_DIR` overrides it) and
//! refuses to touch a folder the app has open. Errors are printed in the staff's language
//! (from `LANG`/`LC_*`) and end with a non-zero exit code. Commands that open the store ask for
//! the passphrase on standard input (or take it from `KAKEHASHI_PASSPHRASE`) and record the staff
//! member (`--staff` or `KAKEHASHI_STAFF`) in the audit trail.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kakehashi_app::ipc::AppInfo;
use kakehashi_app::session::Session;
use kakehashi_app::settings::Settings;
use kakehashi_app::user_terms::ExportFormat;
use kakehashi_app::{instance, paths, transfer, AppError};
use kakehashi_i18n::msg;
use kakehashi_store::{Actor, PlainExportAck, Unlock};

#[derive(Parser)]
#[command(
    name = "kakehashi-cli",
    version,
    about = "Kakehashi without a window: batch work, checks and tests.",
    long_about = "Kakehashi without a window: batch work, checks and tests.\n\n\
                  The data folder is the app's (the OS application-data folder), or the folder named by \
                  the KAKEHASHI_DATA_DIR environment variable. Commands that open the encrypted store read \
                  the passphrase from standard input or KAKEHASHI_PASSPHRASE, and record the staff member \
                  (--staff or KAKEHASHI_STAFF) in the audit trail."
)]
struct Cli {
    /// Staff member named in the audit trail (default: $KAKEHASHI_STAFF).
    #[arg(long, global = true)]
    staff: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the version, the data folder and the available locales as JSON.
    Info,
    /// Evaluate the safety checklist of a record (plain-export JSON) and print its items.
    Check {
        record: PathBuf,
        /// The day to judge on (YYYY-MM-DD); default: the planned treatment date, else today in Japan.
        #[arg(long)]
        date: Option<String>,
        /// Print the items as readable text in this locale instead of JSON.
        #[arg(long)]
        text: Option<String>,
    },
    /// Render the physician's handoff sheet (PDF) of a record given as plain-export JSON.
    Handoff {
        record: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// The patient's language shown beside the Japanese (default: their preferred language).
        #[arg(long)]
        patient_locale: Option<String>,
        /// Generation time (RFC 3339), for reproducible output; default: now.
        #[arg(long)]
        generated_at: Option<String>,
    },
    /// Write an encrypted backup of the store.
    Backup {
        /// The backup file; default: a new rotating backup in the backups folder set in the app
        /// (<data>/backups unless staff chose another).
        #[arg(long)]
        out: Option<PathBuf>,
        /// How many rotating backups to keep; default: as set in the app (10 unless changed).
        #[arg(long)]
        keep: Option<usize>,
    },
    /// Check that a backup decrypts and is intact (record count, checksum).
    Verify { backup: PathBuf },
    /// Restore a backup into a new, empty data folder.
    Restore {
        backup: PathBuf,
        #[arg(long)]
        into: PathBuf,
    },
    /// Export patient data as UNENCRYPTED JSON (audited). Requires --unencrypted.
    Export {
        #[arg(long)]
        out: PathBuf,
        /// One record (its id); default: every record.
        #[arg(long)]
        id: Option<String>,
        /// Who receives the file, for the audit trail.
        #[arg(long, default_value = "file")]
        recipient: String,
        /// Acknowledge that the file is not encrypted and holds special-care personal information.
        #[arg(long)]
        unencrypted: bool,
    },
    /// Work with the terminology glossary.
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
}

#[derive(Subcommand)]
enum GlossaryCommand {
    /// Export the glossary: the built-in terms, plus the store's user terms when a data folder is
    /// named (--data-dir or KAKEHASHI_DATA_DIR; the store is unlocked with the passphrase).
    Export {
        #[arg(long, value_enum)]
        format: GlossaryFormat,
        #[arg(long)]
        out: PathBuf,
        /// The data folder whose user terms to include.
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Read a TBX or CSV glossary, report what it holds and every problem by line or entry, and,
    /// when a data folder is named (--data-dir or KAKEHASHI_DATA_DIR), store it as user terms
    /// after confirmation. Without a data folder it only previews.
    Import {
        file: PathBuf,
        /// The data folder whose store receives the terms.
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Import without asking (a file with problems also needs --partial).
        #[arg(long)]
        yes: bool,
        /// With --yes: import what could be read from a file with problems (each says what it leaves out).
        #[arg(long)]
        partial: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum GlossaryFormat {
    /// TBX in the martif/termEntry form.
    Tbx,
    /// TBX v3 (ISO 30042:2019).
    TbxV3,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let staff = cli.staff.or_else(|| std::env::var("KAKEHASHI_STAFF").ok());
    let result = match cli.command {
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            Ok(())
        }
        Some(command) => run(command, staff.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let locale = staff_locale();
            eprintln!(
                "kakehashi-cli: {}",
                kakehashi_i18n::Localizer::embedded().format(&locale, e.message())
            );
            if let AppError::InvalidInput { fields, .. } = &e {
                for f in fields {
                    eprintln!(
                        "  {}: {}",
                        f.field,
                        kakehashi_i18n::Localizer::embedded().format(&locale, &f.message)
                    );
                }
            }
            ExitCode::FAILURE
        }
    }
}

fn staff_locale() -> String {
    AppInfo::current(Path::new("")).suggested_staff_locale
}

fn run(command: Command, staff: Option<&str>) -> Result<(), AppError> {
    match command {
        Command::Info => {
            let dir = paths::data_dir()?;
            print_json(&AppInfo::current(&dir))
        }
        Command::Check { record, date, text } => check(&record, date.as_deref(), text.as_deref()),
        Command::Handoff {
            record,
            out,
            patient_locale,
            generated_at,
        } => {
            let json = read_text(&record)?;
            let pdf = transfer::handoff_pdf_from_json(&json, patient_locale, generated_at)?;
            write_file(&out, &pdf)
        }
        Command::Backup { out, keep } => {
            let (dir, _guard, mut session) = open_unlocked(staff)?;
            match out {
                Some(path) => print_json(&transfer::backup_to(&mut session, &path)?),
                None => {
                    let settings = Settings::load(&dir)?;
                    let keep = keep
                        .or_else(|| usize::try_from(settings.backup_keep).ok())
                        .unwrap_or(1)
                        .max(1);
                    let path = transfer::backup_rotating(&mut session, &settings.backups_dir(&dir), keep)?;
                    println!("{}", path.display());
                    Ok(())
                }
            }
        }
        Command::Verify { backup } => {
            let passphrase = passphrase()?;
            let report = kakehashi_store::verify_backup(&backup, Unlock::Passphrase(&passphrase))?;
            print_json(&report)
        }
        Command::Restore { backup, into } => {
            let actor = actor(staff)?;
            let passphrase = passphrase()?;
            paths::ensure_data_dir(&into)?;
            let _guard = instance::acquire_exclusive(&into)?;
            kakehashi_store::restore_backup(
                &backup,
                &into.join("store"),
                &actor,
                Unlock::Passphrase(&passphrase),
            )?;
            println!("{}", into.display());
            Ok(())
        }
        Command::Export {
            out,
            id,
            recipient,
            unencrypted,
        } => {
            if !unencrypted {
                return Err(AppError::Refused {
                    message: msg!("store-plain-export-warning"),
                });
            }
            let (_dir, _guard, mut session) = open_unlocked(staff)?;
            let ack = PlainExportAck::staff_confirmed_unencrypted_export();
            match id {
                Some(id) => transfer::export_record(&mut session, &id, &out, &recipient, ack),
                None => transfer::export_all(&mut session, &out, ack).map(|n| println!("{n}")),
            }
        }
        Command::Glossary { command } => glossary(command, staff),
    }
}

fn check(record: &Path, date: Option<&str>, text: Option<&str>) -> Result<(), AppError> {
    let json = read_text(record)?;
    let rec = kakehashi_model::PatientRecord::from_json(&json)?;
    let report = match date {
        Some(d) => {
            let ctx = kakehashi_checklist::Context::from_date_text(
                d,
                kakehashi_checklist::DEFAULT_STALE_WINDOW_DAYS,
            )
            .map_err(|e| AppError::InvalidInput {
                message: e.message(),
                fields: Vec::new(),
            })?;
            kakehashi_checklist::report(&rec, &ctx)
        }
        None => kakehashi_app::session::checklist(&rec),
    };
    match text {
        Some(locale) => {
            print!("{}", kakehashi_checklist::format_report(&report, locale));
            Ok(())
        }
        None => print_json(&report),
    }
}

fn glossary(command: GlossaryCommand, staff: Option<&str>) -> Result<(), AppError> {
    let glossary_error = |e: kakehashi_glossary::GlossaryError| AppError::InvalidInput {
        message: e.message(),
        fields: Vec::new(),
    };
    match command {
        GlossaryCommand::Export {
            format,
            out,
            data_dir,
        } => {
            let format = match format {
                GlossaryFormat::Tbx => ExportFormat::Tbx,
                GlossaryFormat::TbxV3 => ExportFormat::TbxV3,
                GlossaryFormat::Csv => ExportFormat::Csv,
            };
            match named_data_dir(data_dir) {
                Some(dir) => {
                    let (_guard, mut session) = open_unlocked_at(&dir, staff)?;
                    session.export_glossary(format, &out)
                }
                None => {
                    // No store: the built-in glossary alone, the same writer the app uses.
                    let file = std::fs::File::create(&out).map_err(|e| write_error(&out, &e))?;
                    let writer = std::io::BufWriter::new(file);
                    let g = kakehashi_glossary::Glossary::builtin();
                    match format {
                        ExportFormat::Tbx => kakehashi_glossary::export_tbx(g, writer),
                        ExportFormat::TbxV3 => kakehashi_glossary::export_tbx_v3(g, writer),
                        ExportFormat::Csv => kakehashi_glossary::export_csv(g, writer),
                    }
                    .map_err(glossary_error)
                }
            }
        }
        GlossaryCommand::Import {
            file,
            data_dir,
            yes,
            partial,
        } => {
            let locale = staff_locale();
            let l10n = kakehashi_i18n::Localizer::embedded();
            let say = |m: kakehashi_i18n::Message| eprintln!("{}", l10n.format(&locale, &m));
            let Some(dir) = named_data_dir(data_dir) else {
                let preview = kakehashi_glossary::import_file(&file).map_err(glossary_error)?;
                print_problems(&preview.problems);
                println!(
                    "{} concepts, {} problems",
                    preview.concepts.len(),
                    preview.problems.len()
                );
                say(msg!("glossary-cli-preview-only"));
                return if preview.problems.is_empty() {
                    Ok(())
                } else {
                    Err(glossary_error(
                        kakehashi_glossary::GlossaryError::ImportHasProblems {
                            count: preview.problems.len(),
                        },
                    ))
                };
            };
            let (_guard, mut session) = open_unlocked_at(&dir, staff)?;
            let review = session.preview_import(&file)?;
            print_problems(&review.problems);
            println!("{} concepts, {} problems", review.total, review.problems.len());
            say(msg!("glossary-cli-preview",
                "new" => review.new_ids.len(),
                "replaced" => review.replaces_user.len(),
                "extended" => review.extends_builtin.len(),
                "unchanged" => review.unchanged.len(),
                "problems" => review.problems.len()));
            let to_store = review.new_ids.len() + review.replaces_user.len() + review.extends_builtin.len();
            if to_store == 0 {
                say(msg!("glossary-cli-nothing-to-import"));
                return Ok(());
            }
            let with_problems = !review.problems.is_empty();
            let confirmed = if yes {
                !with_problems || partial
            } else {
                let question = if with_problems {
                    msg!("glossary-cli-confirm-partial", "count" => to_store, "problems" => review.problems.len())
                } else {
                    msg!("glossary-cli-confirm", "count" => to_store)
                };
                eprint!("{} ", l10n.format(&locale, &question));
                answer_is_yes()?
            };
            if !confirmed {
                say(msg!("glossary-cli-cancelled"));
                return Err(AppError::Refused {
                    message: if with_problems {
                        msg!("glossary-error-import-has-problems", "count" => review.problems.len())
                    } else {
                        msg!("glossary-cli-cancelled")
                    },
                });
            }
            let done = session.commit_import(review.token, with_problems)?;
            say(msg!("glossary-cli-imported", "count" => done.imported, "left" => done.left_out));
            Ok(())
        }
    }
}

fn print_problems(problems: &[kakehashi_glossary::ImportProblem]) {
    let locale = staff_locale();
    let l10n = kakehashi_i18n::Localizer::embedded();
    for p in problems {
        // Most messages name their line themselves; the others get it in front.
        let place = match (p.line, p.entry) {
            _ if p.message.args.contains_key("line") => None,
            (Some(line), _) => Some(msg!("panels-glossary-import-at-line", "line" => line)),
            (None, Some(entry)) => Some(msg!("panels-glossary-import-at-entry", "entry" => entry)),
            (None, None) => None,
        };
        let text = l10n.format(&locale, &p.message);
        match place {
            Some(place) => eprintln!("{} {text}", l10n.format(&locale, &place)),
            None => eprintln!("{text}"),
        }
    }
}

/// `--data-dir`, else `KAKEHASHI_DATA_DIR`; glossary commands never fall back to the OS folder
/// unasked, so a preview or an export of the built-in terms touches no store.
fn named_data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| std::env::var_os(paths::DATA_DIR_ENV).map(PathBuf::from))
        .filter(|d| !d.as_os_str().is_empty())
}

/// The next line of standard input is "y" or "yes" (any case, also はい).
fn answer_is_yes() -> Result<bool, AppError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(AppError::internal)?;
    let a = line.trim().to_lowercase();
    Ok(matches!(a.as_str(), "y" | "yes" | "はい"))
}

/// Opens the store in `dir` and unlocks it, holding the folder against the app meanwhile.
fn open_unlocked_at(dir: &Path, staff: Option<&str>) -> Result<(instance::InstanceGuard, Session), AppError> {
    let guard = instance::acquire_exclusive(dir)?;
    let mut session = Session::open(dir)?;
    let actor = actor(staff)?;
    session.unlock(&actor.user, &passphrase()?)?;
    Ok((guard, session))
}

/// Opens the data folder's store and unlocks it, holding the folder against the app meanwhile.
fn open_unlocked(staff: Option<&str>) -> Result<(PathBuf, instance::InstanceGuard, Session), AppError> {
    let dir = paths::data_dir()?;
    let guard = instance::acquire_exclusive(&dir)?;
    let mut session = Session::open(&dir)?;
    let actor = actor(staff)?;
    session.unlock(&actor.user, &passphrase()?)?;
    Ok((dir, guard, session))
}

fn actor(staff: Option<&str>) -> Result<Actor, AppError> {
    Actor::new(staff.unwrap_or_default()).map_err(|_| AppError::InvalidInput {
        message: msg!("app-error-staff-required"),
        fields: Vec::new(),
    })
}

/// The passphrase from `KAKEHASHI_PASSPHRASE`, else the first line of standard input.
fn passphrase() -> Result<String, AppError> {
    if let Ok(p) = std::env::var("KAKEHASHI_PASSPHRASE") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(AppError::internal)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn read_text(path: &Path) -> Result<String, AppError> {
    std::fs::read_to_string(path).map_err(|e| AppError::DataDir {
        message: msg!("app-error-read-file", "path" => path.display().to_string(), "detail" => e.to_string()),
    })
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    std::fs::write(path, bytes).map_err(|e| write_error(path, &e))
}

fn write_error(path: &Path, e: &std::io::Error) -> AppError {
    AppError::DataDir {
        message: msg!("app-error-write-file", "path" => path.display().to_string(), "detail" => e.to_string()),
    }
}

fn print_json(value: &impl serde::Serialize) -> Result<(), AppError> {
    let json = serde_json::to_string_pretty(value).map_err(AppError::internal)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(AppError::internal)
}
