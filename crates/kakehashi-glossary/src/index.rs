//! The in-memory search index.
//!
//! Every term of every locale is folded to its search form ([`crate::fold::search_form`]); equal
//! forms share one key. Keys are kept sorted (exact and prefix matches are one binary search), a
//! suffix array over the keys answers substring queries, and a deletion-neighbourhood table
//! answers one-typo queries. Each tier is only visited while the result list still has room for
//! matches of that class, so short prefix queries do not pay for substring or typo search.

use crate::model::{Concept, Locale, TermKind};

/// How a query matched a term. The order is the ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Class {
    Exact = 0,
    Prefix = 1,
    Substring = 2,
    Fuzzy = 3,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub concept: u32,
    pub locale: Locale,
    pub kind: TermKind,
    pub slot: u16,
    /// Kind and domain bits of the rank, precomputed.
    rank_base: u64,
}

/// A query shorter than this many characters gets no typo tolerance.
pub const FUZZY_MIN_CHARS: usize = 4;
/// Whole keys longer than this are not put in the typo table (their words still are).
const FUZZY_MAX_KEY_CHARS: usize = 32;
const MIN_FUZZY_TARGET_CHARS: usize = FUZZY_MIN_CHARS - 1;

#[derive(Debug, Default)]
pub(crate) struct Index {
    pub entries: Vec<Entry>,
    arena: String,
    /// Unique keys, sorted by their bytes: `(start, len)` in `arena`.
    keys: Vec<(u32, u32)>,
    key_chars: Vec<u16>,
    /// Entries of key `k`: `postings[post_start[k]..post_start[k + 1]]`, each stored as its rank
    /// without class and length (kind, domain, entry id — the entry id in the low 32 bits), sorted,
    /// so a scan reads memory in order and stops at the first posting that cannot enter the list.
    post_start: Vec<u32>,
    postings: Vec<u64>,
    /// Suffixes (key, byte offset > 0), sorted by suffix text.
    suffixes: Vec<(u32, u32)>,
    /// Typo table: hash of a target or of the target minus one character → target.
    /// Sorted by bucket (the hash's top bits, see `fz_dir`) then by the hash's low 32 bits; each
    /// entry packs those low bits over the target number, so a probe reads one cache line.
    fz_table: Vec<u64>,
    /// Targets: `(start, len)` in `arena` (a key or a word inside one); keys of target `t`:
    /// `fz_keys[fz_start[t]..fz_start[t + 1]]`.
    fz_spans: Vec<(u32, u32)>,
    fz_start: Vec<u32>,
    fz_keys: Vec<u32>,
    /// Directories that narrow each binary search to one bucket: keys and suffixes by their first
    /// two bytes, the typo table by the top bits of the hash. They keep a lookup to a few cache
    /// misses instead of twenty-odd on a large glossary.
    key_dir: Vec<u32>,
    suffix_dir: Vec<u32>,
    fz_dir: Vec<u32>,
    fz_shift: u32,
    /// Length in characters of the longest typo target: longer queries cannot be one edit away.
    fz_max_chars: usize,
    /// Complete answers (up to [`CACHED_HITS`] `(rank, concept)` pairs, best first) for queries
    /// of 1 to 3 characters that begin or occur in at least [`HEAVY_RUN`] keys: the commonest
    /// as-you-type queries are also the ones with the longest scans.
    answer_cache: std::collections::HashMap<String, Vec<(u64, u32)>>,
}

/// A short query matching this many keys (as prefix or substring) gets its answer precomputed.
const HEAVY_RUN: usize = 128;
/// How many matches are precomputed per heavy query; larger limits fall back to the scan.
pub const CACHED_HITS: usize = 32;

pub(crate) struct Candidate {
    pub entry: u32,
    pub class: Class,
}

