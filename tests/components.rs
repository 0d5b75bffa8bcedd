//! Components in headless Chromium: they render, and they react to input.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

use village_income_planner::input::parse_number;
use village_income_planner::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn render_app() -> Element {
    // Each test starts Chinese-first, whatever an earlier test chose and whatever the test
    // browser's own language (a first visit follows it).
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let _ = storage.clear();
    let _ = storage.set_item("village-income-planner.lang", "zh-CN");
    let root = mount_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    after_first_paint(&root).await;
    root
}

/// One frame, then one task: the yearly tables are built then, after the first paint.
async fn next_frame_and_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        });
        window
            .request_animation_frame(after_frame.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, a frame and a task at a time (yew's pending work flushed after each), until `done`,
/// for at most `frames` frames; panics with `what` if it never is.
async fn until(frames: u32, what: &str, done: impl Fn() -> bool) {
    for _ in 0..frames {
        if done() {
            return;
        }
        next_frame_and_task().await;
        yew::scheduler::flush().await;
    }
    panic!("{what}");
}

async fn after_first_paint(root: &Element) {
    until(
        20,
        "the yearly tables were not built after the first paint",
        || has(root, "[data-table=summary]"),
    )
    .await;
}

/// Whether `root` holds an element matching `selector`.
fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn field(root: &Element, id: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[data-field='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no field {id}"))
        .unchecked_into()
}

async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    tables_current().await;
}

/// Out of view, the yearly tables catch up once typing pauses (300 ms): waits for that.
async fn tables_current() {
    let document = gloo::utils::document();
    until(
        120,
        "the yearly tables did not catch up after typing paused",
        || {
            document
                .query_selector(".tables[data-stale]")
                .unwrap()
                .is_none()
        },
    )
    .await;
}

#[wasm_bindgen_test]
async fn app_renders_form_chart_and_table_in_chinese() {
    let root = render_app().await;
    assert!(text_of(&root, "h1").contains("乡村增收测算"));
    assert!(has(&root, "canvas[data-chart='per-capita']"));
    let rows = root
        .query_selector_all("[data-table=summary] tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows, 10, "default horizon is 10 years");
    assert_eq!(
        field(&root, "interventions.land_transfer.rent_yuan_per_mu").value(),
        "700"
    );
}

#[wasm_bindgen_test]
async fn the_yearly_tables_and_the_sections_below_the_first_wait_for_the_first_paint() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let _ = storage.clear();
    let root = mount_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // Rendered, the chart's canvas in place, but not yet the tables below the fold.
    assert!(has(&root, "canvas[data-chart='per-capita']"));
    assert!(has(&root, ".tables[aria-busy=true]"));
    assert!(!has(&root, ".tables table"));
    // The first form section's fields at once; an open one below it (the land transfer the
    // preset has on) after the first paint.
    assert!(has(&root, "#section-household .fields"));
    assert!(!has(&root, "#section-landtransfer .fields"));
    after_first_paint(&root).await;
    assert!(has(&root, "#section-landtransfer .fields input"));
    assert!(!has(&root, ".tables[aria-busy]"));
    assert!(has(&root, "[data-table=summary] tbody tr"));
}

#[wasm_bindgen_test]
async fn typing_a_rent_changes_the_table() {
    let root = render_app().await;
    let before = text_of(&root, "[data-table=summary] tbody");
    let rent = field(&root, "interventions.land_transfer.rent_yuan_per_mu");
    type_into(&rent, "1,000").await;
    let after = text_of(&root, "[data-table=summary] tbody");
    assert_ne!(before, after, "the table follows the rent");
    assert_eq!(rent.get_attribute("aria-invalid").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn invalid_text_is_flagged_and_results_keep_last_valid() {
    let root = render_app().await;
    let rent = field(&root, "interventions.land_transfer.rent_yuan_per_mu");
    type_into(&rent, "800").await;
    let valid = text_of(&root, "[data-table=summary] tbody");
    type_into(&rent, "abc").await;
    assert_eq!(rent.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of(&root, ".field-invalid .field-error").contains("无法识别"));
    assert_eq!(
        text_of(&root, "[data-table=summary] tbody"),
        valid,
        "results keep the last valid scenario"
    );
    type_into(&rent, "99999").await;
    // Written as the field's hint writes it.
    assert!(text_of(&root, ".field-invalid .field-error").contains("0–3,000 元/亩"));
    assert_eq!(text_of(&root, "[data-table=summary] tbody"), valid);
}

#[wasm_bindgen_test]
async fn language_switch_turns_the_screen_english() {
    let root = render_app().await;
    let button: web_sys::HtmlElement = root
        .query_selector(".lang-switch")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    yew::scheduler::flush().await;
    assert!(text_of(&root, "h1").contains("Village Income Planner"));
    assert!(text_of(&root, "[data-table=summary] caption").contains("Year-by-year"));
}

#[wasm_bindgen_test]
fn number_parser_in_the_browser() {
    assert_eq!(parse_number("1.5万", false), Ok(15_000.0));
    assert_eq!(parse_number("１２３", false), Ok(123.0));
    assert_eq!(parse_number("1,200", false), Ok(1_200.0));
    assert!(parse_number("abc", false).is_err());
    assert!(parse_number("1 2", false).is_err());
}

#[wasm_bindgen_test]
fn preset_names_follow_the_language_and_typed_names_stay() {
    use village_income_planner::i18n::Lang;
    use village_income_planner::model::presets::preset;
    use village_income_planner::storage::workspace::Entry;
    use village_income_planner::ui::state::display_name;
    let p = preset("yuli_tourism").unwrap();
    let entry = |name: &str| Entry {
        id: 1,
        scenario: village_income_planner::model::Scenario {
            name: name.into(),
            ..(p.build)()
        },
        preset_id: Some(p.id.into()),
    };
    assert_eq!(display_name(&entry(p.name.zh), Lang::En), p.name.en);
    assert_eq!(
        display_name(&entry(&format!("{} (2)", p.name.zh)), Lang::En),
        format!("{} (2)", p.name.en)
    );
    assert_eq!(display_name(&entry("我的方案"), Lang::En), "我的方案");
    assert_eq!(display_name(&entry(""), Lang::En), "Unnamed scenario");
}

#[wasm_bindgen_test]
fn every_figure_code_round_trips() {
    use village_income_planner::model::explain::Figure;
    use village_income_planner::model::{InterventionKind, Source};
    use village_income_planner::ui::figure_code::{decode, encode};
    let mut figures = vec![Figure::FirstYearAboveLine { baseline: true }];
    for year in [2025, 2034] {
        for source in Source::ALL {
            figures.push(Figure::BaselineSource { year, source });
            figures.push(Figure::ScenarioSource { year, source });
        }
        for kind in InterventionKind::ALL {
            figures.push(Figure::Increment { year, kind });
            figures.push(Figure::ProgramCost {
                year,
                kind: Some(kind),
            });
            figures.push(Figure::Npv { kind: Some(kind) });
            figures.push(Figure::PaybackYear { kind: Some(kind) });
        }
        figures.extend([
            Figure::TotalIncrement { year },
            Figure::HouseholdNet {
                year,
                baseline: false,
            },
            Figure::PerCapita {
                year,
                baseline: true,
            },
            Figure::InKind { year },
            Figure::MonitoringLine { year },
            Figure::GapToLine { year },
            Figure::ProgramCost { year, kind: None },
            Figure::BenefitCostRatio { kind: None },
            Figure::CostPerYuanGained { kind: None },
        ]);
    }
    for f in figures {
        assert_eq!(decode(&encode(f)), Some(f), "{}", encode(f));
    }
    assert_eq!(decode("pc:notayear:0"), None);
    assert_eq!(decode("zz"), None);
}

/// The Monte Carlo gives the same figures in the browser as natively (same scenario and seed):
/// the fingerprint holds the median income of one year and the probability below the line of
/// another, to every bit, as `cargo test --test model_risk` computes them.
#[wasm_bindgen_test]
fn risk_figures_match_native_bit_for_bit() {
    use village_income_planner::model::risk::{
        reproducibility_fingerprint, REPRODUCIBILITY_FINGERPRINT,
    };
    assert_eq!(reproducibility_fingerprint(), REPRODUCIBILITY_FINGERPRINT);
}

/// Every value axis ends on a labelled figure at both ends, with five to seven labels, and
/// keeps the data inside: for ranges from a few yuan to tens of millions, with and without losses.
#[wasm_bindgen_test]
fn value_axes_end_on_labels_and_hold_the_data() {
    use village_income_planner::charts::axes::value_ticks;
    use village_income_planner::charts::frame::value_range;
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut unit = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 1_000_000) as f64 / 1e6
    };
    for _ in 0..20_000 {
        let scale = 10f64.powf(unit() * 7.0);
        let hi = unit() * scale;
        let lo = if unit() < 0.3 {
            -unit() * unit() * scale
        } else {
            0.0
        };
        let (y0, y1) = value_range([lo, hi, 0.5 * hi]);
        assert!(y0 <= lo && y1 > hi, "{lo}..{hi} drawn on {y0}..{y1}");
        let ticks = value_ticks((y0, y1));
        let near = |a: f64, b: f64| (a - b).abs() <= 1e-6 * (y1 - y0);
        assert!(
            (5..=7).contains(&ticks.len())
                && near(ticks[0], y0)
                && near(*ticks.last().unwrap(), y1),
            "{lo}..{hi} on {y0}..{y1}: labels {ticks:?}"
        );
    }
    assert_eq!(value_range([0.0, 0.0]), (0.0, 100.0));
    assert_eq!(value_range([20_531.0, 7_900.0]), (0.0, 25_000.0));
}

/// Year labels: every year when they fit, else every 2nd, 5th… calendar year, never none.
#[wasm_bindgen_test]
fn year_axes_label_whole_calendar_steps_that_fit() {
    use village_income_planner::charts::axes::year_ticks;
    assert_eq!(
        year_ticks((2025, 2034), 12),
        (2025..=2034).collect::<Vec<_>>()
    );
    assert_eq!(
        year_ticks((2025, 2034), 8),
        vec![2026, 2028, 2030, 2032, 2034]
    );
    assert_eq!(
        year_ticks((2025, 2049), 8),
        vec![2025, 2030, 2035, 2040, 2045]
    );
    for first in 2020..2030 {
        for years in 1..40 {
            for fit in 2..13 {
                let ticks = year_ticks((first, first + years - 1), fit);
                assert!(
                    !ticks.is_empty() && ticks.len() <= fit,
                    "{first}+{years} in {fit}: {ticks:?}"
                );
            }
        }
    }
}
