//! Messages between the page and the sheet worker, each one byte buffer that crosses as a
//! transferred `ArrayBuffer` (no copy on the way, no JSON arrays of numbers): a tag, the request
//! id, then the body. Strings and byte strings carry a u32 little-endian length. A file's bytes
//! (the .xlsx read, the .xlsx written) are the rest of the buffer as they are.
//!
//! The codec is hand-written and small, since the page carries its half in the first load.

use crate::model::text::OwnedText;
use crate::storage::roster_csv::{CsvTable, SheetTable};

#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: u32,
    pub job: Job,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// An .xlsx register's bytes: the first sheet with cells comes back as a table.
    ReadXlsx(Vec<u8>),
    /// Tables to write as one workbook, a sheet each.
    WriteXlsx(Vec<SheetTable>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub id: u32,
    pub body: ReplyBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReplyBody {
    /// The worker has loaded and listens: sent once, unasked (a message posted before would be
    /// lost).
    Ready,
    Table(CsvTable),
    /// The .xlsx written.
    Bytes(Vec<u8>),
    /// Why the file was refused (each message Chinese and English), or why the request failed.
    Failed(Vec<OwnedText>),
}

const READ_XLSX: u8 = 1;
const WRITE_XLSX: u8 = 2;
const READY: u8 = 10;
const TABLE: u8 = 11;
const BYTES: u8 = 12;
const FAILED: u8 = 13;

struct Out(Vec<u8>);

impl Out {
    fn new(tag: u8, id: u32) -> Self {
        let mut v = vec![tag];
        v.extend_from_slice(&id.to_le_bytes());
        Out(v)
    }
    fn n(&mut self, n: usize) {
        self.0.extend_from_slice(&(n as u32).to_le_bytes());
    }
    fn text(&mut self, s: &str) {
        self.n(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn texts(&mut self, v: &[String]) {
        self.n(v.len());
        for s in v {
            self.text(s);
        }
    }
}

struct In<'a>(&'a [u8]);

impl<'a> In<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn n(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    fn text(&mut self) -> Option<String> {
        let n = self.n()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
    /// A count, refused when the rest of the buffer could not hold that many items of at least
    /// `min` bytes (a damaged message must not make the reader allocate gigabytes).
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = self.n()?;
        (n.saturating_mul(min) <= self.0.len()).then_some(n)
    }
    fn texts(&mut self) -> Option<Vec<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.text()).collect()
    }
    fn head(bytes: &'a [u8]) -> Option<(u8, u32, In<'a>)> {
        let mut r = In(bytes);
        let tag = r.take(1)?[0];
        let id = r.n()? as u32;
        Some((tag, id, r))
    }
}

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        match &self.job {
            Job::ReadXlsx(bytes) => {
                let mut o = Out::new(READ_XLSX, self.id);
                o.0.extend_from_slice(bytes);
                o.0
            }
            Job::WriteXlsx(sheets) => {
                let mut o = Out::new(WRITE_XLSX, self.id);
                o.n(sheets.len());
                for s in sheets {
                    o.text(&s.name);
                    o.texts(&s.headers);
                    o.n(s.rows.len());
                    for row in &s.rows {
                        o.texts(row);
                    }
                }
                o.0
            }
        }
    }

    pub fn decode(bytes: &[u8]) -> Option<Request> {
        let (tag, id, mut r) = In::head(bytes)?;
        let job = match tag {
            READ_XLSX => Job::ReadXlsx(r.0.to_vec()),
            WRITE_XLSX => {
                let n = r.count(12)?;
                let mut sheets = Vec::with_capacity(n);
                for _ in 0..n {
                    let name = r.text()?;
                    let headers = r.texts()?;
                    let rows_n = r.count(4)?;
                    let rows = (0..rows_n).map(|_| r.texts()).collect::<Option<Vec<_>>>()?;
                    sheets.push(SheetTable {
                        name,
                        headers,
                        rows,
                    });
                }
                Job::WriteXlsx(sheets)
            }
            _ => return None,
        };
        Some(Request { id, job })
    }
}

impl Reply {
    /// From a reply's first five bytes: whether it is `Ready`, and its request id. Lets the page
    /// hand a reply to whoever waits for it without decoding the rest.
    pub fn peek(head: &[u8]) -> Option<(bool, u32)> {
        let (tag, id, _) = In::head(head)?;
        Some((tag == READY, id))
    }

    pub fn encode(&self) -> Vec<u8> {
        match &self.body {
            ReplyBody::Ready => Out::new(READY, self.id).0,
            ReplyBody::Table(t) => {
                let mut o = Out::new(TABLE, self.id);
                o.texts(&t.headers);
                o.n(t.rows.len());
                for (row, cells) in &t.rows {
                    o.n(*row);
                    o.texts(cells);
                }
                o.0
            }
            ReplyBody::Bytes(bytes) => {
                let mut o = Out::new(BYTES, self.id);
                o.0.extend_from_slice(bytes);
                o.0
            }
            ReplyBody::Failed(messages) => {
                let mut o = Out::new(FAILED, self.id);
                o.n(messages.len());
                for m in messages {
                    o.text(&m.zh);
                    o.text(&m.en);
                }
                o.0
            }
        }
    }

    pub fn decode(bytes: &[u8]) -> Option<Reply> {
        let (tag, id, mut r) = In::head(bytes)?;
        let body = match tag {
            READY => ReplyBody::Ready,
            TABLE => {
                let headers = r.texts()?;
                let n = r.count(8)?;
                let mut rows = Vec::with_capacity(n);
                for _ in 0..n {
                    let row = r.n()?;
                    rows.push((row, r.texts()?));
                }
                ReplyBody::Table(CsvTable { headers, rows })
            }
            BYTES => ReplyBody::Bytes(r.0.to_vec()),
            FAILED => {
                let n = r.count(8)?;
                let messages = (0..n)
                    .map(|_| {
                        Some(OwnedText {
                            zh: r.text()?,
                            en: r.text()?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?;
                ReplyBody::Failed(messages)
            }
            _ => return None,
        };
        Some(Reply { id, body })
    }
}
