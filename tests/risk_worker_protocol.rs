//! The messages between the page and the risk worker survive the crossing exactly: requests as
//! JSON, replies as numbers (`risk_worker::codec`), every field of a real result and tornado.

use village_income_planner::model::presets::preset;
use village_income_planner::model::risk::{
    simulate, tornado, RiskRequest, TornadoMetric, TornadoRequest,
};
use village_income_planner::model::Scenario;
use village_income_planner::risk_worker::protocol::{Job, Reply, ReplyBody, Request, Wire};

fn herder() -> Scenario {
    (preset("hejing_herder").unwrap().build)()
}

fn round_trip(body: ReplyBody) {
    let reply = Reply { id: 7, body };
    let wire = reply.to_wire();
    assert_eq!(Reply::from_wire(&wire), Some(reply));
}

#[test]
fn a_real_result_crosses_as_numbers_and_reads_back_field_for_field() {
    let s = herder();
    let request = RiskRequest {
        draws: 300,
        seed: 11,
        household: 0,
    };
    let result = simulate(&s, &request).unwrap();
    assert!(
        result.years.iter().any(|y| y.p_below.is_some()),
        "has estimates to carry"
    );
    round_trip(ReplyBody::Risk {
        result: Box::new(result),
        elapsed_ms: 12.5,
    });
}

#[test]
fn a_tornado_of_each_metric_reads_back_with_its_fields() {
    let s = herder();
    let year = s.horizon.year_of(3);
    for metric in [
        TornadoMetric::PerCapita { year },
        TornadoMetric::Npv,
        TornadoMetric::ProbabilityBelow { year },
    ] {
        let mut request = TornadoRequest::new(metric);
        request.draws = 100;
        let t = tornado(&s, &request).unwrap();
        assert!(!t.bars.is_empty(), "{metric:?} has bars");
        round_trip(ReplyBody::Tornado {
            tornado: Box::new(t),
            elapsed_ms: 3.0,
        });
    }
}

#[test]
fn small_replies_and_failures_round_trip() {
    round_trip(ReplyBody::Ready);
    round_trip(ReplyBody::Progress {
        done_draws: 1200,
        total_draws: 10_000,
    });
    round_trip(ReplyBody::Failed(
        "invalid scenario: 人口 must be ≥ 1\nsecond line".into(),
    ));
}

#[test]
fn a_cut_or_padded_message_is_refused_not_misread() {
    let s = herder();
    let result = simulate(
        &s,
        &RiskRequest {
            draws: 100,
            seed: 1,
            household: 0,
        },
    )
    .unwrap();
    let Wire::Numbers(v) = (Reply {
        id: 1,
        body: ReplyBody::Risk {
            result: Box::new(result),
            elapsed_ms: 1.0,
        },
    })
    .to_wire() else {
        panic!("a result goes as numbers");
    };
    assert_eq!(
        Reply::from_wire(&Wire::Numbers(v[..v.len() - 1].to_vec())),
        None
    );
    let mut padded = v.clone();
    padded.push(0.0);
    assert_eq!(Reply::from_wire(&Wire::Numbers(padded)), None);
    assert_eq!(
        Reply::from_wire(&Wire::Numbers(vec![9.0, 1.0])),
        None,
        "unknown kind"
    );
}

#[test]
fn a_request_reads_back_with_the_whole_scenario() {
    let s = herder();
    let request = Request {
        id: 3,
        job: Job::Analyse {
            scenario: Box::new(s.clone()),
            risk: RiskRequest::from_scenario(&s),
            tornado: TornadoRequest::new(TornadoMetric::Npv),
        },
    };
    let back = Request::from_json(&request.to_json()).unwrap();
    assert_eq!(back.id, 3);
    match back.job {
        Job::Analyse { scenario, .. } => assert_eq!(*scenario, s),
        Job::Cancel => panic!("wrong job"),
    }
}
