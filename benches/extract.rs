//! Throughput of full extraction next to a raw Aho-Corasick word-boundary
//! scan of the same gazetteer aliases over the same text, in the same run
//! (so the ratio survives noisy machines), plus the entity core alone
//! (dates and relations off), the date stage alone and the extractor build
//! time.
//!
//! Corpus: the IndoSum news in `../shared/eval-data/id-news-raw` (about
//! 2 MB, detokenized) when present, else the shipped sample repeated.
//!
//! ```text
//! cargo bench --bench extract
//! ```

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use warta::dates::DateTagger;
use warta::{Extractor, Input, Lang};

#[path = "../examples/common/news.rs"]
mod news;
use news::corpus;

fn bench(c: &mut Criterion) {
    let t0 = std::time::Instant::now();
    let ex = Extractor::new().expect("default extractor");
    eprintln!(
        "extractor build: {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let (docs, name) = corpus();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    eprintln!(
        "corpus: {name}, {} docs, {:.2} MB",
        docs.len(),
        bytes as f64 / 1e6
    );
    let patterns = ex.gazetteer().patterns().to_vec();
    eprintln!("gazetteer: {} aliases in the automaton", patterns.len());
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&patterns)
        .expect("baseline automaton");

    let mut g = c.benchmark_group("news");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("aho_corasick_word_boundary_scan", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                let hb = d.as_bytes();
                for m in baseline.find_iter(d.as_str()) {
                    let left = m.start() == 0 || !hb[m.start() - 1].is_ascii_alphanumeric();
                    let right = m.end() == hb.len() || !hb[m.end()].is_ascii_alphanumeric();
                    n += (left && right) as usize;
                }
            }
            black_box(n)
        })
    });
    // Every document through `x`, each result dropped before the next.
    let extract_all = |x: &Extractor| {
        let mut n = 0usize;
        for d in &docs {
            n += x.extract(Input::new(d).lang(Lang::Id)).mentions.len();
        }
        black_box(n)
    };
    g.bench_function("extract_full", |b| b.iter(|| extract_all(&ex)));
    let core = Extractor::builder()
        .dates(false)
        .relations(false)
        .build()
        .expect("entity-core extractor");
    g.bench_function("extract_entities_only", |b| b.iter(|| extract_all(&core)));
    let tagger = DateTagger::new();
    g.bench_function("dates_only", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                n += tagger.find_with_document_date(d, Lang::Id).1.len();
            }
            black_box(n)
        })
    });
    g.finish();

    let mut b = c.benchmark_group("startup");
    b.sample_size(10);
    b.bench_function("extractor_build", |bch| {
        bch.iter(|| black_box(Extractor::new().unwrap()))
    });
    b.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
