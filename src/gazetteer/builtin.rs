//! The gazetteers embedded from `data/`, in priority order (earlier files
//! win ties between entries that share an alias). See `data/README.md` for
//! each file's source, version and licence.

macro_rules! data {
    ($($path:literal),* $(,)?) => {
        /// `(path, contents)` of every embedded gazetteer file.
        pub static FILES: &[(&str, &str)] = &[
            $((concat!("data/", $path), include_str!(concat!("../../data/", $path)))),*
        ];
    };
}

data!(
    "persons/public_figures.tsv",
    "orgs.tsv",
    "titles.tsv",
    "ranks.tsv",
    "places/geo_regions.tsv",
    "places/countries.tsv",
    "places/regions.tsv",
    "places/admin1.tsv",
    "places/cities.tsv",
    "persons/given.tsv",
    "persons/surnames.tsv",
    "lexicon/common_id.tsv",
    "lexicon/common_en.tsv",
);