impl Index {
    pub fn build(concepts: &[Concept], fold: impl Fn(&str) -> String) -> Index {
        let mut entries = Vec::new();
        let mut pairs: Vec<(String, u32)> = Vec::new();
        for (ci, c) in concepts.iter().enumerate() {
            let domain_bits = c.domain.map(|d| d as u64).unwrap_or(15);
            for (locale, terms) in &c.terms {
                for (kind, slot, text) in terms.iter() {
                    let key = fold(text);
                    if key.is_empty() {
                        continue;
                    }
                    let id = entries.len() as u32;
                    let rank_base = ((kind as u64) << 60) | (domain_bits << 55);
                    entries.push(Entry {
                        concept: ci as u32,
                        locale: *locale,
                        kind,
                        slot,
                        rank_base,
                    });
                    // Korean spacing varies between writers; the run-together form is found too.
                    if key.contains(' ') && key.chars().any(is_hangul) {
                        pairs.push((key.replace(' ', ""), id));
                    }
                    pairs.push((key, id));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut index = Index {
            entries,
            ..Index::default()
        };
        let mut last: Option<&str> = None;
        for (key, entry) in &pairs {
            if last != Some(key.as_str()) {
                index.post_start.push(index.postings.len() as u32);
                let start = index.arena.len() as u32;
                index.arena.push_str(key);
                index.keys.push((start, key.len() as u32));
                index
                    .key_chars
                    .push(key.chars().count().min(u16::MAX as usize) as u16);
                last = Some(key.as_str());
            }
            index
                .postings
                .push(index.entries[*entry as usize].rank_base | u64::from(*entry));
        }
        index.post_start.push(index.postings.len() as u32);
        drop(pairs);
        for k in 0..index.keys.len() {
            let (a, b) = (index.post_start[k] as usize, index.post_start[k + 1] as usize);
            index.postings[a..b].sort_unstable();
        }
        index.build_suffixes();
        index.build_fuzzy();
        index.key_dir = byte_dir(index.keys.len(), |i| index.key(i as u32).as_bytes());
        index.suffix_dir = byte_dir(index.suffixes.len(), |i| index.suffix(i).as_bytes());
        index.build_answer_cache();
        index.shrink();
        index
    }

    fn key(&self, k: u32) -> &str {
        let (s, l) = self.keys[k as usize];
        &self.arena[s as usize..(s + l) as usize]
    }

    fn suffix(&self, i: usize) -> &str {
        let (k, off) = self.suffixes[i];
        &self.key(k)[off as usize..]
    }

    fn build_suffixes(&mut self) {
        let mut sa = Vec::new();
        for k in 0..self.keys.len() as u32 {
            for (off, _) in self.key(k).char_indices().skip(1) {
                sa.push((k, off as u32));
            }
        }
        sa.sort_unstable_by(|a, b| {
            let sa_ = &self.key(a.0)[a.1 as usize..];
            let sb = &self.key(b.0)[b.1 as usize..];
            sa_.cmp(sb).then(a.cmp(b))
        });
        self.suffixes = sa;
    }

    fn build_fuzzy(&mut self) {
        // Unique targets: whole keys of moderate length, and the words of multi-word keys.
        let mut targets: Vec<(&str, u32, u32, u32)> = Vec::new(); // (text, start, len, key)
        for k in 0..self.keys.len() as u32 {
            let (start, _) = self.keys[k as usize];
            let key = self.key(k);
            let n = self.key_chars[k as usize] as usize;
            if (MIN_FUZZY_TARGET_CHARS..=FUZZY_MAX_KEY_CHARS).contains(&n) {
                targets.push((key, start, key.len() as u32, k));
            }
            if key.contains([' ', '-', '/']) {
                let mut pos = 0usize;
                for word in key.split([' ', '-', '/']) {
                    if word.chars().count() >= MIN_FUZZY_TARGET_CHARS && word.len() != key.len() {
                        targets.push((word, start + pos as u32, word.len() as u32, k));
                    }
                    pos += word.len() + 1;
                }
            }
        }
        targets.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.3.cmp(&b.3)));
        let mut spans = Vec::new();
        let mut fz_start = Vec::new();
        let mut fz_keys = Vec::new();
        let mut last: Option<&str> = None;
        for (text, start, len, key) in &targets {
            if last != Some(*text) {
                fz_start.push(fz_keys.len() as u32);
                spans.push((*start, *len));
                last = Some(*text);
            }
            if fz_keys.last() != Some(key) || fz_start.last() == Some(&(fz_keys.len() as u32)) {
                fz_keys.push(*key);
            }
        }
        fz_start.push(fz_keys.len() as u32);
        let mut table: Vec<(u64, u32)> = Vec::new();
        for (t, (start, len)) in spans.iter().enumerate() {
            let text = &self.arena[*start as usize..(*start + *len) as usize];
            let hasher = DeletionHasher::new(text);
            table.push((hasher.without(0, 0), t as u32));
            for (off, c) in text.char_indices() {
                table.push((hasher.without(off, c.len_utf8()), t as u32));
            }
        }
        // About four entries per bucket: small enough to scan, a quarter of the table's size.
        let bits = (usize::BITS - table.len().max(1).leading_zeros())
            .saturating_sub(2)
            .clamp(4, 20);
        self.fz_shift = 64 - bits;
        let shift = self.fz_shift;
        let packed = |&(h, t): &(u64, u32)| ((h & 0xFFFF_FFFF) << 32) | u64::from(t);
        table.sort_unstable_by_key(|e| (e.0 >> shift, packed(e)));
        table.dedup_by_key(|e| (e.0 >> shift, packed(e)));
        let buckets = 1usize << bits;
        let mut dir = Vec::with_capacity(buckets + 1);
        let mut i = 0;
        for b in 0..buckets {
            while i < table.len() && ((table[i].0 >> shift) as usize) < b {
                i += 1;
            }
            dir.push(i as u32);
        }
        dir.push(table.len() as u32);
        self.fz_dir = dir;
        self.fz_table = table.iter().map(packed).collect();
        self.fz_max_chars = spans
            .iter()
            .map(|&(st, l)| self.arena[st as usize..(st + l) as usize].chars().count())
            .max()
            .unwrap_or(0);
        self.fz_spans = spans;
        self.fz_start = fz_start;
        self.fz_keys = fz_keys;
        // Each target's keys best first, so a common word's long key list can be cut short.
        for t in 0..self.fz_spans.len() {
            let (a, b) = (self.fz_start[t] as usize, self.fz_start[t + 1] as usize);
            let mut keys = self.fz_keys[a..b].to_vec();
            keys.sort_by_key(|&k| self.best_rank(k));
            self.fz_keys[a..b].copy_from_slice(&keys);
        }
    }

    /// The best rank (class left out) any entry of key `k` can have.
    fn best_rank(&self, k: u32) -> u64 {
        let first = self
            .postings
            .get(self.post_start[k as usize] as usize)
            .copied()
            .unwrap_or(u64::MAX >> 2);
        (u64::from(self.key_chars[k as usize].min(1023)) << 45) | first
    }

    fn build_answer_cache(&mut self) {
        let mut heavy = std::collections::HashSet::new();
        heavy_starts(self.keys.len(), |i| self.key(i as u32), &mut heavy);
        heavy_starts(self.suffixes.len(), |i| self.suffix(i), &mut heavy);
        let mut cache = std::collections::HashMap::with_capacity(heavy.len());
        for q in heavy {
            let items = self.search_uncached(&q, CACHED_HITS);
            cache.insert(q, items);
        }
        self.answer_cache = cache;
    }

    fn shrink(&mut self) {
        self.entries.shrink_to_fit();
        self.arena.shrink_to_fit();
        self.keys.shrink_to_fit();
        self.key_chars.shrink_to_fit();
        self.post_start.shrink_to_fit();
        self.postings.shrink_to_fit();
        self.suffixes.shrink_to_fit();
    }

    /// Bytes held by each part of the index (heap capacity times element size).
    pub fn memory(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of;
        vec![
            ("term entries", self.entries.capacity() * size_of::<Entry>()),
            ("key text", self.arena.capacity()),
            (
                "sorted keys",
                self.keys.capacity() * 8 + self.key_chars.capacity() * 2,
            ),
            (
                "postings",
                self.post_start.capacity() * 4 + self.postings.capacity() * 8,
            ),
            ("suffix array", self.suffixes.capacity() * 8),
            (
                "typo table",
                self.fz_table.capacity() * 8
                    + self.fz_spans.capacity() * 8
                    + self.fz_start.capacity() * 4
                    + self.fz_keys.capacity() * 4,
            ),
            (
                "directories",
                (self.key_dir.capacity() + self.suffix_dir.capacity() + self.fz_dir.capacity()) * 4,
            ),
            (
                "short-query answers",
                self.answer_cache
                    .iter()
                    .map(|(k, v)| k.capacity() + 48 + v.capacity() * 16)
                    .sum::<usize>(),
            ),
        ]
    }

    pub fn heap_bytes(&self) -> usize {
        self.memory().iter().map(|(_, b)| b).sum()
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    fn entries_of(&self, k: u32) -> impl Iterator<Item = u32> + '_ {
        let s = self.post_start[k as usize] as usize;
        let e = self.post_start[k as usize + 1] as usize;
        self.postings[s..e].iter().map(|p| (p & 0xFFFF_FFFF) as u32)
    }

    /// Offers every entry of key `k` matched as `class`, best first, stopping at the first one
    /// that cannot make the list.
    fn offer_key(&self, top: &mut TopK, k: u32, class: Class) {
        let s = self.post_start[k as usize] as usize;
        let e = self.post_start[k as usize + 1] as usize;
        let head = ((class as u64) << 62) | (u64::from(self.key_chars[k as usize].min(1023)) << 45);
        for &p in &self.postings[s..e] {
            let rank = head | p;
            if top.rejects(rank) {
                break;
            }
            top.offer(rank, self.entries[(p & 0xFFFF_FFFF) as usize].concept);
        }
    }

    /// The best `limit` matches of the folded query, at most one per concept, best first.
    pub fn search(&self, q: &str, limit: usize) -> Vec<Candidate> {
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let items = match self.answer_cache.get(q) {
            // The head of a longer best-first list is the shorter list.
            Some(items) if limit <= CACHED_HITS => items.iter().take(limit).copied().collect(),
            _ => self.search_uncached(q, limit),
        };
        items
            .into_iter()
            .map(|(rank, _)| Candidate {
                entry: (rank & 0xFFFF_FFFF) as u32,
                class: match rank >> 62 {
                    0 => Class::Exact,
                    1 => Class::Prefix,
                    2 => Class::Substring,
                    _ => Class::Fuzzy,
                },
            })
            .collect()
    }

    fn search_uncached(&self, q: &str, limit: usize) -> Vec<(u64, u32)> {
        let mut top = TopK::new(limit);
        // Exact and prefix: the keys starting with q are one contiguous run.
        let (b0, b1) = dir_range(&self.key_dir, q.as_bytes());
        let lo =
            b0 + self.keys[b0..b1].partition_point(|&(s, l)| &self.arena[s as usize..(s + l) as usize] < q);
        let run = self.keys[lo..b1]
            .partition_point(|&(s, l)| self.arena[s as usize..(s + l) as usize].starts_with(q));
        for k in lo..lo + run {
            let k = k as u32;
            let class = if self.key(k).len() == q.len() {
                Class::Exact
            } else {
                Class::Prefix
            };
            if !top.room_for(class) {
                continue;
            }
            self.offer_key(&mut top, k, class);
        }
        if top.room_for(Class::Substring) {
            let (s0, s1) = dir_range(&self.suffix_dir, q.as_bytes());
            let start = {
                let mut a = s0;
                let mut b = s1;
                while a < b {
                    let m = (a + b) / 2;
                    if self.suffix(m) < q {
                        a = m + 1;
                    } else {
                        b = m;
                    }
                }
                a
            };
            let mut i = start;
            while i < s1 && self.suffix(i).starts_with(q) {
                self.offer_key(&mut top, self.suffixes[i].0, Class::Substring);
                i += 1;
            }
        }
        let q_chars = q.chars().count();
        // A query longer than every target by more than one character cannot be one edit away,
        // and skipping it keeps a pasted paragraph from costing a probe per character.
        if (FUZZY_MIN_CHARS..=self.fz_max_chars + 1).contains(&q_chars) && top.room_for(Class::Fuzzy) {
            let mut probe = |h: u64| {
                let b = (h >> self.fz_shift) as usize;
                let (f0, f1) = (self.fz_dir[b] as usize, self.fz_dir[b + 1] as usize);
                let low = h & 0xFFFF_FFFF;
                let mut i = f0 + self.fz_table[f0..f1].partition_point(|&x| (x >> 32) < low);
                while i < f1 && (self.fz_table[i] >> 32) == low {
                    let t = (self.fz_table[i] & 0xFFFF_FFFF) as usize;
                    let (s, l) = self.fz_spans[t];
                    let target = &self.arena[s as usize..(s + l) as usize];
                    if target != q && within_one_edit(q, target) {
                        let ks = &self.fz_keys[self.fz_start[t] as usize..self.fz_start[t + 1] as usize];
                        for &k in ks {
                            if top.rejects(((Class::Fuzzy as u64) << 62) | self.best_rank(k)) {
                                break;
                            }
                            self.offer_key(&mut top, k, Class::Fuzzy);
                        }
                    }
                    i += 1;
                }
            };
            let hasher = DeletionHasher::new(q);
            probe(hasher.without(0, 0));
            for (off, c) in q.char_indices() {
                probe(hasher.without(off, c.len_utf8()));
            }
        }
        top.items
    }

    /// For the text scanner: whether some key starts with `s`, and the key equal to `s` if any.
    pub fn lookup_prefix(&self, s: &str) -> (bool, Option<u32>) {
        let (b0, b1) = dir_range(&self.key_dir, s.as_bytes());
        let lo = b0
            + self.keys[b0..b1].partition_point(|&(st, l)| &self.arena[st as usize..(st + l) as usize] < s);
        match self.keys[..b1].get(lo) {
            Some(&(st, l)) => {
                let k = &self.arena[st as usize..(st + l) as usize];
                let exact = if k == s { Some(lo as u32) } else { None };
                (k.starts_with(s), exact)
            }
            None => (false, None),
        }
    }

    pub fn key_entries(&self, k: u32) -> impl Iterator<Item = u32> + '_ {
        self.entries_of(k)
    }

