//! The simulated contact center.

use serde::Serialize;

const QUEUE_NAMES: &[&str] = &[
    "Sales",
    "Support",
    "Billing",
    "Returns",
    "Premium",
    "Outbound",
    "Partners",
    "Escalations",
    "Renewals",
    "Onboarding",
    "Claims",
    "Dispatch",
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueState {
    pub id: String,
    pub name: String,
    pub reporting: String,
    pub waiting_conversations: u32,
}

pub struct World {
    pub queues: Vec<QueueState>,
}

impl World {
    /// A deterministic world for `seed`.
    pub fn generate(seed: u64, queues: usize) -> Self {
        let mut rng = SplitMix64(seed);
        let queues = (0..queues)
            .map(|i| {
                let base = QUEUE_NAMES[i % QUEUE_NAMES.len()];
                let round = i / QUEUE_NAMES.len();
                let name = if round == 0 {
                    base.to_owned()
                } else {
                    format!("{base} {}", round + 1)
                };
                QueueState {
                    id: format!("{:08x}-0000-4000-8000-{:012x}", seed as u32, i),
                    name,
                    reporting: format!("P{}", 1000 + i),
                    waiting_conversations: (rng.next_u64() % 8) as u32,
                }
            })
            .collect();
        Self { queues }
    }
}

/// A tiny, well-known PRNG: enough for a deterministic simulation, no dependency.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_world_other_seed_other_world() {
        let a = World::generate(7, 30);
        let b = World::generate(7, 30);
        let c = World::generate(8, 30);
        let waits = |w: &World| {
            w.queues
                .iter()
                .map(|q| q.waiting_conversations)
                .collect::<Vec<_>>()
        };
        assert_eq!(waits(&a), waits(&b));
        assert_ne!(waits(&a), waits(&c));
        let mut names: Vec<_> = a.queues.iter().map(|q| &q.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 30, "queue names are unique");
    }
}
