//! Risk results for the scenario on screen, computed in the risk worker: nothing is spawned until
//! `wanted` is first true; after that every change of scenario or tornado choice sends a new job,
//! which replaces the one running. The last finished result stays on screen, marked as not
//! current, until the new one arrives.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::risk::{RiskRequest, RiskResult, Tornado, TornadoRequest};
use crate::model::scenario::Scenario;
use crate::risk_worker::protocol::{Job, ReplyBody};
use crate::ui::risk_client::RiskClient;

#[derive(Clone, Default, PartialEq)]
pub struct RiskView {
    /// Draws done and asked for while a run is going.
    pub progress: Option<(u32, u32)>,
    pub result: Option<Rc<RiskResult>>,
    pub tornado: Option<Rc<Tornado>>,
    /// Whether `result` and `tornado` are for the scenario now on screen.
    pub current: bool,
    pub failed: Option<String>,
    /// The worker's time for the last Monte Carlo and tornado (shown for benchmarks).
    pub risk_ms: Option<f64>,
    pub tornado_ms: Option<f64>,
}

pub enum RiskAction {
    Started,
    Reply(ReplyBody),
}

impl Reducible for RiskView {
    type Action = RiskAction;
    fn reduce(self: Rc<Self>, action: RiskAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            RiskAction::Started => {
                next.current = false;
                next.failed = None;
                next.progress = Some((0, 0));
            }
            RiskAction::Reply(body) => match body {
                // Handled by the client, which sends what waited for it.
                ReplyBody::Ready => {}
                ReplyBody::Progress {
                    done_draws,
                    total_draws,
                } => next.progress = Some((done_draws, total_draws)),
                ReplyBody::Risk { result, elapsed_ms } => {
                    next.result = Some(Rc::new(*result));
                    next.risk_ms = Some(elapsed_ms);
                    // Sensitivity follows; until then the old tornado is not current.
                    next.tornado = None;
                    next.progress = None;
                    next.current = true;
                }
                ReplyBody::Tornado {
                    tornado,
                    elapsed_ms,
                } => {
                    next.tornado = Some(Rc::new(*tornado));
                    next.tornado_ms = Some(elapsed_ms);
                }
                ReplyBody::Failed(e) => {
                    next.failed = Some(e);
                    next.progress = None;
                }
            },
        }
        Rc::new(next)
    }
}

#[hook]
pub fn use_risk(scenario: Rc<Scenario>, tornado: TornadoRequest, wanted: bool) -> RiskView {
    let view = use_reducer(RiskView::default);
    let client = use_mut_ref(|| None::<RiskClient>);
    {
        let client = client.clone();
        let dispatcher = view.dispatcher();
        use_effect_with(
            (scenario, tornado, wanted),
            move |(scenario, tornado, wanted)| {
                if *wanted {
                    send(&client, &dispatcher, scenario, tornado);
                }
            },
        );
    }
    (*view).clone()
}

fn send(
    client: &Rc<RefCell<Option<RiskClient>>>,
    dispatcher: &UseReducerDispatcher<RiskView>,
    scenario: &Rc<Scenario>,
    tornado: &TornadoRequest,
) {
    let mut slot = client.borrow_mut();
    // A worker that failed (offline before its code was cached) is replaced: this try may work.
    if slot.as_ref().is_some_and(RiskClient::is_broken) {
        *slot = None;
    }
    if slot.is_none() {
        let on_reply = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |body| dispatcher.dispatch(RiskAction::Reply(body)))
        };
        match RiskClient::spawn(on_reply) {
            Ok(c) => *slot = Some(c),
            Err(e) => {
                dispatcher.dispatch(RiskAction::Reply(ReplyBody::Failed(format!("{e:?}"))));
                return;
            }
        }
    }
    if let Some(c) = slot.as_ref() {
        dispatcher.dispatch(RiskAction::Started);
        c.send(Job::Analyse {
            scenario: Box::new((**scenario).clone()),
            risk: RiskRequest::from_scenario(scenario),
            tornado: *tornado,
        });
    }
}
