//! Where extraction time goes: wall-clock time per pipeline stage over the
//! bench corpus (the IndoSum news in `../shared/eval-data/id-news-raw` when
//! present, else the shipped sample repeated), best of several rounds.
//!
//! ```text
//! cargo run --release --features stage-timing --example stage_timing [ROUNDS]
//! ```
//!
//! The stage counters exist only with the `stage-timing` feature; without
//! it `extract` carries no timing code at all.

#[path = "common/news.rs"]
mod news;

use std::time::{Duration, Instant};

use warta::{stage_timing, Extractor};

fn main() {
    let rounds: usize = match std::env::args().nth(1) {
        None => 5,
        Some(a) => match a.parse() {
            Ok(n) if n > 0 => n,
            _ => {
                eprintln!("usage: stage_timing [ROUNDS]  (ROUNDS: a positive number, default 5)");
                std::process::exit(2);
            }
        },
    };
    let ex = match Extractor::new() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let (docs, name) = news::corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    // Warm-up round (lazy tables, caches).
    for d in &docs {
        std::hint::black_box(ex.extract(d.as_str()));
    }
    let mut best_total = Duration::MAX;
    let mut best: Vec<(&str, Duration)> = stage_timing::snapshot()
        .iter()
        .map(|&(s, _)| (s, Duration::MAX))
        .collect();
    for _ in 0..rounds {
        stage_timing::reset();
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(ex.extract(d.as_str()));
        }
        best_total = best_total.min(t.elapsed());
        for (b, (_, d)) in best.iter_mut().zip(stage_timing::snapshot()) {
            b.1 = b.1.min(d);
        }
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "corpus: {name}, {} documents, {:.2} MB; best of {rounds} rounds",
        docs.len(),
        bytes as f64 / 1e6
    );
    for (stage, d) in &best {
        println!(
            "{:>8.1} ms  {:>5.1}%  {stage}",
            ms(*d),
            100.0 * d.as_secs_f64() / best_total.as_secs_f64()
        );
    }
    println!(
        "{:>8.1} ms  total ({:.1} MB/s; the rest is dropping documents)",
        ms(best_total),
        bytes as f64 / 1e6 / best_total.as_secs_f64()
    );
}