    pub fn key_char_len(&self, k: u32) -> usize {
        self.key_chars[k as usize] as usize
    }
}

struct TopK {
    items: Vec<(u64, u32)>,
    limit: usize,
}

impl TopK {
    fn new(limit: usize) -> Self {
        TopK {
            items: Vec::with_capacity(limit.min(256) + 1),
            limit,
        }
    }

    /// Whether a match of `class` could still enter the list.
    fn room_for(&self, class: Class) -> bool {
        self.items.len() < self.limit || self.items.last().is_some_and(|&(r, _)| (r >> 62) >= class as u64)
    }

    /// Whether a match of this rank is worse than everything on a full list.
    fn rejects(&self, rank: u64) -> bool {
        self.items.len() >= self.limit && self.items.last().is_some_and(|&(r, _)| rank >= r)
    }

    fn offer(&mut self, rank: u64, concept: u32) {
        if self.rejects(rank) {
            return;
        }
        if let Some(pos) = self.items.iter().position(|&(_, c)| c == concept) {
            if self.items[pos].0 <= rank {
                return;
            }
            self.items.remove(pos);
        }
        let at = self.items.partition_point(|&(r, _)| r < rank);
        self.items.insert(at, (rank, concept));
        if self.items.len() > self.limit {
            self.items.pop();
        }
    }
}

