//! Messages between the page and the risk worker. Requests go as JSON text (the scenario's own
//! serde form, so the worker reads exactly what storage and share links write); replies come
//! back as numbers (`codec`), which the page reads with far less code than JSON.
//!
//! Every request carries an id; the worker drops whatever it was doing when a new request
//! arrives, and the page ignores replies to any id but its latest — an edit cancels a run.

use serde::{Deserialize, Serialize};

use super::codec;
use crate::model::risk::{RiskRequest, RiskResult, Tornado, TornadoRequest};
use crate::model::scenario::Scenario;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub job: Job,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Job {
    /// The Monte Carlo of a scenario, run in slices with progress between them, then the
    /// sensitivity of the chosen result: one job, so a newer one replaces both.
    Analyse {
        scenario: Box<Scenario>,
        risk: RiskRequest,
        tornado: TornadoRequest,
    },
    /// Stop whatever runs; nothing is sent back.
    Cancel,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub id: u32,
    pub body: ReplyBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReplyBody {
    /// The worker has loaded and listens: sent once, unasked. A message posted to a worker
    /// before its wasm has started would find no handler and be lost, so the page waits for this.
    Ready,
    Progress {
        done_draws: u32,
        total_draws: u32,
    },
    /// The Monte Carlo's result, and the worker's time from the request to it (slices and the
    /// yields between them included), for the benchmark.
    Risk {
        result: Box<RiskResult>,
        elapsed_ms: f64,
    },
    Tornado {
        tornado: Box<Tornado>,
        elapsed_ms: f64,
    },
    /// The request could not be read or the scenario is invalid: a message for the console,
    /// since the page only sends scenarios it has validated.
    Failed(String),
}

/// A reply as it crosses to the page: numbers (a `Float64Array`, see `codec`) or, for a
/// failure, text.
#[derive(Clone, Debug, PartialEq)]
pub enum Wire {
    Numbers(Vec<f64>),
    Text(String),
}

impl Reply {
    pub fn to_wire(&self) -> Wire {
        let id = self.id as f64;
        let with = |kind: f64, head: &[f64], body: Vec<f64>| {
            let mut v = vec![kind, id];
            v.extend_from_slice(head);
            v.extend(body);
            Wire::Numbers(v)
        };
        match &self.body {
            ReplyBody::Ready => with(0.0, &[], vec![]),
            ReplyBody::Progress {
                done_draws,
                total_draws,
            } => with(1.0, &[*done_draws as f64, *total_draws as f64], vec![]),
            ReplyBody::Risk { result, elapsed_ms } => {
                with(2.0, &[*elapsed_ms], codec::encode_result(result))
            }
            ReplyBody::Tornado {
                tornado,
                elapsed_ms,
            } => with(3.0, &[*elapsed_ms], codec::encode_tornado(tornado)),
            ReplyBody::Failed(text) => Wire::Text(format!("{}\n{text}", self.id)),
        }
    }

    pub fn from_wire(wire: &Wire) -> Option<Reply> {
        match wire {
            Wire::Text(t) => {
                let (id, text) = t.split_once('\n')?;
                Some(Reply {
                    id: id.parse().ok()?,
                    body: ReplyBody::Failed(text.to_string()),
                })
            }
            Wire::Numbers(v) => {
                let (&kind, rest) = v.split_first()?;
                let (&id, rest) = rest.split_first()?;
                let body = match kind as u32 {
                    0 => ReplyBody::Ready,
                    1 => ReplyBody::Progress {
                        done_draws: *rest.first()? as u32,
                        total_draws: *rest.get(1)? as u32,
                    },
                    2 => ReplyBody::Risk {
                        elapsed_ms: *rest.first()?,
                        result: Box::new(codec::decode_result(rest.get(1..)?)?),
                    },
                    3 => ReplyBody::Tornado {
                        elapsed_ms: *rest.first()?,
                        tornado: Box::new(codec::decode_tornado(rest.get(1..)?)?),
                    },
                    _ => return None,
                };
                Some(Reply {
                    id: id as u32,
                    body,
                })
            }
        }
    }
}

impl Request {
    /// Through a `serde_json::Value`: the page already serialises scenarios that way (share
    /// links, storage), so this reuses that code instead of adding a second copy to its wasm.
    pub fn to_json(&self) -> String {
        serde_json::to_value(self)
            .expect("a request always serialises")
            .to_string()
    }
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}
