//! The progress line of `protosmith gen` on a terminal: files parsed, generated and written,
//! redrawn in place. It appears only once a run has taken a second (short runs print nothing
//! extra), only when stderr is a terminal, and never with `--quiet`; it is erased before the
//! summary or an error is printed.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::write::Counters;

const DELAY: Duration = Duration::from_secs(1);
const TICK: Duration = Duration::from_millis(200);

#[derive(Default)]
struct Shared {
    parsed: AtomicUsize,
    counters: Arc<Counters>,
    done: Mutex<bool>,
    wake: Condvar,
    drawn: AtomicBool,
}

pub struct Progress {
    shared: Arc<Shared>,
    painter: Option<JoinHandle<()>>,
}

impl Progress {
    /// Shows the line if `enabled` and stderr is a terminal.
    pub fn start(enabled: bool) -> Progress {
        let shared = Arc::new(Shared::default());
        let painter = (enabled && std::io::stderr().is_terminal()).then(|| {
            let shared = shared.clone();
            std::thread::spawn(move || paint(&shared))
        });
        Progress { shared, painter }
    }

    /// The counters the writer's sinks advance.
    pub fn counters(&self) -> Arc<Counters> {
        self.shared.counters.clone()
    }

    pub fn parsed(&self, files: usize) {
        self.shared.parsed.store(files, Ordering::Relaxed);
    }

    /// Stops and erases the line (also done on drop, e.g. when the run fails).
    pub fn finish(&mut self) {
        *self.shared.done.lock().expect("no panics while held") = true;
        self.shared.wake.notify_all();
        if let Some(painter) = self.painter.take() {
            let _ = painter.join();
        }
        if self.shared.drawn.load(Ordering::Relaxed) {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

fn paint(shared: &Shared) {
    let mut wait = DELAY;
    loop {
        let done = shared.done.lock().expect("no panics while held");
        let (done, _) = shared.wake.wait_timeout_while(done, wait, |d| !*d).expect("no panics while held");
        if *done {
            return;
        }
        drop(done);
        let line = format!(
            "protosmith: {} files parsed, {} generated, {} written",
            shared.parsed.load(Ordering::Relaxed),
            shared.counters.generated.load(Ordering::Relaxed),
            shared.counters.written.load(Ordering::Relaxed),
        );
        let _ = write!(std::io::stderr(), "\r\x1b[2K{line}");
        let _ = std::io::stderr().flush();
        shared.drawn.store(true, Ordering::Relaxed);
        wait = TICK;
    }
}
