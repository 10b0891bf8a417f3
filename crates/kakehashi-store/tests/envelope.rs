#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Whatever goes into the envelope comes out identical: any Unicode, any length, absent and empty
//! kept apart.
mod common;

use std::collections::BTreeMap;

use common::*;
use kakehashi_store::{round_trip, NameForm, NameKind, SummaryFields, Unlock};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Nested {
    text: String,
    maybe: Option<String>,
    list: Vec<Option<String>>,
    map: BTreeMap<String, String>,
    number: i64,
    flag: Option<bool>,
}

fn nested() -> impl Strategy<Value = Nested> {
    (
        any::<String>(),
        proptest::option::of(any::<String>()),
        proptest::collection::vec(proptest::option::of(any::<String>()), 0..5),
        proptest::collection::btree_map(any::<String>(), any::<String>(), 0..4),
        any::<i64>(),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(text, maybe, list, map, number, flag)| Nested {
            text,
            maybe,
            list,
            map,
            number,
            flag,
        })
}

fn long_string() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 10_000).prop_map(|c| c.into_iter().collect())
}

proptest! {
    #[test]
    fn any_unicode_string_round_trips(s in any::<String>()) {
        prop_assert_eq!(round_trip(&s).unwrap(), s);
    }

    #[test]
    fn nested_values_round_trip_with_absent_and_empty_kept_apart(v in nested()) {
        prop_assert_eq!(round_trip(&v).unwrap(), v);
    }

    #[test]
    fn summaries_round_trip(names in proptest::collection::vec(any::<String>(), 0..4), dob in proptest::option::of(any::<String>())) {
        let s = SummaryFields { names: names.into_iter().map(|text| NameForm { kind: NameKind::Native, text }).collect(), date_of_birth: dob, sample: false };
        prop_assert_eq!(round_trip(&s).unwrap(), s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn ten_thousand_character_strings_round_trip(s in long_string()) {
        prop_assert_eq!(s.chars().count(), 10_000);
        prop_assert_eq!(round_trip(&s).unwrap(), s);
    }

    #[test]
    fn ten_thousand_character_records_survive_the_real_store(notes in long_string(), name in any::<String>()) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = store_dir(&tmp);
        let record = intake(&name, &name, &notes);
        let id = {
            let (mut store, _) = new_store(&dir);
            store.save(&staff(), None, &record, &names(&[(NameKind::Native, &name)]), &[]).unwrap().id
        };
        let mut store = kakehashi_store::Store::open(&dir).unwrap();
        store.unlock(&staff(), Unlock::Passphrase(PASS)).unwrap();
        let back: Intake = store.load(&staff(), id).unwrap();
        prop_assert_eq!(back, record);
        let listed = store.list_summaries().unwrap();
        prop_assert_eq!(&listed[0].names[0].text, &name);
    }
}
