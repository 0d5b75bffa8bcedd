//! Share links: every preset survives the trip, links stay short enough for a QR code, and
//! hostile fragments (random text, bad base64, deflate bombs, junk, out-of-range scenarios)
//! each give their own error and never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use village_income_planner::model::fields::ErrorKind;
use village_income_planner::model::presets::{preset, PRESETS};
use village_income_planner::model::Scenario;
use village_income_planner::storage::share::{MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES};
use village_income_planner::storage::{
    decode_link, encode_link, link_fragment, scenario_from_fragment, ShareError, FRAGMENT_PREFIX,
};

/// Base64url without padding, written independently of the crate's own encoder.
fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = String::new();
    for &b in bytes {
        bits = bits << 8 | u32::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(A[(bits >> n & 63) as usize] as char);
        }
    }
    if n > 0 {
        out.push(A[(bits << (6 - n) & 63) as usize] as char);
    }
    out
}

fn payload_of(json: &[u8]) -> String {
    format!("1{}", b64(&miniz_oxide::deflate::compress_to_vec(json, 6)))
}

#[test]
fn the_richest_preset_link_fits_a_qr_code() {
    let s = (preset("hejing_herder").unwrap().build)();
    let fragment = link_fragment(&s);
    assert!(fragment.starts_with(FRAGMENT_PREFIX));
    // Measured 437 for the Hejing herder (its own herd, three modules). A QR code at
    // error-correction level M holds about 2,300 bytes; staying far below keeps the code
    // coarse enough for a projector and a phone camera.
    println!("hejing_herder: {} fragment chars", fragment.len());
    assert!(fragment.len() < 600, "{}", fragment.len());
    for p in PRESETS {
        let link = encode_link(&(p.build)());
        println!("{}: {} payload chars", p.id, link.len());
        assert!(link.len() < 600);
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}

#[test]
fn fragments_with_hash_and_prefix_open() {
    let s = (preset("yuli_tourism").unwrap().build)();
    let payload = encode_link(&s);
    for hash in [
        format!("#s={payload}"),
        format!("s={payload}"),
        format!("  #s={payload}\n"),
    ] {
        assert_eq!(scenario_from_fragment(&hash), Some(Ok(s.clone())));
    }
    assert_eq!(decode_link(&format!("#s={payload}")), Ok(s));
    assert_eq!(scenario_from_fragment("#lang=en"), None);
}

#[test]
fn too_long_fragment_is_refused_before_decoding() {
    let long = format!("1{}", "A".repeat(MAX_FRAGMENT_CHARS));
    let e = decode_link(&long).unwrap_err();
    assert_eq!(
        e,
        ShareError::TooLong {
            chars: MAX_FRAGMENT_CHARS + 1
        }
    );
    assert!(e.message(false).contains("链接过长"));
    assert!(e.message(true).contains("too long"));
}

#[test]
fn unknown_format_character() {
    let e = decode_link("9abc").unwrap_err();
    assert_eq!(e, ShareError::UnknownFormat { found: '9' });
    assert!(e.message(true).contains("newer version"));
}

#[test]
fn bad_base64_names_the_position() {
    // '+' and '/' are plain base64, not base64url; '=' padding is never written.
    assert_eq!(
        decode_link("1AAAA+AAA"),
        Err(ShareError::BadCharacters { position: 6 })
    );
    assert_eq!(
        decode_link("1AA=="),
        Err(ShareError::BadCharacters { position: 4 })
    );
    // A length no encoder produces (one character over a full group): cut while copying.
    assert!(matches!(
        decode_link("1AAAAA"),
        Err(ShareError::BadCharacters { .. })
    ));
    // Non-ASCII, including where the length check lands inside a multi-byte character.
    assert!(matches!(
        decode_link("1情景"),
        Err(ShareError::BadCharacters { position: 2 })
    ));
    assert!(matches!(
        decode_link("1AAAA情"),
        Err(ShareError::BadCharacters { .. })
    ));
    let msg = ShareError::BadCharacters { position: 6 }.message(false);
    assert!(msg.contains("第 6 个字符"), "{msg}");
}

#[test]
fn valid_base64_of_junk_is_corrupt() {
    assert_eq!(
        decode_link(&format!(
            "1{}",
            b64(b"hello, this is not deflate data at all")
        )),
        Err(ShareError::Corrupt)
    );
    // Deflate cut in half: the stream ends early.
    let s = (preset("bohu_courtyard").unwrap().build)();
    let full = encode_link(&s);
    let cut = &full[..full.len() / 2 / 4 * 4 + 1];
    assert_eq!(decode_link(cut), Err(ShareError::Corrupt));
}

#[test]
fn deflate_bomb_stops_at_the_limit() {
    // 10 MB of spaces packs into about 10 KB of deflate: a small fragment, a huge output.
    let bomb = vec![b' '; 10 * 1024 * 1024];
    let payload = payload_of(&bomb);
    assert!(payload.len() < MAX_FRAGMENT_CHARS, "{}", payload.len());
    assert_eq!(decode_link(&payload), Err(ShareError::TooBig));
    // Just under the limit inflates, then fails as what it is: not a scenario.
    let under = vec![b' '; MAX_INFLATED_BYTES - 1];
    assert!(matches!(
        decode_link(&payload_of(&under)),
        Err(ShareError::NotAScenario { .. })
    ));
}

#[test]
fn json_that_is_not_a_scenario() {
    for json in [
        &b"[1, 2, 3]"[..],
        b"\"text\"",
        b"{\"name\": 5}",
        b"{\"horizon\": {\"years\": \"ten\"}}",
        b"not json",
    ] {
        let e = decode_link(&payload_of(json)).unwrap_err();
        assert!(
            matches!(e, ShareError::NotAScenario { .. }),
            "{json:?}: {e:?}"
        );
    }
    let e = decode_link(&payload_of(b"{\"horizon\": {\"years\": \"ten\"}}")).unwrap_err();
    assert!(e.message(true).contains("horizon.years"), "{e}");
}

#[test]
fn newer_schema_version_is_refused() {
    let e = decode_link(&payload_of(br#"{"schema_version": 7}"#)).unwrap_err();
    assert_eq!(
        e,
        ShareError::UnknownVersion {
            found: 7,
            supported: 2
        }
    );
}

#[test]
fn out_of_range_scenario_names_the_field() {
    let mut s = Scenario::default();
    s.interventions.land_transfer.rent_yuan_per_mu = 1e308;
    let e = decode_link(&encode_link(&s)).unwrap_err();
    let ShareError::OutOfRange { error } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        error.field.id,
        "interventions.land_transfer.rent_yuan_per_mu"
    );
    assert_eq!(error.kind, ErrorKind::OutOfRange);
    assert!(
        e.message(false).contains("每亩租金"),
        "{}",
        e.message(false)
    );
    assert!(e.message(true).contains("Rent per mu"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics_on_any_text(text in ".{0,300}") {
        let _ = decode_link(&text);
        let _ = scenario_from_fragment(&text);
    }

    #[test]
    fn decode_never_panics_on_base64url_text(text in "1[A-Za-z0-9_-]{0,400}") {
        let _ = decode_link(&text);
    }

    #[test]
    fn decode_never_panics_on_random_deflate_input(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let payload = format!("1{}", b64(&bytes));
        prop_assert!(decode_link(&payload).is_err());
    }
}

/// Links made by the released version (format 1, schema 1), one per preset of that day, saved in
/// `tests/fixtures/share-links-v1.tsv`: each still opens, is migrated to today's schema, keeps
/// what it carried and says it was upgraded.
#[test]
fn links_made_by_the_released_version_still_open() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share-links-v1.tsv"),
    )
    .unwrap();
    let mut opened = 0;
    for line in text.lines() {
        let (id, link) = line.split_once('\t').unwrap();
        assert!(link.starts_with('1'), "{id}: a format-1 link");
        let (s, upgrade) =
            village_income_planner::storage::share::decode_link_noting(link).unwrap();
        assert_eq!(upgrade.map(|u| u.from), Some(1), "{id}");
        assert_eq!(s.schema_version, 2, "{id}");
        match id {
            "yuli_land_transfer" => {
                assert!(s.interventions.land_transfer.schedule.enabled);
                assert_eq!(s.name, "尉犁·土地流转");
            }
            "hejing_chicks_sheep" => {
                assert_eq!(s.household.herd.breeding_ewes_head, 30.0);
                // The old cap of 45 ewes, now on the whole flock in sheep units.
                assert_eq!(s.interventions.sheep.grazing_cap_sheep_units, 45.0);
                assert_eq!(
                    s.interventions.sheep.schedule.adoption_pct,
                    vec![50.0, 100.0]
                );
            }
            "bohu_courtyard" => {
                assert_eq!(
                    s.interventions.courtyard.demo_support_yuan_per_year,
                    2_000.0
                )
            }
            "yuli_tourism" => assert!(s.interventions.tourism.schedule.enabled),
            "combined_lifted_household" => {
                assert_eq!(s.household.herd.cows_head, 2.0);
                assert!(s.interventions.jobs.schedule.enabled);
                // The released default of 0 was never an entry: now "not entered".
                assert_eq!(s.interventions.land_transfer.setup_cost_yuan, None);
            }
            other => panic!("unexpected {other}"),
        }
        assert!(village_income_planner::model::project(&s).is_ok());
        opened += 1;
    }
    assert_eq!(opened, 5);
    // New links are written in format 3, against the schema-2 base with the risk settings.
    let today = (preset("yuli_cotton").unwrap().build)();
    assert!(encode_link(&today).starts_with('3'));
    assert_eq!(decode_link(&encode_link(&today)).unwrap(), today);
}

/// The four richest presets, as a planner would compare them.
fn four_presets() -> Vec<Scenario> {
    [
        "hejing_herder",
        "combined_lifted_household",
        "bohu_courtyard",
        "yuli_tourism",
    ]
    .iter()
    .map(|id| (preset(id).unwrap().build)())
    .collect()
}

#[test]
fn a_compared_set_round_trips_in_its_order() {
    use village_income_planner::storage::{
        decode_shared_noting, encode_set, set_fragment, shared_from_fragment_noting,
    };
    let mut set = four_presets();
    // Two scenarios differing only in one value and in the name's " (2)" stay two.
    let mut copy = set[0].clone();
    copy.name = format!("{} (2)", copy.name);
    copy.household.members_persons += 1.0;
    set[3] = copy;
    for n in 2..=4 {
        let payload = encode_set(&set[..n]);
        assert!(payload.starts_with("M3"), "{payload}");
        let (back, upgrade) = decode_shared_noting(&payload).unwrap();
        assert_eq!(back, set[..n]);
        assert_eq!(upgrade, None);
        let hash = format!("#{}", set_fragment(&set[..n]));
        assert_eq!(
            shared_from_fragment_noting(&hash).unwrap().unwrap().0,
            set[..n]
        );
        // A single-scenario reader refuses a set rather than opening part of it.
        assert!(matches!(
            decode_link(&payload),
            Err(ShareError::NotAScenario { .. })
        ));
    }
    // A set of one is a plain link that any version opens.
    let one = encode_set(&set[..1]);
    assert_eq!(one, encode_link(&set[0]));
    assert_eq!(decode_link(&one).unwrap(), set[0]);
    // Plain links open through the set reader as a set of one.
    let (back, _) = decode_shared_noting(&encode_link(&set[1])).unwrap();
    assert_eq!(back, vec![set[1].clone()]);
}

#[test]
fn a_set_link_is_bounded_and_fits_a_readable_qr_code() {
    use village_income_planner::storage::{decode_shared_noting, encode_set, MAX_SHARED_SET};
    assert_eq!(MAX_SHARED_SET, 4);
    let set = four_presets();
    let payload = encode_set(&set);
    // Measured 646 characters for these four (the herder alone is 437): deflate sees what they
    // share. Under 850, with a page address of up to 79 characters the link stays within QR
    // version 21 at low error correction (929 bytes, 101 modules a side), which a phone reads
    // off a projector.
    println!("four presets: {} payload chars", payload.len());
    assert!(payload.len() < 850, "{}", payload.len());
    assert!(payload
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    // More than the bound are cut to it when written …
    let mut five = set.clone();
    five.push(Scenario::default());
    assert_eq!(encode_set(&five), payload);
    // … and refused when read (a hand-made link), with the limit in both languages.
    let json = format!(
        "[{}]",
        std::iter::repeat_n("{}", 5).collect::<Vec<_>>().join(",")
    );
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
    let e = decode_shared_noting(&format!("M3{}", b64(&packed))).unwrap_err();
    assert_eq!(e, ShareError::TooManyScenarios { found: 5 });
    assert!(
        e.message(false).contains("最多 4 个"),
        "{}",
        e.message(false)
    );
    assert!(e.message(true).contains("at most 4"), "{e}");
    // An empty set, a set that is not a list, a mark with no format.
    let empty = b64(&miniz_oxide::deflate::compress_to_vec(b"[]", 6));
    assert_eq!(
        decode_shared_noting(&format!("M3{empty}")),
        Err(ShareError::Empty)
    );
    let obj = b64(&miniz_oxide::deflate::compress_to_vec(b"{}", 6));
    assert!(matches!(
        decode_shared_noting(&format!("M3{obj}")),
        Err(ShareError::NotAScenario { .. })
    ));
    assert_eq!(decode_shared_noting("M"), Err(ShareError::Empty));
    assert_eq!(
        decode_shared_noting("M9AAAA"),
        Err(ShareError::UnknownFormat { found: '9' })
    );
    // Bad characters are counted along the whole link, mark included.
    assert_eq!(
        decode_shared_noting("M3AAAA+AAA"),
        Err(ShareError::BadCharacters { position: 7 })
    );
}

/// Links written before sets existed, saved from this version's encoder: a format-3 link
/// (today's single-scenario link) still opens on its own and through the set reader, as does a
/// format-2 link from before the risk model.
#[test]
fn single_links_of_earlier_formats_still_open_beside_sets() {
    use village_income_planner::storage::decode_shared_noting;
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share-links-v3.tsv"),
    )
    .unwrap();
    let mut opened = 0;
    for line in text.lines() {
        let (id, link) = line.split_once('\t').unwrap();
        let expected = (preset(id).unwrap().build)();
        assert!(link.starts_with('3'), "{id}");
        assert_eq!(decode_link(link).unwrap(), expected, "{id}");
        assert_eq!(decode_shared_noting(link).unwrap().0, vec![expected]);
        opened += 1;
    }
    assert_eq!(opened, 2);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn set_decode_never_panics(text in "M3?[A-Za-z0-9_-]{0,400}") {
        let _ = village_income_planner::storage::decode_shared_noting(&text);
    }
}

/// The share dialog's maker (a separate wasm, `src/bin/share_maker.rs`) gets the scenarios as the
/// JSON text the page serialises, not as `Scenario`s: the links it makes from that text are the
/// links made from the scenarios themselves, one and sets, and open to the same scenarios.
#[test]
fn the_share_makers_links_from_scenario_json_are_the_scenarios_own() {
    use village_income_planner::storage::{decode_shared_noting, encode_set, encode_values};
    let as_text = |set: &[&Scenario]| -> Vec<serde_json::Value> {
        serde_json::from_str(&serde_json::to_string(set).unwrap()).unwrap()
    };
    for p in PRESETS {
        let s = (p.build)();
        let made = encode_values(&as_text(&[&s]));
        assert_eq!(made, encode_link(&s), "{}", p.id);
        assert_eq!(decode_link(&made).unwrap(), s, "{}", p.id);
    }
    // A planner's own values, with fractions a default never has.
    let mut edited = (preset("hejing_herder").unwrap().build)();
    edited.household.members_persons = 5.0;
    edited.name = "某户 · 0.1 + 0.2".into();
    edited.interventions.land_transfer.rent_yuan_per_mu = 0.1 + 0.2;
    assert_eq!(encode_values(&as_text(&[&edited])), encode_link(&edited));
    let mut set = four_presets();
    set.push(edited);
    let refs: Vec<&Scenario> = set.iter().collect();
    let made = encode_values(&as_text(&refs));
    assert_eq!(
        made,
        encode_set(&set),
        "five compared: the first four, as encode_set keeps"
    );
    let (opened, _) = decode_shared_noting(&made).unwrap();
    assert_eq!(opened, set[..4].to_vec());
    assert_eq!(encode_values(&[]), "", "nothing to share makes no payload");
}
