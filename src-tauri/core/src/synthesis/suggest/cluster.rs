//! Grouping notes by the words they share: each note a vector of its words weighted by how rare
//! they are (tf-idf), notes compared by the cosine of their vectors, and groups grown by
//! weighted average-linkage clustering (WPGMA: two groups are as alike as the average of their
//! halves' likeness) until two groups have too little in common. Plain average linkage (UPGMA)
//! and complete linkage agreed less with the notes grouped by hand (see `benches/themes.rs`).

use std::collections::{BTreeMap, BTreeSet};

/// How alike two groups must be to be one: the cosine of their notes' word vectors, averaged
/// as the linkage does. Chosen on the hand-grouped notes in `tests/fixtures/themes-*.txt`
/// (see `benches/themes.rs`); higher leaves more notes on their own, lower merges themes.
const SIMILAR_ENOUGH: f32 = 0.16;

/// A group of notes (indexes into the notes given) and the words that brought it together,
/// most telling first, with how many of its notes use each.
pub struct Cluster {
    pub members: Vec<usize>,
    pub words: Vec<(String, usize)>,
}

impl Cluster {
    /// Whether the words behind a group say more than chance: two words shared, or one word
    /// shared by three notes. Two notes that both say "already" are not a theme.
    fn is_telling(&self) -> bool {
        self.words.len() >= 2 || self.words.first().is_some_and(|(_, notes)| *notes >= 3)
    }
}

/// Groups of two or more notes, the largest first. `keys[i]` is note `i`'s words; a note that
/// shares no word with any other stays out of every group.
pub fn clusters(keys: &[BTreeSet<String>]) -> Vec<Cluster> {
    let n = keys.len();
    if n < 2 {
        return Vec::new();
    }
    // A word in one note links nothing; a word in most notes tells them apart from nothing.
    let mut frequency: BTreeMap<&str, usize> = BTreeMap::new();
    for note in keys {
        for key in note {
            *frequency.entry(key).or_default() += 1;
        }
    }
    let most = (n / 2).max(2);
    let weight: BTreeMap<&str, f32> = frequency
        .iter()
        .filter(|(_, &count)| count >= 2 && count <= most)
        .map(|(&key, &count)| (key, (n as f32 / count as f32).ln() + 1.0))
        .collect();
    let index: BTreeMap<&str, u32> = weight.keys().enumerate().map(|(i, &key)| (key, i as u32)).collect();
    let vectors: Vec<Vec<(u32, f32)>> = keys
        .iter()
        .map(|note| {
            let mut vector: Vec<(u32, f32)> =
                note.iter().filter_map(|key| Some((*index.get(key.as_str())?, weight[key.as_str()]))).collect();
            let length = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            vector.iter_mut().for_each(|(_, w)| *w /= length);
            vector
        })
        .collect();

    // Dissimilarities, the upper triangle row by row, as the clustering wants them.
    let mut condensed = Vec::with_capacity(n * (n - 1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            condensed.push(1.0 - cosine(&vectors[i], &vectors[j]));
        }
    }
    let dendrogram = kodama::linkage(&mut condensed, n, kodama::Method::Weighted);

    // Cut the tree where groups stop being alike: join every merge below the threshold.
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // This linkage never merges at less than an earlier merge, so every merge after the
    // first one above the threshold is above it too.
    for step in dendrogram.steps() {
        let mut merged = Vec::new();
        if step.dissimilarity <= 1.0 - SIMILAR_ENOUGH {
            merged = std::mem::take(&mut members[step.cluster1]);
            merged.append(&mut members[step.cluster2]);
        }
        members.push(merged);
    }
    let mut found: Vec<Cluster> = members
        .into_iter()
        .filter(|notes| notes.len() >= 2)
        .map(|mut notes| {
            notes.sort_unstable();
            let words = shared_words(&notes, keys, &weight);
            Cluster { members: notes, words }
        })
        .filter(Cluster::is_telling)
        .collect();
    found.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.members[0].cmp(&b.members[0])));
    found
}

/// The words two or more of a group's notes use, ranked by how many use them times how rare
/// they are in all the notes.
fn shared_words(notes: &[usize], keys: &[BTreeSet<String>], weight: &BTreeMap<&str, f32>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &note in notes {
        for key in &keys[note] {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut shared: Vec<(&str, usize, f32)> = counts
        .into_iter()
        .filter(|&(_, count)| count >= 2)
        .filter_map(|(key, count)| Some((key, count, count as f32 * weight.get(key)?)))
        .collect();
    shared.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(b.0)));
    shared.into_iter().map(|(key, count, _)| (key.to_owned(), count)).collect()
}

/// The cosine of two unit vectors, sorted by word.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The adjusted Rand index of two groupings of the same items (Hubert and Arabie, 1985): 1 when
/// they agree exactly, about 0 when they agree as much as chance would. An item in no group
/// counts as a group of its own. Used to score the suggestions against a hand-grouped set.
pub fn adjusted_rand_index(truth: &[usize], found: &[usize]) -> f64 {
    let pairs = |count: usize| (count * count.saturating_sub(1) / 2) as f64;
    let mut table: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let (mut rows, mut columns): (BTreeMap<usize, usize>, BTreeMap<usize, usize>) = Default::default();
    for (&a, &b) in truth.iter().zip(found) {
        *table.entry((a, b)).or_default() += 1;
        *rows.entry(a).or_default() += 1;
        *columns.entry(b).or_default() += 1;
    }
    let index: f64 = table.values().map(|&c| pairs(c)).sum();
    let (row_pairs, column_pairs): (f64, f64) =
        (rows.values().map(|&c| pairs(c)).sum(), columns.values().map(|&c| pairs(c)).sum());
    let expected = row_pairs * column_pairs / pairs(truth.len());
    let most = (row_pairs + column_pairs) / 2.0;
    if most == expected {
        return 1.0;
    }
    (index - expected) / (most - expected)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_adjusted_rand_index_matches_known_values() {
        // Identical groupings, whatever the labels.
        assert_eq!(adjusted_rand_index(&[0, 0, 1, 1], &[5, 5, 3, 3]), 1.0);
        // scikit-learn's documented examples: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) is
        // 0.5714..., and ([0, 0, 1, 1], [0, 1, 0, 1]) is -0.5.
        assert!((adjusted_rand_index(&[0, 0, 1, 1], &[0, 0, 1, 2]) - 0.571_428_6).abs() < 1e-6);
        assert!((adjusted_rand_index(&[0, 0, 1, 1], &[0, 1, 0, 1]) + 0.5).abs() < 1e-9);
    }

    #[test]
    fn notes_sharing_rare_words_group_and_a_loner_stays_out() {
        let note = |words: &str| words.split(' ').map(str::to_owned).collect::<BTreeSet<_>>();
        let keys = [
            note("union consult early"),
            note("weather sunny"),
            note("union consult staff"),
            note("exit supplier data"),
            note("exit supplier contract"),
            note("union staff consult"),
        ];
        let found = clusters(&keys);
        let groups: Vec<&[usize]> = found.iter().map(|c| c.members.as_slice()).collect();
        assert_eq!(groups, [&[0, 2, 5][..], &[3, 4][..]]);
        assert_eq!(found[0].words[0], ("consult".to_owned(), 3));
    }
}
