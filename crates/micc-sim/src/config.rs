//! Command-line configuration.

use std::path::PathBuf;

#[derive(Debug, Clone, clap::Parser)]
#[command(name = "micc-sim", version, about)]
pub struct Config {
    /// Address to bind. Loopback by default: the simulator is a development tool.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to bind; 0 picks a free one (the chosen port is printed).
    #[arg(long, default_value_t = 8080, env = "MICC_SIM_PORT")]
    pub port: u16,
    /// Seed of the simulated world: the same seed gives the same contact center.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of queues.
    #[arg(long, default_value_t = 12)]
    pub queues: usize,
    /// Directory served at `/` (the demo pages).
    #[arg(long)]
    pub www: Option<PathBuf>,
    /// Directory served at `/pkg/` (the built wasm packages).
    #[arg(long)]
    pub pkg: Option<PathBuf>,
    /// Extra origins allowed by CORS, besides any http://localhost and http://127.0.0.1 origin.
    #[arg(long = "allow-origin")]
    pub allowed_origins: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            host: "127.0.0.1".into(),
            port: 0,
            seed: 1,
            queues: 12,
            www: None,
            pkg: None,
            allowed_origins: Vec::new(),
        }
    }
}
