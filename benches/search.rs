//! Search benchmark: this app's tantivy index against SQLite FTS5 (porter stemmer, diacritics
//! removed, BM25, prefix on the last word) on the same documents and the same 200+ queries,
//! on the bundled corpus and on one 50 times larger. Run with `cargo bench --bench search`.
//!
//! Both engines return 10 hits with a snippet. Figures are per query, in microseconds; compare
//! the ratios measured in one run, since the machine's load varies between runs.

use std::time::{Duration, Instant};

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::search::{SearchDoc, SearchEngine, documents};
use rusqlite::Connection;

const ROUNDS: usize = 5;
const LIMIT: usize = 10;

fn main() {
    let handbook = Handbook::embedded().expect("the built-in content loads");
    let queries: Vec<&str> =
        include_str!("queries.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let base = documents(&handbook, "en");
    println!("{} queries, {} documents in the bundled corpus ({} rounds each)\n", queries.len(), base.len(), ROUNDS);
    println!(
        "{:<8} {:>7} | {:>10} {:>9} {:>9} {:>6} | {:>10} {:>9} {:>9} {:>6} | {:>9}",
        "corpus", "docs", "tantivy", "p50 µs", "p99 µs", "empty", "FTS5", "p50 µs", "p99 µs", "empty", "p50 ratio"
    );
    println!(
        "{:<8} {:>7} | {:>10} {:>9} {:>9} {:>6} | {:>10} {:>9} {:>9} {:>6} |",
        "", "", "build ms", "", "", "", "build ms", "", "", ""
    );
    for scale in [1, 50] {
        let docs = replicate(&base, scale);
        let (t_build, t_times, t_empty) = bench_tantivy(&handbook, &docs, &queries);
        let (f_build, f_times, f_empty) = bench_fts5(&docs, &queries);
        let (tp50, tp99) = percentiles(&t_times);
        let (fp50, fp99) = percentiles(&f_times);
        println!(
            "{:<8} {:>7} | {:>10.1} {:>9.0} {:>9.0} {:>6} | {:>10.1} {:>9.0} {:>9.0} {:>6} | {:>8.2}x",
            format!("{scale}x"),
            docs.len(),
            ms(t_build),
            tp50,
            tp99,
            t_empty,
            ms(f_build),
            fp50,
            fp99,
            f_empty,
            fp50 / tp50.max(0.001),
        );
    }
    println!("\n`empty`: queries with no hit at all (typos and half-typed words are where FTS5 gives up).");
    println!("`p50 ratio` > 1 means tantivy answers faster than FTS5 at the median.");
}

/// The corpus `scale` times over, each copy with new ids.
fn replicate(base: &[SearchDoc], scale: usize) -> Vec<SearchDoc> {
    (0..scale)
        .flat_map(|copy| base.iter().map(move |d| SearchDoc { id: format!("{}#{copy}", d.id), ..d.clone() }))
        .collect()
}

fn bench_tantivy(handbook: &Handbook, docs: &[SearchDoc], queries: &[&str]) -> (Duration, Vec<f64>, usize) {
    let start = Instant::now();
    let engine = SearchEngine::from_documents(handbook, "en", docs.to_vec()).expect("index builds");
    let build = start.elapsed();
    let mut empty = 0;
    for q in queries {
        if engine.search("en", q, LIMIT).is_empty() {
            empty += 1;
        }
    }
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        for q in queries {
            let start = Instant::now();
            let hits = engine.search("en", q, LIMIT);
            times.push(start.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(hits);
        }
    }
    (build, times, empty)
}

fn bench_fts5(docs: &[SearchDoc], queries: &[&str]) -> (Duration, Vec<f64>, usize) {
    let start = Instant::now();
    let mut conn = Connection::open_in_memory().expect("sqlite opens");
    conn.execute_batch(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, title, body, \
         tokenize = 'porter unicode61 remove_diacritics 2');",
    )
    .expect("FTS5 is compiled into the bundled SQLite");
    {
        let tx = conn.transaction().unwrap();
        {
            let mut insert = tx.prepare("INSERT INTO docs (id, kind, title, body) VALUES (?1, ?2, ?3, ?4)").unwrap();
            for d in docs {
                insert.execute((&d.id, d.kind.as_str(), &d.title, &d.body)).unwrap();
            }
        }
        tx.commit().unwrap();
    }
    conn.execute_batch("INSERT INTO docs(docs) VALUES('optimize');").unwrap();
    let build = start.elapsed();
    let mut statement = conn
        .prepare(
            "SELECT id, title, snippet(docs, 3, '[', ']', '…', 24) FROM docs WHERE docs MATCH ?1 \
             ORDER BY bm25(docs, 0.0, 0.0, 3.0, 1.0) LIMIT ?2",
        )
        .unwrap();
    let mut run = |q: &str| -> usize {
        let Some(expr) = fts_expression(q) else { return 0 };
        let rows = statement
            .query_map((expr, LIMIT as i64), |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?))
            })
            .map(|rows| rows.filter_map(Result::ok).collect::<Vec<_>>())
            .unwrap_or_default();
        let n = rows.len();
        std::hint::black_box(rows);
        n
    };
    let empty = queries.iter().filter(|q| run(q) == 0).count();
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        for q in queries {
            let start = Instant::now();
            run(q);
            times.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    (build, times, empty)
}

/// An FTS5 query for what a user typed: every word quoted (so no syntax can break it),
/// alternatives joined with OR, the last word as a prefix while it is being typed.
fn fts_expression(q: &str) -> Option<String> {
    let typing = q.chars().last().is_some_and(char::is_alphanumeric);
    let words: Vec<String> =
        q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() {
        return None;
    }
    let last = words.len() - 1;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| if typing && i == last { format!("\"{w}\"*") } else { format!("\"{w}\"") })
            .collect::<Vec<_>>()
            .join(" OR "),
    )
}

fn percentiles(times: &[f64]) -> (f64, f64) {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |p: f64| sorted[((sorted.len() as f64 - 1.0) * p).round() as usize];
    (at(0.50), at(0.99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
