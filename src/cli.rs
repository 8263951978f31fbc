//! The command line: no subcommand opens the window; subcommands print and exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::{Handbook, Problem, Stats, embedded_files, read_dir, validate};
use crate::i18n;

/// Diplomatic Handbook: identifying, assisting and protecting victims of human trafficking.
#[derive(Debug, Parser)]
#[command(name = "diplomatic-handbook", version, about)]
pub struct Cli {
    /// Read the handbook from this folder instead of the copy built into the program
    /// (to preview content edits without a rebuild).
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content: syntax, ids, links, sources, dates, phone numbers, translations.
    /// Lists every problem as FILE:LINE:COLUMN: MESSAGE and exits non-zero if there is any.
    Validate {
        /// Content folder to check (default: the built-in content, or --content).
        dir: Option<PathBuf>,
    },
    /// Count chapters, sections, words, indicators, contacts and more.
    Stats {
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
}

/// Loads the content from `dir`, or the built-in content.
pub fn load_content(dir: Option<&Path>) -> Result<Handbook, Vec<Problem>> {
    let files = match dir {
        Some(dir) => read_dir(dir)?,
        None => embedded_files(),
    };
    Handbook::load(files)
}

/// Runs a subcommand, writing to `out` and `err`.
pub fn run(
    command: &Command,
    content: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    match command {
        Command::Validate { dir } => {
            let dir = dir.as_deref().or(content);
            let problems = match load_content(dir) {
                Ok(handbook) => validate(&handbook),
                Err(problems) => problems,
            };
            let place = dir.map_or_else(
                || "built-in content".to_owned(),
                |d| d.display().to_string(),
            );
            if problems.is_empty() {
                writeln!(out, "{place}: no problems found").ok();
                ExitCode::SUCCESS
            } else {
                for problem in &problems {
                    writeln!(err, "{problem}").ok();
                }
                let files: std::collections::BTreeSet<_> =
                    problems.iter().map(|p| &p.file).collect();
                writeln!(
                    err,
                    "{place}: {} problem{} in {} file{}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" },
                    files.len(),
                    if files.len() == 1 { "" } else { "s" },
                )
                .ok();
                ExitCode::FAILURE
            }
        }
        Command::Stats { json } => match load_content(content) {
            Ok(handbook) => {
                let stats = Stats::of(&handbook, i18n::available());
                if *json {
                    match serde_json::to_string_pretty(&stats) {
                        Ok(text) => writeln!(out, "{text}").ok(),
                        Err(e) => writeln!(err, "cannot write JSON: {e}").ok(),
                    };
                } else {
                    write_stats(out, &stats);
                }
                ExitCode::SUCCESS
            }
            Err(problems) => {
                for problem in &problems {
                    writeln!(err, "{problem}").ok();
                }
                ExitCode::FAILURE
            }
        },
    }
}

fn write_stats(out: &mut dyn Write, s: &Stats) {
    let per_lang = |m: &std::collections::BTreeMap<String, usize>| {
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "chapters        {}", s.chapters).ok();
    writeln!(out, "sections        {}", s.sections).ok();
    writeln!(out, "words           {}", per_lang(&s.words)).ok();
    writeln!(out, "checklists      {}", s.checklists).ok();
    writeln!(out, "indicators      {}", per_lang(&s.indicators)).ok();
    writeln!(out, "countries       {}", s.countries).ok();
    writeln!(out, "contacts        {}", s.contacts).ok();
    writeln!(out, "case studies    {}", s.case_studies).ok();
    writeln!(out, "quiz questions  {}", s.quiz_questions).ok();
    writeln!(out, "glossary terms  {}", s.glossary_terms).ok();
    writeln!(out, "UI locales      {}", s.locales.join(", ")).ok();
}
