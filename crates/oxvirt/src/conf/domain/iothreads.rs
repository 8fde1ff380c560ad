//! The guest's I/O threads: `<iothreads>` (how many), `<iothreadids>`
//! (their ids and thread pools) and `<defaultiothread>`.

use super::super::xml::{number, Node, Opts, Writer};
use super::{unsupported, xml_err};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoThread {
    pub id: u32,
    /// Thread pool bounds, `None` when not set.
    pub pool_min: Option<i32>,
    pub pool_max: Option<i32>,
    /// Made up to reach `<iothreads>`, not given: such threads alone do
    /// not make `<iothreadids>` be written.
    pub autofill: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IoThreads {
    pub ids: Vec<IoThread>,
    /// `<defaultiothread>`'s pool bounds, when either is set.
    pub default_pool: Option<(Option<i32>, Option<i32>)>,
}

/// The most threads a definition may ask for.
const MAX_IOTHREADS: u32 = 1 << 20;

fn pool_bound(n: Node, name: &str) -> Result<Option<i32>> {
    n.prop_with::<i32>(name, Opts::NONE.nonnegative())
}

impl IoThreads {
    pub fn parse(d: Node) -> Result<IoThreads> {
        let mut count = match d.child_string("iothreads") {
            None => 0,
            // libvirt makes one record per thread up front: a count in the
            // billions exhausts its memory. Past a million we refuse it.
            Some(s) => number::to_u32_p(&s, 10)
                .filter(|n| *n <= MAX_IOTHREADS)
                .ok_or_else(|| xml_err(&format!("invalid iothreads count '{s}'")))?,
        };
        let default_pool = match d.child("defaultiothread") {
            None => None,
            Some(n) => {
                let bounds = (
                    pool_bound(n, "thread_pool_min")?,
                    pool_bound(n, "thread_pool_max")?,
                );
                (bounds != (None, None)).then_some(bounds)
            }
        };
        let mut ids: Vec<IoThread> = Vec::new();
        let given: Vec<Node> = d
            .children("iothreadids")
            .flat_map(|n| n.children("iothread"))
            .collect();
        count = count.max(u32::try_from(given.len()).unwrap_or(u32::MAX));
        for n in given {
            let id = n
                .prop_with::<u32>("id", Opts::REQUIRED.nonzero())?
                .unwrap_or(0);
            let t = IoThread {
                id,
                pool_min: pool_bound(n, "thread_pool_min")?,
                pool_max: pool_bound(n, "thread_pool_max")?,
                autofill: false,
            };
            if ids.iter().any(|o| o.id == id) {
                return Err(xml_err(&format!("duplicate iothread id '{id}' found")));
            }
            ids.push(t);
        }
        // The rest take the lowest ids from 1 up to the count still free.
        let taken: std::collections::HashSet<u32> = ids.iter().map(|t| t.id).collect();
        let mut next = 1u32;
        while (ids.len() as u64) < u64::from(count) {
            while taken.contains(&next) {
                next += 1;
            }
            if next > count {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    Some("failed to populate iothreadids"),
                ));
            }
            ids.push(IoThread {
                id: next,
                pool_min: None,
                pool_max: None,
                autofill: true,
            });
            next += 1;
        }
        Ok(IoThreads { ids, default_pool })
    }

    /// libvirt's validation of the thread pools (-1 standing for unset).
    pub fn validate(&self) -> Result<()> {
        let pools = self
            .ids
            .iter()
            .map(|t| (t.pool_min, t.pool_max))
            .chain(self.default_pool);
        for (min, max) in pools {
            let (min, max) = (min.unwrap_or(-1), max.unwrap_or(-1));
            if max == 0 {
                return Err(unsupported("thread_pool_max must be a positive integer"));
            }
            if min > max {
                return Err(unsupported(
                    "thread_pool_min must be smaller or equal to thread_pool_max",
                ));
            }
        }
        Ok(())
    }

    pub fn find(&self, id: u32) -> Option<&IoThread> {
        self.ids.iter().find(|t| t.id == id)
    }

    /// `virDomainIOThreadIDAdd`.
    pub fn add(&mut self, id: u32) {
        self.ids.push(IoThread {
            id,
            pool_min: None,
            pool_max: None,
            autofill: false,
        });
    }

    /// `virDomainIOThreadIDDel`: the threads after a removed one are no
    /// longer made up, so their ids stay as they are.
    pub fn remove(&mut self, id: u32) {
        if let Some(i) = self.ids.iter().position(|t| t.id == id) {
            self.ids.remove(i);
            for t in self.ids.iter_mut().skip(i) {
                t.autofill = false;
            }
        }
    }

    /// Marks thread `id` as given, not made up.
    pub fn keep(&mut self, id: u32) {
        if let Some(t) = self.ids.iter_mut().find(|t| t.id == id) {
            t.autofill = false;
        }
    }

    pub fn format(&self, w: &mut Writer) {
        if !self.ids.is_empty() {
            w.leaf("iothreads", self.ids.len());
        }
        if self
            .ids
            .iter()
            .any(|t| !t.autofill || t.pool_min.is_some() || t.pool_max.is_some())
        {
            w.start("iothreadids").open();
            for t in &self.ids {
                w.start("iothread")
                    .attr("id", t.id)
                    .attr_opt("thread_pool_min", t.pool_min)
                    .attr_opt("thread_pool_max", t.pool_max)
                    .empty();
            }
            w.end("iothreadids");
        }
        if let Some((min, max)) = self.default_pool {
            w.start("defaultiothread")
                .attr_opt("thread_pool_min", min)
                .attr_opt("thread_pool_max", max)
                .empty();
        }
    }
}