/// Adds to `out` every 1- to 3-character string that starts at least [`HEAVY_RUN`] of the `n`
/// sorted strings (`get(i)`); strings sharing a start are next to each other.
fn heavy_starts<'a>(n: usize, get: impl Fn(usize) -> &'a str, out: &mut std::collections::HashSet<String>) {
    for chars in 1..=3usize {
        let mut start = 0;
        while start < n {
            let Some(prefix) = char_prefix(get(start), chars) else {
                start += 1;
                continue;
            };
            let mut end = start + 1;
            while end < n && get(end).starts_with(prefix) {
                end += 1;
            }
            if end - start >= HEAVY_RUN {
                out.insert(prefix.to_owned());
            }
            start = end;
        }
    }
}

/// The first `n` characters of `s`, if it has that many.
fn char_prefix(s: &str, n: usize) -> Option<&str> {
    match s.char_indices().nth(n) {
        Some((i, _)) => Some(&s[..i]),
        None if s.chars().count() == n => Some(s),
        None => None,
    }
}

/// The two-byte bucket of a byte string; a missing second byte counts as zero, which keeps the
/// buckets in the same order as the strings.
fn bucket(s: &[u8]) -> usize {
    (usize::from(s.first().copied().unwrap_or(0)) << 8) | usize::from(s.get(1).copied().unwrap_or(0))
}

