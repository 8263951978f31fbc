//! The command line: no subcommand opens the window; subcommands print and exit.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::{Handbook, Problem, Stats, embedded_files, read_dir, validate};
use crate::i18n;
use crate::search::{self, SearchEngine};

/// Diplomatic Handbook: identifying, assisting and protecting victims of human trafficking.
#[derive(Debug, Parser)]
#[command(name = "diplomatic-handbook", version, about)]
pub struct Cli {
    /// Read the handbook from this folder instead of the copy built into the program
    /// (to preview content edits without a rebuild).
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// How to draw the window: `auto` tries wgpu (any GPU, else the system's software
    /// rasteriser) and falls back to OpenGL; `wgpu` or `glow` forces one.
    #[arg(long, value_enum, default_value_t = RendererChoice::Auto)]
    pub renderer: RendererChoice,

    /// Print start-up timings and memory as one JSON line once the first frame is on screen and
    /// search is ready, then close (used by `cargo bench --bench startup`).
    #[arg(long, hide = true)]
    pub measure_startup: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The window's drawing back end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum RendererChoice {
    #[default]
    Auto,
    Wgpu,
    Glow,
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
    /// Search the handbook, as the search field in the window does.
    Search {
        /// Content language to search (default: the base language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Most hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON: one object per query with `query`, `took_us` and `hits`.
        #[arg(long)]
        json: bool,
        /// Read one query per line from standard input and answer each in turn.
        #[arg(long, conflicts_with = "query")]
        stdin: bool,
        /// What to look for (any text; several words are joined).
        #[arg(required_unless_present = "stdin")]
        query: Vec<String>,
    },
    /// Print every searchable document (id, kind, lang, title, body), so others can index the same corpus.
    Dump {
        /// Print a JSON array (the only format).
        #[arg(long)]
        json: bool,
        /// Only this language (default: every content language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
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

/// Runs a subcommand, writing to `out` and `err`; `search --stdin` reads standard input.
pub fn run(command: &Command, content: Option<&Path>, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    run_with_input(command, content, &mut std::io::stdin().lock(), out, err)
}

/// [`run`] with an explicit input stream.
pub fn run_with_input(
    command: &Command,
    content: Option<&Path>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    match command {
        Command::Search { lang, limit, json, stdin, query } => {
            let handbook = match load_content(content) {
                Ok(h) => h,
                Err(problems) => return report_load_failure(&problems, err),
            };
            let engine = match SearchEngine::build(&handbook) {
                Ok(engine) => engine,
                Err(e) => {
                    writeln!(err, "{e}").ok();
                    return ExitCode::FAILURE;
                }
            };
            let lang = lang.clone().unwrap_or_else(|| handbook.manifest.base_language.clone());
            if !engine.languages().any(|l| l == lang) {
                let available: Vec<&str> = engine.languages().collect();
                writeln!(err, "no content in language `{lang}`; available: {}", available.join(", ")).ok();
                return ExitCode::FAILURE;
            }
            let answer = |q: &str, out: &mut dyn Write| {
                let (hits, took_us) = engine.search_timed(&lang, q, *limit);
                if *json {
                    let hits: Vec<_> = hits
                        .iter()
                        .map(|h| {
                            serde_json::json!({
                                "id": h.id,
                                "kind": h.kind,
                                "lang": h.lang,
                                "title": h.title,
                                "snippet": h.snippet.text,
                                "highlights": h.snippet.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
                                "score": h.score,
                            })
                        })
                        .collect();
                    let line = serde_json::json!({ "query": q, "took_us": took_us, "hits": hits });
                    writeln!(out, "{line}").ok();
                } else {
                    let plural = if hits.len() == 1 { "" } else { "s" };
                    writeln!(out, "{} hit{plural} for \"{q}\" ({took_us} µs)", hits.len()).ok();
                    for hit in &hits {
                        writeln!(out, "  [{}] {} — {}  ({})", hit.kind.as_str(), hit.title, hit.context, hit.id).ok();
                        writeln!(out, "      {}", marked(&hit.snippet)).ok();
                    }
                }
            };
            if *stdin {
                let mut line = String::new();
                loop {
                    line.clear();
                    match input.read_line(&mut line) {
                        Ok(0) => break,
                        Ok(_) => answer(line.trim_end_matches(['\n', '\r']), out),
                        Err(e) => {
                            writeln!(err, "cannot read standard input: {e}").ok();
                            return ExitCode::FAILURE;
                        }
                    }
                    out.flush().ok();
                }
            } else {
                answer(&query.join(" "), out);
            }
            ExitCode::SUCCESS
        }
        Command::Dump { json: _, lang } => {
            let handbook = match load_content(content) {
                Ok(h) => h,
                Err(problems) => return report_load_failure(&problems, err),
            };
            let langs: Vec<String> = match lang {
                Some(l) => vec![l.clone()],
                None => handbook.languages.keys().cloned().collect(),
            };
            let docs: Vec<_> = langs.iter().flat_map(|l| search::documents(&handbook, l)).collect();
            match serde_json::to_string_pretty(&docs) {
                Ok(text) => {
                    writeln!(out, "{text}").ok();
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    writeln!(err, "cannot write JSON: {e}").ok();
                    ExitCode::FAILURE
                }
            }
        }
        Command::Validate { dir } => {
            let dir = dir.as_deref().or(content);
            let problems = match load_content(dir) {
                Ok(handbook) => validate(&handbook),
                Err(problems) => problems,
            };
            let place = dir.map_or_else(|| "built-in content".to_owned(), |d| d.display().to_string());
            if problems.is_empty() {
                writeln!(out, "{place}: no problems found").ok();
                ExitCode::SUCCESS
            } else {
                for problem in &problems {
                    writeln!(err, "{problem}").ok();
                }
                let files: std::collections::BTreeSet<_> = problems.iter().map(|p| &p.file).collect();
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
            Err(problems) => report_load_failure(&problems, err),
        },
    }
}

fn report_load_failure(problems: &[Problem], err: &mut dyn Write) -> ExitCode {
    for problem in problems {
        writeln!(err, "{problem}").ok();
    }
    ExitCode::FAILURE
}

/// A snippet with the matched words in «guillemets», for the terminal.
fn marked(snippet: &search::Snippet) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in &snippet.highlights {
        out.push_str(&snippet.text[at..r.start]);
        out.push('«');
        out.push_str(&snippet.text[r.clone()]);
        out.push('»');
        at = r.end;
    }
    out.push_str(&snippet.text[at..]);
    out
}

fn write_stats(out: &mut dyn Write, s: &Stats) {
    let per_lang = |m: &std::collections::BTreeMap<String, usize>| {
        m.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ")
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
