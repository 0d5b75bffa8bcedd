//! Messages between the page and the risk worker, sent as JSON text (the scenario's own serde
//! form, so the worker reads exactly what storage and share links write).
//!
//! Every request carries an id; the worker drops whatever it was doing when a new request
//! arrives, and the page ignores replies to any id but its latest — an edit cancels a run.

use serde::{Deserialize, Serialize};

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

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub body: ReplyBody,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
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

impl Reply {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a reply always serialises")
    }
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}