/// `dir[b]` = the first position whose bucket is `b` or later, for `n` sorted byte strings.
fn byte_dir<'a>(n: usize, get: impl Fn(usize) -> &'a [u8]) -> Vec<u32> {
    let mut dir = Vec::with_capacity(65_537);
    let mut i = 0;
    for b in 0..65_536 {
        while i < n && bucket(get(i)) < b {
            i += 1;
        }
        dir.push(i as u32);
    }
    dir.push(n as u32);
    dir
}

/// The positions whose strings could start with `q`.
fn dir_range(dir: &[u32], q: &[u8]) -> (usize, usize) {
    match q {
        [] => (0, dir.last().copied().unwrap_or(0) as usize),
        [first] => {
            let b = usize::from(*first) << 8;
            (dir[b] as usize, dir[b + 256] as usize)
        }
        _ => {
            let b = bucket(q);
            (dir[b] as usize, dir[b + 1] as usize)
        }
    }
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// Hashes of a string with one byte range left out, each in constant time: a polynomial hash
/// over prefix sums (equal remaining bytes give equal hashes, whichever character was removed),
/// then mixed so the top bits, which pick the bucket, are spread evenly.
struct DeletionHasher {
    prefix: Vec<u64>,
    powers: Vec<u64>,
}

impl DeletionHasher {
    const BASE: u64 = 0x0000_0100_0000_01b3;

    fn new(s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut prefix = Vec::with_capacity(bytes.len() + 1);
        let mut powers = Vec::with_capacity(bytes.len() + 1);
        prefix.push(0u64);
        powers.push(1u64);
        for &b in bytes {
            let last = prefix[prefix.len() - 1];
            prefix.push(last.wrapping_mul(Self::BASE).wrapping_add(u64::from(b) + 1));
            let p = powers[powers.len() - 1];
            powers.push(p.wrapping_mul(Self::BASE));
        }
        DeletionHasher { prefix, powers }
    }

    /// The hash of the string without bytes `at..at + len` (`len` 0: the whole string).
    fn without(&self, at: usize, len: usize) -> u64 {
        let n = self.prefix.len() - 1;
        let tail = n - at - len;
        let suffix = self.prefix[n].wrapping_sub(self.prefix[at + len].wrapping_mul(self.powers[tail]));
        mix(self.prefix[at]
            .wrapping_mul(self.powers[tail])
            .wrapping_add(suffix))
    }
}

/// The MurmurHash3 64-bit finaliser.
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Whether `a` and `b` are at most one edit apart: one character inserted, deleted or replaced, or
/// two adjacent characters swapped (optimal string alignment distance ≤ 1, i.e. restricted
/// Damerau–Levenshtein).
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    // Strip the common prefix and suffix (on character boundaries) and look at what is left.
    let prefix = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let max_suffix = a.len().min(b.len());
    let suffix = suffix.min(max_suffix);
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let mut ca = a.chars();
    let mut cb = b.chars();
    match (a.chars().count(), b.chars().count()) {
        (0, 0) | (1, 0) | (0, 1) | (1, 1) => true,
        (2, 2) => {
            let (a0, a1, b0, b1) = (ca.next(), ca.next(), cb.next(), cb.next());
            a0 == b1 && a1 == b0
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_short_queries_of_the_built_in_data_are_precomputed() {
        let (concepts, _) = crate::data::load(crate::data::data_files());
        let zh = crate::fold::ZhMap::build(&concepts);
        let index = Index::build(&concepts, |s| crate::fold::search_form(&zh, s));
        // The head-of-ranking test in tests/reference.rs relies on these being cached.
        for p in ["c", "t", "ce", "in", "细"] {
            assert!(index.answer_cache.contains_key(p), "{p} not cached");
        }
        assert!(index
            .answer_cache
            .values()
            .all(|v| !v.is_empty() && v.len() <= CACHED_HITS));
    }

    #[test]
    fn deleting_different_characters_that_leave_the_same_text_gives_the_same_hash() {
        let a = DeletionHasher::new("cell");
        let b = DeletionHasher::new("cel");
        // "cell" without either "l" is "cel".
        assert_eq!(a.without(2, 1), b.without(0, 0));
        assert_eq!(a.without(3, 1), b.without(0, 0));
        let c = DeletionHasher::new("細胞x");
        assert_eq!(c.without(6, 1), DeletionHasher::new("細胞").without(0, 0));
        assert_ne!(a.without(0, 1), b.without(0, 0));
    }

    #[test]
    fn one_edit_covers_insert_delete_replace_and_swap() {
        assert!(within_one_edit("stem", "steam"));
        assert!(within_one_edit("steam", "stem"));
        assert!(within_one_edit("stem", "stam"));
        assert!(within_one_edit("stem", "setm"));
        assert!(within_one_edit("細胞治療", "細胞療法").eq(&false));
        assert!(within_one_edit("間葉系幹細胞", "間葉系細胞"));
        assert!(!within_one_edit("stem", "mets"));
        assert!(!within_one_edit("abcd", "bcda"));
        assert!(within_one_edit("aa", "a"));
    }
}
